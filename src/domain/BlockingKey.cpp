#include "BlockingKey.h"

#include "PolishNameFolding.h"

#include <algorithm>

namespace opieka {

namespace {

constexpr qsizetype kSurnamePrefix = 4;

} // namespace

QString personNameKey(const QString& firstName, const QString& lastName)
{
    const QString surname = foldSurnameSound(lastName);
    if (surname.isEmpty())
        return {};
    return QStringLiteral("s:") + surname.left(kSurnamePrefix) + foldNameSound(firstName).left(1);
}

QString familyNameKey(const QString& familyName)
{
    const QString surname = foldSurnameSound(familySurname(familyName));
    return surname.isEmpty() ? QString() : QStringLiteral("n:") + surname.left(kSurnamePrefix);
}

QString familyAddressKey(const QString& address)
{
    const QString folded = foldAddress(address);
    return folded.isEmpty() ? QString() : QStringLiteral("a:") + folded;
}

QList<QDate> birthDatesSharingKey(const QDate& date)
{
    if (!date.isValid())
        return {};
    QList<QDate> dates{date};
    const QDate swapped(date.year(), date.day(), date.month());
    if (swapped.isValid() && swapped != date)
        dates << swapped;
    return dates;
}

QStringList personBlockingKeys(const PersonMatchFields& person)
{
    QStringList keys;
    if (QString name = personNameKey(person.firstName, person.lastName); !name.isEmpty())
        keys << name;
    if (const auto birth = person.knownBirthDate()) {
        const int low = std::min(birth->day(), birth->month());
        const int high = std::max(birth->day(), birth->month());
        keys << QStringLiteral("d:%1-%2-%3")
                    .arg(birth->year(), 4, 10, QLatin1Char('0'))
                    .arg(low, 2, 10, QLatin1Char('0'))
                    .arg(high, 2, 10, QLatin1Char('0'));
    }
    return keys;
}

QStringList familyBlockingKeys(const FamilyMatchFields& family)
{
    QStringList keys;
    if (QString name = familyNameKey(family.name); !name.isEmpty())
        keys << name;
    if (QString address = familyAddressKey(family.address); !address.isEmpty())
        keys << address;
    return keys;
}

} // namespace opieka
