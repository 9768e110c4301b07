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
    // The administrator sets the centre up; members and placements are a manager's to import.
    const User& actor = Permissions::mayImport(m_admin, set) ? m_admin : m_manager;
    ImportService importer(session(actor));
    auto result =
        importer.importBytes(set, csv, QStringLiteral("fixture.csv"), false, QDate(2024, 6, 1));
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

void TestWorkspace::loadFamilyWithChild(const char* firstName)
{
    load(DataSet::Families, familiesCsv(1));
    load(DataSet::Members,
         QByteArray("family_id,pesel,first_name,last_name,birth_date,sex,relation\n1,,") +
             firstName + ",Testowa,2015-01-01,F,child\n");
}

void TestWorkspace::loadAssistantWithFamily(const char* familyName)
{
    loadWorkers({{2, "Beata", "Asystentka", Role::FamilyAssistant}});
    load(DataSet::Families, QByteArray("id,name,municipality,category,opened_on,closed_on\n1,") +
                                familyName + ",Bochnia,struggling,2023-01-01,\n");
    load(DataSet::Assignments, "worker_id,case_kind,case_id,from,to\n2,family,1,2023-01-01,\n");
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

Placement courtPlacement(qint64 childMemberId, qint64 fosterFamilyId, const QDate& from,
                         const QString& courtOrder, const QDate& courtOrderDate)
{
    Placement p;
    p.childMemberId = childMemberId;
    p.fosterFamilyId = fosterFamilyId;
    p.from = from;
    p.basis = PlacementBasis::CourtOrder;
    p.courtOrder = courtOrder;
    p.courtOrderDate = courtOrderDate;
    return p;
}

} // namespace opieka::test
