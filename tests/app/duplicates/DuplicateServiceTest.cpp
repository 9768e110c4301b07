#include "DuplicateService.h"

#include "AuditService.h"
#include "DuplicateScore.h"
#include "TestWorkspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>
#include <set>
#include <tuple>

using namespace opieka;

namespace {

// A generated centre of 30 families in one municipality, each with a parent and a child whose
// names are made up of syllables (no two alike), and, planted among them, the same people
// recorded twice in the ways issue 21 names, beside look-alikes that are different people.
class DuplicateServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const auto words = [](const char* text) {
            return QString::fromUtf8(text).split(QLatin1Char(' '));
        };
        const QStringList stems = words("Bral Cerp Dunt Fisk Golm Hart Jurk Kemp Lorn Murt");
        const QStringList endings = words("ak ik uch");
        const QStringList parents =
            words("Barbara Celina Danuta Edyta Felicja Grażyna Halina Irena Jolanta Krystyna");
        const QStringList children =
            words("Adam Bogdan Cezary Dawid Emil Filip Gustaw Henryk Igor Julian");
        QString families = QStringLiteral("id,name,municipality,category,opened_on,closed_on\n");
        QString members = QStringLiteral("family_id,pesel,first_name,last_name,birth_date,sex,"
                                         "relation\n");
        const auto member = [&](int family, const QString& first, const QString& last,
                                const QDate& born, const char* relation) {
            members +=
                QStringLiteral("%1,,%2,%3,%4,,%5\n")
                    .arg(family)
                    .arg(first, last, born.toString(Qt::ISODate), QString::fromLatin1(relation));
        };
        for (int i = 0; i < 30; ++i) {
            const QString surname = stems[i % 10] + endings[i / 10];
            families += QStringLiteral("%1,Rodzina %2,Testowo,coping,2020-01-01,\n")
                            .arg(i + 1)
                            .arg(surname);
            member(i + 1, parents[i % 10], surname, QDate(1960, 1, 1).addDays(i * 400), "parent");
            member(i + 1, children[(i + 3) % 10], surname, QDate(2000, 1, 1).addDays(i * 97),
                   "child");
        }
        // The same people twice, in other families' households.
        member(1, QStringLiteral("Małgorzata"), QStringLiteral("Wójcik"), {1980, 5, 12},
               "grandparent");
        member(2, QStringLiteral("Malgorzata"), QStringLiteral("Wojcik"), {1980, 5, 12},
               "grandparent");
        member(3, QStringLiteral("Anna"), QStringLiteral("Kowalska"), {1990, 2, 3}, "other");
        member(4, QStringLiteral("Anna"), QStringLiteral("Kowalski"), {1990, 2, 3}, "other");
        member(5, QStringLiteral("Tomasz"), QStringLiteral("Szczepański"), {1975, 8, 20},
               "partner");
        member(6, QStringLiteral("Tomasz"), QStringLiteral("Szczepanki"), {1975, 8, 20}, "partner");
        member(7, QStringLiteral("Ewa"), QStringLiteral("Zielińska"), {1985, 3, 7}, "other");
        member(8, QStringLiteral("Ewa"), QStringLiteral("Zielińska"), {1985, 7, 3}, "other");
        // Look-alikes: two Jan Nowak born 32 years apart; a brother and a sister.
        member(9, QStringLiteral("Jan"), QStringLiteral("Nowak"), {1950, 4, 10}, "grandparent");
        member(10, QStringLiteral("Jan"), QStringLiteral("Nowak"), {1982, 9, 15}, "parent");
        member(11, QStringLiteral("Piotr"), QStringLiteral("Lis"), {2010, 1, 5}, "child");
        member(11, QStringLiteral("Paula"), QStringLiteral("Lis"), {2013, 6, 20}, "child");
        // One family recorded twice, in the other gender of its name: the same child in both.
        families += QStringLiteral("101,Kowalska,Testowo,coping,2021-01-01,\n"
                                   "102,Kowalski,Testowo,at_risk,2022-01-01,\n");
        member(101, QStringLiteral("Zofia"), QStringLiteral("Kowalska"), {2015, 3, 4}, "child");
        member(102, QStringLiteral("Zofia"), QStringLiteral("Kowalska"), {2015, 3, 4}, "child");
        ws.load(DataSet::Families, families.toUtf8());
        ws.load(DataSet::Members, members.toUtf8());
    }

    QList<DuplicatePair> listed(DuplicateKind kind, std::optional<int> minScore = std::nullopt)
    {
        auto pairs = DuplicateService(ws.session(ws.manager())).list(kind, minScore);
        EXPECT_TRUE(pairs.ok()) << (pairs ? "" : pairs.error().message.toStdString());
        return pairs ? *pairs : QList<DuplicatePair>{};
    }

    // The pairs as "name / name" (the lower id first), for comparing with what was planted.
    static std::set<QString> names(const QList<DuplicatePair>& pairs)
    {
        std::set<QString> all;
        for (const DuplicatePair& pair : pairs)
            all.insert(pair.a.name + QStringLiteral(" / ") + pair.b.name);
        return all;
    }

    static const DuplicatePair* find(const QList<DuplicatePair>& pairs, const QString& aName)
    {
        for (const DuplicatePair& pair : pairs)
            if (pair.a.name == aName)
                return &pair;
        return nullptr;
    }

    test::TestWorkspace ws;
};

TEST_F(DuplicateServiceTest, ListsThePlantedPeopleAndNotTheLookAlikes)
{
    const QList<DuplicatePair> pairs = listed(DuplicateKind::Members);
    EXPECT_EQ(names(pairs), (std::set<QString>{
                                QStringLiteral("Małgorzata Wójcik / Malgorzata Wojcik"),
                                QStringLiteral("Anna Kowalska / Anna Kowalski"),
                                QStringLiteral("Tomasz Szczepański / Tomasz Szczepanki"),
                                QStringLiteral("Ewa Zielińska / Ewa Zielińska"),
                                QStringLiteral("Zofia Kowalska / Zofia Kowalska"),
                            }));
    for (const DuplicatePair& pair : pairs) {
        EXPECT_EQ(pair.kind, DuplicateKind::Members);
        EXPECT_GE(pair.score, kLikelyDuplicateScore);
        EXPECT_LT(pair.a.id, pair.b.id);
    }

    const DuplicatePair* wojcik = find(pairs, QStringLiteral("Małgorzata Wójcik"));
    ASSERT_NE(wojcik, nullptr);
    EXPECT_EQ(wojcik->a.familyId, 1);
    EXPECT_EQ(wojcik->b.familyId, 2);
    EXPECT_EQ(wojcik->a.birthDate, QDate(1980, 5, 12));
    // Name 30 + 25, birth date 35, municipality 5 (docs/duplicates.md).
    EXPECT_EQ(wojcik->score, 95);
    EXPECT_TRUE(wojcik->reasons.contains(QStringLiteral("birth-date")));

    const DuplicatePair* kowalska = find(pairs, QStringLiteral("Anna Kowalska"));
    ASSERT_NE(kowalska, nullptr);
    EXPECT_TRUE(kowalska->reasons.contains(QStringLiteral("surname-gender")));
    const DuplicatePair* typo = find(pairs, QStringLiteral("Tomasz Szczepański"));
    ASSERT_NE(typo, nullptr);
    EXPECT_TRUE(typo->reasons.contains(QStringLiteral("name-typo")));
    const DuplicatePair* swapped = find(pairs, QStringLiteral("Ewa Zielińska"));
    ASSERT_NE(swapped, nullptr);
    EXPECT_TRUE(swapped->reasons.contains(QStringLiteral("birth-date-swapped")));
    EXPECT_EQ(swapped->b.birthDate, QDate(1985, 7, 3));
}

TEST_F(DuplicateServiceTest, SortedByScoreThenByIds)
{
    const QList<DuplicatePair> pairs = listed(DuplicateKind::Members, 0);
    ASSERT_GT(pairs.size(), 5);
    for (qsizetype i = 1; i < pairs.size(); ++i) {
        const DuplicatePair& x = pairs[i - 1];
        const DuplicatePair& y = pairs[i];
        EXPECT_LT(std::tuple(-x.score, x.a.id, x.b.id), std::tuple(-y.score, y.a.id, y.b.id))
            << "pair " << i;
    }
}

TEST_F(DuplicateServiceTest, ALowerThresholdShowsTheLookAlikesAsCandidatesWithTheirReasons)
{
    // The two Jan Nowak share a blocking key, so they are scored, and the birth dates sink them.
    const QList<DuplicatePair> all = listed(DuplicateKind::Members, 0);
    const DuplicatePair* nowak = find(all, QStringLiteral("Jan Nowak"));
    ASSERT_NE(nowak, nullptr);
    EXPECT_LT(nowak->score, kLikelyDuplicateScore);
    EXPECT_TRUE(nowak->reasons.contains(QStringLiteral("birth-date-differs")));
    const DuplicatePair* siblings = find(all, QStringLiteral("Piotr Lis"));
    ASSERT_NE(siblings, nullptr);
    EXPECT_TRUE(siblings->reasons.contains(QStringLiteral("first-name-differs")));
    // Only pairs that share a key are scored: far fewer than every pair of the 74 people.
    EXPECT_LT(all.size(), 74 * 73 / 2 / 10);

    for (const DuplicatePair& pair : listed(DuplicateKind::Members, 96))
        EXPECT_GE(pair.score, 96);
}

TEST_F(DuplicateServiceTest, ListsTheFamilyRecordedTwiceInTheOtherGender)
{
    const QList<DuplicatePair> pairs = listed(DuplicateKind::Families);
    ASSERT_EQ(pairs.size(), 1);
    const DuplicatePair& pair = pairs.front();
    EXPECT_EQ(pair.kind, DuplicateKind::Families);
    EXPECT_EQ(pair.a.id, 101);
    EXPECT_EQ(pair.a.familyId, 101);
    EXPECT_EQ(pair.a.name, QStringLiteral("Kowalska"));
    EXPECT_EQ(pair.b.id, 102);
    EXPECT_EQ(pair.b.name, QStringLiteral("Kowalski"));
    EXPECT_FALSE(pair.a.birthDate.has_value());
    // Name 40, municipality 15, the shared child 25.
    EXPECT_EQ(pair.score, 80);
    EXPECT_TRUE(pair.reasons.contains(QStringLiteral("surname-gender")));
    EXPECT_TRUE(pair.reasons.contains(QStringLiteral("shared-member")));
}

TEST_F(DuplicateServiceTest, OnlyAManagerListsThem)
{
    const User worker = ws.addUser(QStringLiteral("pracownica"), Role::SocialWorker);
    auto refused = DuplicateService(ws.session(worker)).list(DuplicateKind::Members);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Refused);
    auto admin = DuplicateService(ws.session(ws.admin())).list(DuplicateKind::Families);
    ASSERT_FALSE(admin.ok());
    EXPECT_EQ(admin.error().kind, ErrorKind::Refused);
    auto badThreshold =
        DuplicateService(ws.session(ws.manager())).list(DuplicateKind::Members, 101);
    ASSERT_FALSE(badThreshold.ok());
    EXPECT_EQ(badThreshold.error().kind, ErrorKind::BadInput);
}

TEST_F(DuplicateServiceTest, TheReadingIsRecordedWithoutAName)
{
    const QList<DuplicatePair> pairs = listed(DuplicateKind::Members);
    auto entries = AuditService(ws.session(ws.manager())).ofUser(ws.manager().login);
    ASSERT_TRUE(entries.ok());
    QList<AuditEntry> readings;
    for (const AuditEntry& entry : *entries)
        if (entry.action == QLatin1String("duplicates.list"))
            readings << entry;
    ASSERT_EQ(readings.size(), 1);
    const QJsonObject values =
        QJsonDocument::fromJson(readings.front().newValues.toUtf8()).object();
    EXPECT_EQ(values.value(QStringLiteral("kind")).toString(), QStringLiteral("members"));
    EXPECT_EQ(values.value(QStringLiteral("pairs")).toInt(), pairs.size());
    EXPECT_EQ(values.value(QStringLiteral("min_score")).toInt(), kLikelyDuplicateScore);
    EXPECT_FALSE(readings.front().newValues.contains(QStringLiteral("Wojcik")));
    EXPECT_FALSE(readings.front().newValues.contains(QStringLiteral("Wójcik")));

    // A refused reading leaves no record.
    const User worker = ws.addUser(QStringLiteral("pracownica"), Role::SocialWorker);
    ASSERT_FALSE(DuplicateService(ws.session(worker)).list(DuplicateKind::Members).ok());
    auto after = AuditService(ws.session(ws.manager())).ofUser(worker.login);
    ASSERT_TRUE(after.ok());
    for (const AuditEntry& entry : *after)
        EXPECT_NE(entry.action, QStringLiteral("duplicates.list"));
}

} // namespace
