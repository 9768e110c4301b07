#include "DuplicateScore.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace opieka;

namespace {

PersonMatchFields person(const char* firstName, const char* lastName,
                         std::optional<QDate> birthDate = std::nullopt,
                         std::optional<Sex> sex = std::nullopt)
{
    PersonMatchFields fields;
    fields.firstName = QString::fromUtf8(firstName);
    fields.lastName = QString::fromUtf8(lastName);
    fields.birthDate = birthDate;
    fields.sex = sex;
    return fields;
}

FamilyMatchFields family(const char* name, const char* municipality, const char* address)
{
    return {
        QString::fromUtf8(name), QString::fromUtf8(municipality), QString::fromUtf8(address), {}};
}

std::string why(const DuplicateScore& score)
{
    return std::to_string(score.score) + " " + score.reasons.join(QLatin1Char(';')).toStdString();
}

// A likely pair that gives the reason, or what it scored and why instead.
::testing::AssertionResult likelyBecause(const DuplicateScore& score, const char* reason)
{
    if (score.likely() && score.reasons.contains(QString::fromLatin1(reason)))
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "not likely because of " << reason << ": " << why(score);
}

const QDate kBorn(1985, 3, 7);

} // namespace

TEST(DuplicateScore, SamePeselDecidesAlone)
{
    auto a = person("Anna", "Nowak");
    auto b = person("Zofia", "Lis", QDate(1990, 1, 1), Sex::Male);
    a.pesel = b.pesel = Pesel::compose(QDate(1985, 3, 7), 12, Sex::Female);
    const auto score = scorePersons(a, b);
    EXPECT_EQ(score.score, 100);
    EXPECT_EQ(score.reasons, QStringList{QStringLiteral("pesel")});
    EXPECT_TRUE(score.likely());
}

TEST(DuplicateScore, TwoDifferentValidPeselsAreTwoPeople)
{
    auto a = person("Anna", "Nowak", kBorn, Sex::Female);
    auto b = a;
    a.pesel = Pesel::compose(kBorn, 12, Sex::Female);
    b.pesel = Pesel::compose(kBorn, 14, Sex::Female);
    const auto score = scorePersons(a, b);
    EXPECT_EQ(score.score, 0);
    EXPECT_EQ(score.reasons, QStringList{QStringLiteral("pesel-differs")});
}

TEST(DuplicateScore, WithoutPeselOnOneSideNoTwoPeopleScoreAHundred)
{
    auto a = person("Anna", "Nowak", kBorn, Sex::Female);
    a.municipality = QStringLiteral("Gmina Testowo");
    a.householdKeys = {
        memberIdentityKey(QStringLiteral("Ewa"), QStringLiteral("Nowak"), QDate(2010, 5, 6)),
        memberIdentityKey(QStringLiteral("Adam"), QStringLiteral("Nowak"), QDate(2012, 1, 9))};
    auto b = a;
    b.pesel = Pesel::compose(kBorn, 12, Sex::Female);
    const auto score = scorePersons(a, b);
    EXPECT_EQ(score.score, 99) << why(score);
    EXPECT_TRUE(score.likely());
}

TEST(DuplicateScore, APeselGivesTheBirthDateAndSexTheOtherSideLacks)
{
    auto a = person("Anna", "Nowak");
    a.pesel = Pesel::compose(kBorn, 12, Sex::Female);
    const auto sameDay = scorePersons(a, person("Anna", "Nowak", kBorn));
    EXPECT_TRUE(sameDay.reasons.contains(QStringLiteral("birth-date"))) << why(sameDay);
    const auto otherDay = scorePersons(a, person("Anna", "Nowak", QDate(1995, 11, 20)));
    EXPECT_TRUE(otherDay.reasons.contains(QStringLiteral("birth-date-differs"))) << why(otherDay);
    EXPECT_FALSE(otherDay.likely());
}

TEST(DuplicateScore, AnInvalidPeselCountsAsNone)
{
    auto a = person("Anna", "Nowak", kBorn);
    auto b = a;
    a.pesel = Pesel::compose(kBorn, 12, Sex::Female);
    b.pesel = QStringLiteral("85030712346"); // check digit wrong
    const auto score = scorePersons(a, b);
    EXPECT_FALSE(score.reasons.contains(QStringLiteral("pesel-differs"))) << why(score);
    EXPECT_TRUE(score.likely()) << why(score);
}

TEST(DuplicateScore, NameWithoutDiacriticsOnTheSameBirthDateIsLikely)
{
    const auto score =
        scorePersons(person("Małgorzata", "Wójcik", kBorn), person("Malgorzata", "Wojcik", kBorn));
    EXPECT_TRUE(score.likely()) << why(score);
    EXPECT_EQ(score.reasons, (QStringList{QStringLiteral("name"), QStringLiteral("birth-date")}));
}

TEST(DuplicateScore, SpellingConfusionIsNamedAndLikely)
{
    const auto score =
        scorePersons(person("Halina", "Wójcik", kBorn), person("Chalina", "Wujcik", kBorn));
    EXPECT_TRUE(likelyBecause(score, "name-spelling"));
}

TEST(DuplicateScore, SurnameTypoOnTheSameBirthDateIsLikely)
{
    const auto score =
        scorePersons(person("Tomasz", "Szczepański", kBorn), person("Tomasz", "Szczepanki", kBorn));
    EXPECT_TRUE(likelyBecause(score, "name-typo"));
}

TEST(DuplicateScore, ShortNamesOneLetterApartAreDifferentNames)
{
    // Ola and Ala are two names, not a typo: under five letters no letter is forgiven.
    const auto score = scorePersons(person("Ola", "Nowak", kBorn), person("Ala", "Nowak", kBorn));
    EXPECT_TRUE(score.reasons.contains(QStringLiteral("first-name-differs"))) << why(score);
    EXPECT_FALSE(score.likely()) << why(score);
}

TEST(DuplicateScore, SurnameInTheOtherGenderIsNamed)
{
    const auto score =
        scorePersons(person("Anna", "Kowalska", kBorn), person("Anna", "Kowalski", kBorn));
    EXPECT_TRUE(likelyBecause(score, "surname-gender"));
}

TEST(DuplicateScore, DayAndMonthSwappedIsLikely)
{
    const auto score = scorePersons(person("Piotr", "Zieliński", QDate(1985, 3, 7)),
                                    person("Piotr", "Zielinski", QDate(1985, 7, 3)));
    EXPECT_TRUE(likelyBecause(score, "birth-date-swapped"));
}

TEST(DuplicateScore, BirthDateOneDigitOffIsLikelyWithTheFullName)
{
    const auto digit = scorePersons(person("Piotr", "Zieliński", QDate(1985, 3, 17)),
                                    person("Piotr", "Zieliński", QDate(1985, 3, 18)));
    EXPECT_TRUE(likelyBecause(digit, "birth-date-digit"));
    // Two neighbouring digits swapped count as one digit off: 12th and 21st.
    const auto swappedDigits = scorePersons(person("Piotr", "Zieliński", QDate(1985, 3, 12)),
                                            person("Piotr", "Zieliński", QDate(1985, 3, 21)));
    EXPECT_TRUE(swappedDigits.reasons.contains(QStringLiteral("birth-date-digit")))
        << why(swappedDigits);
}

TEST(DuplicateScore, SameCommonNameWithClearlyDifferentBirthDatesIsNotADuplicate)
{
    auto a = person("Jan", "Nowak", QDate(1980, 4, 12), Sex::Male);
    auto b = person("Jan", "Nowak", QDate(1995, 9, 3), Sex::Male);
    a.municipality = b.municipality = QStringLiteral("Gmina Testowo");
    EXPECT_FALSE(scorePersons(a, b).likely()) << why(scorePersons(a, b));
    // Not even a father and son of one household, who share their family's members.
    a.householdKeys = b.householdKeys = {
        memberIdentityKey(QStringLiteral("Maria"), QStringLiteral("Nowak"), QDate(1958, 1, 2)),
        memberIdentityKey(QStringLiteral("Ewa"), QStringLiteral("Nowak"), QDate(1982, 5, 6))};
    const auto household = scorePersons(a, b);
    EXPECT_FALSE(household.likely()) << why(household);
    EXPECT_TRUE(household.reasons.contains(QStringLiteral("birth-date-differs")));
}

TEST(DuplicateScore, SiblingsWithOneSurnameAreNotDuplicates)
{
    auto a = person("Anna", "Mazur", QDate(2010, 6, 1), Sex::Female);
    auto b = person("Piotr", "Mazur", QDate(2014, 2, 11), Sex::Male);
    a.municipality = b.municipality = QStringLiteral("Gmina Testowo");
    a.householdKeys = b.householdKeys = {
        memberIdentityKey(QStringLiteral("Ewa"), QStringLiteral("Mazur"), QDate(1984, 5, 6))};
    const auto score = scorePersons(a, b);
    EXPECT_FALSE(score.likely()) << why(score);
    EXPECT_EQ(score.score, 0) << why(score);
}

// Decision: twins share a surname, a birth date, a family and usually the municipality; different
// first names keep them apart, with or without a difference in sex.
TEST(DuplicateScore, TwinsWithDifferentFirstNamesAreNotDuplicates)
{
    const QDate born(2012, 8, 30);
    auto zofia = person("Zofia", "Wróbel", born, Sex::Female);
    auto jakub = person("Jakub", "Wróbel", born, Sex::Male);
    auto maria = person("Maria", "Wróbel", born, Sex::Female);
    for (PersonMatchFields* twin : {&zofia, &jakub, &maria}) {
        twin->municipality = QStringLiteral("Gmina Testowo");
        twin->householdKeys = {
            memberIdentityKey(QStringLiteral("Ewa"), QStringLiteral("Wróbel"), QDate(1984, 5, 6)),
            memberIdentityKey(QStringLiteral("Adam"), QStringLiteral("Wróbel"), QDate(1983, 1, 9))};
    }
    const auto differentSex = scorePersons(zofia, jakub);
    EXPECT_FALSE(differentSex.likely()) << why(differentSex);
    EXPECT_TRUE(differentSex.reasons.contains(QStringLiteral("sex-differs")));
    const auto sameSex = scorePersons(zofia, maria);
    EXPECT_FALSE(sameSex.likely()) << why(sameSex);
    EXPECT_TRUE(sameSex.reasons.contains(QStringLiteral("first-name-differs")));
}

TEST(DuplicateScore, ADifferentSexLowersTheScore)
{
    const auto same = scorePersons(person("Aleksandra", "Nowak", kBorn, Sex::Female),
                                   person("Aleksandra", "Nowak", kBorn, Sex::Female));
    const auto differs = scorePersons(person("Aleksandra", "Nowak", kBorn, Sex::Female),
                                      person("Aleksandra", "Nowak", kBorn, Sex::Male));
    EXPECT_LT(differs.score, same.score);
    EXPECT_TRUE(differs.reasons.contains(QStringLiteral("sex-differs")));
}

TEST(DuplicateScore, MunicipalityAndSharedMembersRaiseANameOnlyMatch)
{
    // No birth date on either side: the name alone is not enough ...
    auto a = person("Krystyna", "Kamińska");
    auto b = person("Krystyna", "Kaminska");
    EXPECT_FALSE(scorePersons(a, b).likely()) << why(scorePersons(a, b));
    // ... with the municipality and a shared child it is.
    a.municipality = QStringLiteral("Gmina Testowo");
    b.municipality = QStringLiteral("gmina testowo");
    const QString child =
        memberIdentityKey(QStringLiteral("Oliwia"), QStringLiteral("Kamińska"), QDate(2015, 4, 4));
    a.householdKeys = {child};
    b.householdKeys = {
        memberIdentityKey(QStringLiteral("Oliwia"), QStringLiteral("Kaminska"), QDate(2015, 4, 4))};
    const auto score = scorePersons(a, b);
    EXPECT_TRUE(likelyBecause(score, "municipality"));
    EXPECT_TRUE(score.reasons.contains(QStringLiteral("shared-member")));
}

TEST(DuplicateScore, ASecondGivenNameMatchesTheOnlyOne)
{
    const auto score =
        scorePersons(person("Anna Maria", "Lis", kBorn), person("Maria", "Lis", kBorn));
    EXPECT_TRUE(score.likely()) << why(score);
    EXPECT_FALSE(score.reasons.contains(QStringLiteral("first-name-differs")));
}

TEST(DuplicateScore, FamilyNamedInTheOtherGenderAtTheSameAddressIsLikely)
{
    const auto score = scoreFamilies(family("Kowalska", "Gmina Testowo", "ul. Długa 12 m. 3"),
                                     family("Kowalski", "Gmina Testowo", "Dluga 12/3"));
    EXPECT_TRUE(likelyBecause(score, "surname-gender"));
    EXPECT_TRUE(score.reasons.contains(QStringLiteral("address")));
}

TEST(DuplicateScore, FamilyInThePluralOrWithRodzinaIsTheSameName)
{
    const auto score = scoreFamilies(family("Rodzina Kowalskich", "Gmina Testowo", ""),
                                     family("Kowalscy", "Gmina Testowo", ""));
    EXPECT_TRUE(score.reasons.contains(QStringLiteral("name"))) << why(score);
}

TEST(DuplicateScore, FamiliesSharingOnlyACommonNameAndMunicipalityAreNotDuplicates)
{
    const auto score = scoreFamilies(family("Nowak", "Gmina Testowo", "ul. Krótka 1"),
                                     family("Nowak", "Gmina Testowo", "ul. Polna 7"));
    EXPECT_FALSE(score.likely()) << why(score);
}

TEST(DuplicateScore, FamiliesSharingMembersAreLikelyEvenUnderAnotherName)
{
    auto a = family("Nowak", "Gmina Testowo", "");
    auto b = family("Wiśniewska", "Gmina Testowo", "");
    a.memberKeys = b.memberKeys = {
        memberIdentityKey(QStringLiteral("Oliwia"), QStringLiteral("Nowak"), QDate(2015, 4, 4)),
        memberIdentityKey(QStringLiteral("Kacper"), QStringLiteral("Nowak"), QDate(2017, 9, 9))};
    const auto score = scoreFamilies(a, b);
    EXPECT_TRUE(score.reasons.contains(QStringLiteral("shared-member"))) << why(score);
    EXPECT_GT(score.score, scoreFamilies(family("Nowak", "Gmina Testowo", ""),
                                         family("Wiśniewska", "Gmina Testowo", ""))
                               .score);
}

TEST(DuplicateScore, MemberIdentityKeyForgivesSpellingAndGender)
{
    EXPECT_EQ(memberIdentityKey(QStringLiteral("Małgorzata"), QStringLiteral("Wójcik"),
                                QDate(2015, 4, 4)),
              memberIdentityKey(QStringLiteral("malgorzata"), QStringLiteral("Wojcik"),
                                QDate(2015, 4, 4)));
    EXPECT_EQ(
        memberIdentityKey(QStringLiteral("Anna"), QStringLiteral("Kowalska"), QDate(2015, 4, 4)),
        memberIdentityKey(QStringLiteral("Anna"), QStringLiteral("Kowalski"), QDate(2015, 4, 4)));
    // Without a birth date there is no key: a name alone does not make a member shared.
    EXPECT_TRUE(memberIdentityKey(QStringLiteral("Anna"), QStringLiteral("Kowalska"), std::nullopt)
                    .isEmpty());
    EXPECT_NE(memberIdentityKey(QStringLiteral("Anna"), QStringLiteral("Lis"), QDate(2015, 4, 4)),
              memberIdentityKey(QStringLiteral("Anna"), QStringLiteral("Lis"), QDate(2015, 4, 5)));
}

TEST(DuplicateScore, AChangedSurnameIsLikelyOnlyWithTheHousehold)
{
    auto maiden = person("Joanna", "Pawlak", kBorn, Sex::Female);
    auto married = person("Joanna", "Michalska", kBorn, Sex::Female);
    EXPECT_FALSE(scorePersons(maiden, married).likely()) << why(scorePersons(maiden, married));
    maiden.municipality = married.municipality = QStringLiteral("Gmina Testowo");
    maiden.householdKeys = married.householdKeys = {
        memberIdentityKey(QStringLiteral("Oliwia"), QStringLiteral("Pawlak"), QDate(2015, 4, 4))};
    EXPECT_TRUE(likelyBecause(scorePersons(maiden, married), "shared-member"));
}

TEST(DuplicateScore, AdjectiveEndingsOtherThanSkiAreForgivenOnlyAsATypo)
{
    const auto score =
        scorePersons(person("Anna", "Zielona", kBorn), person("Anna", "Zielony", kBorn));
    EXPECT_TRUE(likelyBecause(score, "name-typo"));
    EXPECT_FALSE(score.reasons.contains(QStringLiteral("surname-gender"))) << why(score);
}

TEST(DuplicateScore, MembersWithoutBirthDatesAreNotShared)
{
    auto a = person("Krystyna", "Kamińska");
    auto b = person("Krystyna", "Kaminska");
    a.householdKeys = {
        memberIdentityKey(QStringLiteral("Oliwia"), QStringLiteral("Kamińska"), std::nullopt)};
    b.householdKeys = a.householdKeys;
    EXPECT_FALSE(scorePersons(a, b).reasons.contains(QStringLiteral("shared-member")))
        << why(scorePersons(a, b));
}

namespace {

// The check on entry reads only the namesakes born on birthDatesAgreeing(): every other date must
// be one the score calls different, and every date in the list one it forgives.
TEST(DuplicateScore, TheBirthDatesAgreeingAreExactlyThoseTheScoreForgives)
{
    for (const QDate typed :
         {QDate(1985, 3, 7), QDate(2012, 12, 21), QDate(2000, 2, 29), QDate(1999, 11, 11)}) {
        const QList<QDate> agreeing = birthDatesAgreeing(typed);
        int forgiven = 0;
        for (QDate other(1900, 1, 1); other <= QDate(2030, 12, 31); other = other.addDays(1)) {
            const DuplicateScore score =
                scorePersons(person("Anna", "Nowak", typed), person("Anna", "Nowak", other));
            const bool differs = score.reasons.contains(QStringLiteral("birth-date-differs"));
            EXPECT_EQ(agreeing.contains(other), !differs)
                << typed.toString(Qt::ISODate).toStdString() << " and "
                << other.toString(Qt::ISODate).toStdString() << ": " << why(score);
            forgiven += differs ? 0 : 1;
        }
        const auto inRange = std::count_if(agreeing.begin(), agreeing.end(), [](const QDate& d) {
            return d >= QDate(1900, 1, 1) && d <= QDate(2030, 12, 31);
        });
        EXPECT_EQ(forgiven, inRange);
        EXPECT_TRUE(agreeing.contains(typed));
    }
    EXPECT_TRUE(birthDatesAgreeing(QDate(1985, 3, 7)).contains(QDate(1985, 7, 3)));
    EXPECT_TRUE(birthDatesAgreeing(QDate(1985, 3, 12)).contains(QDate(1985, 12, 3)))
        << "the day and month swapped, though more than one digit apart";
    EXPECT_TRUE(birthDatesAgreeing(QDate()).isEmpty());
}

} // namespace
