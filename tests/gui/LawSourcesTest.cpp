// Issue 19 in the window: every limit names its legal source (the Caseload tab's tooltips, the
// start page), the manager's start page shows the social workers' norm of art. 110 ust. 11 u.p.s.
// and says where the centre's limits differ from the statute's, and the centre records its
// residents in Settings › Centre….
#include "CaseloadModel.h"
#include "CaseloadTab.h"
#include "GuiTestDatabase.h"
#include "MainWindow.h"
#include "ManagerStartTab.h"
#include "ModalHelper.h"
#include "RecordTestHelpers.h"
#include "ReportRunner.h"
#include "RoleSummaryModel.h"
#include "SettingsService.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
class LawSourcesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db.load(DataSet::Workers, "id,first_name,last_name,role,fte\n"
                                  "1,Anna,Testowa,family_assistant,1\n"
                                  "2,Cezary,Przykładowy,social_worker,1\n");
        db.load(DataSet::Families, familiesCsv(60));
        db.load(DataSet::Assignments, assignmentsCsv(1, 1, 10));
        db.load(DataSet::Assignments, assignmentsCsv(2, 1, 60)); // 60 families: 2 posts, so 3
        ASSERT_TRUE(window.openDatabase(db.path()));
        window.show();
    }

    ui::ManagerStartTab* startPage()
    {
        ui::ManagerStartTab* start = window.managerStartTab();
        EXPECT_NE(start, nullptr);
        if (!start)
            return nullptr;
        window.tabs()->setCurrentWidget(start);
        start->refresh();
        EXPECT_TRUE(start->runner()->waitForIdle());
        QTest::qWait(20);
        return start;
    }

    GuiTestDatabase db;
    ui::MainWindow window;
};
} // namespace

TEST_F(LawSourcesTest, TheCaseloadTabNamesEachLimitsSourceInItsTooltip)
{
    ui::CaseloadTab* tab = window.caseloadTab();
    ASSERT_NE(tab, nullptr);
    window.tabs()->setCurrentWidget(tab); // a tab reads its data when first shown
    ui::RoleSummaryModel* summary = tab->summaryModel();
    ASSERT_EQ(summary->rowCount(), 3);
    const QModelIndex assistants = summary->index(1, ui::RoleSummaryModel::LimitColumn);
    EXPECT_EQ(assistants.data().toInt(), 15);
    EXPECT_TRUE(
        assistants.data(Qt::ToolTipRole).toString().contains(QStringLiteral("art. 15 ust. 4")))
        << assistants.data(Qt::ToolTipRole).toString().toStdString();
    EXPECT_TRUE(summary->index(0, ui::RoleSummaryModel::LimitColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("art. 110 ust. 11")));
    bool workerTipSeen = false;
    for (int row = 0; row < tab->model()->rowCount(); ++row) {
        const QModelIndex limit = tab->model()->index(row, ui::CaseloadModel::LimitColumn);
        if (limit.data().toInt() == 15)
            workerTipSeen =
                limit.data(Qt::ToolTipRole).toString().contains(QStringLiteral("art. 15 ust. 4"));
    }
    EXPECT_TRUE(workerTipSeen) << "the assistant's own limit names its source";
}

TEST_F(LawSourcesTest, TheStartPageShowsTheNormAndWhereTheCentresLimitsDiffer)
{
    ui::ManagerStartTab* start = startPage();
    ASSERT_NE(start, nullptr);
    auto* norm = child<QLabel>(start, "socialWorkerNormLabel");
    ASSERT_NE(norm, nullptr);
    EXPECT_TRUE(norm->text().contains(QStringLiteral("by residents not known")))
        << norm->text().toStdString();
    EXPECT_TRUE(norm->text().contains(QStringLiteral("by families 3")))
        << norm->text().toStdString();
    auto* differ = child<QLabel>(start, "rulesDifferLabel");
    ASSERT_NE(differ, nullptr);
    EXPECT_FALSE(differ->isVisible()) << "a new centre applies the statute's limits";
    auto* figures = child<QLabel>(start, "roleFigures_family_assistant");
    ASSERT_NE(figures, nullptr);
    EXPECT_TRUE(figures->toolTip().contains(QStringLiteral("art. 15 ust. 4")));

    // The centre records its residents and sets a stricter local limit for assistants.
    ASSERT_TRUE(SettingsService(db.workspace().database()).setResidents(db.manager(), 12001).ok());
    CaseloadRule local;
    local.role = Role::FamilyAssistant;
    local.limit = 12;
    local.validFrom = QDate(2016, 1, 1);
    ASSERT_TRUE(CaseloadService(db.workspace().database()).addRule(db.manager(), local).ok());
    start = startPage();
    EXPECT_TRUE(norm->text().contains(QStringLiteral("by residents 7")))
        << norm->text().toStdString();
    EXPECT_TRUE(differ->isVisible());
    EXPECT_TRUE(differ->text().contains(QStringLiteral("stricter than the statute")))
        << differ->text().toStdString();
    EXPECT_TRUE(differ->text().contains(QStringLiteral("art. 15 ust. 4")));
}

TEST_F(LawSourcesTest, TheCentreRecordsItsResidentsInTheCentreSettings)
{
    bool seen = false;
    whenModal([&](QWidget* modal) {
        seen = true;
        ASSERT_EQ(modal->objectName(), QStringLiteral("centreSettingsDialog"));
        auto* residents = child<QSpinBox>(modal, "residentsSpin");
        ASSERT_NE(residents, nullptr);
        EXPECT_EQ(residents->value(), 0);
        EXPECT_EQ(residents->text(), QStringLiteral("not recorded"));
        residents->setValue(10001);
        child<QPushButton>(modal, "saveButton")->click();
    });
    child<QAction>(&window, "centreSettingsAction")->trigger();
    ASSERT_TRUE(seen);
    auto recorded = SettingsService(db.workspace().database()).residents();
    ASSERT_TRUE(recorded.ok());
    EXPECT_EQ(*recorded, 10001);
}
