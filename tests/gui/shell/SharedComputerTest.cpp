// A shared office computer (issue 17): File › Sign out and Switch user go back to the sign-in
// dialog with nothing of the previous account on screen, File › Lock now hides every case window
// until the password is given, and the sign-in dialog offers a login only when its owner ticked
// "Remember my login".
#include "AccountService.h"
#include "AssistantDeskTab.h"
#include "FamilyRecordWindow.h"
#include "ModalHelper.h"
#include "RecordTestHelpers.h"
#include "SessionGate.h"
#include "WindowTest.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
const QByteArray kPassword = "haslo-wspolne-34";

QLineEdit* field(QWidget* dialog, const char* name)
{
    return dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
}

// Fills the sign-in dialog and signs in; `remember` ticks or unticks "Remember my login".
void signInWith(QWidget* dialog, const QString& login, std::optional<bool> remember = {})
{
    ASSERT_EQ(dialog->objectName(), QStringLiteral("signInDialog"));
    field(dialog, "loginEdit")->setText(login);
    field(dialog, "passwordEdit")->setText(QString::fromLatin1(kPassword));
    if (remember) {
        auto* box = dialog->findChild<QCheckBox*>(QStringLiteral("rememberLoginCheck"));
        ASSERT_NE(box, nullptr) << "no \"Remember my login\" box";
        box->setChecked(*remember);
    }
    QTest::keyClick(dialog, Qt::Key_Return);
}

// The visible top-level windows but `except`.
QStringList visibleWindows(const QWidget* except)
{
    QStringList names;
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (widget->isVisible() && widget != except)
            names << widget->objectName();
    return names;
}

class SharedComputerTest : public WindowTest
{
protected:
    void SetUp() override
    {
        db.loadStaff({{"Anna", "Socjalna", Role::SocialWorker, "Zespół 1"},
                      {"Beata", "Asystentka", Role::FamilyAssistant, "Zespół 1"}});
        db.loadFamilies(2);
        db.assign(1, 1, 2);
        for (const auto& [login, role, worker] :
             {std::tuple{QStringLiteral("anna"), Role::SocialWorker, 1},
              std::tuple{QStringLiteral("beata"), Role::FamilyAssistant, 2}}) {
            ASSERT_TRUE(db.addAccount(login, role, worker, kPassword));
        }
    }

    void openAs(const QString& login, std::optional<bool> remember = {})
    {
        whenModal([=](QWidget* modal) { signInWith(modal, login, remember); });
        ASSERT_TRUE(window.openDatabase(db.path()));
        ASSERT_EQ(window.actor().login, login);
        window.show();
    }

    // Anna signed in, family 1's record open in `record`.
    void openFamily1AsAnna()
    {
        openAs(QStringLiteral("anna"));
        record = window.openFamily(1);
        ASSERT_NE(record, nullptr);
    }

    // File › Lock now.
    QAction* lockNowAction() { return window.findChild<QAction*>(QStringLiteral("lockNowAction")); }

    QPointer<ui::FamilyRecordWindow> record;
};
} // namespace

TEST_F(SharedComputerTest, SignOutClosesTheRecordsAskingAndLeavesNothingOnScreen)
{
    ASSERT_NO_FATAL_FAILURE(openFamily1AsAnna());
    typeText(child<QLineEdit>(record, "addressEdit"), QStringLiteral("ul. Zmieniona 1"));

    auto* signOut = window.findChild<QAction*>(QStringLiteral("signOutAction"));
    ASSERT_NE(signOut, nullptr) << "no File › Sign out";
    ASSERT_TRUE(signOut->isEnabled());
    bool askedAboutTheRecord = false;
    QStringList onScreen;
    QString offeredLogin = QStringLiteral("(no sign-in dialog)");
    QString signedInAs = QStringLiteral("(not shown)");
    whenModal([&](QWidget* question) {
        auto* box = qobject_cast<QMessageBox*>(question);
        ASSERT_NE(box, nullptr) << question->objectName().toStdString();
        askedAboutTheRecord = box->text().contains(QStringLiteral("not saved"));
        whenModal([&](QWidget* dialog) {
            onScreen = visibleWindows(dialog);
            offeredLogin = field(dialog, "loginEdit")->text();
            signedInAs = window.findChild<QLabel*>(QStringLiteral("userLabel"))->text();
            signInWith(dialog, QStringLiteral("beata"));
        });
        box->button(QMessageBox::Discard)->click();
    });
    signOut->trigger();
    EXPECT_TRUE(askedAboutTheRecord) << "the unsaved address was not asked about";
    EXPECT_EQ(onScreen, QStringList{QStringLiteral("mainWindow")})
        << "on screen while signing in: " << onScreen.join(QLatin1Char(',')).toStdString();
    EXPECT_TRUE(offeredLogin.isEmpty()) << offeredLogin.toStdString();
    EXPECT_TRUE(signedInAs.isEmpty()) << signedInAs.toStdString();
    EXPECT_TRUE(!record || !record->isVisible());
    EXPECT_EQ(window.actor().login, QStringLiteral("beata"));
    ASSERT_NE(window.tabs(), nullptr);
    EXPECT_EQ(window.tabs()->currentWidget(), static_cast<QWidget*>(window.assistantStartTab()));
}

TEST_F(SharedComputerTest, SignOutAndCancelLeavesNoOneSignedIn)
{
    openAs(QStringLiteral("anna"));
    auto* signOut = window.findChild<QAction*>(QStringLiteral("signOutAction"));
    ASSERT_NE(signOut, nullptr) << "no File › Sign out";
    whenModal([](QWidget* dialog) {
        ASSERT_EQ(dialog->objectName(), QStringLiteral("signInDialog"));
        static_cast<QDialog*>(dialog)->reject();
    });
    signOut->trigger();
    EXPECT_EQ(window.tabs(), nullptr) << "the previous account's tabs are still there";
    EXPECT_FALSE(window.hasDatabase()) << "no one is signed in, nothing can be reached";
    auto* signIn = window.findChild<QAction*>(QStringLiteral("signInAction"));
    ASSERT_NE(signIn, nullptr);
    EXPECT_TRUE(signIn->isVisible());
    whenModal([](QWidget* dialog) { signInWith(dialog, QStringLiteral("anna")); });
    signIn->trigger();
    EXPECT_EQ(window.actor().login, QStringLiteral("anna"));
    EXPECT_NE(window.tabs(), nullptr);
}

TEST_F(SharedComputerTest, SwitchUserOffersNoRememberedLogin)
{
    openAs(QStringLiteral("anna"), true);
    auto* switchUser = window.findChild<QAction*>(QStringLiteral("switchUserAction"));
    ASSERT_NE(switchUser, nullptr) << "no File › Switch user";
    QString offered = QStringLiteral("(no sign-in dialog)");
    whenModal([&](QWidget* dialog) {
        offered = field(dialog, "loginEdit")->text();
        signInWith(dialog, QStringLiteral("beata"));
    });
    switchUser->trigger();
    EXPECT_TRUE(offered.isEmpty()) << offered.toStdString();
    EXPECT_EQ(window.actor().login, QStringLiteral("beata"));
}

TEST_F(SharedComputerTest, LockNowHidesEveryCaseWindowUntilThePassword)
{
    ASSERT_NO_FATAL_FAILURE(openFamily1AsAnna());
    QAction* lock = lockNowAction();
    ASSERT_NE(lock, nullptr) << "no File › Lock now";
    EXPECT_FALSE(lock->shortcut().isEmpty()) << "Lock now has no shortcut";
    EXPECT_TRUE(lock->isEnabled());
    QStringList whileLocked{QStringLiteral("(not locked)")};
    whenModal([&](QWidget* dialog) {
        whileLocked = visibleWindows(dialog);
        EXPECT_TRUE(field(dialog, "loginEdit")->isReadOnly());
        signInWith(dialog, QStringLiteral("anna"));
    });
    lock->trigger();
    EXPECT_TRUE(whileLocked.isEmpty())
        << "visible while locked: " << whileLocked.join(QLatin1Char(',')).toStdString();
    EXPECT_TRUE(window.isVisible());
    EXPECT_TRUE(record && record->isVisible());
}

TEST_F(SharedComputerTest, LockingWhileADialogIsOpenCoversItAndKeepsWhatWasTyped)
{
    ASSERT_NO_FATAL_FAILURE(openFamily1AsAnna());
    QAction* lock = lockNowAction();
    ASSERT_NE(lock, nullptr) << "no File › Lock now";
    bool covered = false;
    QString titleWhileLocked;
    QString kept;
    bool stillOpen = false;
    whenModal([&](QWidget* dialog) {
        ASSERT_EQ(dialog->objectName(), QStringLiteral("memberDialog"));
        typeText(field(dialog, "firstNameEdit"), QStringLiteral("Zofia"));
        whenModal([&](QWidget* unlock) {
            auto* cover = dialog->findChild<QWidget*>(QStringLiteral("lockCover"));
            covered = cover && cover->isVisible() && cover->geometry().contains(dialog->rect());
            titleWhileLocked = dialog->windowTitle();
            signInWith(unlock, QStringLiteral("anna"));
        });
        lock->trigger();
        stillOpen = dialog->isVisible();
        kept = field(dialog, "firstNameEdit")->text();
        EXPECT_EQ(dialog->findChild<QWidget*>(QStringLiteral("lockCover")), nullptr);
        whenModal([](QWidget* question) {
            static_cast<QMessageBox*>(question)->button(QMessageBox::Yes)->click();
        });
        static_cast<QDialog*>(dialog)->reject();
    });
    record->showTab(ui::FamilyRecordWindow::Tab::Members);
    click(record, "addMemberButton");
    EXPECT_TRUE(covered) << "the dialog's content was visible while locked";
    EXPECT_FALSE(titleWhileLocked.contains(QStringLiteral("member")))
        << titleWhileLocked.toStdString();
    EXPECT_TRUE(stillOpen) << "locking closed the dialog";
    EXPECT_EQ(kept, QStringLiteral("Zofia"));
}

TEST(RememberLogin, TheLoginIsOfferedOnlyWhenTheUserAskedForIt)
{
    GuiTestDatabase db;
    auto added = AccountService(db.session(db.admin()))
                     .addAccount({QStringLiteral("anna"), Role::Manager, std::nullopt, kPassword});
    ASSERT_TRUE(added.ok());
    ASSERT_TRUE(AccountService(db.session(db.manager()))
                    .confirmManager(QStringLiteral("anna"))
                    .ok()); // four eyes (issue 18)
    // A login kept by an older version without being asked for is not offered.
    QSettings().setValue(QStringLiteral("security/lastLogin"), QStringLiteral("anna"));

    const auto signInOnce = [&](std::optional<bool> remember) {
        QString offered = QStringLiteral("(no sign-in dialog)");
        bool ticked = true;
        whenModal([&](QWidget* dialog) {
            offered = field(dialog, "loginEdit")->text();
            auto* box = dialog->findChild<QCheckBox*>(QStringLiteral("rememberLoginCheck"));
            ticked = box && box->isChecked();
            signInWith(dialog, QStringLiteral("anna"), remember);
        });
        auto user = ui::SessionGate::begin(db.workspace(), nullptr, true);
        EXPECT_TRUE(user.ok() && user->has_value());
        return std::pair{offered, ticked};
    };
    const auto first = signInOnce(std::nullopt); // signed in without touching the box
    EXPECT_TRUE(first.first.isEmpty()) << "pre-filled: " << first.first.toStdString();
    EXPECT_FALSE(first.second) << "\"Remember my login\" is off by default";
    const auto second = signInOnce(true);
    EXPECT_TRUE(second.first.isEmpty()) << "pre-filled: " << second.first.toStdString();
    const auto third = signInOnce(false); // remembered: offered, and now forgotten
    EXPECT_EQ(third.first, QStringLiteral("anna"));
    EXPECT_TRUE(third.second);
    const auto fourth = signInOnce(std::nullopt);
    EXPECT_TRUE(fourth.first.isEmpty()) << "pre-filled: " << fourth.first.toStdString();
}
