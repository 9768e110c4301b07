#include "GuiTestDatabase.h"

#include "CaseloadService.h"
#include "ImportService.h"
#include "Permissions.h"
#include "UserRepository.h"

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
        ImportService(m_workspace->database())
            .importBytes(Permissions::mayImport(m_admin, set) ? m_admin : m_manager, set, csv,
                         QStringLiteral("test.csv"), false, QDate::currentDate());
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
}

int GuiTestDatabase::casesOf(qint64 workerId)
{
    auto report = CaseloadService(m_workspace->database()).report(m_manager, QDate::currentDate());
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
