#include "BlockingKey.h"

#include "PolishNameFolding.h"

#include <algorithm>

namespace opieka {

namespace {

constexpr qsizetype kSurnamePrefix = 4;

} // namespace

QStringList personBlockingKeys(const PersonMatchFields& person)
{
    QStringList keys;
    const QString surname = foldSurnameSound(person.lastName);
    if (!surname.isEmpty())
        keys << QStringLiteral("s:") + surname.left(kSurnamePrefix) +
                    foldNameSound(person.firstName).left(1);
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
    const QString surname = foldSurnameSound(familySurname(family.name));
    if (!surname.isEmpty())
        keys << QStringLiteral("n:") + surname.left(kSurnamePrefix);
    if (const QString address = foldAddress(family.address); !address.isEmpty())
        keys << QStringLiteral("a:") + address;
    return keys;
}

} // namespace opieka
