#pragma once

#include "Pesel.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace opieka {

// How a household member stands to the family.
enum class Relation
{
    Parent,      // rodzic
    Guardian,    // opiekun prawny
    Child,       // dziecko
    Partner,     // małżonek / partner
    Sibling,     // rodzeństwo (adult sibling in the household)
    Grandparent, // dziadek / babcia
    Other,       // inna osoba we wspólnym gospodarstwie
};

QString
relationName(Relation relation); // parent, guardian, child, partner, sibling, grandparent, other
std::optional<Relation> parseRelation(const QString& text);
QStringList relationNames();

// Whether a first name reads as a woman's in Polish: it ends in -a (Zofia, Anna), except the
// men's names that do too (Kuba, Barnaba, Bonawentura...). Only a reason to ask before a man is
// stored under such a name, never a rule: a PESEL or the person's own word decides.
bool firstNameReadsFemale(const QString& firstName);

// A member of a family's household (członek rodziny). PESEL is optional (foreigners,
// newborns); when given, birth date and sex follow from it.
struct Member
{
    qint64 id = 0;
    qint64 familyId = 0;
    QString firstName;
    QString lastName;
    QString pesel;
    std::optional<QDate> birthDate;
    std::optional<Sex> sex;
    Relation relation = Relation::Other;
    int rowVersion = 0; // raised by every change; 0: not read from the database

    QString displayName() const { return firstName + QLatin1Char(' ') + lastName; }
};

} // namespace opieka
