#include "BlockingKey.h"

#include <gtest/gtest.h>

using namespace opieka;

namespace {

PersonMatchFields person(const char* firstName, const char* lastName,
                         std::optional<QDate> birthDate = std::nullopt)
{
    PersonMatchFields fields;
    fields.firstName = QString::fromUtf8(firstName);
    fields.lastName = QString::fromUtf8(lastName);
    fields.birthDate = birthDate;
    return fields;
}

bool shareAKey(const PersonMatchFields& a, const PersonMatchFields& b)
{
    const QStringList keysB = personBlockingKeys(b);
    for (const QString& key : personBlockingKeys(a))
        if (keysB.contains(key))
            return true;
    return false;
}

} // namespace

TEST(BlockingKey, APersonHasASurnameKeyAndABirthDateKey)
{
    EXPECT_EQ(personBlockingKeys(person("Anna", "Kowalska", QDate(1985, 7, 3))),
              (QStringList{QStringLiteral("s:kowaa"), QStringLiteral("d:1985-03-07")}));
    EXPECT_EQ(personBlockingKeys(person("Anna", "Kowalska")),
              QStringList{QStringLiteral("s:kowaa")});
    EXPECT_TRUE(personBlockingKeys(person("", "")).isEmpty());
}

TEST(BlockingKey, TheBirthDateComesFromAValidPesel)
{
    auto withPesel = person("Anna", "Kowalska");
    withPesel.pesel = Pesel::compose(QDate(1985, 7, 3), 12, Sex::Female);
    EXPECT_TRUE(personBlockingKeys(withPesel).contains(QStringLiteral("d:1985-03-07")));
}

TEST(BlockingKey, SpellingGenderAndLateTyposShareTheSurnameKey)
{
    EXPECT_TRUE(shareAKey(person("Małgorzata", "Wójcik"), person("Malgorzata", "Wujcik")));
    EXPECT_TRUE(shareAKey(person("Anna", "Kowalska"), person("Anna", "Kowalski")));
    EXPECT_TRUE(shareAKey(person("Tomasz", "Szczepański"), person("Tomasz", "Szczepanki")));
    EXPECT_TRUE(shareAKey(person("Jan", "Dąbrowski"), person("Jan", "Dombrowski")));
    EXPECT_TRUE(shareAKey(person("Jan", "Rzepka"), person("Jan", "Żepka")));
}

TEST(BlockingKey, SwappedDayAndMonthShareTheBirthDateKey)
{
    EXPECT_TRUE(shareAKey(person("Piotr", "Nowak", QDate(1985, 3, 7)),
                          person("Paweł", "Wiśniewski", QDate(1985, 7, 3))));
}

TEST(BlockingKey, AnEarlyTypoIsFoundOnlyThroughTheBirthDate)
{
    // "Nwoak": the typo is in the first four letters, the surname keys differ.
    EXPECT_TRUE(shareAKey(person("Jan", "Nowak", QDate(1985, 3, 7)),
                          person("Jan", "Nwoak", QDate(1985, 3, 7))));
    // The documented miss: the same typo with a birth date one digit off.
    EXPECT_FALSE(shareAKey(person("Jan", "Nowak", QDate(1985, 3, 7)),
                           person("Jan", "Nwoak", QDate(1985, 3, 8))));
}

TEST(BlockingKey, DifferentPeopleAreMostlyInOtherBlocks)
{
    EXPECT_FALSE(shareAKey(person("Anna", "Nowak", QDate(1980, 1, 1)),
                           person("Anna", "Lis", QDate(1990, 2, 2))));
    // Same surname, another first-name initial: another block.
    EXPECT_FALSE(shareAKey(person("Anna", "Nowak"), person("Piotr", "Nowak")));
}

TEST(BlockingKey, AFamilyHasANameKeyAndAnAddressKey)
{
    const FamilyMatchFields a{QStringLiteral("Rodzina Kowalskich"),
                              QStringLiteral("Testowo"),
                              QStringLiteral("ul. Długa 12 m. 3"),
                              {}};
    const FamilyMatchFields b{QStringLiteral("Kowalska"), QString(), QString(), {}};
    const FamilyMatchFields c{
        QStringLiteral("Wiśniewska"), QString(), QStringLiteral("Dluga 12/3"), {}};
    EXPECT_EQ(familyBlockingKeys(a),
              (QStringList{QStringLiteral("n:kowa"), QStringLiteral("a:dluga 12 3")}));
    EXPECT_EQ(familyBlockingKeys(b), QStringList{QStringLiteral("n:kowa")});
    EXPECT_TRUE(familyBlockingKeys(c).contains(QStringLiteral("a:dluga 12 3")));
}
