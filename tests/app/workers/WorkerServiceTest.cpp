// Workers managed in the window (issue 17): who may add and change them, what is checked, what
// the audit records, how an FTE cut meets the caseload limit, and accounts linked to workers.
#include "WorkerService.h"

#include "AccountService.h"
#include "AuditRepository.h"
#include "CaseloadService.h"
#include "PastDates.h"
#include "TestWorkspace.h"
#include "WorkerRepository.h"

#include <gtest/gtest.h>

using namespace opieka;

namespace {
const QByteArray kPassword = "zielona-herbata-42";

Worker newWorker(const QString& first, const QString& last, Role role, double fte = 1.0,
                 const QString& unit = {})
{
    Worker w;
    w.firstName = first;
    w.lastName = last;
    w.role = role;
    w.fte = fte;
    w.unit = unit;
    return w;
}

class Workers : public ::testing::Test
{
protected:
    WorkerService service(const User& actor) { return WorkerService(ws.session(actor)); }
    QList<AuditEntry> auditOf(const QString& entity, qint64 id)
    {
        auto audit = AuditRepository(ws.database()).forEntity(entity, QString::number(id));
        EXPECT_TRUE(audit.ok());
        return audit ? *audit : QList<AuditEntry>{};
    }
    test::TestWorkspace ws;
};
} // namespace

TEST_F(Workers, AnAdministratorAddsAWorkerAndTheAuditRecordsIt)
{
    auto added = service(ws.admin())
                     .add(newWorker(QStringLiteral(" Ewa "), QStringLiteral("Przykładowa"),
                                    Role::SocialWorker, 0.5, QStringLiteral("Zespół 1")));
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    EXPECT_GT(added->id, 0);
    EXPECT_EQ(added->firstName, QStringLiteral("Ewa")) << "trimmed";
    auto stored = WorkerRepository(ws.database()).find(added->id);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->lastName, QStringLiteral("Przykładowa"));
    EXPECT_DOUBLE_EQ((*stored)->fte, 0.5);
    EXPECT_EQ((*stored)->unit, QStringLiteral("Zespół 1"));

    const auto audit = auditOf(QStringLiteral("worker"), added->id);
    ASSERT_EQ(audit.size(), 1);
    EXPECT_EQ(audit.first().action, QStringLiteral("worker.create"));
    EXPECT_EQ(audit.first().userLogin, ws.admin().login);
    EXPECT_TRUE(audit.first().newValues.contains(QStringLiteral("social_worker")));

    auto second =
        service(ws.manager())
            .add(newWorker(QStringLiteral("Jan"), QStringLiteral("Drugi"), Role::FamilyAssistant));
    ASSERT_TRUE(second.ok()) << "a manager may add workers too";
    EXPECT_EQ(second->id, added->id + 1);
    auto list = service(ws.manager()).workers();
    ASSERT_TRUE(list.ok());
    EXPECT_EQ(list->size(), 2);
}

TEST_F(Workers, ASocialWorkerCannotAddOrChangeWorkers)
{
    ws.load(DataSet::Workers, "id,first_name,last_name,role,fte\n1,Anna,Testowa,social_worker,1\n");
    const User anna = ws.addUser(QStringLiteral("anna"), Role::SocialWorker);
    auto added = service(anna).add(
        newWorker(QStringLiteral("Ewa"), QStringLiteral("Nowa"), Role::SocialWorker));
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(added.error().message.contains(QStringLiteral("manager or an administrator")))
        << added.error().message.toStdString();
    Worker changed =
        newWorker(QStringLiteral("Anna"), QStringLiteral("Testowa"), Role::SocialWorker, 0.5);
    changed.id = 1;
    EXPECT_FALSE(service(anna).update(changed).ok());
    EXPECT_FALSE(service(anna).setEmploymentEnd(1, QDate(2030, 1, 1)).ok());
    EXPECT_FALSE(service(anna).workers().ok());
    auto all = WorkerRepository(ws.database()).all();
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 1) << "nothing was added";
    EXPECT_DOUBLE_EQ(all->first().fte, 1.0) << "nothing was changed";
    EXPECT_TRUE(auditOf(QStringLiteral("worker"), 2).isEmpty());
}

TEST_F(Workers, ANameARoleAndAnFteInZeroToOneAreRequired)
{
    struct Case
    {
        Worker worker;
        const char* expected;
    };
    const QList<Case> cases{
        {newWorker(QString(), QStringLiteral("Nowa"), Role::SocialWorker), "first name"},
        {newWorker(QStringLiteral("Ewa"), QStringLiteral("  "), Role::SocialWorker), "surname"},
        {newWorker(QStringLiteral("Ewa"), QStringLiteral("Nowa"), Role::Administrator),
         "only an account"},
        {newWorker(QStringLiteral("Ewa"), QStringLiteral("Nowa"), Role::SocialWorker, 0.0),
         "more than 0"},
        {newWorker(QStringLiteral("Ewa"), QStringLiteral("Nowa"), Role::SocialWorker, 1.5),
         "at most 1"},
        {newWorker(QStringLiteral("Ewa"), QStringLiteral("Nowa"), Role::SocialWorker, -0.5),
         "more than 0"},
    };
    for (const Case& c : cases) {
        auto added = service(ws.admin()).add(c.worker);
        ASSERT_FALSE(added.ok()) << c.expected;
        EXPECT_EQ(added.error().kind, ErrorKind::BadInput);
        EXPECT_TRUE(added.error().message.contains(QLatin1String(c.expected)))
            << added.error().message.toStdString();
    }
    auto all = WorkerRepository(ws.database()).all();
    ASSERT_TRUE(all.ok());
    EXPECT_TRUE(all->isEmpty());
    auto full =
        service(ws.admin())
            .add(newWorker(QStringLiteral("Ewa"), QStringLiteral("Nowa"), Role::SocialWorker, 1.0));
    EXPECT_TRUE(full.ok()) << "1.0 is a full time post";
}

TEST_F(Workers, AnEditIsAuditedWithTheOldAndNewValues)
{
    auto added =
        service(ws.admin())
            .add(newWorker(QStringLiteral("Ewa"), QStringLiteral("Nowa"), Role::SocialWorker));
    ASSERT_TRUE(added.ok());
    Worker changed = *added;
    changed.lastName = QStringLiteral("Nowa-Kowalska");
    changed.unit = QStringLiteral("Zespół 3");
    changed.fte = 0.75;
    auto updated = service(ws.manager()).update(changed);
    ASSERT_TRUE(updated.ok()) << updated.error().message.toStdString();
    auto stored = WorkerRepository(ws.database()).find(added->id);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->lastName, QStringLiteral("Nowa-Kowalska"));
    EXPECT_EQ((*stored)->unit, QStringLiteral("Zespół 3"));
    EXPECT_DOUBLE_EQ((*stored)->fte, 0.75);
    const auto audit = auditOf(QStringLiteral("worker"), added->id);
    ASSERT_EQ(audit.size(), 2);
    EXPECT_EQ(audit.last().action, QStringLiteral("worker.update"));
    EXPECT_EQ(audit.last().userLogin, ws.manager().login);
    EXPECT_TRUE(audit.last().oldValues.contains(QStringLiteral("\"Nowa\"")));
    EXPECT_TRUE(audit.last().newValues.contains(QStringLiteral("Nowa-Kowalska")));
}

// 50 families per full-time social worker: 40 families fit one post, not half of one (25).
TEST_F(Workers, AnFteCutOverTheProratedLimitIsRefusedUnlessAManagerConfirmsIt)
{
    const QDate today = QDate::currentDate();
    ws.load(DataSet::Workers, "id,first_name,last_name,role,fte\n1,Anna,Testowa,social_worker,1\n");
    ws.load(DataSet::Families, test::familiesCsv(40));
    ws.load(DataSet::Assignments, test::assignmentsCsv(1, 1, 40));
    auto before = WorkerRepository(ws.database()).find(1);
    ASSERT_TRUE(before.ok() && before->has_value());
    Worker half = **before;
    half.fte = 0.5;

    auto warning = service(ws.manager()).overLimitWarning(half, today);
    ASSERT_TRUE(warning.ok());
    EXPECT_TRUE(warning->contains(QStringLiteral("40 famil"))) << warning->toStdString();
    EXPECT_TRUE(warning->contains(QStringLiteral("25"))) << warning->toStdString();

    auto refusedCut = service(ws.manager()).update(half, OverLimit::Refuse, today);
    ASSERT_FALSE(refusedCut.ok());
    EXPECT_EQ(refusedCut.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(refusedCut.error().message.contains(QStringLiteral("15 famil")))
        << "says how many are beyond the limit: " << refusedCut.error().message.toStdString();
    auto unchanged = WorkerRepository(ws.database()).find(1);
    EXPECT_DOUBLE_EQ((*unchanged)->fte, 1.0);

    auto byAdmin = service(ws.admin()).update(half, OverLimit::Accept, today);
    ASSERT_FALSE(byAdmin.ok()) << "going beyond the limit is a manager's decision";
    EXPECT_TRUE(byAdmin.error().message.contains(QStringLiteral("Only a manager")));

    auto confirmed = service(ws.manager()).update(half, OverLimit::Accept, today);
    ASSERT_TRUE(confirmed.ok()) << confirmed.error().message.toStdString();
    auto report = CaseloadService(ws.session(ws.manager())).workerCaseload(1, today);
    ASSERT_TRUE(report.ok() && report->has_value());
    EXPECT_EQ((*report)->load.limit, 25);
    EXPECT_EQ((*report)->load.status, LoadStatus::Over) << "the report shows it over the limit";
    const auto audit = auditOf(QStringLiteral("worker"), 1);
    ASSERT_FALSE(audit.isEmpty());
    EXPECT_TRUE(audit.last().newValues.contains(QStringLiteral("over_limit_confirmed")));

    Worker within = half;
    within.fte = 0.8; // 40 of 40: within the limit, and a rise needs no confirmation
    EXPECT_TRUE(service(ws.admin()).update(within, OverLimit::Refuse, today).ok());
}

TEST_F(Workers, TheRoleOfAWorkerWithCasesOrAnAccountStays)
{
    ws.load(DataSet::Workers, "id,first_name,last_name,role,fte\n1,Anna,Testowa,social_worker,1\n"
                              "2,Jan,Bezkont,social_worker,1\n");
    ws.load(DataSet::Families, test::familiesCsv(2));
    ws.load(DataSet::Assignments, test::assignmentsCsv(1, 1, 2));
    // Worker `id` as a family assistant (not saved).
    const auto asAssistant = [&](qint64 id) {
        Worker worker = **WorkerRepository(ws.database()).find(id);
        worker.role = Role::FamilyAssistant;
        return worker;
    };
    auto refusedRole = service(ws.manager()).update(asAssistant(1));
    ASSERT_FALSE(refusedRole.ok());
    EXPECT_TRUE(refusedRole.error().message.contains(QStringLiteral("2 case")))
        << refusedRole.error().message.toStdString();

    ASSERT_TRUE(AccountService(ws.session(ws.admin()))
                    .addAccount({QStringLiteral("jan"), Role::SocialWorker, 2, kPassword})
                    .ok());
    const Worker janAssistant = asAssistant(2);
    auto refusedAccount = service(ws.manager()).update(janAssistant);
    ASSERT_FALSE(refusedAccount.ok());
    EXPECT_TRUE(refusedAccount.error().message.contains(QStringLiteral("'jan'")))
        << refusedAccount.error().message.toStdString();

    ASSERT_TRUE(AccountService(ws.session(ws.admin()))
                    .linkWorker(QStringLiteral("jan"), std::nullopt)
                    .ok());
    auto changed = service(ws.manager()).update(janAssistant);
    ASSERT_TRUE(changed.ok()) << changed.error().message.toStdString();
    EXPECT_EQ(changed->role, Role::FamilyAssistant);
}

TEST_F(Workers, EmploymentEndsOnlyOnceNoFamilyIsLeftWithoutTheWorker)
{
    ws.load(DataSet::Workers, "id,first_name,last_name,role,fte\n1,Anna,Testowa,social_worker,1\n");
    ws.load(DataSet::Families, test::familiesCsv(1));
    ws.load(DataSet::Assignments, test::assignmentsCsv(1, 1, 1));
    const QDate leaves = QDate::currentDate().addMonths(1);
    auto refusedEnd = service(ws.manager()).setEmploymentEnd(1, leaves);
    ASSERT_FALSE(refusedEnd.ok());
    EXPECT_TRUE(refusedEnd.error().message.contains(QStringLiteral("1 case")))
        << refusedEnd.error().message.toStdString();
    // The day as the window writes it (Polish 06.12.2026: MessageDatesTest).
    EXPECT_TRUE(refusedEnd.error().message.contains(localDate(leaves)))
        << refusedEnd.error().message.toStdString();

    ASSERT_TRUE(CaseloadService(ws.session(ws.manager())).release(1, 1, QDate::currentDate()).ok());
    auto ended = service(ws.manager()).setEmploymentEnd(1, leaves);
    ASSERT_TRUE(ended.ok()) << ended.error().message.toStdString();
    EXPECT_EQ(ended->activeTo, leaves);
    auto stored = WorkerRepository(ws.database()).find(1);
    EXPECT_FALSE((*stored)->isActiveOn(leaves));
    EXPECT_TRUE((*stored)->isActiveOn(leaves.addDays(-1)));
    const auto audit = auditOf(QStringLiteral("worker"), 1);
    ASSERT_FALSE(audit.isEmpty());
    EXPECT_EQ(audit.last().action, QStringLiteral("worker.end_employment"));
}

TEST_F(Workers, AnAccountIsLinkedToAWorkerOfItsRoleByAnAdministrator)
{
    ws.load(DataSet::Workers, "id,first_name,last_name,role,fte\n1,Anna,Testowa,social_worker,1\n"
                              "2,Beata,Asystentka,family_assistant,1\n");
    auto anna =
        AccountService(ws.session(ws.admin()))
            .addAccount({QStringLiteral("anna"), Role::SocialWorker, std::nullopt, kPassword});
    ASSERT_TRUE(anna.ok());

    Status byManager =
        AccountService(ws.session(ws.manager())).linkWorker(QStringLiteral("anna"), 1);
    ASSERT_FALSE(byManager.ok()) << "accounts are an administrator's";
    Status wrongRole = AccountService(ws.session(ws.admin())).linkWorker(QStringLiteral("anna"), 2);
    ASSERT_FALSE(wrongRole.ok());
    EXPECT_TRUE(wrongRole.error().message.contains(QStringLiteral("same role")))
        << wrongRole.error().message.toStdString();

    ASSERT_TRUE(AccountService(ws.session(ws.admin())).linkWorker(QStringLiteral("anna"), 1).ok());
    auto list = service(ws.admin()).workers();
    ASSERT_TRUE(list.ok());
    EXPECT_EQ(list->first().login, QStringLiteral("anna")) << "the worker shows the account";
    const auto audit = auditOf(QStringLiteral("user"), anna->id);
    ASSERT_FALSE(audit.isEmpty());
    EXPECT_EQ(audit.last().action, QStringLiteral("user.link_worker"));

    auto second = AccountService(ws.session(ws.admin()))
                      .addAccount({QStringLiteral("anna2"), Role::SocialWorker, 1, kPassword});
    ASSERT_FALSE(second.ok()) << "one person, one account";
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("'anna'")));

    ASSERT_TRUE(AccountService(ws.session(ws.admin()))
                    .linkWorker(QStringLiteral("anna"), std::nullopt)
                    .ok());
    list = service(ws.admin()).workers();
    EXPECT_TRUE(list->first().login.isEmpty());
}
