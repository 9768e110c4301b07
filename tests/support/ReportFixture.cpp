#include "ReportFixture.h"

#include "CaseloadService.h"

#include <gtest/gtest.h>

namespace opieka::test {

void loadReportFixture(TestWorkspace& ws)
{
    ws.load(DataSet::Workers, "id,first_name,last_name,role,fte,unit\n"
                              "1,Anna,Testowa,social_worker,1,Zespół A\n"
                              "2,Bożena,Próbna,social_worker,1,Zespół B\n"
                              "3,Celina,Wzorowa,social_worker,0.5,Zespół A\n"
                              "4,Dorota,Przykładna,family_assistant,1,Asystenci\n"
                              "5,Edyta,Fikcyjna,foster_care_coordinator,1,Piecza\n");
    QByteArray families = "id,name,municipality,category,opened_on,closed_on\n";
    for (int i = 1; i <= 121; ++i)
        families += QStringLiteral("%1,Rodzina %1,%2,struggling,2020-01-01,\n")
                        .arg(i)
                        .arg(i >= 46 && i <= 95 ? QStringLiteral("Brzeziny")
                                                : QStringLiteral("Aleksandrów"))
                        .toUtf8();
    ws.load(DataSet::Families, families);
    QByteArray fosters = "id,name,kind,municipality,opened_on,closed_on\n";
    for (int i = 1; i <= 12; ++i)
        fosters += QStringLiteral("%1,Zastępcza %1,kinship,Piotrków,2020-01-01,\n").arg(i).toUtf8();
    ws.load(DataSet::FosterFamilies, fosters);

    ws.load(DataSet::Assignments, assignmentsCsv(1, 1, 45));
    ws.load(DataSet::Assignments, assignmentsCsv(2, 46, 50));
    ws.load(DataSet::Assignments, assignmentsCsv(3, 96, 26));
    ws.load(DataSet::Assignments, assignmentsCsv(4, 1, 15)); // the assistant's limit today
    QByteArray fosterAssignments = "worker_id,case_kind,case_id,from,to\n";
    for (int i = 1; i <= 12; ++i)
        fosterAssignments += QStringLiteral("5,foster_family,%1,2021-01-01,\n").arg(i).toUtf8();
    ws.load(DataSet::Assignments, fosterAssignments);

    CaseloadService caseload(ws.session(ws.manager()));
    AssignRequest over;
    over.workerId = 4;
    over.caseId = 21;
    over.from = QDate(2025, 6, 1);
    over.overrideReason = QStringLiteral("Wakat do czasu naboru");
    auto assigned = caseload.assign(over);
    ASSERT_TRUE(assigned.ok()) << assigned.error().message.toStdString();

    CaseloadRule lower;
    lower.role = Role::SocialWorker;
    lower.limit = 40;
    lower.prorated = true;
    lower.validFrom = QDate(2026, 1, 1);
    auto added = caseload.addRule(lower);
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
}

} // namespace opieka::test
