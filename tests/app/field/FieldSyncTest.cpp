// Syncing a field copy back (issue 23 part 3, docs/field-work.md "Sync"): what does not collide
// merges by itself, a field changed on both sides is a conflict shown with both values until a
// person decides, nothing is applied twice, and a copy of another database or a case out of
// reach is refused with nothing applied.
#include "FieldSync.h"

#include "AccountService.h"
#include "AuditRepository.h"
#include "CaseloadService.h"
#include "Clock.h"
#include "ContactService.h"
#include "Database.h"
#include "EncryptedFile.h"
#include "FamilyService.h"
#include "FieldCheckout.h"
#include "FieldCopy.h"
#include "MemberService.h"
#include "SignInService.h"
#include "SqlHelpers.h"
#include "TestWorkspace.h"
#include "UserRepository.h"
#include "VerifyService.h"
#include "WorkPlanService.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <gtest/gtest.h>

using namespace opieka;
using test::kToday;

namespace {

const QByteArray kPassphrase("pole-kukurydzy-2024");
const QByteArray kPassword("haslo-anny-1234");

int count(Database& database, const QString& sql)
{
    auto n = sql::number(database, sql);
    EXPECT_TRUE(n.ok()) << sql.toStdString() << ": " << n.error().message.toStdString();
    return n.ok() ? *n : -1;
}

QString text(Database& database, const QString& sql)
{
    auto value = sql::firstRow(database, sql, {}, sql::textColumn);
    EXPECT_TRUE(value.ok()) << sql.toStdString();
    return value.ok() ? value->value_or(QStringLiteral("<none>")) : QString();
}

QList<qint64> ids(Database& database, const QString& sql)
{
    auto list = sql::rows(database, sql, {}, sql::idColumn);
    EXPECT_TRUE(list.ok()) << sql.toStdString();
    return list.ok() ? *list : QList<qint64>{};
}

// Anna (worker 1) has families 1 and 2, her unit colleague Bogdan (worker 2) family 3; Cezary of
// the other unit family 4. Each family has a mother and one visit.
class FieldSyncTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ws.loadWorkers({{1, "Anna", "Testowa", Role::SocialWorker, 1, "Zespół 1"},
                        {2, "Bogdan", "Próbny", Role::SocialWorker, 1, "Zespół 1"},
                        {3, "Cezary", "Przykładowy", Role::SocialWorker, 1, "Zespół 2"}});
        ws.load(DataSet::Families, test::familiesCsv(4));
        ws.load(DataSet::Assignments, "worker_id,case_kind,case_id,from,to\n"
                                      "1,family,1,2023-01-10,\n"
                                      "1,family,2,2023-01-10,\n"
                                      "2,family,3,2023-01-10,\n"
                                      "3,family,4,2023-01-10,\n");
        QByteArray members = "family_id,pesel,first_name,last_name,birth_date,sex,relation\n";
        QByteArray visits = "family_id,worker_id,date,kind,notes\n";
        for (int family = 1; family <= 4; ++family) {
            members += QByteArray::number(family) + ",,Matka,Testowa,1985-03-0" +
                       QByteArray::number(family) + ",F,parent\n";
            visits += QByteArray::number(family) + ",1,2024-05-02,home_visit,Rozmowa\n";
        }
        ws.load(DataSet::Members, members);
        ws.load(DataSet::Visits, visits);
        anna = account(QStringLiteral("anna"), 1);
        bogdan = account(QStringLiteral("bogdan"), 2);
        ASSERT_TRUE(AccountService(ws.session(ws.admin()))
                        .setPassword(QStringLiteral("anna"), kPassword)
                        .ok());
    }

    void TearDown() override { EncryptedFile::lock(copyPath()); }

    User account(const QString& login, qint64 workerId)
    {
        User user;
        user.login = login;
        user.role = Role::SocialWorker;
        user.workerId = workerId;
        auto id = UserRepository(ws.database()).insert(user);
        EXPECT_TRUE(id.ok());
        user.id = id.ok() ? *id : 0;
        return user;
    }

    QString copyPath() const { return QDir(ws.dir()).filePath(QStringLiteral("anna.opieka")); }

    // Anna takes her cases out and signs in to the copy.
    void takeCopy()
    {
        auto report = FieldCheckout::checkout(ws.session(anna), 1, copyPath(), kPassphrase);
        ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
        copyId = report->copyId;
        Status unlocked = FieldCopy::unlockFile(copyPath(), kPassphrase);
        ASSERT_TRUE(unlocked.ok()) << unlocked.error().message.toStdString();
        auto opened = Workspace::open(copyPath(), Workspace::OpenMode::MustExist);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        copy = std::move(*opened);
        auto user = SignInService(copy->database()).signIn(QStringLiteral("anna"), kPassword);
        ASSERT_TRUE(user.ok()) << user.error().message.toStdString();
        annaInCopy = *user;
    }

    Database& centreDb() { return ws.database(); }
    Database& copyDb() { return copy->database(); }
    Session inCopy() { return Session(copyDb(), annaInCopy); }

    FieldSyncReport sync()
    {
        auto report = FieldSync::sync(inCopy(), ws.session(anna));
        EXPECT_TRUE(report.ok()) << report.error().message.toStdString();
        return report.ok() ? *report : FieldSyncReport{};
    }

    static void setAddress(const Session& session, qint64 familyId, const QString& address)
    {
        FamilyService families(session);
        auto family = families.family(familyId);
        ASSERT_TRUE(family.ok()) << family.error().message.toStdString();
        family->address = address;
        Status updated = families.update(*family);
        ASSERT_TRUE(updated.ok()) << updated.error().message.toStdString();
    }

    static void setMunicipality(const Session& session, qint64 familyId, const QString& name)
    {
        FamilyService families(session);
        auto family = families.family(familyId);
        ASSERT_TRUE(family.ok()) << family.error().message.toStdString();
        family->municipality = name;
        Status updated = families.update(*family);
        ASSERT_TRUE(updated.ok()) << updated.error().message.toStdString();
    }

    static qint64 addVisit(const Session& session, qint64 familyId, qint64 workerId,
                           const QString& notes)
    {
        Contact visit;
        visit.familyId = familyId;
        visit.workerId = workerId;
        visit.date = kToday;
        visit.kind = ContactKind::HomeVisit;
        visit.notes = notes;
        auto id = ContactService(session).log(visit);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : 0;
    }

    static qint64 mother(Database& database, qint64 familyId)
    {
        return ids(database, QStringLiteral("SELECT id FROM members WHERE family_id = %1 AND "
                                            "first_name = 'Matka'")
                                 .arg(familyId))
            .value(0);
    }

    QString familyField(Database& database, qint64 familyId, const char* column)
    {
        return text(database, QStringLiteral("SELECT %1 FROM families WHERE id = %2")
                                  .arg(QString::fromLatin1(column))
                                  .arg(familyId));
    }

    // The visits of Anna's families, by id: the same rows on both sides.
    QList<qint64> visitIds(Database& database)
    {
        return ids(database,
                   QStringLiteral("SELECT id FROM contacts WHERE family_id IN (1, 2) ORDER BY id"));
    }

    int pendingCount()
    {
        auto pending = FieldSync::pending(copyDb());
        EXPECT_TRUE(pending.ok());
        return pending.ok() ? int(pending->size()) : -1;
    }

    void expectChainsVerify()
    {
        for (Database* database : {&centreDb(), &copyDb()}) {
            auto found = VerifyService(*database).verify();
            ASSERT_TRUE(found.ok()) << found.error().message.toStdString();
            EXPECT_TRUE(found->ok())
                << VerifyService::describe(*found).join(QLatin1Char('\n')).toStdString();
        }
    }

    ScopedToday today{kToday};
    test::TestWorkspace ws;
    User anna;
    User bogdan;
    User annaInCopy;
    QString copyId;
    std::unique_ptr<Workspace> copy;
};

TEST_F(FieldSyncTest, ChangesOnBothSidesMergeAndAConflictWaitsForAPerson)
{
    takeCopy();
    ASSERT_TRUE(copy);
    const QList<qint64> visitsBefore = visitIds(centreDb());
    const int auditBefore = count(centreDb(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));

    // At the centre, Bogdan moves family 1 and visits it.
    setAddress(ws.session(bogdan), 1, QStringLiteral("ul. Centralna 1, Bochnia"));
    addVisit(ws.session(bogdan), 1, 2, QStringLiteral("Wizyta kolegi"));
    // In the field, Anna corrects family 1's municipality, moves family 2, visits both and adds
    // a son to family 2.
    setMunicipality(inCopy(), 1, QStringLiteral("Nowy Wiśnicz"));
    setAddress(inCopy(), 2, QStringLiteral("ul. Polna 3, Bochnia"));
    addVisit(inCopy(), 1, 1, QStringLiteral("W terenie"));
    addVisit(inCopy(), 2, 1, QStringLiteral("W terenie"));
    Member son;
    son.familyId = 2;
    son.firstName = QStringLiteral("Syn");
    son.lastName = QStringLiteral("Testowy");
    son.sex = Sex::Male;
    son.birthDate = QDate(2019, 4, 1);
    son.relation = Relation::Child;
    auto sonInCopy = MemberService(inCopy()).add(son);
    ASSERT_TRUE(sonInCopy.ok()) << sonInCopy.error().message.toStdString();
    EXPECT_EQ(pendingCount(), 5);

    QList<int> steps;
    auto first = FieldSync::sync(inCopy(), ws.session(anna), [&](int done, int total) {
        steps << done;
        EXPECT_LE(done, total);
    });
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_TRUE(first->conflicts.isEmpty());
    EXPECT_EQ(first->inserted, 3);
    EXPECT_EQ(first->updated, 2);
    EXPECT_EQ(first->deleted, 0);
    // What the centre changed in the copy: Bogdan's address of family 1 and his visit; Anna's
    // own changes coming back do not count.
    EXPECT_EQ(first->refreshed, 2);
    EXPECT_FALSE(steps.isEmpty());
    EXPECT_EQ(pendingCount(), 0);

    // The centre has both sides' changes.
    EXPECT_EQ(familyField(centreDb(), 1, "address"), QStringLiteral("ul. Centralna 1, Bochnia"));
    EXPECT_EQ(familyField(centreDb(), 1, "municipality"), QStringLiteral("Nowy Wiśnicz"));
    EXPECT_EQ(familyField(centreDb(), 2, "address"), QStringLiteral("ul. Polna 3, Bochnia"));
    EXPECT_EQ(visitIds(centreDb()).size(), visitsBefore.size() + 3);
    EXPECT_EQ(count(centreDb(), QStringLiteral("SELECT COUNT(*) FROM members WHERE family_id = 2 "
                                               "AND first_name = 'Syn'")),
              1);
    // The centre's own derived keys: the son is found by his name, the family by the new
    // municipality.
    EXPECT_TRUE(familyField(centreDb(), 2, "search_text").contains(QStringLiteral("syn")));
    EXPECT_TRUE(familyField(centreDb(), 1, "search_text").contains(QStringLiteral("nowy wisnicz")));
    EXPECT_NE(text(centreDb(), QStringLiteral("SELECT name_key FROM members WHERE first_name = "
                                              "'Syn'")),
              QStringLiteral("<none>"));
    // The copy has Bogdan's address and visit, and every record with the centre's id.
    EXPECT_EQ(familyField(copyDb(), 1, "address"), QStringLiteral("ul. Centralna 1, Bochnia"));
    EXPECT_EQ(visitIds(copyDb()), visitIds(centreDb()));
    const QString members =
        QStringLiteral("SELECT id FROM members WHERE family_id IN (1, 2) ORDER BY id");
    EXPECT_EQ(ids(copyDb(), members), ids(centreDb(), members));
    EXPECT_EQ(ids(copyDb(), members).size(), 3);
    EXPECT_EQ(count(copyDb(), QStringLiteral("SELECT COUNT(*) FROM contacts WHERE notes = "
                                             "'Wizyta kolegi'")),
              1);

    // Both sides move family 2 again, each to another street; Anna also visits it.
    setAddress(ws.session(bogdan), 2, QStringLiteral("ul. Leśna 5, Bochnia"));
    setAddress(inCopy(), 2, QStringLiteral("ul. Łąkowa 7, Bochnia"));
    addVisit(inCopy(), 2, 1, QStringLiteral("Trzecia wizyta"));
    const FieldSyncReport second = sync();
    ASSERT_EQ(second.conflicts.size(), 1);
    const FieldConflict& conflict = second.conflicts.first();
    EXPECT_EQ(conflict.table, QStringLiteral("families"));
    EXPECT_EQ(conflict.recordId, 2);
    EXPECT_EQ(conflict.field, QStringLiteral("address"));
    EXPECT_EQ(conflict.baseValue.value_or(QString()), QStringLiteral("ul. Polna 3, Bochnia"));
    EXPECT_EQ(conflict.centreValue.value_or(QString()), QStringLiteral("ul. Leśna 5, Bochnia"));
    EXPECT_EQ(conflict.fieldValue.value_or(QString()), QStringLiteral("ul. Łąkowa 7, Bochnia"));
    EXPECT_EQ(conflict.centreChangedBy, QStringLiteral("bogdan"));
    EXPECT_TRUE(conflict.centreChangedAt.isValid());
    EXPECT_EQ(conflict.fieldChangedBy, QStringLiteral("anna"));
    EXPECT_TRUE(conflict.resolution.isEmpty());
    EXPECT_EQ(second.inserted, 1) << "the rest is applied";
    EXPECT_EQ(second.updated, 0);
    // Nothing overwritten: each side keeps its own value until a person decides.
    EXPECT_EQ(familyField(centreDb(), 2, "address"), QStringLiteral("ul. Leśna 5, Bochnia"));
    EXPECT_EQ(familyField(copyDb(), 2, "address"), QStringLiteral("ul. Łąkowa 7, Bochnia"));
    EXPECT_EQ(visitIds(centreDb()).size(), visitsBefore.size() + 4);

    Status resolved = FieldSync::resolve(inCopy(), QStringLiteral("families"), 2,
                                         QStringLiteral("address"), FieldSync::Keep::Field);
    ASSERT_TRUE(resolved.ok()) << resolved.error().message.toStdString();
    auto decided = FieldSync::conflicts(copyDb());
    ASSERT_TRUE(decided.ok());
    ASSERT_EQ(decided->size(), 1) << "open until a sync carries the choice out";
    EXPECT_EQ(decided->first().resolution, QStringLiteral("field"));

    const FieldSyncReport third = sync();
    EXPECT_TRUE(third.conflicts.isEmpty());
    EXPECT_EQ(third.resolved, 1);
    EXPECT_EQ(familyField(centreDb(), 2, "address"), QStringLiteral("ul. Łąkowa 7, Bochnia"));
    EXPECT_EQ(familyField(copyDb(), 2, "address"), QStringLiteral("ul. Łąkowa 7, Bochnia"));
    auto all = FieldSync::conflicts(copyDb(), true);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 1) << "kept, closed";

    // No visit lost or doubled.
    EXPECT_EQ(visitIds(centreDb()).size(), visitsBefore.size() + 4);
    EXPECT_EQ(visitIds(copyDb()), visitIds(centreDb()));
    expectChainsVerify();
    // One field.sync record per change applied, naming the copy: 3 + 2, then 1, then the choice.
    EXPECT_EQ(count(centreDb(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                               "'field.sync' AND new_values LIKE '%%1%'")
                                    .arg(copyId)),
              7);
    EXPECT_EQ(count(centreDb(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                               "'field.sync' AND user_login = 'anna'")),
              7);
    EXPECT_GT(count(centreDb(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
    EXPECT_EQ(count(copyDb(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                             "'field.resolve'")),
              1);
    EXPECT_EQ(count(centreDb(), QStringLiteral("SELECT COUNT(*) FROM field_copies WHERE "
                                               "last_synced_at IS NOT NULL")),
              1);
}

TEST_F(FieldSyncTest, ASecondSyncInARowAppliesNothing)
{
    takeCopy();
    ASSERT_TRUE(copy);
    setAddress(inCopy(), 1, QStringLiteral("ul. Polna 3, Bochnia"));
    addVisit(inCopy(), 1, 1, QStringLiteral("W terenie"));
    const FieldSyncReport first = sync();
    EXPECT_EQ(first.inserted, 1);
    EXPECT_EQ(first.updated, 1);
    const int audit = count(centreDb(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const int applied =
        count(centreDb(), QStringLiteral("SELECT COUNT(*) FROM field_applied_changes"));
    const QList<qint64> visits = visitIds(centreDb());

    const FieldSyncReport again = sync();
    EXPECT_EQ(again.inserted, 0);
    EXPECT_EQ(again.updated, 0);
    EXPECT_EQ(again.deleted, 0);
    EXPECT_EQ(again.unchanged, 0);
    EXPECT_EQ(again.resolved, 0);
    EXPECT_TRUE(again.conflicts.isEmpty());
    EXPECT_EQ(again.refreshed, 0) << "nothing changed at the centre since the last sync";
    EXPECT_EQ(count(centreDb(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
    EXPECT_EQ(count(centreDb(), QStringLiteral("SELECT COUNT(*) FROM field_applied_changes")),
              applied);
    EXPECT_EQ(visitIds(centreDb()), visits);
    EXPECT_EQ(visitIds(copyDb()), visits);
}

TEST_F(FieldSyncTest, NewRecordsThatReferToEachOtherKeepTheirLinksWithTheCentresIds)
{
    takeCopy();
    ASSERT_TRUE(copy);
    // A plan written in the field: the plan, its goal and the goal's action are all new.
    WorkPlanService plans(inCopy());
    auto planId = plans.createDraft(2, kToday);
    ASSERT_TRUE(planId.ok()) << planId.error().message.toStdString();
    auto plan = plans.plan(*planId);
    ASSERT_TRUE(plan.ok()) << plan.error().message.toStdString();
    PlanGoal goal;
    goal.description = QStringLiteral("Regularne wizyty w szkole");
    PlanAction action;
    action.description = QStringLiteral("Rozmowa z pedagogiem");
    action.responsibleKind = Responsible::FamilyMember;
    goal.actions << action;
    plan->goals = {goal};
    Status saved = plans.saveDraft(*plan);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    // Meanwhile the centre makes records of its own, which take the ids the copy gave.
    auto centrePlan = WorkPlanService(ws.session(bogdan)).createDraft(3, kToday);
    ASSERT_TRUE(centrePlan.ok()) << centrePlan.error().message.toStdString();

    const FieldSyncReport report = sync();
    EXPECT_TRUE(report.conflicts.isEmpty());
    EXPECT_EQ(report.inserted, 3);
    const QString chain = QStringLiteral(
        "SELECT COUNT(*) FROM plan_actions a JOIN plan_goals g ON g.id = a.goal_id JOIN "
        "work_plans p ON p.id = g.plan_id WHERE p.family_id = 2 AND a.description = 'Rozmowa z "
        "pedagogiem' AND g.description = 'Regularne wizyty w szkole'");
    EXPECT_EQ(count(centreDb(), chain), 1);
    EXPECT_EQ(count(copyDb(), chain), 1);
    EXPECT_EQ(count(centreDb(), QStringLiteral("SELECT COUNT(*) FROM work_plans WHERE family_id "
                                               "= 3")),
              1)
        << "the centre's own plan is untouched";
    const QString planOf2 = QStringLiteral("SELECT id FROM work_plans WHERE family_id = 2");
    EXPECT_EQ(ids(copyDb(), planOf2), ids(centreDb(), planOf2));
    EXPECT_EQ(count(centreDb(), QStringLiteral("SELECT COUNT(*) FROM field_id_map")), 3);
    expectChainsVerify();
}

// Run only as the child process of the next test: syncs the copy it is given and is killed by the
// test hook between the push and the refresh.
TEST(FieldSyncChild, DISABLED_SyncKilledAfterPush)
{
    const QString copyPath = qEnvironmentVariable("OPIEKA_TEST_SYNC_COPY");
    ASSERT_FALSE(copyPath.isEmpty());
    ScopedToday today(kToday);
    ASSERT_TRUE(FieldCopy::unlockFile(copyPath, kPassphrase).ok());
    auto copy = Workspace::open(copyPath, Workspace::OpenMode::MustExist);
    ASSERT_TRUE(copy.ok()) << copy.error().message.toStdString();
    auto centre = Workspace::open(qEnvironmentVariable("OPIEKA_TEST_SYNC_CENTRE"),
                                  Workspace::OpenMode::MustExist);
    ASSERT_TRUE(centre.ok()) << centre.error().message.toStdString();
    auto inCopy = UserRepository((*copy)->database()).findByLogin(QStringLiteral("anna"));
    auto atCentre = UserRepository((*centre)->database()).findByLogin(QStringLiteral("anna"));
    ASSERT_TRUE(inCopy.ok() && inCopy->has_value() && atCentre.ok() && atCentre->has_value());
    auto report = FieldSync::sync(Session((*copy)->database(), **inCopy),
                                  Session((*centre)->database(), **atCentre));
    FAIL() << "not killed after the push: "
           << (report.ok() ? std::string("synced") : report.error().message.toStdString());
}

TEST_F(FieldSyncTest, ASyncKilledAfterThePushFinishesOnTheNextRunAndAppliesEverythingOnce)
{
    takeCopy();
    ASSERT_TRUE(copy);
    setAddress(inCopy(), 1, QStringLiteral("ul. Polna 3, Bochnia"));
    const qint64 visitInCopy = addVisit(inCopy(), 1, 1, QStringLiteral("W terenie"));
    const QList<qint64> visitsBefore = visitIds(centreDb());

    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("OPIEKA_TEST_SYNC_COPY"), copyPath());
    environment.insert(QStringLiteral("OPIEKA_TEST_SYNC_CENTRE"), ws.path());
    environment.insert(QStringLiteral("OPIEKA_TEST_KILL_AFTER_PUSH"), QStringLiteral("1"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--gtest_filter=FieldSyncChild.DISABLED_SyncKilledAfterPush"),
                 QStringLiteral("--gtest_also_run_disabled_tests")});
    ASSERT_TRUE(child.waitForFinished(120000));
    EXPECT_EQ(child.exitStatus(), QProcess::CrashExit) << child.readAll().toStdString();

    // The centre took the changes; the copy was not refreshed.
    EXPECT_EQ(familyField(centreDb(), 1, "address"), QStringLiteral("ul. Polna 3, Bochnia"));
    EXPECT_EQ(visitIds(centreDb()).size(), visitsBefore.size() + 1);
    EXPECT_EQ(pendingCount(), 2);
    EXPECT_EQ(count(centreDb(), QStringLiteral("SELECT COUNT(*) FROM field_applied_changes")), 2);
    EXPECT_EQ(count(centreDb(), QStringLiteral("SELECT COUNT(*) FROM field_id_map")), 1);

    const FieldSyncReport finished = sync();
    EXPECT_EQ(finished.inserted, 0) << "inserted once, by the killed run";
    EXPECT_EQ(finished.updated, 0);
    EXPECT_TRUE(finished.conflicts.isEmpty());
    EXPECT_EQ(pendingCount(), 0);
    EXPECT_EQ(visitIds(centreDb()).size(), visitsBefore.size() + 1);
    EXPECT_EQ(visitIds(copyDb()), visitIds(centreDb()));
    EXPECT_EQ(count(centreDb(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                               "'field.sync'")),
              2);
    const qint64 visitAtCentre =
        ids(centreDb(), QStringLiteral("SELECT centre_id FROM field_id_map")).value(0);
    EXPECT_EQ(count(copyDb(), QStringLiteral("SELECT COUNT(*) FROM contacts WHERE id = %1 AND "
                                             "notes = 'W terenie'")
                                  .arg(visitAtCentre)),
              1)
        << "the copy's visit " << visitInCopy << " now has the centre's id";
    expectChainsVerify();
}

TEST_F(FieldSyncTest, ARecordDeletedOnOneSideAndChangedOnTheOtherIsAConflict)
{
    takeCopy();
    ASSERT_TRUE(copy);
    const qint64 first = mother(centreDb(), 1);
    const qint64 second = mother(centreDb(), 2);
    ASSERT_GT(first, 0);
    ASSERT_GT(second, 0);

    // Family 1's mother: renamed at the centre, removed in the copy.
    MemberService atCentre(ws.session(bogdan));
    auto member = atCentre.members(1);
    ASSERT_TRUE(member.ok() && !member->isEmpty());
    Member renamed = member->first();
    renamed.firstName = QStringLiteral("Maria");
    ASSERT_TRUE(atCentre.update(renamed).ok());
    Status removed = MemberService(inCopy()).remove(first);
    ASSERT_TRUE(removed.ok()) << removed.error().message.toStdString();
    // Family 2's mother: removed at the centre, her last name corrected in the copy.
    ASSERT_TRUE(atCentre.remove(second).ok());
    auto inField = MemberService(inCopy()).members(2);
    ASSERT_TRUE(inField.ok() && !inField->isEmpty());
    Member corrected = inField->first();
    corrected.lastName = QStringLiteral("Testowa-Nowak");
    ASSERT_TRUE(MemberService(inCopy()).update(corrected).ok());

    const FieldSyncReport found = sync();
    ASSERT_EQ(found.conflicts.size(), 2);
    for (const FieldConflict& conflict : found.conflicts) {
        EXPECT_EQ(conflict.table, QStringLiteral("members"));
        EXPECT_EQ(conflict.field, QStringLiteral("*"));
    }
    const FieldConflict& deletedInCopy =
        found.conflicts.at(0).recordId == first ? found.conflicts.at(0) : found.conflicts.at(1);
    const FieldConflict& deletedAtCentre =
        found.conflicts.at(0).recordId == first ? found.conflicts.at(1) : found.conflicts.at(0);
    EXPECT_EQ(deletedInCopy.recordId, first);
    EXPECT_FALSE(deletedInCopy.fieldValue.has_value());
    EXPECT_TRUE(deletedInCopy.centreValue.value_or(QString()).contains(QStringLiteral("Maria")));
    EXPECT_EQ(deletedInCopy.centreChangedBy, QStringLiteral("bogdan"));
    EXPECT_EQ(deletedAtCentre.recordId, second);
    EXPECT_FALSE(deletedAtCentre.centreValue.has_value());
    EXPECT_TRUE(
        deletedAtCentre.fieldValue.value_or(QString()).contains(QStringLiteral("Testowa-Nowak")));
    // Nothing was deleted or brought back at the centre.
    EXPECT_EQ(count(centreDb(), QStringLiteral("SELECT COUNT(*) FROM members WHERE id = %1 AND "
                                               "first_name = 'Maria'")
                                    .arg(first)),
              1);
    EXPECT_EQ(
        count(centreDb(), QStringLiteral("SELECT COUNT(*) FROM members WHERE id = %1").arg(second)),
        0);
    EXPECT_EQ(
        count(copyDb(), QStringLiteral("SELECT COUNT(*) FROM members WHERE id = %1").arg(second)),
        1)
        << "the copy keeps its record until a person decides";

    // The centre's side is kept for both.
    for (qint64 record : {first, second}) {
        Status kept = FieldSync::resolve(inCopy(), QStringLiteral("members"), record,
                                         QStringLiteral("*"), FieldSync::Keep::Centre);
        ASSERT_TRUE(kept.ok()) << kept.error().message.toStdString();
    }
    const FieldSyncReport decided = sync();
    EXPECT_TRUE(decided.conflicts.isEmpty());
    EXPECT_EQ(decided.resolved, 2);
    EXPECT_EQ(
        text(copyDb(), QStringLiteral("SELECT first_name FROM members WHERE id = %1").arg(first)),
        QStringLiteral("Maria"));
    EXPECT_EQ(
        count(copyDb(), QStringLiteral("SELECT COUNT(*) FROM members WHERE id = %1").arg(second)),
        0);
    EXPECT_EQ(count(centreDb(), QStringLiteral("SELECT COUNT(*) FROM members WHERE id IN (%1, %2)")
                                    .arg(first)
                                    .arg(second)),
              1);
    expectChainsVerify();
}

TEST_F(FieldSyncTest, KeepingTheCopysSideOfADeletedRecord)
{
    takeCopy();
    ASSERT_TRUE(copy);
    const qint64 first = mother(centreDb(), 1);
    const qint64 second = mother(centreDb(), 2);
    MemberService atCentre(ws.session(bogdan));
    auto member = atCentre.members(1);
    ASSERT_TRUE(member.ok() && !member->isEmpty());
    Member renamed = member->first();
    renamed.firstName = QStringLiteral("Maria");
    ASSERT_TRUE(atCentre.update(renamed).ok());
    ASSERT_TRUE(MemberService(inCopy()).remove(first).ok());
    ASSERT_TRUE(atCentre.remove(second).ok());
    auto inField = MemberService(inCopy()).members(2);
    ASSERT_TRUE(inField.ok() && !inField->isEmpty());
    Member corrected = inField->first();
    corrected.lastName = QStringLiteral("Testowa-Nowak");
    ASSERT_TRUE(MemberService(inCopy()).update(corrected).ok());
    ASSERT_EQ(sync().conflicts.size(), 2);

    for (qint64 record : {first, second}) {
        Status kept = FieldSync::resolve(inCopy(), QStringLiteral("members"), record,
                                         QStringLiteral("*"), FieldSync::Keep::Field);
        ASSERT_TRUE(kept.ok()) << kept.error().message.toStdString();
    }
    const FieldSyncReport decided = sync();
    EXPECT_TRUE(decided.conflicts.isEmpty());
    EXPECT_EQ(decided.resolved, 2);
    // Deleted in the copy: deleted at the centre too.
    for (Database* database : {&centreDb(), &copyDb()})
        EXPECT_EQ(count(*database,
                        QStringLiteral("SELECT COUNT(*) FROM members WHERE id = %1").arg(first)),
                  0);
    // Deleted at the centre: back as a new record, with the centre's id on both sides.
    const QString back = QStringLiteral("SELECT id FROM members WHERE family_id = 2 AND "
                                        "last_name = 'Testowa-Nowak'");
    const QList<qint64> atCentreNow = ids(centreDb(), back);
    ASSERT_EQ(atCentreNow.size(), 1);
    EXPECT_NE(atCentreNow.first(), second);
    EXPECT_EQ(ids(copyDb(), back), atCentreNow);
    EXPECT_EQ(
        count(copyDb(), QStringLiteral("SELECT COUNT(*) FROM members WHERE id = %1").arg(second)),
        0);
    EXPECT_TRUE(familyField(centreDb(), 2, "search_text").contains(QStringLiteral("nowak")));
    expectChainsVerify();
}

TEST_F(FieldSyncTest, AChosenValueGoesToBothSides)
{
    takeCopy();
    ASSERT_TRUE(copy);
    setMunicipality(ws.session(bogdan), 1, QStringLiteral("Tarnów"));
    setMunicipality(inCopy(), 1, QStringLiteral("Bochnia Dolna"));
    const FieldSyncReport found = sync();
    ASSERT_EQ(found.conflicts.size(), 1);
    EXPECT_EQ(found.conflicts.first().field, QStringLiteral("municipality"));

    // What a person may not choose.
    Status missing =
        FieldSync::resolve(inCopy(), QStringLiteral("families"), 2, QStringLiteral("municipality"),
                           FieldSync::Keep::Value, QStringLiteral("Bochnia"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("'municipality'")));
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("'families'")));
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral(" 2 ")));
    Status nul =
        FieldSync::resolve(inCopy(), QStringLiteral("families"), 1, QStringLiteral("municipality"),
                           FieldSync::Keep::Value, QStringLiteral("Bochnia") + QChar(u'\0'));
    EXPECT_FALSE(nul.ok());
    Status huge =
        FieldSync::resolve(inCopy(), QStringLiteral("families"), 1, QStringLiteral("municipality"),
                           FieldSync::Keep::Value, QString(30000, QLatin1Char('x')));
    EXPECT_FALSE(huge.ok());

    // The conflict's own record stays as it was: a value refused leaves nothing behind.
    EXPECT_EQ(familyField(copyDb(), 1, "municipality"), QStringLiteral("Bochnia Dolna"));
    EXPECT_EQ(pendingCount(), 0);

    Status chosen =
        FieldSync::resolve(inCopy(), QStringLiteral("families"), 1, QStringLiteral("municipality"),
                           FieldSync::Keep::Value, QStringLiteral("Nowy Wiśnicz"));
    ASSERT_TRUE(chosen.ok()) << chosen.error().message.toStdString();
    const FieldSyncReport decided = sync();
    EXPECT_TRUE(decided.conflicts.isEmpty());
    EXPECT_EQ(familyField(centreDb(), 1, "municipality"), QStringLiteral("Nowy Wiśnicz"));
    EXPECT_EQ(familyField(copyDb(), 1, "municipality"), QStringLiteral("Nowy Wiśnicz"));
    expectChainsVerify();
}

// One sync applies one field of a record and stops at another: the conflict names who changed
// that field at the centre, not the worker whose other field this sync has just written there.
TEST_F(FieldSyncTest, AConflictNamesWhoChangedTheFieldAtTheCentreNotThisSync)
{
    takeCopy();
    ASSERT_TRUE(copy);
    setAddress(ws.session(bogdan), 1, QStringLiteral("ul. Prosta 3, Bochnia"));
    setMunicipality(inCopy(), 1, QStringLiteral("Nowy Wiśnicz"));
    setAddress(inCopy(), 1, QStringLiteral("ul. Krzywa 2, Bochnia"));
    const FieldSyncReport found = sync();
    EXPECT_EQ(found.updated, 1);
    ASSERT_EQ(found.conflicts.size(), 1);
    EXPECT_EQ(found.conflicts.first().field, QStringLiteral("address"));
    EXPECT_EQ(found.conflicts.first().centreChangedBy, QStringLiteral("bogdan"));
    EXPECT_EQ(found.conflicts.first().fieldChangedBy, QStringLiteral("anna"));
}

TEST_F(FieldSyncTest, AChosenValueIsCheckedAsTheFieldTakesIt)
{
    takeCopy();
    ASSERT_TRUE(copy);
    // Both sides correct family 1's visit: its day and its kind, each differently.
    auto visits = ContactService(ws.session(ws.manager())).contacts(1);
    ASSERT_TRUE(visits.ok() && visits->size() == 1);
    const qint64 visitId = visits->first().id;
    Contact atCentre = visits->first();
    atCentre.date = QDate(2024, 5, 3);
    atCentre.kind = ContactKind::Phone;
    Status phoned = ContactService(ws.session(ws.manager())).update(atCentre);
    ASSERT_TRUE(phoned.ok()) << phoned.error().message.toStdString();
    auto copyVisits = ContactService(inCopy()).contacts(1);
    ASSERT_TRUE(copyVisits.ok() && copyVisits->size() == 1);
    Contact inField = copyVisits->first();
    inField.date = QDate(2024, 5, 4);
    inField.kind = ContactKind::OfficeMeeting;
    Status met = ContactService(inCopy()).update(inField);
    ASSERT_TRUE(met.ok()) << met.error().message.toStdString();
    const FieldSyncReport found = sync();
    ASSERT_EQ(found.conflicts.size(), 2);

    const auto choose = [&](const char* field, const QString& value) {
        return FieldSync::resolve(inCopy(), QStringLiteral("contacts"), visitId,
                                  QString::fromLatin1(field), FieldSync::Keep::Value, value);
    };
    for (const char* wrong : {"2024-13-45", "4 maja 2024", ""}) {
        Status refused = choose("contact_date", QString::fromUtf8(wrong));
        ASSERT_FALSE(refused.ok()) << wrong;
        EXPECT_EQ(refused.error().kind, ErrorKind::BadInput) << wrong;
    }
    Status unknownKind = choose("kind", QStringLiteral("wizyta"));
    ASSERT_FALSE(unknownKind.ok()) << "the table knows no such kind of visit";
    EXPECT_EQ(unknownKind.error().kind, ErrorKind::BadInput);
    const QString visit = QStringLiteral("SELECT contact_date || ' ' || kind FROM contacts WHERE "
                                         "id = %1")
                              .arg(visitId);
    EXPECT_EQ(text(copyDb(), visit), QStringLiteral("2024-05-04 office_meeting"))
        << "a value only tried leaves the record as it was";
    EXPECT_EQ(pendingCount(), 0);

    ASSERT_TRUE(choose("contact_date", QStringLiteral("2024-05-05")).ok());
    ASSERT_TRUE(choose("kind", QStringLiteral("home_visit")).ok());
    EXPECT_TRUE(sync().conflicts.isEmpty());
    EXPECT_EQ(text(centreDb(), visit), QStringLiteral("2024-05-05 home_visit"));
    EXPECT_EQ(text(copyDb(), visit), QStringLiteral("2024-05-05 home_visit"));
}

TEST_F(FieldSyncTest, AChoiceMetByANewerCentreValueIsShownAgain)
{
    takeCopy();
    ASSERT_TRUE(copy);
    setMunicipality(ws.session(bogdan), 1, QStringLiteral("Tarnów"));
    setMunicipality(inCopy(), 1, QStringLiteral("Bochnia Dolna"));
    ASSERT_EQ(sync().conflicts.size(), 1);
    ASSERT_TRUE(FieldSync::resolve(inCopy(), QStringLiteral("families"), 1,
                                   QStringLiteral("municipality"), FieldSync::Keep::Field)
                    .ok());
    setMunicipality(ws.session(bogdan), 1, QStringLiteral("Brzesko"));

    const FieldSyncReport again = sync();
    ASSERT_EQ(again.conflicts.size(), 1);
    EXPECT_EQ(again.conflicts.first().centreValue.value_or(QString()), QStringLiteral("Brzesko"));
    EXPECT_EQ(again.conflicts.first().fieldValue.value_or(QString()),
              QStringLiteral("Bochnia Dolna"));
    EXPECT_TRUE(again.conflicts.first().resolution.isEmpty()) << "to be decided again";
    EXPECT_EQ(again.resolved, 0);
    EXPECT_EQ(familyField(centreDb(), 1, "municipality"), QStringLiteral("Brzesko"));

    ASSERT_TRUE(FieldSync::resolve(inCopy(), QStringLiteral("families"), 1,
                                   QStringLiteral("municipality"), FieldSync::Keep::Centre)
                    .ok());
    const FieldSyncReport decided = sync();
    EXPECT_TRUE(decided.conflicts.isEmpty());
    EXPECT_EQ(familyField(copyDb(), 1, "municipality"), QStringLiteral("Brzesko"));
    EXPECT_EQ(familyField(centreDb(), 1, "municipality"), QStringLiteral("Brzesko"));
}

TEST_F(FieldSyncTest, ACopyOfAnotherDatabaseIsRefused)
{
    takeCopy();
    ASSERT_TRUE(copy);
    setAddress(inCopy(), 1, QStringLiteral("ul. Polna 3, Bochnia"));
    test::TestWorkspace other;
    User annaElsewhere = other.addUser(QStringLiteral("anna"), Role::SocialWorker);

    auto refused = FieldSync::sync(inCopy(), other.session(annaElsewhere));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("another database")))
        << refused.error().message.toStdString();
    EXPECT_EQ(pendingCount(), 1);
    EXPECT_EQ(count(other.database(), QStringLiteral("SELECT COUNT(*) FROM field_applied_changes")),
              0);

    // Another login at the centre is refused too.
    auto otherLogin = FieldSync::sync(inCopy(), ws.session(bogdan));
    ASSERT_FALSE(otherLogin.ok());
    EXPECT_EQ(otherLogin.error().kind, ErrorKind::Refused);
    EXPECT_EQ(pendingCount(), 1);
}

TEST_F(FieldSyncTest, ACaseTheWorkerNoLongerReachesIsRefusedWithNothingApplied)
{
    takeCopy();
    ASSERT_TRUE(copy);
    setMunicipality(inCopy(), 1, QStringLiteral("Nowy Wiśnicz"));
    setAddress(inCopy(), 2, QStringLiteral("ul. Polna 3, Bochnia"));
    addVisit(inCopy(), 2, 1, QStringLiteral("W terenie"));
    // Meanwhile the manager releases family 2 from Anna.
    Status released = CaseloadService(ws.session(ws.manager())).release(1, 2, kToday);
    ASSERT_TRUE(released.ok()) << released.error().message.toStdString();
    const int audit = count(centreDb(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const QList<qint64> visits = visitIds(centreDb());

    auto refused = FieldSync::sync(inCopy(), ws.session(anna));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("family 2")))
        << refused.error().message.toStdString();
    EXPECT_NE(familyField(centreDb(), 1, "municipality"), QStringLiteral("Nowy Wiśnicz"))
        << "nothing applied, not even family 1's change";
    EXPECT_EQ(count(centreDb(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
    EXPECT_EQ(visitIds(centreDb()), visits);
    EXPECT_EQ(pendingCount(), 3);
}

} // namespace
