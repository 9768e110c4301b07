// Workers' leave in the window (issue 17, point 2): a manager records a worker's leave from the
// Workers tab, the tab shows it with its last day, an overlapping period is refused in the
// dialog, and the assign dialog warns (without refusing) when the chosen worker is away on the
// start date.
#include "AssignDialog.h"
#include "GuiTestDatabase.h"
#include "Labels.h"
#include "LocaleFormat.h"
#include "ModalHelper.h"
#include "RecordTestHelpers.h"
#include "WorkerLeaveDialog.h"
#include "WorkerService.h"
#include "WorkersModel.h"
#include "WorkersTab.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
constexpr qint64 kAnna = 1;
constexpr qint64 kBeata = 2;
constexpr qint64 kFreeFamily = 3;

class WorkerLeaveGuiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db.loadStaff({staff::anna, staff::beata});
        db.loadFamilies(3);
    }

    QString leaveShown(ui::WorkersTab& tab, qint64 workerId)
    {
        const int row = tab.model()->rowOf(workerId);
        EXPECT_GE(row, 0);
        return tab.model()->index(row, ui::WorkersModel::LeaveColumn).data().toString();
    }

    GuiTestDatabase db;
};
} // namespace

TEST_F(WorkerLeaveGuiTest, AManagerRecordsLeaveInTheWorkersTabAndTheTabShowsItsLastDay)
{
    const QDate today = QDate::currentDate();
    const QDate lastDay = today.addDays(13);
    ui::WorkersTab tab(db.session(db.manager()));
    tab.show();
    ASSERT_TRUE(tab.refresh());
    EXPECT_TRUE(leaveShown(tab, kAnna).isEmpty()) << "no leave yet";
    ASSERT_TRUE(tab.selectWorker(kAnna));
    auto* leaveButton = child<QPushButton>(&tab, "workerLeaveButton");
    ASSERT_NE(leaveButton, nullptr);
    ASSERT_TRUE(leaveButton->isEnabled());

    bool answered = false;
    whenDialog(QStringLiteral("workerLeaveDialog"), answered, [&](QWidget* dialog) {
        auto* kind = child<QComboBox>(dialog, "leaveKindCombo");
        auto* from = child<QDateEdit>(dialog, "leaveFromEdit");
        auto* last = child<QDateEdit>(dialog, "leaveLastDayEdit");
        auto* record = child<QPushButton>(dialog, "recordLeaveButton");
        auto* list = child<QListWidget>(dialog, "leaveList");
        auto* message = child<QLabel>(dialog, "leaveMessage");
        ASSERT_TRUE(kind && from && last && record && list && message);
        kind->setCurrentIndex(kind->findData(QStringLiteral("annual")));
        from->setDate(today);
        last->setDate(lastDay);
        QTest::mouseClick(record, Qt::LeftButton);
        EXPECT_TRUE(message->text().isEmpty()) << message->text().toStdString();
        ASSERT_EQ(list->count(), 1);
        EXPECT_TRUE(list->item(0)->text().contains(ui::Labels::date(lastDay)))
            << list->item(0)->text().toStdString();

        // A sick leave within the annual one: refused, said in the dialog, which stays open.
        kind->setCurrentIndex(kind->findData(QStringLiteral("sick")));
        from->setDate(today.addDays(2));
        child<QCheckBox>(dialog, "leaveOpenEndedCheck")->setChecked(true);
        QTest::mouseClick(record, Qt::LeftButton);
        EXPECT_TRUE(message->text().contains(QStringLiteral("overlap")))
            << message->text().toStdString();
        EXPECT_EQ(list->count(), 1);
        QTest::mouseClick(child<QPushButton>(dialog, "leaveCloseButton"), Qt::LeftButton);
    });
    leaveButton->click();
    EXPECT_TRUE(answered);

    const QString shown = leaveShown(tab, kAnna);
    EXPECT_TRUE(shown.contains(ui::Labels::date(lastDay))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(leaveKindLabel(LeaveKind::Annual))) << shown.toStdString();
    EXPECT_TRUE(leaveShown(tab, kBeata).isEmpty());
}

TEST_F(WorkerLeaveGuiTest, TheAssignDialogWarnsWhenTheWorkerIsOnLeaveButStillAssigns)
{
    const QDate today = QDate::currentDate();
    const QDate lastDay = today.addDays(20);
    WorkerLeave leave;
    leave.workerId = kAnna;
    leave.kind = LeaveKind::Parental;
    leave.from = today.addDays(-30);
    leave.lastDay = lastDay;
    ASSERT_TRUE(WorkerService(db.session(db.manager())).recordLeave(leave).ok());

    ui::AssignDialog dialog(db.session(db.manager()), kFreeFamily);
    dialog.show();
    auto* warning = child<QLabel>(&dialog, "leaveWarningLabel");
    auto* combo = child<QComboBox>(&dialog, "workerCombo");
    auto* buttons = child<QDialogButtonBox>(&dialog, "buttonBox");
    ASSERT_TRUE(warning && combo && buttons);

    ASSERT_TRUE(dialog.selectWorker(kBeata));
    EXPECT_FALSE(warning->isVisible()) << warning->text().toStdString();

    ASSERT_TRUE(dialog.selectWorker(kAnna));
    EXPECT_TRUE(warning->isVisible());
    EXPECT_TRUE(warning->text().contains(QStringLiteral("Anna Testowa")))
        << warning->text().toStdString();
    EXPECT_TRUE(warning->text().contains(ui::Labels::date(lastDay)))
        << warning->text().toStdString();
    EXPECT_TRUE(buttons->button(QDialogButtonBox::Ok)->isEnabled()) << "a warning, not a refusal";

    auto* from = child<QDateEdit>(&dialog, "fromDate");
    ASSERT_NE(from, nullptr);
    from->setDate(lastDay.addDays(1));
    EXPECT_FALSE(warning->isVisible()) << "back at work on the start date";

    from->setDate(today);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    EXPECT_GT(dialog.assignmentId(), 0) << "assigned anyway";
    EXPECT_EQ(db.casesOf(kAnna), 1);
}

// A typed 31.02.2026 is no last day: Record leave is refused naming it, nothing is saved.
TEST_F(WorkerLeaveGuiTest, AnImpossibleTypedLastDayIsRefusedAndNothingSaved)
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Polish, QLocale::Poland)); // dd.MM.yyyy
    ui::LocaleFormat::install();
    Worker anna;
    anna.id = kAnna;
    anna.firstName = QStringLiteral("Anna");
    anna.lastName = QStringLiteral("Testowa");
    anna.role = Role::FamilyAssistant;
    ui::WorkerLeaveDialog dialog(db.session(db.manager()), anna);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* last = child<QDateEdit>(&dialog, "leaveLastDayEdit");
    ASSERT_NE(last, nullptr);
    last->setFocus();
    QTest::keyClick(last, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(last, QStringLiteral("31.02.2026"));
    EXPECT_EQ(last->text().toStdString(), "31.02.2026") << "rewritten while typing";

    QString refusal;
    whenModal(
        [&](QWidget* modal) {
            if (auto* box = qobject_cast<QMessageBox*>(modal))
                refusal = box->text();
            modal->close();
        },
        2000);
    QTest::mouseClick(child<QPushButton>(&dialog, "recordLeaveButton"), Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !refusal.isEmpty(); }, 2500)) << "not refused";
    EXPECT_TRUE(refusal.contains(QStringLiteral("31.02.2026"))) << refusal.toStdString();
    auto stored = WorkerService(db.session(db.manager())).leaves(kAnna);
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored->isEmpty()) << "a leave was saved with another date";
    QLocale::setDefault(previous);
}
