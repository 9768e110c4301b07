#pragma once

#include "MatchFields.h"

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

// A family has up to two keys: "n:" + the first four letters of the sound-folded stem of its
// surname, and "a:" + its folded address. Missed: a typo in the first four letters of the name
// together with a different or missing address.
QStringList familyBlockingKeys(const FamilyMatchFields& family);

} // namespace opieka
