#include "AssignDialog.h"
#include "CaseloadTab.h"
#include "FamilyService.h"
#include "ModalHelper.h"
#include "PolishLocale.h"
#include "WindowTest.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <functional>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
constexpr qint64 kFullAssistant = 1;  // 15 families, at the limit of 15 (since 2015)
constexpr qint64 kRoomyAssistant = 2; // 5 families
constexpr qint64 kFreeFamily = 26;    // nobody works with it yet

struct AssignDialogWidgets;

class AssignWorkflowTest : public WindowTest
{
protected:
    void SetUp() override
    {
        db.loadStaff({staff::anna, staff::beata, staff::cezary});
        db.loadFamilies(30);
        db.assign(kFullAssistant, 1, 15);
        db.assign(kRoomyAssistant, 21, 5);
        ASSERT_TRUE(openWindow());
        table = window.findChild<QTableView*>(QStringLiteral("familiesTable"));
        ASSERT_NE(table, nullptr);
        watch(table->model());
    }

    // Selects the family's row in the families table, as a click would.
    void selectFamily(qint64 id)
    {
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (table->model()->index(row, 0).data().toLongLong() == id) {
                table->selectRow(row);
                return;
            }
        ADD_FAILURE() << "family " << id << " is not in the table";
    }

    // Selects the free family, and in the assign dialog picks the assistant with room and clicks
    // Assign (defined below, after the dialog's widgets).
    void assignTheFreeFamilyToTheRoomyAssistant();
    // Selects the free family and opens the assign dialog; once its widgets are found, picks
    // `worker` and runs `answer` (defined below, after the dialog's widgets).
    void inTheAssignDialog(
        qint64 worker,
        const std::function<void(QWidget* modal, const AssignDialogWidgets& w)>& answer);

    void triggerAssign()
    {
        auto* action = window.findChild<QAction*>(QStringLiteral("assignAction"));
        ASSERT_NE(action, nullptr);
        ASSERT_TRUE(action->isEnabled());
        action->trigger(); // returns when the dialog is closed
    }

    QTableView* table = nullptr;
};

// The widgets of the assign dialog, found the way a user or a screen reader would.
struct AssignDialogWidgets
{
    explicit AssignDialogWidgets(QWidget* dialog)
        : worker(dialog->findChild<QComboBox*>(QStringLiteral("workerCombo")))
        , caseId(dialog->findChild<QSpinBox*>(QStringLiteral("caseIdSpin")))
        , verdict(dialog->findChild<QLabel*>(QStringLiteral("verdictLabel")))
        , reason(dialog->findChild<QLineEdit*>(QStringLiteral("overrideReasonEdit")))
        , error(dialog->findChild<QLabel*>(QStringLiteral("errorLabel")))
        , buttons(dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox")))
    {}

    bool complete() const { return worker && caseId && verdict && reason && error && buttons; }
    QPushButton* assign() const { return buttons->button(QDialogButtonBox::Ok); }
    void pickWorker(qint64 id) const { worker->setCurrentIndex(worker->findData(id)); }

    QComboBox* worker;
    QSpinBox* caseId;
    QLabel* verdict;
    QLineEdit* reason;
    QLabel* error;
    QDialogButtonBox* buttons;
};

void AssignWorkflowTest::inTheAssignDialog(
    qint64 worker, const std::function<void(QWidget* modal, const AssignDialogWidgets& w)>& answer)
{
    selectFamily(kFreeFamily);
    whenModal([&](QWidget* modal) {
        AssignDialogWidgets w(modal);
        ASSERT_TRUE(w.complete());
        w.pickWorker(worker);
        answer(modal, w);
    });
    triggerAssign();
}

void AssignWorkflowTest::assignTheFreeFamilyToTheRoomyAssistant()
{
    inTheAssignDialog(kRoomyAssistant, [](QWidget*, const AssignDialogWidgets& w) {
        QTest::mouseClick(w.assign(), Qt::LeftButton);
    });
}
} // namespace

TEST_F(AssignWorkflowTest, RefusesAFullAssistantAndAssignsOneWithRoom)
{
    selectFamily(kFreeFamily);
    bool answered = false;
    whenDialog(QStringLiteral("assignDialog"), answered, [&](QWidget* modal) {
        AssignDialogWidgets w(modal);
        ASSERT_TRUE(w.complete());
        EXPECT_EQ(w.caseId->value(), kFreeFamily); // pre-filled from the selection

        w.pickWorker(kFullAssistant);
        const QString refusal = w.verdict->text();
        EXPECT_TRUE(refusal.contains(QStringLiteral("Anna Testowa"))) << refusal.toStdString();
        EXPECT_TRUE(refusal.contains(QStringLiteral("16"))) << refusal.toStdString();
        EXPECT_TRUE(refusal.contains(QStringLiteral("limit of 15"))) << refusal.toStdString();
        EXPECT_FALSE(w.assign()->isEnabled());
        EXPECT_TRUE(w.reason->isEnabled());

        w.pickWorker(kRoomyAssistant);
        const QString allowed = w.verdict->text();
        EXPECT_TRUE(allowed.contains(QStringLiteral("Beata Próbna"))) << allowed.toStdString();
        EXPECT_TRUE(allowed.contains(QStringLiteral("limit of 15"))) << allowed.toStdString();
        EXPECT_TRUE(w.assign()->isEnabled());
        EXPECT_FALSE(w.reason->isEnabled());
        QTest::mouseClick(w.assign(), Qt::LeftButton);
    });
    triggerAssign();
    EXPECT_TRUE(answered);
    EXPECT_EQ(db.casesOf(kRoomyAssistant), 6);
    EXPECT_EQ(db.casesOf(kFullAssistant), 15);
}

// Issue 17: the verdict names its day as the Polish window writes dates ("w dniu 06.12.2026").
TEST_F(AssignWorkflowTest, TheVerdictNamesTheDayInPolish)
{
    const PolishLocale polish;
    const QDate from = QDate::currentDate();
    QString refusal;
    inTheAssignDialog(kFullAssistant, [&](QWidget*, const AssignDialogWidgets& w) {
        refusal = w.verdict->text();
        QTest::mouseClick(w.buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    });
    EXPECT_TRUE(
        refusal.contains(QStringLiteral("w dniu ") + from.toString(QStringLiteral("dd.MM.yyyy"))))
        << refusal.toStdString();
    EXPECT_FALSE(refusal.contains(from.toString(Qt::ISODate))) << refusal.toStdString();
}

TEST_F(AssignWorkflowTest, OverrideReasonUnlocksARefusedAssignment)
{
    inTheAssignDialog(kFullAssistant, [&](QWidget*, const AssignDialogWidgets& w) {
        EXPECT_FALSE(w.assign()->isEnabled());
        QTest::keyClicks(w.reason, QStringLiteral("   "));
        EXPECT_FALSE(w.assign()->isEnabled()); // blanks are no reason
        w.reason->clear();
        QTest::keyClicks(w.reason, QStringLiteral("Only assistant who knows the family"));
        EXPECT_TRUE(w.assign()->isEnabled());
        QTest::mouseClick(w.assign(), Qt::LeftButton);
    });
    EXPECT_EQ(db.casesOf(kFullAssistant), 16);
}

TEST_F(AssignWorkflowTest, UnknownOrTakenCaseShowsTheErrorAndBlocksAssign)
{
    inTheAssignDialog(kRoomyAssistant, [&](QWidget*, const AssignDialogWidgets& w) {
        w.caseId->setValue(999);
        EXPECT_TRUE(w.verdict->text().contains(QStringLiteral("999")))
            << w.verdict->text().toStdString();
        EXPECT_FALSE(w.assign()->isEnabled());
        EXPECT_FALSE(w.reason->isEnabled());

        w.caseId->setValue(21); // already hers
        EXPECT_TRUE(w.verdict->text().contains(QStringLiteral("already")))
            << w.verdict->text().toStdString();
        EXPECT_FALSE(w.assign()->isEnabled());
        QTest::mouseClick(w.buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    });
    EXPECT_EQ(db.casesOf(kRoomyAssistant), 5);
}

TEST_F(AssignWorkflowTest, AssignErrorIsShownAndTheDialogStaysOpen)
{
    inTheAssignDialog(kRoomyAssistant, [&](QWidget* modal, const AssignDialogWidgets& w) {
        ASSERT_TRUE(w.assign()->isEnabled());
        // Someone else takes the case for her between the preview and the click.
        AssignRequest request{kRoomyAssistant, kFreeFamily, QDate::currentDate(), {}};
        ASSERT_TRUE(CaseloadService(db.session(db.manager())).assign(request).ok());

        QTest::mouseClick(w.assign(), Qt::LeftButton);
        EXPECT_TRUE(modal->isVisible());
        EXPECT_TRUE(w.error->isVisible());
        EXPECT_TRUE(w.error->text().contains(QStringLiteral("already")))
            << w.error->text().toStdString();
        QTest::mouseClick(w.buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    });
    EXPECT_EQ(db.casesOf(kRoomyAssistant), 6); // the other assignment, not a second one
}

TEST_F(AssignWorkflowTest, CaseloadTabShowsTheNewAssignment)
{
    assignTheFreeFamilyToTheRoomyAssistant();
    window.tabs()->setCurrentWidget(window.caseloadTab()); // read again when shown
    auto* caseload = window.findChild<QTableView*>(QStringLiteral("caseloadTable"));
    ASSERT_NE(caseload, nullptr);
    bool found = false;
    for (int row = 0; row < caseload->model()->rowCount(); ++row) {
        if (caseload->model()->index(row, 0).data().toLongLong() != kRoomyAssistant)
            continue;
        found = true;
        EXPECT_EQ(caseload->model()->index(row, 4).data().toInt(), 6);
    }
    EXPECT_TRUE(found);
}

// After saving, the status bar says what was done in a person's words: who works with which
// family (its case number) from when, not an internal assignment number.
TEST_F(AssignWorkflowTest, TheStatusBarNamesTheWorkerAndTheFamilysCaseNumber)
{
    FamilyService families(db.session(db.manager()));
    auto family = families.family(kFreeFamily);
    ASSERT_TRUE(family.ok()) << family.error().message.toStdString();
    family->caseNumber = QStringLiteral("PS.4011.26.2024");
    ASSERT_TRUE(families.update(*family).ok());

    assignTheFreeFamilyToTheRoomyAssistant();
    ASSERT_EQ(db.casesOf(kRoomyAssistant), 6);
    const QString message = window.statusBar()->currentMessage();
    EXPECT_TRUE(message.contains(QStringLiteral("Beata Próbna"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("PS.4011.26.2024"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("Assignment"))) << message.toStdString();
}
