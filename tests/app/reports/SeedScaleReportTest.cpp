#include "AssignmentRepository.h"
#include "CaseloadService.h"
#include "FamilyRepository.h"
#include "FosterFamilyRepository.h"
#include "SqlTransaction.h"
#include "TestWorkspace.h"
#include "WorkerRepository.h"

#include <gtest/gtest.h>

using namespace opieka;

// Seed 004, slide 5 (Mazowsze, end of 2013): 2.3 thousand social workers for 177 thousand
// families, 360 assistants for 3.5 thousand families, 116 coordinators for 3.4 thousand foster
// families. Built through the repositories in one transaction (the import's per-row checks are
// not what is measured here), then reported by the caseload service.
TEST(SeedScaleReport, SeedFourFiguresGiveSeventySevenTenAndTwentyNinePerWorker)
{
    test::TestWorkspace ws;
    Database& db = ws.database();
    const QDate opened(2013, 1, 1);
    const QDate asOf(2013, 12, 31);
    {
        auto transaction = SqlTransaction::begin(db);
        ASSERT_TRUE(transaction.ok());
        WorkerRepository workers(db);
        FamilyRepository families(db);
        FosterFamilyRepository fosters(db);
        AssignmentRepository assignments(db);
        qint64 workerId = 0;
        auto addWorkers = [&](int count, Role role) {
            QList<qint64> ids;
            for (int i = 0; i < count; ++i) {
                Worker w;
                w.id = ++workerId;
                w.firstName = QStringLiteral("P");
                w.lastName = QString::number(w.id);
                w.role = role;
                EXPECT_TRUE(workers.insert(w).ok());
                ids << w.id;
            }
            return ids;
        };
        const QList<qint64> social = addWorkers(2300, Role::SocialWorker);
        const QList<qint64> assistants = addWorkers(360, Role::FamilyAssistant);
        const QList<qint64> coordinators = addWorkers(116, Role::FosterCareCoordinator);
        for (qint64 id = 1; id <= 177000; ++id) {
            Family f;
            f.id = id;
            f.name = QStringLiteral("R");
            f.municipality = QStringLiteral("M");
            f.openedOn = opened;
            ASSERT_TRUE(families.insert(f).ok());
            Assignment a;
            a.workerId = social[static_cast<int>((id - 1) % social.size())];
            a.caseRef = {CaseKind::Family, id};
            a.from = opened;
            ASSERT_TRUE(assignments.insert(a).ok());
            if (id <= 3500) {
                a.workerId = assistants[static_cast<int>((id - 1) % assistants.size())];
                ASSERT_TRUE(assignments.insert(a).ok());
            }
        }
        for (qint64 id = 1; id <= 3400; ++id) {
            FosterFamily f;
            f.id = id;
            f.name = QStringLiteral("Z");
            f.municipality = QStringLiteral("M");
            f.openedOn = opened;
            ASSERT_TRUE(fosters.insert(f).ok());
            Assignment a;
            a.workerId = coordinators[static_cast<int>((id - 1) % coordinators.size())];
            a.caseRef = {CaseKind::FosterFamily, id};
            a.from = opened;
            ASSERT_TRUE(assignments.insert(a).ok());
        }
        ASSERT_TRUE(transaction->commit().ok());
    }

    auto report = CaseloadService(Session(db, ws.manager())).report(asOf);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    const RoleSummary& social = report->summaries.at(0);
    const RoleSummary& assistants = report->summaries.at(1);
    const RoleSummary& coordinators = report->summaries.at(2);
    EXPECT_EQ(social.workers, 2300);
    EXPECT_EQ(social.cases, 177000);
    EXPECT_NEAR(social.casesPerWorker, 77.0, 0.05);
    EXPECT_EQ(social.overLimit, 2300) << "every social worker is over the limit of 50";
    EXPECT_EQ(social.extraWorkersNeeded, 1240) << "177,000 / 50 = 3,540 posts needed, 2,300 there";
    EXPECT_NEAR(assistants.casesPerWorker, 9.7, 0.05) << "about 10 families per assistant";
    EXPECT_EQ(assistants.overLimit, 0);
    EXPECT_NEAR(coordinators.casesPerWorker, 29.3, 0.05) << "29 foster families per coordinator";
    EXPECT_EQ(coordinators.extraWorkersNeeded, 0);
}
