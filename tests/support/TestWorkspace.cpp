#include "TestWorkspace.h"

#include "ImportService.h"
#include "Permissions.h"
#include "UserRepository.h"

#include <gtest/gtest.h>

namespace opieka::test {

TestWorkspace::TestWorkspace()
{
    m_path = m_database.location();
    reopen();
    auto admin = m_workspace->ensureAdministrator(QStringLiteral("admin"));
    if (!admin)
        ADD_FAILURE() << admin.error().message.toStdString();
    else
        m_admin = *admin;
    m_manager = addUser(QStringLiteral("szefowa"), Role::Manager);
}

void TestWorkspace::reopen()
{
    m_workspace.reset();
    auto opened = Workspace::open(m_path, Workspace::OpenMode::CreateIfMissing);
    if (!opened) {
        ADD_FAILURE() << opened.error().message.toStdString();
        return;
    }
    m_workspace = std::move(*opened);
}

void TestWorkspace::load(DataSet set, const QByteArray& csv)
{
    ImportService importer(database());
    // The administrator sets the centre up; members and placements are a manager's to import.
    const User& actor = Permissions::mayImport(m_admin, set) ? m_admin : m_manager;
    auto result = importer.importBytes(actor, set, csv, QStringLiteral("fixture.csv"), false,
                                       QDate(2024, 6, 1));
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
}

User TestWorkspace::addUser(const QString& login, Role role)
{
    User user;
    user.login = login;
    user.role = role;
    auto id = UserRepository(database()).insert(user);
    EXPECT_TRUE(id.ok());
    if (id)
        user.id = *id;
    return user;
}

QByteArray familiesCsv(int count, int firstId, const QString& opened)
{
    QByteArray csv = "id,name,municipality,category,opened_on,closed_on\n";
    for (int i = 0; i < count; ++i)
        csv += QStringLiteral("%1,Rodzina %1,Testowo,struggling,%2,\n")
                   .arg(firstId + i)
                   .arg(opened)
                   .toUtf8();
    return csv;
}

QByteArray assignmentsCsv(qint64 workerId, int firstCase, int count, const QString& from)
{
    QByteArray csv = "worker_id,case_kind,case_id,from,to\n";
    for (int i = 0; i < count; ++i)
        csv += QStringLiteral("%1,family,%2,%3,\n")
                   .arg(workerId)
                   .arg(firstCase + i)
                   .arg(from)
                   .toUtf8();
    return csv;
}

} // namespace opieka::test
