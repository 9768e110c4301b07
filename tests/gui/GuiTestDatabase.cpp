#include "GuiTestDatabase.h"

#include "AccountService.h"
#include "CaseloadService.h"
#include "ImportService.h"
#include "Permissions.h"
#include "UserRepository.h"
#include "WorkPlanService.h"

#include <gtest/gtest.h>

namespace opieka::test {

GuiTestDatabase::GuiTestDatabase()
    : m_path(m_dir.filePath(QStringLiteral("opieka.sqlite")))
{
    auto opened = Workspace::open(m_path, Workspace::OpenMode::CreateIfMissing);
    if (!opened) {
        ADD_FAILURE() << opened.error().message.toStdString();
        return;
    }
    m_workspace = std::move(*opened);
    auto admin = m_workspace->ensureAdministrator(QStringLiteral("admin"));
    if (!admin) {
        ADD_FAILURE() << admin.error().message.toStdString();
        return;
    }
    m_admin = *admin;
    m_manager.login = QStringLiteral("szefowa");
    m_manager.role = Role::Manager;
    auto id = UserRepository(m_workspace->database()).insert(m_manager);
    if (!id) {
        ADD_FAILURE() << id.error().message.toStdString();
        return;
    }
    m_manager.id = *id;
}

void GuiTestDatabase::load(DataSet set, const QByteArray& csv)
{
    ASSERT_TRUE(m_workspace);
    auto imported =
        ImportService(session(Permissions::mayImport(m_admin, set) ? m_admin : m_manager))
            .importBytes(set, csv, QStringLiteral("test.csv"), false, QDate::currentDate());
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
}

void GuiTestDatabase::loadStaff(std::initializer_list<StaffMember> workers)
{
    load(DataSet::Workers, workersCsv(workers));
}

void GuiTestDatabase::loadFamilies(int count, int firstId)
{
    load(DataSet::Families, familiesCsv(count, firstId));
}

void GuiTestDatabase::loadTwoUnitsAndFourFamilies()
{
    loadStaff({{"Anna", "Testowa", Role::SocialWorker, "Zespół 1"},
               {"Cezary", "Inny", Role::SocialWorker, "Zespół 2"}});
    loadFamilies(4);
}

void GuiTestDatabase::assign(qint64 workerId, int firstCase, int count)
{
    load(DataSet::Assignments, assignmentsCsv(workerId, firstCase, count));
}

std::optional<User> GuiTestDatabase::addAccount(const QString& login, Role role,
                                                std::optional<qint64> worker,
                                                const QByteArray& password)
{
    auto user = AccountService(session(m_admin)).addAccount({login, role, worker, password});
    if (!user) {
        ADD_FAILURE() << user.error().message.toStdString();
        return std::nullopt;
    }
    if (user->awaitingConfirmation) {
        // The second pair of eyes is the manager's.
        Status confirmed = AccountService(session(m_manager)).confirmManager(login);
        if (!confirmed) {
            ADD_FAILURE() << confirmed.error().message.toStdString();
            return std::nullopt;
        }
    }
    return *user;
}

qint64 GuiTestDatabase::draftPlan(qint64 familyId, const QDate& on, const QString& goal,
                                  const PlanAction& action)
{
    WorkPlanService plans(session(m_manager));
    auto id = plans.createDraft(familyId, on);
    if (!id) {
        ADD_FAILURE() << id.error().message.toStdString();
        return 0;
    }
    auto draft = plans.plan(*id);
    if (!draft) {
        ADD_FAILURE() << draft.error().message.toStdString();
        return 0;
    }
    draft->goals << PlanGoal{0, goal, {action}};
    Status saved = plans.saveDraft(*draft);
    if (!saved) {
        ADD_FAILURE() << saved.error().message.toStdString();
        return 0;
    }
    return *id;
}

qint64 GuiTestDatabase::draftPlan(qint64 familyId, const QDate& on, const QString& goal,
                                  const QString& action)
{
    PlanAction planned;
    planned.description = action;
    return draftPlan(familyId, on, goal, planned);
}

bool GuiTestDatabase::agreePlan(qint64 planId, const QDate& on)
{
    Status agreed = WorkPlanService(session(m_manager)).agree(planId, on, true, true);
    EXPECT_TRUE(agreed.ok()) << agreed.error().message.toStdString();
    return agreed.ok();
}

int GuiTestDatabase::casesOf(qint64 workerId)
{
    auto report = CaseloadService(session(m_manager)).report(QDate::currentDate());
    if (!report)
        return -1;
    for (const WorkerCaseload& row : report->rows)
        if (row.worker.id == workerId)
            return row.load.cases;
    return -1;
}

QByteArray familiesCsv(int count, int firstId, int closedEvery)
{
    QByteArray csv = "id,name,municipality,category,opened_on,closed_on\n";
    for (int id = firstId; id < firstId + count; ++id) {
        const bool closed = closedEvery > 0 && id % closedEvery == 0;
        csv += QByteArray::number(id) + ",Family-" + QByteArray::number(id) +
               ",Testowo,struggling,2020-01-01," + (closed ? "2022-01-01" : "") + "\n";
    }
    return csv;
}

QByteArray assignmentsCsv(qint64 workerId, int firstCase, int count)
{
    QByteArray csv = "worker_id,case_kind,case_id,from,to\n";
    for (int id = firstCase; id < firstCase + count; ++id)
        csv +=
            QByteArray::number(workerId) + ",family," + QByteArray::number(id) + ",2021-01-01,\n";
    return csv;
}

} // namespace opieka::test
