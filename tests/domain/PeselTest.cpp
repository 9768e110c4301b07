#include "Pesel.h"

#include "TextFolding.h"

#include <gtest/gtest.h>

using namespace opieka;

// Check digits of these numbers were computed independently of the code under test.
TEST(Pesel, PublishedExamplesGiveBirthDateAndSex)
{
    struct Example
    {
        const char* pesel;
        QDate birth;
        Sex sex;
    };
    const Example examples[] = {
        {"44051401359", QDate(1944, 5, 14), Sex::Male},  // the example in the PESEL literature
        {"02070803628", QDate(1902, 7, 8), Sex::Female}, // ditto
        {"88122400016", QDate(1988, 12, 24), Sex::Male},
        {"65123100169", QDate(1965, 12, 31), Sex::Female},
        {"48022900111", QDate(1948, 2, 29), Sex::Male},   // leap day
        {"04251500089", QDate(2004, 5, 15), Sex::Female}, // 2000s: month + 20
        {"00212900008", QDate(2000, 1, 29), Sex::Female},
        {"15222800006", QDate(2015, 2, 28), Sex::Female},
        {"95810100008", QDate(1895, 1, 1), Sex::Female},  // 1800s: month + 80
        {"04622900009", QDate(2204, 2, 29), Sex::Female}, // 2200s: month + 60, a leap year
    };
    for (const Example& e : examples) {
        const auto info = Pesel::parse(QString::fromLatin1(e.pesel));
        ASSERT_TRUE(info.ok()) << e.pesel << ": " << info.error().message.toStdString();
        EXPECT_EQ(info->birthDate, e.birth) << e.pesel;
        EXPECT_EQ(info->sex, e.sex) << e.pesel;
    }
}

TEST(Pesel, EachKindOfMistakeIsNamed)
{
    auto wrongCheck = Pesel::parse(QStringLiteral("44051401358"));
    ASSERT_FALSE(wrongCheck.ok());
    EXPECT_TRUE(wrongCheck.error().message.contains(QStringLiteral("check digit")));
    // Never the right digit (issue 17): it would turn any typo into a "valid" number.
    QString withoutNumber = wrongCheck.error().message;
    withoutNumber.remove(QStringLiteral("44051401358"));
    EXPECT_FALSE(withoutNumber.contains(QStringLiteral("9")))
        << "names the right digit: " << withoutNumber.toStdString();

    auto shortOne = Pesel::parse(QStringLiteral("4405140135"));
    ASSERT_FALSE(shortOne.ok());
    EXPECT_TRUE(shortOne.error().message.contains(QStringLiteral("11 digits")));

    auto letters = Pesel::parse(QStringLiteral("4405140135X"));
    ASSERT_FALSE(letters.ok());
    EXPECT_TRUE(letters.error().message.contains(QStringLiteral("only digits")));

    auto noSuchDay = Pesel::parse(QStringLiteral("07022900002")); // 29 February 1907
    ASSERT_FALSE(noSuchDay.ok());
    EXPECT_TRUE(noSuchDay.error().message.contains(QStringLiteral("does not exist")));

    auto badMonth = Pesel::parse(QStringLiteral("44150101359"));
    ASSERT_FALSE(badMonth.ok());
    EXPECT_TRUE(badMonth.error().message.contains(QStringLiteral("month")));
}

// Found by the PESEL fuzzer: "%1" typed into the field became a placeholder of the message.
TEST(Pesel, PercentSignsInTheInputAreQuotedAsTyped)
{
    for (const QString& typed : {QStringLiteral("%1"), QStringLiteral("9%2"), QStringLiteral("%00"),
                                 QStringLiteral("4405%1401359")}) {
        auto refused = Pesel::parse(typed);
        ASSERT_FALSE(refused.ok());
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("PESEL ") + typed + u' '))
            << refused.error().message.toStdString();
        EXPECT_TRUE(refused.error().message.contains(QString::number(typed.size()) +
                                                     QStringLiteral(" characters")))
            << refused.error().message.toStdString();
    }
}

TEST(Pesel, AgeIsWholeYearsOnTheDay)
{
    EXPECT_EQ(ageOn(QDate(2010, 6, 15), QDate(2024, 6, 14)), 13);
    EXPECT_EQ(ageOn(QDate(2010, 6, 15), QDate(2024, 6, 15)), 14);
    EXPECT_EQ(ageOn(QDate(2008, 2, 29), QDate(2025, 2, 28)), 16);
    EXPECT_EQ(ageOn(QDate(2008, 2, 29), QDate(2025, 3, 1)), 17);
}

TEST(Sex, ReadsTheUsualSpellings)
{
    EXPECT_EQ(parseSex(QStringLiteral("F")), Sex::Female);
    EXPECT_EQ(parseSex(QStringLiteral("k")), Sex::Female);
    EXPECT_EQ(parseSex(QStringLiteral("Kobieta")), Sex::Female);
    EXPECT_EQ(parseSex(QStringLiteral("M")), Sex::Male);
    EXPECT_EQ(parseSex(QStringLiteral("mężczyzna")), Sex::Male);
    EXPECT_FALSE(parseSex(QStringLiteral("x")).has_value());
}

TEST(TextFolding, ForgivesPolishLettersAndCase)
{
    EXPECT_EQ(foldForSearch(QStringLiteral("Łódź")), QStringLiteral("lodz"));
    EXPECT_EQ(foldForSearch(QStringLiteral("Żółw")), QStringLiteral("zolw"));
    EXPECT_EQ(foldForSearch(QStringLiteral("ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż")),
              QStringLiteral("acelnoszz acelnoszz"));
    EXPECT_EQ(foldForSearch(QStringLiteral("OPS.2024.00012")), QStringLiteral("ops.2024.00012"));
}

TEST(Pesel, ComposedNumbersParseBack)
{
    const QDate days[] = {QDate(1899, 12, 31), QDate(1950, 1, 1), QDate(2000, 2, 29),
                          QDate(2019, 11, 30), QDate(2150, 6, 15)};
    int serial = 0;
    for (const QDate& day : days)
        for (Sex sex : {Sex::Female, Sex::Male}) {
            const QString pesel = Pesel::compose(day, serial += 137, sex);
            const auto info = Pesel::parse(pesel);
            ASSERT_TRUE(info.ok()) << pesel.toStdString();
            EXPECT_EQ(info->birthDate, day);
            EXPECT_EQ(info->sex, sex);
        }
}
