// libFuzzer target: Pesel::parse (and checkDigit, compose, ageOn, parseSex) on arbitrary bytes,
// read as UTF-8 and as Latin-1. Any broken invariant aborts, so libFuzzer keeps the input.
#include "FuzzChecks.h"
#include "Pesel.h"

#include <QByteArray>
#include <QString>
#include <cstdint>

using namespace opieka;
using opieka::fuzz::require;

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// The month digits that encode a birth date's century (1800s +80, 1900s +0, ... 2200s +60).
int encodedMonth(const QDate& birth)
{
    static const int offset[] = {80, 0, 20, 40, 60};
    return birth.month() + offset[birth.year() / 100 - 18];
}

void checkParsed(const QString& pesel, const PeselInfo& info)
{
    require(pesel.size() == 11, "a parsed PESEL has 11 characters");
    for (const QChar c : pesel)
        require(isAsciiDigit(c), "a parsed PESEL holds only ASCII digits");
    const QDate birth = info.birthDate;
    require(birth.isValid(), "a parsed PESEL gives a valid date");
    require(birth.year() >= 1800 && birth.year() <= 2299, "the birth year is in 1800-2299");
    require(birth.year() % 100 == pesel.mid(0, 2).toInt(), "the year's last digits are YY");
    require(encodedMonth(birth) == pesel.mid(2, 2).toInt(), "the month carries the century");
    require(birth.day() == pesel.mid(4, 2).toInt(), "the day is DD");
    const bool odd = pesel.at(9).digitValue() % 2 == 1;
    require(info.sex == (odd ? Sex::Male : Sex::Female), "the sex follows digit 10");
    require(Pesel::checkDigit(pesel) == pesel.at(10).digitValue(), "the check digit holds");

    // Composing the parsed fields again gives the same 11 digits: compose() writes the date and
    // serial; its sex digit is one of five, so the original tenth digit is put back.
    const int serial = pesel.mid(6, 3).toInt();
    const QString composed = Pesel::compose(birth, serial, info.sex);
    require(composed.size() == 11, "compose gives 11 characters");
    require(composed.left(9) == pesel.left(9), "compose writes the same date and serial");
    require(composed.at(9).digitValue() % 2 == pesel.at(9).digitValue() % 2,
            "compose writes a sex digit of the same parity");
    const QString ten = composed.left(9) + pesel.at(9);
    require(ten + QString::number(Pesel::checkDigit(ten)) == pesel, "recomposed PESEL is equal");
    const auto again = Pesel::parse(composed);
    require(again.ok(), "a composed PESEL parses");
    require(again->birthDate == birth && again->sex == info.sex, "a composed PESEL round-trips");

    require(ageOn(birth, birth) == 0, "age 0 on the birth day");
    require(ageOn(birth, birth.addDays(-1)) == -1, "age -1 the day before birth");
    require(ageOn(birth, QDate(birth.year() + 18, 12, 31)) == 18, "age 18 at the end of year 18");
    const QDate eighteenth = birth.addYears(18);
    const int age = ageOn(birth, eighteenth);
    require(age == 18 || (age == 17 && birth.month() == 2 && birth.day() == 29),
            "age 18 on the eighteenth birthday (17 on 28 February for a leap-day birth)");
}

void check(const QString& text)
{
    const auto parsed = Pesel::parse(text);
    if (parsed.ok())
        checkParsed(text, *parsed);
    else {
        require(parsed.error().kind == ErrorKind::BadInput, "a refused PESEL is bad input");
        // Every message quotes the PESEL as typed (a "%1" in it must not become a placeholder).
        require(parsed.error().message.contains(text), "the message quotes the input");
    }

    bool allDigits = text.size() >= 10;
    for (int i = 0; allDigits && i < 10; ++i)
        allDigits = isAsciiDigit(text.at(i));
    if (allDigits) {
        const int digit = Pesel::checkDigit(text.left(10));
        require(digit >= 0 && digit <= 9, "the check digit is 0-9");
    }
    (void)parseSex(text);
}

// compose() on its documented domain (years 1800-2299, serial 0-999) always gives a valid PESEL.
void checkCompose(const uint8_t* data, size_t size)
{
    if (size < 6)
        return;
    const int dayNumber =
        (data[0] | data[1] << 8 | data[2] << 16) % 182'621; // the days of 1800-2299
    const QDate birth = QDate(1800, 1, 1).addDays(dayNumber);
    const int serial = (data[3] | data[4] << 8) % 1000;
    const Sex sex = data[5] % 2 ? Sex::Male : Sex::Female;
    const QString composed = Pesel::compose(birth, serial, sex);
    const auto parsed = Pesel::parse(composed);
    require(parsed.ok(), "compose gives a PESEL that parses");
    require(parsed->birthDate == birth && parsed->sex == sex, "compose round-trips");
    checkParsed(composed, *parsed);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    qInstallMessageHandler(fuzz::failOnQtWarnings);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    check(QString::fromUtf8(bytes));
    check(QString::fromLatin1(bytes));
    checkCompose(data, size);
    return 0;
}
