#pragma once

#include "Pesel.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace opieka {

// What duplicate detection compares of a person (issue 21): filled by the app layer from a
// member row, a form being saved or an imported line; never the storage row itself.
struct PersonMatchFields
{
    QString firstName; // one or more given names, as entered
    QString lastName;
    QString pesel; // empty when there is none
    std::optional<QDate> birthDate;
    std::optional<Sex> sex;
    QString municipality; // of the family the person belongs to
    // memberIdentityKey() of the other people in the person's family or families: two records
    // that share a mother or a child are more likely one person.
    QStringList householdKeys;

    // The PESEL when it is valid; an invalid one counts as none (it cannot be stored anyway).
    std::optional<PeselInfo> validPesel() const;
    // The birth date and sex as given, or else as the valid PESEL says.
    std::optional<QDate> knownBirthDate() const;
    std::optional<Sex> knownSex() const;
};

// What duplicate detection compares of a family.
struct FamilyMatchFields
{
    QString name; // usually the surname: "Kowalscy", "Rodzina Kowalskich", "Kowalska"
    QString municipality;
    QString address;
    QStringList memberKeys; // memberIdentityKey() of each member
};

// One string per person that two records of the same person share even when the names are spelt
// differently (sound fold, surname stem) and that the storage can hold in an index: the first
// given name, the surname stem and the ISO birth date. Empty without a birth date: a name alone
// is too weak to call a member shared (two Anna Kowalska in two families), and an empty key is
// never counted.
QString memberIdentityKey(const QString& firstName, const QString& lastName,
                          const std::optional<QDate>& birthDate);

// A family's name reduced to its surname: the word "rodzina" (and "rodz.") dropped.
QString familySurname(const QString& familyName);

// An address folded for comparing: no diacritics or punctuation, the street-type and flat words
// (ul., al., os., pl., m.) dropped: "ul. Długa 12 m. 3" and "Dluga 12/3" → "dluga 12 3".
QString foldAddress(const QString& address);

} // namespace opieka
