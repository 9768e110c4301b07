// The family assistant's desk (overdue assessments first, capacity, opening a family) and the
// assessment schedule in the family record.
#include "AssessmentsTab.h"
#include "AssistantDeskModel.h"
#include "AssistantDeskTab.h"
#include "FamilyRecordWindow.h"
#include "Labels.h"
#include "ModalHelper.h"
#include "RecordTestHelpers.h"
#include "WindowTest.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
constexpr qint64 kAssistant = 2;

class AssistantDeskTest : public WindowTest
{
protected:
    void SetUp() override
    {
        db.loadStaff({staff::cezary, staff::anna, {"Beata", "Druga", Role::FamilyAssistant}});
        db.loadFamilies(3);
        db.assign(kAssistant, 1, 3);
    }

    // An agreed plan for the family, drafted and agreed `monthsAgo` months ago.
    void agreedPlan(qint64 familyId, int monthsAgo)
    {
        const QDate on = QDate::currentDate().addMonths(-monthsAgo);
        PlanAction action;
        action.description = QStringLiteral("Action");
        action.deadline = QDate::currentDate().addDays(30);
        const qint64 id = db.draftPlan(familyId, on, QStringLiteral("Goal"), action);
        ASSERT_NE(id, 0);
        ASSERT_TRUE(db.agreePlan(id, on));
    }
};
} // namespace

TEST_F(AssistantDeskTest, OverdueAssessmentFirstWithCapacityAndOpensTheFamily)
{
    agreedPlan(1, 1); // next assessment in five months
    agreedPlan(3, 8); // overdue by two months: listed first although its id is last
    ASSERT_TRUE(openWindow());
    ui::AssistantDeskTab* desk = window.assistantStartTab();
    ASSERT_NE(desk, nullptr);
    window.tabs()->setCurrentWidget(desk);
    QAbstractItemModelTester tester(desk->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(desk->workerId(), kAssistant); // the first family assistant
    ui::AssistantDeskModel* model = desk->model();
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_EQ(model->index(0, 0).data(ui::AssistantDeskModel::FamilyIdRole).toLongLong(), 3);
    EXPECT_TRUE(model->index(0, 0).data(ui::AssistantDeskModel::AssessmentOverdueRole).toBool());
    const QModelIndex due = model->index(0, ui::AssistantDeskModel::AssessmentColumn);
    EXPECT_TRUE(due.data().toString().contains(QStringLiteral("overdue")))
        << due.data().toString().toStdString();
    EXPECT_EQ(due.data(Qt::ForegroundRole).value<QColor>(), ui::Labels::warningForeground());
    EXPECT_EQ(model->index(0, ui::AssistantDeskModel::PlanColumn).data().toString(),
              QStringLiteral("v1 agreed"));
    EXPECT_EQ(model->index(2, ui::AssistantDeskModel::PlanColumn).data().toString(),
              QStringLiteral("no plan yet"));
    auto* capacity = child<QLabel>(desk, "capacityLabel");
    EXPECT_TRUE(capacity->text().startsWith(QStringLiteral("3 of 15 families")))
        << capacity->text().toStdString();

    // Another assistant's desk is empty.
    ASSERT_TRUE(desk->selectWorker(3));
    EXPECT_EQ(model->rowCount(), 0);
    ASSERT_TRUE(desk->selectWorker(kAssistant));

    // A double click opens the family's record.
    auto* table = child<QTableView>(desk, "assistantTable");
    const QRect cell = table->visualRect(model->index(0, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_EQ(window.recordWindows().size(), 1);
    EXPECT_EQ(window.recordWindows().first()->familyId(), 3);
}

TEST_F(AssistantDeskTest, RecordingAnAssessmentMovesTheNextDueDate)
{
    agreedPlan(1, 7);
    ui::FamilyRecordWindow* record = openRecord(1);
    ASSERT_NE(record, nullptr);
    record->showTab(ui::FamilyRecordWindow::Tab::Assessments);
    ui::AssessmentsTab* tab = record->assessmentsTab();
    ASSERT_NE(tab, nullptr);
    const QDate today = QDate::currentDate();
    ASSERT_TRUE(tab->schedule().nextDue);
    EXPECT_EQ(*tab->schedule().nextDue, today.addMonths(-7).addMonths(6));
    EXPECT_TRUE(tab->schedule().overdue);
    auto* schedule = child<QLabel>(tab, "scheduleLabel");
    EXPECT_TRUE(schedule->text().contains(QStringLiteral("overdue")))
        << schedule->text().toStdString();
    EXPECT_TRUE(schedule->styleSheet().contains(QStringLiteral("#b71c1c"))); // red

    whenModal([&](QWidget* modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("assessmentDialog"));
        click(modal, "saveButton"); // no findings: refused, the dialog stays
        EXPECT_TRUE(modal->isVisible());
        EXPECT_TRUE(child<QLabel>(modal, "errorLabel")->isVisible());
        typeText(child<QPlainTextEdit>(modal, "findingsEdit"),
                 QStringLiteral("Dzieci chodzą do szkoły; mieszkanie ogrzane."));
        EXPECT_TRUE(child<QCheckBox>(modal, "sentToSocialWorkerCheck")->isChecked());
        click(modal, "saveButton");
    });
    click(tab, "recordAssessmentButton");
    ASSERT_EQ(tab->assessments().size(), 1);
    EXPECT_EQ(tab->assessments().first().workerId, kAssistant); // the family's assistant
    EXPECT_EQ(tab->assessments().first().sentToSocialWorkerOn, today);
    ASSERT_TRUE(tab->schedule().nextDue);
    EXPECT_EQ(*tab->schedule().nextDue, today.addMonths(6));
    EXPECT_FALSE(tab->schedule().overdue);
    EXPECT_TRUE(schedule->text().contains(ui::Labels::date(today.addMonths(6))))
        << schedule->text().toStdString();
    EXPECT_EQ(child<QTableWidget>(tab, "assessmentsTable")->rowCount(), 1);
}
