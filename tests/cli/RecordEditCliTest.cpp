// opieka-cli family update | visit add | member add (issue 23 part 4): the everyday edits of a
// family's record from the command line, under the window's services, permissions and audit.
#include "RecordCliFixture.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using opieka::test::CliRun;

namespace {

class RecordEditCliTest : public opieka::test::RecordCliFixture
{
protected:
    void SetUp() override { setUpCentre(); }
};

TEST_F(RecordEditCliTest, FamilyUpdateChangesTheFieldsGivenAndIsAudited)
{
    const CliRun updated =
        updateFamily(QStringLiteral("1"),
                     {QStringLiteral("--set"), QStringLiteral("name=Rodzina Testowa-Nowa"),
                      QStringLiteral("--set"), QStringLiteral("address=ul. Polna 3, Testowo")},
                     anna);
    ASSERT_EQ(updated.code, 0) << updated.err.toStdString();
    EXPECT_EQ(updated.out, QStringLiteral("Family 1 updated: address, name.\n"));
    EXPECT_TRUE(exportedFamily(QStringLiteral("1"), manager)
                    .startsWith(QStringLiteral("1,Rodzina Testowa-Nowa,Testowo,")));

    // Several FIELD=VALUE after one --set.
    const CliRun both =
        updateFamily(QStringLiteral("1"),
                     {QStringLiteral("--set"), QStringLiteral("municipality=Nowowo"),
                      QStringLiteral("name=Rodzina Testowa")},
                     anna);
    ASSERT_EQ(both.code, 0) << both.err.toStdString();
    EXPECT_TRUE(exportedFamily(QStringLiteral("1"), manager)
                    .startsWith(QStringLiteral("1,Rodzina Testowa,Nowowo,")));

    const QList<QJsonObject> records = audited(QStringLiteral("family.update"));
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[0].value(QStringLiteral("user")).toString(), QStringLiteral("anna"));
    EXPECT_EQ(records[1].value(QStringLiteral("user")).toString(), QStringLiteral("anna"));
    QStringList newValues;
    for (const QJsonObject& r : records)
        newValues << r.value(QStringLiteral("new_values")).toString();
    EXPECT_TRUE(newValues.join(QLatin1Char('\n')).contains(QStringLiteral("ul. Polna 3, Testowo")))
        << newValues.join(QLatin1Char('\n')).toStdString();
}

TEST_F(RecordEditCliTest, FamilyUpdateRefusesAnUnknownFieldAnEmptyNameAndAnotherUnitsFamily)
{
    const CliRun unknown = updateFamily(
        QStringLiteral("1"), {QStringLiteral("--set"), QStringLiteral("category=crisis")}, anna);
    EXPECT_EQ(unknown.code, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("name, municipality, address")))
        << unknown.err.toStdString();
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("category"))) << unknown.err.toStdString();

    const CliRun noSet = updateFamily(QStringLiteral("1"), {}, anna);
    EXPECT_EQ(noSet.code, 2) << noSet.err.toStdString();

    // The window's refusal of an empty name.
    const CliRun emptyName =
        updateFamily(QStringLiteral("1"), {QStringLiteral("--set"), QStringLiteral("name=")}, anna);
    EXPECT_EQ(emptyName.code, 2);
    EXPECT_TRUE(emptyName.err.contains(QStringLiteral("Give the family's name")))
        << emptyName.err.toStdString();

    // Family 3 is a case of worker 2's unit, not Anna's.
    const CliRun other = updateFamily(
        QStringLiteral("3"), {QStringLiteral("--set"), QStringLiteral("name=Obca Nowa")}, anna);
    EXPECT_EQ(other.code, 1);
    EXPECT_TRUE(other.err.contains(QStringLiteral("family 3"))) << other.err.toStdString();

    EXPECT_TRUE(exportedFamily(QStringLiteral("1"), manager)
                    .startsWith(QStringLiteral("1,Rodzina Testowa,Testowo,")));
    EXPECT_TRUE(exportedFamily(QStringLiteral("3"), manager)
                    .startsWith(QStringLiteral("3,Rodzina Obca,Innowo,")));
    EXPECT_TRUE(audited(QStringLiteral("family.update")).isEmpty());
}

TEST_F(RecordEditCliTest, VisitAddLogsTheVisitUnderTheActingWorkerAndPrintsItsId)
{
    const CliRun added =
        addVisit(QStringLiteral("1"), QStringLiteral("2025-10-01"), QStringLiteral("home_visit"),
                 anna, {QStringLiteral("--notes"), QStringLiteral("Rozmowa o szkole.")});
    ASSERT_EQ(added.code, 0) << added.err.toStdString();
    ASSERT_TRUE(isId(added.out)) << added.out.toStdString();
    const CliRun second =
        addVisit(QStringLiteral("1"), QStringLiteral("2025-10-02"), QStringLiteral("phone"), anna);
    ASSERT_EQ(second.code, 0) << second.err.toStdString();
    ASSERT_TRUE(isId(second.out)) << second.out.toStdString();
    EXPECT_NE(second.out, added.out);

    const QList<QJsonObject> records = audited(QStringLiteral("contact.log"));
    ASSERT_EQ(records.size(), 2);
    const QJsonObject first =
        records[0].value(QStringLiteral("entity_id")).toString() == added.out.trimmed()
            ? records[0]
            : records[1];
    EXPECT_EQ(first.value(QStringLiteral("entity_id")).toString(), added.out.trimmed());
    EXPECT_EQ(first.value(QStringLiteral("user")).toString(), QStringLiteral("anna"));
    const QJsonObject logged =
        QJsonDocument::fromJson(first.value(QStringLiteral("new_values")).toString().toUtf8())
            .object();
    EXPECT_EQ(logged.value(QStringLiteral("worker_id")).toInteger(), 1);
    EXPECT_EQ(logged.value(QStringLiteral("date")).toString(), QStringLiteral("2025-10-01"));
    EXPECT_EQ(logged.value(QStringLiteral("kind")).toString(), QStringLiteral("home_visit"));
}

TEST_F(RecordEditCliTest, VisitAddRefusesBadDatesKindsAndAnotherUnitsFamily)
{
    // No silent rollover to 2 March.
    const CliRun february =
        addVisit(QStringLiteral("1"), QStringLiteral("2026-02-30"), QStringLiteral("phone"), anna);
    EXPECT_EQ(february.code, 2);
    EXPECT_TRUE(february.err.contains(QStringLiteral("2026-02-30"))) << february.err.toStdString();
    EXPECT_EQ(
        addVisit(QStringLiteral("1"), QStringLiteral("1.10.2025"), QStringLiteral("phone"), anna)
            .code,
        2);
    const CliRun kind =
        addVisit(QStringLiteral("1"), QStringLiteral("2025-10-01"), QStringLiteral("coffee"), anna);
    EXPECT_EQ(kind.code, 2);
    EXPECT_TRUE(kind.err.contains(QStringLiteral("home_visit"))) << kind.err.toStdString();
    const CliRun noDate =
        cli({QStringLiteral("visit"), QStringLiteral("add"), QStringLiteral("--family"),
             QStringLiteral("1"), QStringLiteral("--kind"), QStringLiteral("phone")},
            anna);
    EXPECT_EQ(noDate.code, 2);
    // The service refuses a visit in the future.
    const CliRun future =
        addVisit(QStringLiteral("1"), QDate::currentDate().addDays(3).toString(Qt::ISODate),
                 QStringLiteral("phone"), anna);
    EXPECT_NE(future.code, 0);
    EXPECT_TRUE(future.out.isEmpty()) << future.out.toStdString();

    const CliRun other = addVisit(QStringLiteral("3"), QStringLiteral("2025-10-01"),
                                  QStringLiteral("home_visit"), anna);
    EXPECT_EQ(other.code, 1);
    EXPECT_TRUE(other.err.contains(QStringLiteral("family 3"))) << other.err.toStdString();
    // The manager's account has no worker to log the visit under.
    const CliRun managers = addVisit(QStringLiteral("1"), QStringLiteral("2025-10-01"),
                                     QStringLiteral("home_visit"), manager);
    EXPECT_EQ(managers.code, 1);
    EXPECT_TRUE(managers.err.contains(QStringLiteral("worker"))) << managers.err.toStdString();

    EXPECT_TRUE(audited(QStringLiteral("contact.log")).isEmpty());
}

TEST_F(RecordEditCliTest, MemberAddSavesTheMemberAndPrintsItsId)
{
    const CliRun added = addMember(QStringLiteral("1"),
                                   {QStringLiteral("--first-name"), QStringLiteral("Kacper"),
                                    QStringLiteral("--last-name"), QStringLiteral("Testowy"),
                                    QStringLiteral("--relation"), QStringLiteral("child"),
                                    QStringLiteral("--birth-date"), QStringLiteral("2015-06-01"),
                                    QStringLiteral("--sex"), QStringLiteral("M")},
                                   anna);
    ASSERT_EQ(added.code, 0) << added.err.toStdString();
    ASSERT_TRUE(isId(added.out)) << added.out.toStdString();
    const QList<QJsonObject> records = audited(QStringLiteral("member.add"));
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].value(QStringLiteral("entity_id")).toString(), added.out.trimmed());
    EXPECT_EQ(records[0].value(QStringLiteral("user")).toString(), QStringLiteral("anna"));
    EXPECT_TRUE(records[0]
                    .value(QStringLiteral("new_values"))
                    .toString()
                    .contains(QStringLiteral("Kacper")));
}

TEST_F(RecordEditCliTest, MemberAddRefusesBadInputAnotherUnitsFamilyAndALikelyDuplicate)
{
    const QStringList kacper{QStringLiteral("--first-name"), QStringLiteral("Kacper"),
                             QStringLiteral("--last-name"),  QStringLiteral("Testowy"),
                             QStringLiteral("--birth-date"), QStringLiteral("2015-06-01")};
    const CliRun relation =
        addMember(QStringLiteral("1"),
                  kacper + QStringList{QStringLiteral("--relation"), QStringLiteral("cousin"),
                                       QStringLiteral("--sex"), QStringLiteral("M")},
                  anna);
    EXPECT_EQ(relation.code, 2);
    EXPECT_TRUE(relation.err.contains(QStringLiteral("grandparent"))) << relation.err.toStdString();
    const CliRun sex =
        addMember(QStringLiteral("1"),
                  kacper + QStringList{QStringLiteral("--relation"), QStringLiteral("child"),
                                       QStringLiteral("--sex"), QStringLiteral("X")},
                  anna);
    EXPECT_EQ(sex.code, 2);
    const CliRun date = addMember(QStringLiteral("1"),
                                  {QStringLiteral("--first-name"), QStringLiteral("Kacper"),
                                   QStringLiteral("--last-name"), QStringLiteral("Testowy"),
                                   QStringLiteral("--relation"), QStringLiteral("child"),
                                   QStringLiteral("--birth-date"), QStringLiteral("2015-02-30"),
                                   QStringLiteral("--sex"), QStringLiteral("M")},
                                  anna);
    EXPECT_EQ(date.code, 2);

    const CliRun other =
        addMember(QStringLiteral("3"),
                  kacper + QStringList{QStringLiteral("--relation"), QStringLiteral("child"),
                                       QStringLiteral("--sex"), QStringLiteral("M")},
                  anna);
    EXPECT_EQ(other.code, 1);
    EXPECT_TRUE(other.err.contains(QStringLiteral("family 3"))) << other.err.toStdString();

    // Halina Testowa, born 1985-02-03, is already a member of family 1: entered again in family
    // 2 she is a likely duplicate, saved only when the person says so.
    const QStringList halina{QStringLiteral("--first-name"), QStringLiteral("Halina"),
                             QStringLiteral("--last-name"),  QStringLiteral("Testowa"),
                             QStringLiteral("--birth-date"), QStringLiteral("1985-02-03"),
                             QStringLiteral("--sex"),        QStringLiteral("F"),
                             QStringLiteral("--relation"),   QStringLiteral("parent")};
    const CliRun duplicate = addMember(QStringLiteral("2"), halina, anna);
    EXPECT_EQ(duplicate.code, 1);
    EXPECT_TRUE(duplicate.err.contains(QStringLiteral("of family 1")))
        << duplicate.err.toStdString();
    EXPECT_TRUE(duplicate.err.contains(QStringLiteral("--save-anyway")))
        << duplicate.err.toStdString();
    EXPECT_TRUE(duplicate.out.isEmpty());
    EXPECT_TRUE(audited(QStringLiteral("member.add")).isEmpty());

    const CliRun anyway =
        addMember(QStringLiteral("2"), halina + QStringList{QStringLiteral("--save-anyway")}, anna);
    ASSERT_EQ(anyway.code, 0) << anyway.err.toStdString();
    EXPECT_TRUE(isId(anyway.out)) << anyway.out.toStdString();
    EXPECT_TRUE(anyway.err.contains(QStringLiteral("likely already in the register")))
        << anyway.err.toStdString();
    EXPECT_EQ(audited(QStringLiteral("member.add")).size(), 1);
}

} // namespace
