// Workers' leave (issue 17, point 2): periods recorded, changed and ended by a manager or an
// administrator, each audited on the worker; a last day before the first and overlapping periods
// refused; a social worker refused; the assign dialog's warning for a worker away that day.
#include "AuditRepository.h"
#include "TestWorkspace.h"
#include "WorkerLeaveRepository.h"
#include "WorkerService.h"

#include <gtest/gtest.h>

using namespace opieka;

namespace {
constexpr qint64 kAnna = 1;

WorkerLeave leave(LeaveKind kind, const QDate& from, const std::optional<QDate>& lastDay)
{
    return WorkerLeave{.workerId = kAnna, .kind = kind, .from = from, .lastDay = lastDay};
}

class WorkerLeaves : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ws.loadWorkers({{1, "Anna", "Testowa", Role::SocialWorker},
                        {2, "Beata", "Próbna", Role::FamilyAssistant}});
    }
    WorkerService service(const User& actor) { return WorkerService(ws.session(actor)); }
    QStringList auditActions()
    {
        auto audit = AuditRepository(ws.database())
                         .forEntity(QStringLiteral("worker"), QString::number(kAnna));
        EXPECT_TRUE(audit.ok());
        QStringList actions;
        if (audit)
            for (const AuditEntry& e : *audit)
                if (e.action.startsWith(QStringLiteral("worker.leave"))) // not the import's
                    actions << e.action;
        return actions;
    }
    QList<WorkerLeave> stored()
    {
        auto all = WorkerLeaveRepository(ws.database()).forWorker(kAnna);
        EXPECT_TRUE(all.ok());
        return all ? *all : QList<WorkerLeave>{};
    }
    test::TestWorkspace ws;
};
} // namespace

TEST_F(WorkerLeaves, AManagerRecordsChangesAndEndsALeaveAndEachChangeIsAudited)
{
    auto added =
        service(ws.manager())
            .recordLeave(leave(LeaveKind::Annual, QDate(2026, 12, 7), QDate(2026, 12, 20)));
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    ASSERT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().first().lastDay, QDate(2026, 12, 20));

    WorkerLeave longer = *added;
    longer.lastDay = QDate(2026, 12, 31);
    auto changed = service(ws.admin()).changeLeave(longer);
    ASSERT_TRUE(changed.ok()) << changed.error().message.toStdString();

    auto sick =
        service(ws.manager()).recordLeave(leave(LeaveKind::Sick, QDate(2027, 1, 10), std::nullopt));
    ASSERT_TRUE(sick.ok()) << "until further notice: " << sick.error().message.toStdString();
    auto ended = service(ws.manager()).endLeave(sick->id, QDate(2027, 1, 24));
    ASSERT_TRUE(ended.ok()) << ended.error().message.toStdString();
    ASSERT_EQ(stored().size(), 2);
    EXPECT_EQ(stored().at(1).kind, LeaveKind::Sick);
    EXPECT_EQ(stored().at(1).lastDay, QDate(2027, 1, 24)) << "the worker is back on the 25th";

    EXPECT_EQ(
        auditActions(),
        (QStringList{QStringLiteral("worker.leave_add"), QStringLiteral("worker.leave_change"),
                     QStringLiteral("worker.leave_add"), QStringLiteral("worker.leave_end")}));
    auto audit =
        AuditRepository(ws.database()).forEntity(QStringLiteral("worker"), QString::number(kAnna));
    ASSERT_TRUE(audit.ok());
    bool changeSeen = false;
    for (const AuditEntry& e : *audit)
        if (e.action == QStringLiteral("worker.leave_change")) {
            changeSeen = true;
            EXPECT_TRUE(e.oldValues.contains(QStringLiteral("2026-12-20")));
            EXPECT_TRUE(e.newValues.contains(QStringLiteral("2026-12-31")));
            EXPECT_EQ(e.userLogin, ws.admin().login);
        }
    EXPECT_TRUE(changeSeen);
}

TEST_F(WorkerLeaves, OverlappingPeriodsOfTheSameWorkerAreRefused)
{
    ASSERT_TRUE(service(ws.manager())
                    .recordLeave(leave(LeaveKind::Annual, QDate(2026, 12, 7), QDate(2026, 12, 20)))
                    .ok());
    auto overlapping =
        service(ws.manager())
            .recordLeave(leave(LeaveKind::Sick, QDate(2026, 12, 20), QDate(2026, 12, 22)));
    ASSERT_FALSE(overlapping.ok()) << "the 20th is already a day of leave";
    EXPECT_EQ(overlapping.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(overlapping.error().message.contains(QStringLiteral("overlap")))
        << overlapping.error().message.toStdString();
    auto openEnded = service(ws.manager())
                         .recordLeave(leave(LeaveKind::Parental, QDate(2026, 11, 1), std::nullopt));
    EXPECT_FALSE(openEnded.ok()) << "until further notice from November covers December";
    EXPECT_EQ(stored().size(), 1) << "nothing more saved";

    auto nextDay = service(ws.manager())
                       .recordLeave(leave(LeaveKind::Sick, QDate(2026, 12, 21), std::nullopt));
    EXPECT_TRUE(nextDay.ok()) << "the day after the last day is free";
    WorkerLeave other = leave(LeaveKind::Annual, QDate(2026, 12, 10), QDate(2026, 12, 12));
    other.workerId = 2;
    EXPECT_TRUE(service(ws.manager()).recordLeave(other).ok()) << "another worker's leave";
    EXPECT_EQ(auditActions().size(), 2) << "a refusal writes nothing";
}

TEST_F(WorkerLeaves, ALastDayBeforeTheFirstOrAnInvalidDateIsRefused)
{
    auto backwards =
        service(ws.manager())
            .recordLeave(leave(LeaveKind::Annual, QDate(2026, 12, 20), QDate(2026, 12, 7)));
    ASSERT_FALSE(backwards.ok());
    EXPECT_EQ(backwards.error().kind, ErrorKind::BadInput);
    EXPECT_TRUE(backwards.error().message.contains(QStringLiteral("before it begins")))
        << backwards.error().message.toStdString();
    auto oneDay =
        service(ws.manager())
            .recordLeave(leave(LeaveKind::Other, QDate(2026, 12, 20), QDate(2026, 12, 20)));
    EXPECT_TRUE(oneDay.ok()) << "a single day of leave";
    ASSERT_TRUE(oneDay.ok());
    EXPECT_FALSE(service(ws.manager()).endLeave(oneDay->id, QDate(2026, 12, 19)).ok());
    EXPECT_FALSE(service(ws.manager())
                     .recordLeave(leave(LeaveKind::Annual, QDate(2026, 2, 31), QDate(2026, 3, 5)))
                     .ok())
        << "31.02 is no day";
    EXPECT_EQ(stored().size(), 1);
    EXPECT_EQ(stored().first().lastDay, QDate(2026, 12, 20)) << "the refused end changed nothing";
}

TEST_F(WorkerLeaves, ASocialWorkerCannotRecordOrSeeLeave)
{
    const User anna = ws.addUser(QStringLiteral("anna"), Role::SocialWorker);
    auto added = service(anna).recordLeave(
        leave(LeaveKind::Annual, QDate(2026, 12, 7), QDate(2026, 12, 20)));
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().kind, ErrorKind::Refused);
    EXPECT_FALSE(service(anna).leaves(kAnna).ok());
    EXPECT_FALSE(service(anna).currentOrNextLeaves(QDate(2026, 12, 7)).ok());
    EXPECT_TRUE(stored().isEmpty());
    EXPECT_TRUE(auditActions().isEmpty());
}

TEST_F(WorkerLeaves, TheWarningNamesTheLastDayOnlyOnDaysOfLeave)
{
    ASSERT_TRUE(service(ws.manager())
                    .recordLeave(leave(LeaveKind::Sick, QDate(2026, 12, 7), QDate(2026, 12, 20)))
                    .ok());
    auto during = service(ws.manager()).leaveWarning(kAnna, QDate(2026, 12, 10));
    ASSERT_TRUE(during.ok());
    EXPECT_TRUE(during->contains(QStringLiteral("Anna Testowa is on leave until")))
        << during->toStdString();
    EXPECT_TRUE(during->contains(QStringLiteral("assign anyway")));
    EXPECT_FALSE(during->contains(QStringLiteral("sick"), Qt::CaseInsensitive))
        << "the kind of leave stays with the manager";
    auto after = service(ws.manager()).leaveWarning(kAnna, QDate(2026, 12, 21));
    ASSERT_TRUE(after.ok());
    EXPECT_TRUE(after->isEmpty()) << "back on the 21st: " << after->toStdString();

    auto shown = service(ws.manager()).currentOrNextLeaves(QDate(2026, 12, 1));
    ASSERT_TRUE(shown.ok());
    ASSERT_TRUE(shown->contains(kAnna)) << "the next leave";
    EXPECT_EQ(shown->value(kAnna).from, QDate(2026, 12, 7));
    EXPECT_FALSE(shown->contains(2));
}
