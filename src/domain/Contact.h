#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>
#include <optional>

namespace opieka {

// Kinds of entries in the visit and contact log, including the interventions of seed 000.
enum class ContactKind
{
    HomeVisit,             // wizyta w środowisku (wywiad)
    OfficeMeeting,         // spotkanie w ośrodku
    Phone,                 // rozmowa telefoniczna
    PartnerInstitution,    // kontakt z instytucją (szkoła, sąd, PCPR, policja…)
    FamilyGroupConference, // Konferencja Grupy Rodzinnej
    FamilyMediation,       // mediacja rodzinna
    InterdisciplinaryTeam, // skierowanie do zespołu interdyscyplinarnego
    SpecialistHelp,        // pomoc specjalistyczna (psycholog, prawnik, terapeuta)
};

QString contactKindName(ContactKind kind);
std::optional<ContactKind> parseContactKind(const QString& text);
QStringList contactKindNames();
// As people call it, in the user's language.
QString contactKindLabel(ContactKind kind);

// One visit or contact with a family (wpis w dzienniku kontaktów).
struct Contact
{
    qint64 id = 0;
    qint64 familyId = 0;
    qint64 workerId = 0;
    QDate date;
    std::optional<QTime> time;
    ContactKind kind = ContactKind::HomeVisit;
    QString present;  // who was present
    QString notes;    // sensitive: never logged
    QString nextStep; // agreed next step
    std::optional<QDate> nextStepDue;
};

} // namespace opieka
