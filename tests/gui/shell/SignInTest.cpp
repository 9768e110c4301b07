// Signing in to the window: the first run asks for the administrator, accounts with passwords
// are asked who signs in, and the idle lock hides the windows until the password is given again,
// keeping what was typed.
#include "AccessibilityCheck.h"
#include "CentreSetupSteps.h"
#include "FirstRunDialog.h"
#include "GuiTestDatabase.h"
#include "IdleLock.h"
#include "ModalHelper.h"
#include "SessionGate.h"
#include "SignInDialog.h"
#include "SignInService.h"
#include "UserRepository.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::ui;

namespace {
const QByteArray kPassword = "haslo-pracownicy-7";

User addAccount(test::GuiTestDatabase& db, const QString& login)
{
    return db.addAccount(login, Role::Manager, std::nullopt, kPassword).value_or(User{});
}

void type(QWidget* dialog, const char* name, const QString& text)
{
    auto* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
    ASSERT_NE(edit, nullptr) << name;
    edit->clear();
    QTest::keyClicks(edit, text);
}
} // namespace

TEST(SignIn, ADatabaseWithoutPasswordsOpensAsItsManagerElseItsAdministrator)
{
    test::GuiTestDatabase db;
    auto user = SessionGate::begin(db.workspace(), nullptr, false);
    ASSERT_TRUE(user.ok()) << user.error().message.toStdString();
    ASSERT_TRUE(user->has_value());
    EXPECT_EQ((*user)->login, db.manager().login) << "a manager may read the cases";
    EXPECT_EQ((*user)->role, Role::Manager);

    // The only manager gone (not through AccountService, which keeps a centre's last confirmed
    // manager: four eyes, issue 18).
    ASSERT_TRUE(UserRepository(db.workspace().database()).setActive(db.manager().id, false).ok());
    auto admin = SessionGate::begin(db.workspace(), nullptr, false);
    ASSERT_TRUE(admin.ok() && admin->has_value());
    EXPECT_EQ((*admin)->role, Role::Administrator);
}

TEST(SignIn, WithPasswordsSomeoneMustSignIn)
{
    test::GuiTestDatabase db;
    addAccount(db, QStringLiteral("kierowniczka"));
    auto headless = SessionGate::begin(db.workspace(), nullptr, false);
    ASSERT_FALSE(headless.ok()) << "no silent administrator once accounts have passwords";

    bool asked = false;
    test::whenDialog(QStringLiteral("signInDialog"), asked, [&](QWidget* modal) {
        test::expectNamed(modal);
        type(modal, "loginEdit", QStringLiteral("kierowniczka"));
        type(modal, "passwordEdit", QStringLiteral("zle-haslo-123"));
        QTest::keyClick(modal, Qt::Key_Return);
        auto* message = modal->findChild<QLabel*>(QStringLiteral("signInMessage"));
        EXPECT_TRUE(message->text().contains(QStringLiteral("Wrong login or password")))
            << message->text().toStdString();
        EXPECT_TRUE(modal->isVisible()) << "a wrong password keeps the dialog open";
        EXPECT_TRUE(modal->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->text().isEmpty());
        type(modal, "passwordEdit", QString::fromLatin1(kPassword));
        QTest::keyClick(modal, Qt::Key_Return);
    });
    auto user = SessionGate::begin(db.workspace(), nullptr, true);
    EXPECT_TRUE(asked);
    ASSERT_TRUE(user.ok()) << user.error().message.toStdString();
    ASSERT_TRUE(user->has_value());
    EXPECT_EQ((*user)->login, QStringLiteral("kierowniczka"));
}

TEST(SignIn, TheFirstRunAsksForTheAdministratorsPassword)
{
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("new.sqlite")),
                              Workspace::OpenMode::CreateIfMissing);
    ASSERT_TRUE(ws.ok());
    test::whenModal([&](QWidget* modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("firstRunDialog"));
        test::expectNamed(modal);
        auto* message = modal->findChild<QLabel*>(QStringLiteral("firstRunMessage"));
        type(modal, "adminLoginEdit", QStringLiteral("szefowa"));
        type(modal, "adminPasswordEdit", QStringLiteral("krotkie"));
        type(modal, "adminRepeatEdit", QStringLiteral("krotkie"));
        QTest::keyClick(modal, Qt::Key_Return);
        EXPECT_TRUE(message->text().contains(QStringLiteral("10")))
            << message->text().toStdString();
        type(modal, "adminPasswordEdit", QStringLiteral("dobre-haslo-szefowej"));
        type(modal, "adminRepeatEdit", QStringLiteral("inne-haslo-szefowej"));
        QTest::keyClick(modal, Qt::Key_Return);
        EXPECT_TRUE(message->text().contains(QStringLiteral("differ")));
        type(modal, "adminRepeatEdit", QStringLiteral("dobre-haslo-szefowej"));
        test::leaveCentreSetupWizard(); // CentreSetupTest walks it
        QTest::keyClick(modal, Qt::Key_Return);
    });
    auto user = SessionGate::begin(**ws, nullptr, true);
    ASSERT_TRUE(user.ok() && user->has_value());
    EXPECT_EQ((*user)->login, QStringLiteral("szefowa"));
    EXPECT_TRUE(*SignInService((*ws)->database()).hasPassword(**user));
    EXPECT_TRUE(SignInService((*ws)->database())
                    .signIn(QStringLiteral("szefowa"), "dobre-haslo-szefowej")
                    .ok());
}

TEST(SignIn, TheIdleLockHidesTheWindowsAndKeepsWhatWasTyped)
{
    test::GuiTestDatabase db;
    const User manager = addAccount(db, QStringLiteral("kierowniczka"));
    QWidget window;
    auto* edit = new QLineEdit(&window);
    window.show();
    QTest::keyClicks(edit, QStringLiteral("notatka w toku"));

    IdleLock lock(db.workspace(), manager, 100);
    bool hiddenWhileLocked = false;
    test::whenModal(
        [&](QWidget* modal) {
            hiddenWhileLocked = !window.isVisible();
            ASSERT_EQ(modal->objectName(), QStringLiteral("signInDialog"));
            EXPECT_TRUE(modal->findChild<QLineEdit*>(QStringLiteral("loginEdit"))->isReadOnly());
            type(modal, "passwordEdit", QString::fromLatin1(kPassword));
            QTest::keyClick(modal, Qt::Key_Return);
        },
        10000);
    bool wasLocked = false;
    QObject::connect(&lock, &IdleLock::locked, [&] { wasLocked = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return wasLocked && !lock.isLocked(); }, 10000));
    EXPECT_TRUE(hiddenWhileLocked) << "the case file was hidden while locked";
    EXPECT_TRUE(window.isVisible());
    EXPECT_EQ(edit->text(), QStringLiteral("notatka w toku"));
}

TEST(SignIn, AnAccountWithoutAPasswordIsNotLocked)
{
    test::GuiTestDatabase db;
    IdleLock lock(db.workspace(), db.admin(), 50);
    QTest::qWait(200);
    EXPECT_FALSE(lock.isLocked());
}
