#include "Pesel.h"

#include "IsoDate.h"

#include <algorithm>

namespace opieka {

QString sexName(Sex sex)
{
    return sex == Sex::Female ? QStringLiteral("F") : QStringLiteral("M");
}

std::optional<Sex> parseSex(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("f") || t == QLatin1String("k") || t == QLatin1String("female") ||
        t == QStringLiteral("kobieta"))
        return Sex::Female;
    if (t == QLatin1String("m") || t == QLatin1String("male") || t == QStringLiteral("mężczyzna"))
        return Sex::Male;
    return std::nullopt;
}

int Pesel::checkDigit(const QString& firstTenDigits)
{
    static const int weights[10] = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    int sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += firstTenDigits.at(i).digitValue() * weights[i];
    return (10 - sum % 10) % 10;
}

QString Pesel::compose(const QDate& birthDate, int serial, Sex sex)
{
    static const int centuryOffset[] = {80, 0, 20, 40, 60}; // 1800s .. 2200s
    const int century = birthDate.year() / 100 - 18;
    const int month = birthDate.month() + centuryOffset[std::clamp(century, 0, 4)];
    const int sexDigit = (serial % 5) * 2 + (sex == Sex::Male ? 1 : 0);
    const QString ten = QStringLiteral("%1%2%3%4%5")
                            .arg(birthDate.year() % 100, 2, 10, QLatin1Char('0'))
                            .arg(month, 2, 10, QLatin1Char('0'))
                            .arg(birthDate.day(), 2, 10, QLatin1Char('0'))
                            .arg(serial % 1000, 3, 10, QLatin1Char('0'))
                            .arg(sexDigit);
    return ten + QString::number(checkDigit(ten));
}

Result<PeselInfo> Pesel::parse(const QString& pesel)
{
    if (pesel.size() != 11)
        return badInput(tr("PESEL %1 has %2 characters; a PESEL has 11 digits.")
                            .arg(pesel, QString::number(pesel.size())));
    for (const QChar c : pesel)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return badInput(tr("PESEL %1 may hold only digits.").arg(pesel));

    auto digits = [&](int from, int count) { return pesel.mid(from, count).toInt(); };
    const int yy = digits(0, 2);
    int month = digits(2, 2);
    const int day = digits(4, 2);
    int century = 0;
    if (month >= 81 && month <= 92) {
        century = 1800;
        month -= 80;
    } else if (month >= 1 && month <= 12) {
        century = 1900;
    } else if (month >= 21 && month <= 32) {
        century = 2000;
        month -= 20;
    } else if (month >= 41 && month <= 52) {
        century = 2100;
        month -= 40;
    } else if (month >= 61 && month <= 72) {
        century = 2200;
        month -= 60;
    } else {
        return badInput(
            tr("PESEL %1 has no valid month (digits 3-4 are %2).").arg(pesel, pesel.mid(2, 2)));
    }
    const QDate birth(century + yy, month, day);
    if (!birth.isValid())
        return badInput(tr("PESEL %1 holds a date that does not exist (%2-%3-%4).")
                            .arg(pesel)
                            .arg(century + yy)
                            .arg(month, 2, 10, QLatin1Char('0'))
                            .arg(day, 2, 10, QLatin1Char('0')));
    // Never the right digit: that would turn any mistyped number into a "valid" one.
    if (pesel.at(10).digitValue() != checkDigit(pesel))
        return badInput(tr("PESEL %1 has a wrong check digit: it does not match the other "
                           "digits, so the number is not valid. Check it for a typing error.")
                            .arg(pesel));
    return PeselInfo{birth, pesel.at(9).digitValue() % 2 == 1 ? Sex::Male : Sex::Female};
}

int ageOn(const QDate& birthDate, const QDate& day)
{
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() ||
        (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

} // namespace opieka
