#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace opieka {

enum class Sex
{
    Female,
    Male
};

QString sexName(Sex sex); // F, M (as in CSV)
std::optional<Sex>
parseSex(const QString& text); // F/M, K (kobieta), female/male, kobieta/mężczyzna

// What a PESEL (Polish personal number) says about its holder.
struct PeselInfo
{
    QDate birthDate;
    Sex sex = Sex::Female;
};

// PESEL: YYMMDDZZZXQ. The month carries the century (+80 1800s, +0 1900s, +20 2000s, +40 2100s,
// +60 2200s); the 10th digit is odd for men; Q is the check digit.
class Pesel
{
    Q_DECLARE_TR_FUNCTIONS(Pesel)

public:
    // The info, or an error saying exactly what is wrong (length, digits, date, check digit).
    static Result<PeselInfo> parse(const QString& pesel);
    static int checkDigit(const QString& firstTenDigits);
    // A valid PESEL for a birth date, a serial number (0-999) and a sex (for generated data).
    static QString compose(const QDate& birthDate, int serial, Sex sex);
};

// Whole years between birth and the day (ages are computed, never stored).
int ageOn(const QDate& birthDate, const QDate& day);

} // namespace opieka
