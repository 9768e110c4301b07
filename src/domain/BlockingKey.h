#pragma once

#include "MatchFields.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace opieka {

// Blocking keys: short strings an index holds for each record, so a new or imported record is
// compared only with the records that share one of its keys, never with every record. Two records
// are candidates when they share at least one key; the score then decides.
//
// A person has up to two keys:
//   "s:" + the first four letters of the surname's sound-folded stem + the first letter of the
//        sound-folded first name ("s:kowaa" for Anna Kowalska and for Anna Kowalski). It
//        survives diacritics, case, the rz/ż ch/h ó/u ą/om confusions, the surname's gender
//        and any typo after the fourth letter of the surname.
//   "d:" + the birth year and the birth day and month in ascending order ("d:1985-03-07" for
//        both 7 March and 3 July 1985), from the birth date or the valid PESEL. It survives any
//        difference in the names, including a changed surname, and a day and month swapped.
// Missed: a pair with a typo in the first four letters of the surname or in the first letter of
// the first name whose birth dates are not equal or swapped (one digit off, or missing on one
// side). docs/duplicates.md explains the trade-off.
QStringList personBlockingKeys(const PersonMatchFields& person);

// Each key alone, as schema 17 stores them (members.name_key, families.name_key and address_key),
// so that the check on entry finds its candidates through an index; empty when there is none.
QString personNameKey(const QString& firstName, const QString& lastName);
QString familyNameKey(const QString& familyName);
QString familyAddressKey(const QString& address);
// The birth dates that share the "d:" key of `date`: the date itself and, when it is a valid date,
// the date with its day and month swapped.
QList<QDate> birthDatesSharingKey(const QDate& date);

// A family has up to two keys: "n:" + the first four letters of the sound-folded stem of its
// surname, and "a:" + its folded address. Missed: a typo in the first four letters of the name
// together with a different or missing address.
QStringList familyBlockingKeys(const FamilyMatchFields& family);

} // namespace opieka
