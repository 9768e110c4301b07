// The "done when": create a family, add members (a bad PESEL refused with its message,
// a good one filling birth date and sex), log a visit, see it in the chronology, and find the
// family by a search typed without Polish letters, all through the real window.
#include "ChronologyModel.h"
#include "ContactsModel.h"
#include "FamiliesModel.h"
#include "FamiliesTab.h"
#include "FamilyRecordWindow.h"
#include "MembersModel.h"
#include "ModalHelper.h"
#include "Pesel.h"
#include "RecordTestHelpers.h"
#include "WindowTest.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
class FamilyRecordWorkflowTest : public WindowTest
{
protected:
    void SetUp() override
    {
        db.loadStaff({staff::cezary, staff::anna});
        ASSERT_TRUE(openWindow());
    }

    // Fills and saves the new family dialog opened by Cases › New Family….
    qint64 createFamily(const QString& name, const QString& municipality)
    {
        whenModal([&](QWidget* modal) {
            ASSERT_EQ(modal->objectName(), QStringLiteral("newFamilyDialog"));
            typeText(child<QLineEdit>(modal, "nameEdit"), name);
            typeText(child<QLineEdit>(modal, "caseNumberEdit"), QStringLiteral("OPS.8120.17.2025"));
            typeText(child<QLineEdit>(modal, "municipalityEdit"), municipality);
            typeText(child<QLineEdit>(modal, "addressEdit"), QStringLiteral("ul. Przykładowa 1/2"));
            auto* category = child<QComboBox>(modal, "categoryCombo");
            category->setCurrentIndex(category->findData(QStringLiteral("struggling")));
            // Opened a month ago, so that it can be closed today (a case closes after the day
            // it opened, and never on a day that has not come yet).
            child<QDateEdit>(modal, "openedDateEdit")->setDate(QDate::currentDate().addMonths(-1));
            click(modal, "createButton");
        });
        auto* action = child<QAction>(&window, "newFamilyAction");
        action->trigger();
        const auto records = window.recordWindows();
        if (records.size() != 1) {
            ADD_FAILURE() << "the new family's record did not open";
            return 0;
        }
        return records.first()->familyId();
    }
};
} // namespace

TEST_F(FamilyRecordWorkflowTest, CreateFamilyAddMembersLogVisitSeeChronologyAndSearch)
{
    // 1. A new family; its record opens at once.
    const qint64 familyId = createFamily(QStringLiteral("Łęczycka"), QStringLiteral("Łódź"));
    ASSERT_GT(familyId, 0);
    ui::FamilyRecordWindow* record = window.recordWindows().first();
    EXPECT_TRUE(record->isVisible());
    EXPECT_TRUE(child<QLabel>(record, "titleLabel")->text().contains(QStringLiteral("Łęczycka")));
    QAbstractItemModelTester membersTester(record->membersModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Warning);

    // 2. Members: a bad PESEL is refused with its message, a good one fills birth date and sex.
    record->showTab(ui::FamilyRecordWindow::Tab::Members);
    bool answered = false;
    whenDialog(QStringLiteral("memberDialog"), answered, [&](QWidget* modal) {
        auto* pesel = child<QLineEdit>(modal, "peselEdit");
        auto* check = child<QLabel>(modal, "validationLabel");
        auto* save = child<QPushButton>(modal, "saveButton");
        typeText(child<QLineEdit>(modal, "firstNameEdit"), QStringLiteral("Zofia"));
        typeText(child<QLineEdit>(modal, "lastNameEdit"), QStringLiteral("Łęczycka"));
        auto* relation = child<QComboBox>(modal, "relationCombo");
        relation->setCurrentIndex(relation->findData(QStringLiteral("parent")));
        auto* sexChoice = child<QComboBox>(modal, "sexCombo");
        sexChoice->setCurrentIndex(sexChoice->findData(QStringLiteral("F"))); // chosen, no default
        EXPECT_TRUE(save->isEnabled());                                       // no PESEL is fine

        QString bad = kWomanPesel;
        bad[10] = QLatin1Char('9');
        typeText(pesel, bad);
        EXPECT_FALSE(save->isEnabled());
        EXPECT_TRUE(check->text().contains(QStringLiteral("check digit")))
            << check->text().toStdString();
        EXPECT_FALSE(check->text().contains(QStringLiteral("should be")))
            << "the right check digit is never told: " << check->text().toStdString();

        pesel->clear();
        typeText(pesel, kWomanPesel);
        EXPECT_TRUE(save->isEnabled()) << check->text().toStdString();
        EXPECT_EQ(child<QDateEdit>(modal, "birthDateEdit")->date(), QDate(1902, 7, 8));
        EXPECT_EQ(child<QComboBox>(modal, "sexCombo")->currentData().toString(),
                  QStringLiteral("F"));

        // A sex that contradicts the PESEL is refused, saying so.
        auto* sex = child<QComboBox>(modal, "sexCombo");
        sex->setCurrentIndex(sex->findData(QStringLiteral("M")));
        EXPECT_FALSE(save->isEnabled());
        EXPECT_TRUE(check->text().contains(QStringLiteral("contradicts")))
            << check->text().toStdString();
        sex->setCurrentIndex(sex->findData(QStringLiteral("F")));
        ASSERT_TRUE(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
    });
    click(record, "addMemberButton");
    EXPECT_TRUE(answered);
    ASSERT_EQ(record->membersModel()->rowCount(), 1);
    const auto* members = record->membersModel();
    EXPECT_EQ(members->index(0, ui::MembersModel::PeselColumn).data().toString(), kWomanPesel);
    EXPECT_EQ(members->index(0, ui::MembersModel::BirthDateColumn).data().toString(),
              QStringLiteral("1902-07-08"));
    EXPECT_EQ(members->index(0, ui::MembersModel::AgeColumn).data().toInt(),
              ageOn(QDate(1902, 7, 8), QDate::currentDate())); // computed, never stored

    // A child without a PESEL (a newborn not yet registered).
    whenModal([&](QWidget* modal) {
        typeText(child<QLineEdit>(modal, "firstNameEdit"), QStringLiteral("Jaś"));
        typeText(child<QLineEdit>(modal, "lastNameEdit"), QStringLiteral("Łęczycki"));
        auto* relation = child<QComboBox>(modal, "relationCombo");
        relation->setCurrentIndex(relation->findData(QStringLiteral("child")));
        auto* sex = child<QComboBox>(modal, "sexCombo");
        sex->setCurrentIndex(sex->findData(QStringLiteral("M"))); // without a PESEL, chosen
        click(modal, "saveButton");
    });
    click(record, "addMemberButton");
    EXPECT_EQ(record->membersModel()->rowCount(), 2);

    // 3. A home visit in the contact log.
    record->showTab(ui::FamilyRecordWindow::Tab::Contacts);
    whenModal([&](QWidget* modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("contactDialog"));
        auto* kind = child<QComboBox>(modal, "kindCombo");
        kind->setCurrentIndex(kind->findData(QStringLiteral("home_visit")));
        typeText(child<QLineEdit>(modal, "presentEdit"), QStringLiteral("Zofia, Jaś"));
        typeText(child<QPlainTextEdit>(modal, "notesEdit"),
                 QStringLiteral("First visit; the flat is warm and tidy."));
        typeText(child<QLineEdit>(modal, "nextStepEdit"),
                 QStringLiteral("Call the school counsellor"));
        child<QCheckBox>(modal, "dueCheck")->setChecked(true);
        child<QDateEdit>(modal, "dueDateEdit")->setDate(QDate::currentDate().addDays(7));
        click(modal, "saveButton");
    });
    click(record, "logContactButton");
    ASSERT_EQ(record->contactsModel()->rowCount(), 1);
    EXPECT_EQ(record->contactsModel()->index(0, ui::ContactsModel::KindColumn).data().toString(),
              QStringLiteral("Home visit"));
    EXPECT_EQ(
        record->contactsModel()->index(0, ui::ContactsModel::NextStepColumn).data().toString(),
        QStringLiteral("Call the school counsellor"));

    // 4. The visit on the chronology, newest first (after the opening of the case).
    record->showTab(ui::FamilyRecordWindow::Tab::Chronology);
    const QStringList kinds = columnTexts(
        record->chronologyModel(), ui::ChronologyModel::DateColumn, ui::ChronologyModel::KindRole);
    ASSERT_TRUE(kinds.contains(QStringLiteral("contact"))) << kinds.join(u',').toStdString();
    ASSERT_TRUE(kinds.contains(QStringLiteral("case_opened"))) << kinds.join(u',').toStdString();
    EXPECT_LT(kinds.indexOf(QStringLiteral("contact")),
              kinds.indexOf(QStringLiteral("case_opened")));

    // 5. Found by typing without Polish letters, in lower case: by municipality, surname,
    //    a member's first name and the PESEL.
    record->close();
    auto* search = child<QLineEdit>(window.familiesTab(), "searchEdit");
    ui::FamiliesModel* families = window.familiesTab()->model();
    for (const QString& text : {QStringLiteral("lodz"), QStringLiteral("leczycka"),
                                QStringLiteral("zofia"), kWomanPesel}) {
        search->clear();
        typeText(search, text);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return families->query().text == text && families->rowCount() == 1; }, 2000))
            << text.toStdString() << ": " << families->rowCount();
        EXPECT_EQ(families->index(0, ui::FamiliesModel::NameColumn).data().toString(),
                  QStringLiteral("Łęczycka"));
    }
    search->clear();
    typeText(search, QStringLiteral("krakow"));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return families->query().text == QStringLiteral("krakow"); }, 2000));
    EXPECT_EQ(families->rowCount(), 0);
}

TEST_F(FamilyRecordWorkflowTest, RefusedFamilyKeepsTheDialogOpenWithTheReason)
{
    whenModal([&](QWidget* modal) {
        typeText(child<QLineEdit>(modal, "nameEdit"), QStringLiteral("Bezgminna"));
        click(modal, "createButton"); // no municipality
        EXPECT_TRUE(modal->isVisible());
        auto* error = child<QLabel>(modal, "errorLabel");
        EXPECT_TRUE(error->isVisible());
        EXPECT_TRUE(error->text().contains(QStringLiteral("municipality")))
            << error->text().toStdString();
        click(modal, "cancelButton");
    });
    child<QAction>(&window, "newFamilyAction")->trigger();
    EXPECT_TRUE(window.recordWindows().isEmpty());
}

TEST_F(FamilyRecordWorkflowTest, DetailsCategoryNiebieskaKartaAndClosing)
{
    const qint64 familyId = createFamily(QStringLiteral("Wzorcowa"), QStringLiteral("Testowo"));
    ASSERT_GT(familyId, 0);
    ui::FamilyRecordWindow* record = window.recordWindows().first();

    auto* address = child<QLineEdit>(record, "addressEdit");
    address->clear();
    typeText(address, QStringLiteral("ul. Nowa 5"));
    click(record, "saveDetailsButton");
    EXPECT_EQ(record->family().address, QStringLiteral("ul. Nowa 5"));

    auto* category = child<QComboBox>(record, "categoryCombo");
    category->setCurrentIndex(category->findData(QStringLiteral("at_risk")));
    click(record, "changeCategoryButton");
    EXPECT_EQ(record->family().category, NeedCategory::AtRisk);
    auto* history = child<QListWidget>(record, "categoryHistoryList");
    ASSERT_NE(history, nullptr);
    ASSERT_GE(history->count(), 1);
    EXPECT_TRUE(history->item(0)->text().contains(QStringLiteral("At risk"))) // newest first
        << history->item(0)->text().toStdString();

    click(record, "startBlueCardButton");
    auto* blueCard = child<QLabel>(record, "blueCardLabel");
    EXPECT_TRUE(blueCard->text().contains(QStringLiteral("in progress since")))
        << blueCard->text().toStdString();
    EXPECT_FALSE(child<QPushButton>(record, "startBlueCardButton")->isEnabled());
    EXPECT_TRUE(child<QPushButton>(record, "endBlueCardButton")->isEnabled());

    auto* closeButton = child<QPushButton>(record, "closeCaseButton");
    EXPECT_FALSE(closeButton->isEnabled()); // a reason is needed
    child<QDateEdit>(record, "closeDateEdit")->setDate(QDate::currentDate());
    typeText(child<QLineEdit>(record, "closeReasonEdit"), QStringLiteral("The family moved away"));
    whenModal([](QWidget* modal) { // closing a case asks first
        EXPECT_EQ(modal->objectName(), QStringLiteral("confirmMessageBox"));
        static_cast<QMessageBox*>(modal)->button(QMessageBox::Yes)->click();
    });
    click(record, "closeCaseButton");
    ASSERT_TRUE(record->family().closedOn.has_value());
    EXPECT_EQ(record->family().closeReason, QStringLiteral("The family moved away"));
    EXPECT_TRUE(child<QPushButton>(record, "reopenButton")->isEnabled());
    click(record, "reopenButton");
    EXPECT_FALSE(record->family().closedOn.has_value());
}
