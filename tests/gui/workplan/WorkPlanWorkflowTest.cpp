// The family assistant's issue, "done when": draft a plan with two goals and three actions,
// agree it, change it into version 2, compare the versions, mark an action done and print it to
// PDF, whose text holds the goals and the family's name; all through the real record window.
#include "ChronologyModel.h"
#include "DocumentService.h"
#include "DocumentsTab.h"
#include "FamilyRecordWindow.h"
#include "Labels.h"
#include "ModalHelper.h"
#include "PlanCompareDialog.h"
#include "RecordTestHelpers.h"
#include "WindowTest.h"
#include "WorkPlanService.h"
#include "WorkPlanTab.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
constexpr qint64 kFamily = 1;
const QString kGoalSchool = QStringLiteral("Dzieci regularnie chodzą do szkoły");
const QString kGoalHome = QStringLiteral("Mieszkanie ogrzane i bezpieczne zimą");

class WorkPlanWorkflowTest : public WindowTest
{
protected:
    void SetUp() override
    {
        db.loadStaff({staff::cezary, staff::anna});
        db.load(DataSet::Families, "id,name,municipality,category,opened_on,closed_on\n"
                                   "1,Łęczycka-Wójcik,Łódź,struggling,2020-01-01,\n");
        db.assign(2, 1, 1);
        record = openRecord(kFamily);
        ASSERT_NE(record, nullptr);
        record->showTab(ui::FamilyRecordWindow::Tab::WorkPlan);
        tab = record->workPlanTab();
        ASSERT_NE(tab, nullptr);
    }

    // A plan agreed today with one goal (kGoalHome) and one action, that action selected.
    void selectTheActionOfAnAgreedPlan()
    {
        const qint64 id = db.draftPlan(kFamily, QDate::currentDate(), kGoalHome,
                                       QStringLiteral("Wniosek o dodatek"));
        ASSERT_NE(id, 0);
        ASSERT_TRUE(db.agreePlan(id, QDate::currentDate()));
        tab->reload();
        ASSERT_TRUE(tab->selectItem(1, 1));
    }

    void addGoal(const QString& text)
    {
        whenModal([&](QWidget* modal) {
            ASSERT_EQ(modal->objectName(), QStringLiteral("planGoalDialog"));
            typeText(child<QLineEdit>(modal, "goalDescriptionEdit"), text);
            click(modal, "okButton");
        });
        click(tab, "addGoalButton");
    }

    void addAction(int goal, const QString& text, const char* responsible, int inDays)
    {
        ASSERT_TRUE(tab->selectItem(goal));
        whenModal([&](QWidget* modal) {
            ASSERT_EQ(modal->objectName(), QStringLiteral("planActionDialog"));
            typeText(child<QLineEdit>(modal, "actionDescriptionEdit"), text);
            auto* kind = child<QComboBox>(modal, "responsibleKindCombo");
            kind->setCurrentIndex(kind->findData(QString::fromLatin1(responsible)));
            child<QDateEdit>(modal, "deadlineEdit")->setDate(QDate::currentDate().addDays(inDays));
            typeText(child<QLineEdit>(modal, "effectEdit"), QStringLiteral("Widoczna poprawa"));
            click(modal, "okButton");
        });
        click(tab, "addActionButton");
    }

    void agreeInDialog()
    {
        whenModal([&](QWidget* modal) {
            ASSERT_EQ(modal->objectName(), QStringLiteral("agreePlanDialog"));
            child<QCheckBox>(modal, "familyTookPartCheck")->setChecked(true);
            child<QCheckBox>(modal, "socialWorkerConsultedCheck")->setChecked(true);
            click(modal, "agreeButton");
        });
        click(tab, "agreeButton");
    }

    ui::FamilyRecordWindow* record = nullptr;
    ui::WorkPlanTab* tab = nullptr;
};

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(20000) || process.exitCode() != 0) {
        ADD_FAILURE() << "pdftotext failed: " << process.readAllStandardError().toStdString();
        return {};
    }
    // Table cells wrap: compare the text with its line breaks as spaces.
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}
} // namespace

TEST_F(WorkPlanWorkflowTest, DraftAgreeVersionCompareMarkDoneAndPrint)
{
    // 1. A draft with two goals and three actions.
    click(tab, "createPlanButton");
    ASSERT_EQ(tab->versions().size(), 1);
    EXPECT_EQ(tab->versions().first().status, PlanStatus::Draft);
    typeText(child<QLineEdit>(tab, "participantsEdit"),
             QStringLiteral("Matka, ojciec, asystentka rodziny"));
    addGoal(kGoalSchool);
    addGoal(kGoalHome);
    addAction(1, QStringLiteral("Rozmowa z pedagogiem szkolnym"), "assistant", 10);
    addAction(1, QStringLiteral("Budzik i plan dnia dla dzieci"), "family_member", 20);
    addAction(2, QStringLiteral("Wniosek o dodatek energetyczny"), "partner_institution", 30);
    EXPECT_TRUE(tab->hasUnsavedChanges());
    click(tab, "saveDraftButton");
    EXPECT_FALSE(tab->hasUnsavedChanges());
    ASSERT_EQ(tab->versions().size(), 1);
    const WorkPlan saved = tab->versions().first();
    ASSERT_EQ(saved.goals.size(), 2);
    EXPECT_EQ(saved.actionCount(), 3);
    EXPECT_EQ(saved.goals[0].description, kGoalSchool);
    EXPECT_EQ(saved.goals[1].actions[0].responsibleKind, Responsible::PartnerInstitution);
    EXPECT_EQ(saved.participants, QStringLiteral("Matka, ojciec, asystentka rodziny"));
    auto* tree = child<QTreeWidget>(tab, "planTree");
    ASSERT_EQ(tree->topLevelItemCount(), 2);
    EXPECT_EQ(tree->topLevelItem(0)->childCount(), 2);

    // 2. Agreed with the family and the social worker; the chronology shows it.
    agreeInDialog();
    ASSERT_EQ(tab->versions().first().status, PlanStatus::Agreed);
    EXPECT_EQ(tab->versions().first().agreedOn, QDate::currentDate());
    EXPECT_FALSE(child<QWidget>(tab, "draftButtons")->isVisible());
    EXPECT_FALSE(child<QPushButton>(tab, "addGoalButton")->isEnabled());
    const QStringList kinds =
        columnTexts(record->chronologyModel(), 0, ui::ChronologyModel::KindRole);
    EXPECT_TRUE(kinds.contains(QStringLiteral("plan"))) << kinds.join(u',').toStdString();

    // 3. Version 2: one action changed, one added; agreed again.
    click(tab, "newVersionButton");
    ASSERT_EQ(tab->versions().size(), 2);
    ASSERT_TRUE(tab->shownPlan());
    EXPECT_EQ(tab->shownPlan()->version, 2);
    EXPECT_EQ(tab->shownPlan()->status, PlanStatus::Draft);
    ASSERT_TRUE(tab->selectItem(1, 2));
    whenModal([&](QWidget* modal) {
        auto* description = child<QLineEdit>(modal, "actionDescriptionEdit");
        description->clear();
        typeText(description, QStringLiteral("Budzik, plan dnia i nagrody za obecność"));
        click(modal, "okButton");
    });
    click(tab, "editItemButton");
    addAction(2, QStringLiteral("Przegląd pieca z administracją"), "partner_institution", 5);
    agreeInDialog(); // saves the draft first
    ASSERT_EQ(tab->versions().size(), 2);
    EXPECT_EQ(tab->versions().last().status, PlanStatus::Agreed);
    EXPECT_EQ(tab->versions().last().actionCount(), 4);
    EXPECT_EQ(tab->versions().first().actionCount(), 3); // version 1 stays as it was

    // 4. Compared side by side: the changed action and the added one are marked.
    bool compared = false;
    whenDialog(QStringLiteral("planCompareDialog"), compared, [&](QWidget* modal) {
        auto* dialog = qobject_cast<ui::PlanCompareDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        auto* table = child<QTableWidget>(modal, "compareTable");
        ASSERT_EQ(table->rowCount(), dialog->rows().size());
        int changed = -1;
        int added = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString change = table->item(row, ui::PlanCompareDialog::ChangeColumn)->text();
            if (change == QStringLiteral("changed"))
                changed = row;
            if (change == QStringLiteral("added"))
                added = row;
        }
        ASSERT_GE(changed, 0);
        ASSERT_GE(added, 0);
        EXPECT_EQ(table->item(changed, ui::PlanCompareDialog::NumberColumn)->text(),
                  QStringLiteral("1.2"));
        EXPECT_TRUE(table->item(changed, ui::PlanCompareDialog::NewerColumn)
                        ->text()
                        .contains(QStringLiteral("nagrody za obecność")));
        EXPECT_TRUE(table->item(changed, ui::PlanCompareDialog::OlderColumn)
                        ->text()
                        .contains(QStringLiteral("Budzik i plan dnia")));
        EXPECT_TRUE(table->item(changed, 1)->background().color().isValid());
        EXPECT_NE(table->item(changed, 1)->background().style(), Qt::NoBrush); // highlighted
        EXPECT_EQ(table->item(added, ui::PlanCompareDialog::NumberColumn)->text(),
                  QStringLiteral("2.2"));
        EXPECT_TRUE(table->item(added, ui::PlanCompareDialog::OlderColumn)->text().isEmpty());
        click(modal, "closeButton");
    });
    click(tab, "compareButton");
    EXPECT_TRUE(compared);

    // 5. An action of the version in force done.
    ASSERT_TRUE(tab->selectItem(1, 1));
    click(tab, "markDoneButton");
    ASSERT_TRUE(tab->shownPlan());
    EXPECT_EQ(tab->shownPlan()->goals[0].actions[0].status, ActionStatus::Done);
    EXPECT_EQ(tab->versions().last().goals[0].actions[0].status, ActionStatus::Done);
    ASSERT_TRUE(tab->selectItem(1, 1));
    EXPECT_FALSE(child<QPushButton>(tab, "markDoneButton")->isEnabled()); // done already

    // 6. Printed to PDF: the text holds the goals and the family's name, Polish letters intact.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.pdf"));
    QString error;
    ASSERT_TRUE(tab->exportPlanPdf(path, &error)) << error.toStdString();
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Łęczycka-Wójcik"))) << text.toStdString();
    EXPECT_TRUE(text.contains(kGoalSchool)) << text.toStdString();
    EXPECT_TRUE(text.contains(kGoalHome)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Przegląd pieca"))) << text.toStdString();
}

TEST_F(WorkPlanWorkflowTest, AgreeIsRefusedWithoutTheFamilysPart)
{
    const qint64 id = db.draftPlan(kFamily, QDate::currentDate(), kGoalSchool,
                                   QStringLiteral("Rozmowa z pedagogiem"));
    ASSERT_NE(id, 0);
    tab->reload();

    bool refused = false;
    whenModal([&](QWidget* modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("agreePlanDialog"));
        child<QCheckBox>(modal, "socialWorkerConsultedCheck")->setChecked(true);
        click(modal, "agreeButton");
        EXPECT_TRUE(modal->isVisible()); // the dialog stays open with the service's reason
        auto* error = child<QLabel>(modal, "errorLabel");
        EXPECT_TRUE(error->isVisible());
        refused = error->text().contains(QStringLiteral("family took part"));
        EXPECT_TRUE(refused) << error->text().toStdString();
        click(modal, "cancelButton");
    });
    click(tab, "agreeButton");
    EXPECT_TRUE(refused);
    EXPECT_EQ(tab->versions().first().status, PlanStatus::Draft);
}

TEST_F(WorkPlanWorkflowTest, AClosedPlanIsReadOnly)
{
    ASSERT_NO_FATAL_FAILURE(selectTheActionOfAnAgreedPlan());
    EXPECT_TRUE(child<QPushButton>(tab, "markDoneButton")->isEnabled());

    whenModal([&](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        ASSERT_NE(box, nullptr);
        box->button(QMessageBox::Yes)->click();
    });
    click(tab, "closePlanButton");
    ASSERT_EQ(tab->versions().first().status, PlanStatus::Closed);

    ASSERT_TRUE(tab->selectItem(1, 1));
    for (const char* name : {"markDoneButton", "markInProgressButton", "abandonButton",
                             "progressNoteButton", "newVersionButton", "closePlanButton"})
        EXPECT_FALSE(child<QPushButton>(tab, name)->isEnabled()) << name;
    EXPECT_FALSE(child<QWidget>(tab, "draftButtons")->isVisible());
    EXPECT_TRUE(child<QLineEdit>(tab, "participantsEdit")->isReadOnly());
    EXPECT_TRUE(child<QLabel>(tab, "planStateLabel")->text().contains(QStringLiteral("Closed on")))
        << child<QLabel>(tab, "planStateLabel")->text().toStdString();
    EXPECT_TRUE(child<QPushButton>(tab, "printPlanButton")->isEnabled()); // still readable
}

TEST_F(WorkPlanWorkflowTest, AbandoningAnActionNeedsAReason)
{
    ASSERT_NO_FATAL_FAILURE(selectTheActionOfAnAgreedPlan());

    whenModal([&](QWidget* modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("actionProgressDialog"));
        click(modal, "saveButton"); // no reason
        EXPECT_TRUE(modal->isVisible());
        EXPECT_TRUE(child<QLabel>(modal, "errorLabel")->isVisible());
        typeText(child<QLineEdit>(modal, "reasonEdit"),
                 QStringLiteral("Rodzina się przeprowadziła"));
        typeText(child<QPlainTextEdit>(modal, "noteEdit"), QStringLiteral("Nowy adres w Łodzi"));
        click(modal, "saveButton");
    });
    click(tab, "abandonButton");
    const PlanAction after = tab->versions().first().goals[0].actions[0];
    EXPECT_EQ(after.status, ActionStatus::Abandoned);
    EXPECT_EQ(after.abandonReason, QStringLiteral("Rodzina się przeprowadziła"));
    EXPECT_TRUE(after.progressNotes.contains(QStringLiteral("Nowy adres w Łodzi")));
}

TEST_F(WorkPlanWorkflowTest, SwitchingVersionsSavesTheDraftAndKeepsTheEarlierOneReadable)
{
    const qint64 id = db.draftPlan(kFamily, QDate::currentDate(), kGoalSchool,
                                   QStringLiteral("Rozmowa z pedagogiem"));
    ASSERT_NE(id, 0);
    ASSERT_TRUE(db.agreePlan(id, QDate::currentDate()));
    ASSERT_TRUE(
        WorkPlanService(db.session(db.manager())).newVersion(id, QDate::currentDate()).ok());
    tab->reload();
    ASSERT_EQ(tab->shownPlan()->version, 2);

    addGoal(kGoalHome);
    EXPECT_TRUE(tab->hasUnsavedChanges());
    ASSERT_TRUE(tab->selectVersion(1));
    EXPECT_FALSE(tab->hasUnsavedChanges());
    EXPECT_EQ(tab->shownPlan()->version, 1);
    EXPECT_EQ(tab->shownPlan()->goals.size(), 1); // version 1 as agreed
    EXPECT_TRUE(child<QComboBox>(tab, "versionCombo")
                    ->currentText()
                    .startsWith(QStringLiteral("Version 1")));
    EXPECT_EQ(tab->versions().last().goals.size(), 2); // the draft's new goal was saved
    EXPECT_FALSE(child<QPushButton>(tab, "newVersionButton")->isEnabled()); // a draft exists
}

// Issue 17: after agreeing, the person is where she was: on the work plan tab, the focus on the
// plan, not on a date field of the record's details.
TEST_F(WorkPlanWorkflowTest, AgreeingLeavesTheFocusOnTheWorkPlan)
{
    record->activateWindow();
    QApplication::setActiveWindow(record);
    click(tab, "createPlanButton");
    typeText(child<QLineEdit>(tab, "participantsEdit"), QStringLiteral("Matka, asystentka"));
    addGoal(kGoalSchool);
    addAction(1, QStringLiteral("Rozmowa z pedagogiem szkolnym"), "assistant", 10);
    click(tab, "saveDraftButton");
    auto* agree = child<QPushButton>(tab, "agreeButton");
    agree->setFocus(Qt::TabFocusReason); // as when reached with Tab
    agreeInDialog();
    QTest::qWait(50);
    ASSERT_EQ(tab->versions().first().status, PlanStatus::Agreed);
    EXPECT_EQ(record->tabs()->currentWidget(), tab);
    QWidget* focus = record->focusWidget();
    ASSERT_NE(focus, nullptr);
    EXPECT_TRUE(tab->isAncestorOf(focus)) << "focus on " << focus->metaObject()->className() << " "
                                          << focus->objectName().toStdString();
    EXPECT_TRUE(focus->isVisible()) << focus->objectName().toStdString();
}

// A signed plan attached in the record's Documents tab records the day the family signed the
// version in force, and the Work plan tab says so without reopening the record.
TEST_F(WorkPlanWorkflowTest, ASignedPlanAttachedInDocumentsShowsInThePlanTab)
{
    selectTheActionOfAnAgreedPlan();
    auto* state = child<QLabel>(tab, "planStateLabel");
    const QDate signedOn = QDate::currentDate().addDays(-1);
    ASSERT_FALSE(state->text().contains(ui::Labels::date(signedOn))) << state->text().toStdString();

    NewDocument scan;
    scan.owner = DocumentOwner::family(kFamily);
    scan.kind = DocumentKind::SignedWorkPlan;
    scan.date = signedOn;
    scan.fileName = QStringLiteral("plan-podpisany.pdf");
    scan.content = QByteArray("%PDF-1.4\n% podpisany plan\n%%EOF\n");
    auto attached = DocumentService(db.session(db.manager())).attach(scan);
    ASSERT_TRUE(attached.ok()) << attached.error().message.toStdString();
    emit record->documentsTab()->changed(); // as the tab does after its attach dialog

    EXPECT_TRUE(state->text().contains(ui::Labels::date(signedOn))) << state->text().toStdString();
}
