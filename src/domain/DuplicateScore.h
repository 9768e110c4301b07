#pragma once

#include "MatchFields.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace opieka {

// Pairs scoring at least this are "likely" duplicates: listed by `opieka-cli duplicates` without
// --min-score and shown as a warning on entry. 70 needs more than a shared common name: the full
// name agreeing (55) plus a birth date that agrees at least to one digit, or the name plus the
// municipality and a shared family member; see docs/duplicates.md for the arithmetic.
constexpr int kLikelyDuplicateScore = 70;

// A pair's score, 0-100, and why (codes listed in docs/duplicates.md: "pesel", "name",
// "name-spelling", "name-typo", "surname-gender", "birth-date", ...). 100 only for the same PESEL;
// without it a score stops at 99.
struct DuplicateScore
{
    int score = 0;
    QStringList reasons;

    bool likely() const { return score >= kLikelyDuplicateScore; }
};

// Two people. The same valid PESEL decides alone (100); two different valid PESELs are two
// people (0, "pesel-differs"). Otherwise names, birth date, sex, municipality and shared
// household members add up.
DuplicateScore scorePersons(const PersonMatchFields& a, const PersonMatchFields& b);

// The birth dates that agree with `date` as the score counts agreement: the date itself, the day
// and month swapped, one digit of YYYYMMDD wrong and two neighbouring digits swapped (only real
// dates). Any other birth date costs 40 points, and no pair of people whose known birth dates
// differ reaches kLikelyDuplicateScore (at most 30 + 25 - 40 + 5 + 20 = 40): the check on entry
// reads only the namesakes born on one of these days, or of unknown birth date.
QList<QDate> birthDatesAgreeing(const QDate& date);

// Two families: their name (as a surname, any grammatical gender or the plural), municipality,
// address and shared members.
DuplicateScore scoreFamilies(const FamilyMatchFields& a, const FamilyMatchFields& b);

} // namespace opieka
