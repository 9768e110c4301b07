// The team tab: who works with the family, the roles its category needs, and assigning,
// transferring and adding a coordinator with the caseload engine's verdict before saving.
#include "FamiliesModel.h"
#include "FamiliesTab.h"
#include "FamilyRecordWindow.h"
#include "ModalHelper.h"
#include "RecordTestHelpers.h"
#include "TeamModel.h"
#include "WindowTest.h"

#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
constexpr qint64 kStruggling = 1;
constexpr qint64 kCoping = 2;
constexpr qint64 kAtRisk = 3;
constexpr qint64 kSocialWorker = 1;
constexpr qint64 kAssistant = 2;
constexpr qint64 kOtherSocialWorker = 3;
constexpr qint64 kCoordinator = 4;

class TeamTabTest : public WindowTest
{
protected:
    void SetUp() override
    {
        db.loadStaff({staff::cezary, staff::anna, staff::dorota, staff::ewa});
        db.load(DataSet::Families, "id,name,municipality,category,opened_on,closed_on\n"
                                   "1,Family-1,Testowo,struggling,2020-01-01,\n"
                                   "2,Family-2,Testowo,coping,2020-01-01,\n"
                                   "3,Family-3,Testowo,at_risk,2020-01-01,\n");
        db.assign(kSocialWorker, 1, 3);
        ASSERT_TRUE(openWindow());
    }

    ui::FamilyRecordWindow* teamOf(qint64 familyId)
    {
        ui::FamilyRecordWindow* record = window.openFamily(familyId);
        if (record)
            record->showTab(ui::FamilyRecordWindow::Tab::Team);
        return record;
    }

    QList<qint64> currentTeam(ui::FamilyRecordWindow* record)
    {
        QList<qint64> ids;
        for (const QString& id :
             columnTexts(record->currentTeamModel(), 0, ui::TeamModel::WorkerIdRole))
            ids << id.toLongLong();
        return ids;
    }
};
} // namespace

TEST_F(TeamTabTest, StrugglingFamilyWithoutAnAssistantIsFlagged)
{
    ui::FamilyRecordWindow* record = teamOf(kStruggling);
    ASSERT_NE(record, nullptr);
    auto* flag = child<QLabel>(record, "teamFlagLabel");
    EXPECT_TRUE(flag->isVisible());
    EXPECT_TRUE(flag->text().contains(QStringLiteral("family assistant")))
        << flag->text().toStdString();
    EXPECT_TRUE(child<QLabel>(record, "missingRolesLabel")
                    ->text()
                    .contains(QStringLiteral("family assistant")));
    EXPECT_EQ(currentTeam(record), QList<qint64>{kSocialWorker});

    ui::FamilyRecordWindow* coping = teamOf(kCoping);
    EXPECT_FALSE(child<QLabel>(coping, "teamFlagLabel")->isVisible());

    // The families list flags it too.
    const ui::FamiliesModel* families = window.familiesTab()->model();
    for (int row = 0; row < families->rowCount(); ++row) {
        const qint64 id =
            families->index(row, 0).data(ui::FamiliesModel::FamilyIdRole).toLongLong();
        const QString team = families->index(row, ui::FamiliesModel::TeamColumn).data().toString();
        EXPECT_EQ(team.isEmpty(), id == kCoping) << "family " << id << ": " << team.toStdString();
    }
}

TEST_F(TeamTabTest, AssigningTheMissingAssistantClearsTheFlag)
{
    ui::FamilyRecordWindow* record = teamOf(kStruggling);
    ASSERT_NE(record, nullptr);
    whenModal([&](QWidget* modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("assignDialog"));
        // Pre-filled: this family, and an assistant, the role it lacks.
        EXPECT_EQ(child<QComboBox>(modal, "workerCombo")->currentData().toLongLong(), kAssistant);
        EXPECT_TRUE(
            child<QLabel>(modal, "verdictLabel")->text().startsWith(QStringLiteral("Allowed")))
            << child<QLabel>(modal, "verdictLabel")->text().toStdString();
        click(modal, "assignButton");
    });
    click(record, "assignButton");
    EXPECT_TRUE(currentTeam(record).contains(kAssistant));
    EXPECT_FALSE(child<QLabel>(record, "teamFlagLabel")->isVisible());
}

TEST_F(TeamTabTest, TransferShowsTheVerdictAndMovesTheFamily)
{
    ui::FamilyRecordWindow* record = teamOf(kCoping);
    ASSERT_NE(record, nullptr);
    auto* table = child<QTableView>(record, "currentTeamTable");
    table->selectRow(0);
    whenModal([&](QWidget* modal) {
        auto* workers = child<QComboBox>(modal, "workerCombo");
        ASSERT_EQ(workers->count(), 1); // only the other social worker can take over
        EXPECT_EQ(workers->currentData().toLongLong(), kOtherSocialWorker);
        EXPECT_TRUE(
            child<QLabel>(modal, "transferLabel")->text().contains(QStringLiteral("Cezary")));
        EXPECT_TRUE(
            child<QLabel>(modal, "verdictLabel")->text().startsWith(QStringLiteral("Allowed")));
        click(modal, "assignButton");
    });
    click(record, "transferButton");
    EXPECT_EQ(currentTeam(record), QList<qint64>{kOtherSocialWorker});
    EXPECT_EQ(db.casesOf(kSocialWorker), 2);
    EXPECT_EQ(db.casesOf(kOtherSocialWorker), 1);
}

TEST_F(TeamTabTest, CoordinatorJoinsAnAtRiskFamilysTeam)
{
    ui::FamilyRecordWindow* record = teamOf(kAtRisk);
    ASSERT_NE(record, nullptr);
    EXPECT_TRUE(
        child<QLabel>(record, "teamFlagLabel")->text().contains(QStringLiteral("coordinator")));
    whenModal([&](QWidget* modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("addCoordinatorDialog"));
        EXPECT_EQ(child<QComboBox>(modal, "coordinatorCombo")->currentData().toLongLong(),
                  kCoordinator);
        click(modal, "addButton");
    });
    click(record, "addCoordinatorButton");
    EXPECT_TRUE(currentTeam(record).contains(kCoordinator));
    EXPECT_FALSE(
        child<QLabel>(record, "teamFlagLabel")->text().contains(QStringLiteral("coordinator")));
}
