// What a person met in the real window (issue 17): a typed 31.02.2026 silently became another
// date, a member named Zofia was stored as a man without a question, the PESEL error gave the
// right check digit away and the centre settings offered an assessment interval the law does not
// allow. Each checked here through the dialog a person uses, in the Polish date format.
#include "AgreePlanDialog.h"
#include "CentreSettingsDialog.h"
#include "ContactDialog.h"
#include "ContactService.h"
#include "DirectoryService.h"
#include "FamilyService.h"
#include "GuiTestDatabase.h"
#include "LocaleFormat.h"
#include "MemberDialog.h"
#include "MemberService.h"
#include "ModalHelper.h"
#include "NewFamilyDialog.h"
#include "RecordTestHelpers.h"
#include "SettingsService.h"
#include "WorkPlanService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTest>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
constexpr qint64 kFamily = 1;

class TypedDatesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_previous = QLocale();
        QLocale::setDefault(QLocale(QLocale::Polish, QLocale::Poland)); // dd.MM.yyyy
        ui::LocaleFormat::install();                                    // as the main window does
        db.loadStaff({staff::cezary});
        db.loadFamilies(1);
        db.assign(1, 1, 1);
    }
    void TearDown() override { QLocale::setDefault(m_previous); }

    // Shows the dialog as the window would and makes it the active window.
    static void open(QDialog* dialog)
    {
        dialog->show();
        QApplication::setActiveWindow(dialog);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    }

    // Selects the whole date field and types `text` key by key, as a person does.
    static void typeDate(QDateEdit* edit, const char* text)
    {
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, QString::fromLatin1(text));
    }

    // Presses Save expecting a refusal in a message box; its text.
    static QString pressSaveExpectingRefusal(QPushButton* save)
    {
        QString refusal;
        whenModal(
            [&](QWidget* modal) {
                if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                    refusal = box->text();
                    box->accept();
                } else {
                    modal->close();
                }
            },
            2000);
        QTest::mouseClick(save, Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return !refusal.isEmpty(); }, 2500))
            return {}; // nothing refused
        return refusal;
    }

    GuiTestDatabase db;
    QLocale m_previous;
};
} // namespace

TEST_F(TypedDatesTest, AnImpossibleContactDateIsRefusedAndNeverTurnedIntoAnother)
{
    ui::ContactDialog dialog(db.session(db.manager()), kFamily);
    open(&dialog);
    typeText(child<QPlainTextEdit>(&dialog, "notesEdit"), QStringLiteral("Wizyta domowa."));
    auto* date = child<QDateEdit>(&dialog, "dateEdit");
    typeDate(date, "31.02.2026");
    EXPECT_EQ(date->text().toStdString(), "31.02.2026") << "rewritten while typing";

    const QString refusal = pressSaveExpectingRefusal(child<QPushButton>(&dialog, "saveButton"));
    EXPECT_FALSE(refusal.isEmpty()) << "Save did not refuse the impossible date";
    EXPECT_TRUE(refusal.contains(QStringLiteral("31.02.2026"))) << refusal.toStdString();
    EXPECT_TRUE(dialog.isVisible()) << "the dialog closed as if saved";
    EXPECT_EQ(date->text().toStdString(), "31.02.2026") << "the typed text was rewritten";
    auto stored = ContactService(db.session(db.manager())).contacts(kFamily);
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored->isEmpty())
        << "a contact was stored, dated " << stored->first().date.toString().toStdString();

    // The field says what is wrong with it while it is wrong.
    EXPECT_FALSE(date->toolTip().isEmpty());
    // Corrected, it saves.
    typeDate(date, "27.02.2026");
    EXPECT_EQ(date->date(), QDate(2026, 2, 27));
    EXPECT_TRUE(date->toolTip().isEmpty()) << date->toolTip().toStdString();
}

TEST_F(TypedDatesTest, AnImpossibleBirthDateIsRefusedAndNeverTurnedIntoAnother)
{
    ui::MemberDialog dialog(MemberService(db.session(db.manager())),
                            DuplicateService(db.session(db.manager())), kFamily);
    open(&dialog);
    typeText(child<QLineEdit>(&dialog, "firstNameEdit"), QStringLiteral("Ola"));
    typeText(child<QLineEdit>(&dialog, "lastNameEdit"), QStringLiteral("Testowa"));
    auto* sex = child<QComboBox>(&dialog, "sexCombo");
    sex->setCurrentIndex(sex->findData(QStringLiteral("F")));
    auto* birth = child<QDateEdit>(&dialog, "birthDateEdit");
    typeDate(birth, "31.02.2026");
    EXPECT_EQ(birth->text().toStdString(), "31.02.2026") << "rewritten while typing";

    const QString refusal = pressSaveExpectingRefusal(child<QPushButton>(&dialog, "saveButton"));
    EXPECT_FALSE(refusal.isEmpty()) << "Save did not refuse the impossible date";
    EXPECT_EQ(birth->text().toStdString(), "31.02.2026") << "the typed text was rewritten";
    auto stored = MemberService(db.session(db.manager())).members(kFamily);
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored->isEmpty())
        << "a member was stored, born " << stored->first().birthDate->toString().toStdString();

    // Text that is not a date at all is refused the same way.
    typeDate(birth, "00.13.20");
    EXPECT_EQ(birth->text().toStdString(), "00.13.20");
    EXPECT_FALSE(pressSaveExpectingRefusal(child<QPushButton>(&dialog, "saveButton")).isEmpty());
    EXPECT_TRUE(MemberService(db.session(db.manager())).members(kFamily)->isEmpty());
}

TEST_F(TypedDatesTest, WithoutAPeselTheSexIsChosenAndAWomansNameAsAManIsAsked)
{
    MemberService members(db.session(db.manager()));
    ui::MemberDialog dialog(members, DuplicateService(db.session(db.manager())), kFamily);
    open(&dialog);
    typeText(child<QLineEdit>(&dialog, "firstNameEdit"), QStringLiteral("Zofia"));
    typeText(child<QLineEdit>(&dialog, "lastNameEdit"), QStringLiteral("Testowa"));
    auto* save = child<QPushButton>(&dialog, "saveButton");
    auto* check = child<QLabel>(&dialog, "validationLabel");
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_TRUE(members.members(kFamily)->isEmpty()) << "stored without the sex chosen";
    EXPECT_TRUE(check->text().contains(QStringLiteral("sex"))) << check->text().toStdString();

    auto* sex = child<QComboBox>(&dialog, "sexCombo");
    sex->setCurrentIndex(sex->findData(QStringLiteral("M")));
    QString question;
    whenModal(
        [&](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            ASSERT_NE(box, nullptr);
            question = box->text();
            box->button(QMessageBox::No)->click();
        },
        2000);
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !question.isEmpty(); }, 2500)) << "nothing asked";
    EXPECT_TRUE(question.contains(QStringLiteral("Zofia"))) << question.toStdString();
    EXPECT_TRUE(members.members(kFamily)->isEmpty()) << "stored as a man unasked";

    sex->setCurrentIndex(sex->findData(QStringLiteral("F")));
    QTest::mouseClick(save, Qt::LeftButton);
    auto stored = members.members(kFamily);
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->first().sex, Sex::Female);
}

TEST_F(TypedDatesTest, ThePeselErrorDoesNotGiveTheRightDigitAway)
{
    ui::MemberDialog dialog(MemberService(db.session(db.manager())),
                            DuplicateService(db.session(db.manager())), kFamily);
    open(&dialog);
    typeText(child<QLineEdit>(&dialog, "firstNameEdit"), QStringLiteral("Ola"));
    typeText(child<QLineEdit>(&dialog, "lastNameEdit"), QStringLiteral("Testowa"));
    QString typo = kWomanPesel; // its check digit is 8
    typo[10] = QLatin1Char('9');
    typeText(child<QLineEdit>(&dialog, "peselEdit"), typo);
    QString text = child<QLabel>(&dialog, "validationLabel")->text();
    EXPECT_TRUE(text.contains(QStringLiteral("check digit"))) << text.toStdString();
    text.remove(typo);
    EXPECT_FALSE(text.contains(QRegularExpression(QStringLiteral("\\d"))))
        << "the message tells a digit: " << text.toStdString();
}

TEST_F(TypedDatesTest, TheSettingsOfferNoAssessmentIntervalLongerThanSixMonths)
{
    SettingsService settings(db.session(db.manager()));
    ui::CentreSettingsDialog dialog(settings);
    open(&dialog);
    auto* interval = child<QSpinBox>(&dialog, "intervalSpin");
    EXPECT_LE(interval->maximum(), 6) << "the law asks an assessment at least every six months";
    interval->setValue(12);
    QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
    EXPECT_LE(*settings.assessmentIntervalMonths(), 6);
}

TEST_F(TypedDatesTest, ACaseOpenedNextMonthIsRefusedInTheWindow)
{
    FamilyService families(db.session(db.manager()));
    ui::NewFamilyDialog dialog(families, DuplicateService(db.session(db.manager())));
    open(&dialog);
    typeText(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("Przyszłowscy"));
    typeText(child<QLineEdit>(&dialog, "municipalityEdit"), QStringLiteral("Testowo"));
    const QDate nextMonth = QDate::currentDate().addMonths(1);
    child<QDateEdit>(&dialog, "openedDateEdit")->setDate(nextMonth);
    QTest::mouseClick(child<QPushButton>(&dialog, "createButton"), Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible()) << "a case opened next month was accepted";
    auto* error = child<QLabel>(&dialog, "errorLabel");
    EXPECT_TRUE(error->text().contains(nextMonth.toString(ui::LocaleFormat::dateFormat())))
        << error->text().toStdString();
    EXPECT_EQ(DirectoryService(db.session(db.manager())).families(FamilyQuery{})->size(), 1)
        << "only the family of the test's data";
}

TEST_F(TypedDatesTest, APlanAgreedNineDaysAheadIsRefusedInTheWindow)
{
    PlanAction action;
    action.description = QStringLiteral("Kontakt ze szkołą");
    action.responsibleKind = Responsible::FamilyMember;
    action.responsible = QStringLiteral("matka");
    action.expectedEffect = QStringLiteral("poprawa");
    const qint64 id =
        db.draftPlan(kFamily, QDate::currentDate().addDays(-10), QStringLiteral("Nauka"), action);
    ASSERT_NE(id, 0);

    WorkPlanService plans(db.session(db.manager()));
    ui::AgreePlanDialog dialog(plans, *plans.plan(id));
    open(&dialog);
    const QDate ahead = QDate::currentDate().addDays(9);
    child<QDateEdit>(&dialog, "agreedOnEdit")->setDate(ahead);
    child<QCheckBox>(&dialog, "familyTookPartCheck")->setChecked(true);
    child<QCheckBox>(&dialog, "socialWorkerConsultedCheck")->setChecked(true);
    auto* box = child<QDialogButtonBox>(&dialog, "buttonBox");
    for (QAbstractButton* button : box->buttons())
        if (box->buttonRole(button) == QDialogButtonBox::AcceptRole)
            QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_EQ(plans.plan(id)->status, PlanStatus::Draft)
        << "a plan agreed nine days ahead was accepted";
    auto* error = child<QLabel>(&dialog, "errorLabel");
    EXPECT_TRUE(error->text().contains(QStringLiteral("has not come yet")))
        << error->text().toStdString();
}
