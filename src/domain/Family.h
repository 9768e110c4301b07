#pragma once

#include "Categories.h"

#include <QDate>
#include <QString>
#include <optional>

namespace opieka {

// A family or a person living alone helped by the centre (środowisko).
struct Family
{
    qint64 id = 0;
    QString caseNumber;   // the centre's file reference (sygnatura), optional
    QString name;         // how the family is known, usually the surname
    QString municipality; // gmina
    NeedCategory category = NeedCategory::Coping;
    QDate openedOn;
    std::optional<QDate> closedOn; // first day the case is no longer open
    QString address;               // adres zamieszkania
    QString closeReason;           // why the case was closed
    int rowVersion = 0;            // raised by every change; 0: not read from the database

    bool isOpenOn(const QDate& day) const
    {
        return openedOn <= day && (!closedOn || day < *closedOn);
    }
};

// A foster family or family children's home supported by a coordinator.
struct FosterFamily
{
    qint64 id = 0;
    QString name;
    FosterFamilyKind kind = FosterFamilyKind::Kinship;
    QString municipality;
    QDate openedOn;
    std::optional<QDate> closedOn;
    QString carers; // the foster parents or the home's director
    QString address;
    std::optional<QDate> qualifiedOn; // qualification (kwalifikacja) date
    QString training;
    std::optional<int> capacity; // own limit of children; none: the setting for the kind
    std::optional<QDate> healthCertificateOn;
    std::optional<QDate> psychologistOpinionOn;

    bool isOpenOn(const QDate& day) const
    {
        return openedOn <= day && (!closedOn || day < *closedOn);
    }
};

} // namespace opieka
