// Trust in the window (issue 7): the administrator's accounts dialog, the manager's audit screen,
// and who sees which entry.
#include "AccessibilityCheck.h"
#include "AccountService.h"
#include "AccountsDialog.h"
#include "AccountsModel.h"
#include "AuditDialog.h"
#include "AuditModel.h"
#include "AuditRepository.h"
#include "GuiTestDatabase.h"
#include "MainWindow.h"
#include "ModalHelper.h"
#include "SignInService.h"
#include "TrustActions.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
const QByteArray kPassword = "haslo-testowe-123";

void type(QWidget* dialog, const char* name, const QString& text)
{
    auto* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
    ASSERT_NE(edit, nullptr) << name;
    edit->clear();
    QTest::keyClicks(edit, text);
}

void click(QWidget* dialog, const char* name)
{
    auto* button = dialog->findChild<QPushButton*>(QString::fromLatin1(name));
    ASSERT_NE(button, nullptr) << name;
    ASSERT_TRUE(button->isEnabled()) << name;
    button->click();
}

void addAccount(GuiTestDatabase& db, const QString& login, Role role)
{
    db.addAccount(login, role, std::nullopt, kPassword);
}

// Opens the database in the window, answering the sign-in as `login`.
void signIn(ui::MainWindow& window, const QString& path, const QString& login)
{
    whenModal([&](QWidget* modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("signInDialog"));
        type(modal, "loginEdit", login);
        type(modal, "passwordEdit", QString::fromLatin1(kPassword));
        QTest::keyClick(modal, Qt::Key_Return);
    });
    ASSERT_TRUE(window.openDatabase(path));
    ASSERT_EQ(window.actor().login, login);
}
} // namespace

TEST(TrustTest, TheAdministratorAddsAnAccountThatCanSignIn)
{
    GuiTestDatabase db;
    db.loadStaff({{"Anna", "Testowa", Role::SocialWorker}, staff::beata});
    // The administrator signs in (a database without passwords would open as its manager).
    ASSERT_TRUE(
        AccountService(db.session(db.admin())).setPassword(db.admin().login, kPassword).ok());
    ui::MainWindow window;
    signIn(window, db.path(), db.admin().login);
    QAction* accounts = window.trustActions()->accountsAction();
    ASSERT_TRUE(accounts->isVisible());

    bool added = false;
    whenModal([&](QWidget* modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("accountsDialog"));
        auto* dialog = qobject_cast<ui::AccountsDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        QAbstractItemModelTester tester(dialog->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        EXPECT_GE(dialog->model()->rowOf(QStringLiteral("admin")), 0);

        whenModal([&](QWidget* form) {
            ASSERT_EQ(form->objectName(), QStringLiteral("newAccountDialog"));
            expectNamed(form);
            auto* role = form->findChild<QComboBox*>(QStringLiteral("accountRoleCombo"));
            role->setCurrentIndex(role->findData(QStringLiteral("social_worker")));
            auto* worker = form->findChild<QComboBox*>(QStringLiteral("accountWorkerCombo"));
            EXPECT_EQ(worker->count(), 2) << "(none) and the one social worker";
            worker->setCurrentIndex(worker->findData(qint64(1)));
            type(form, "accountLoginEdit", QStringLiteral("atestowa"));
            type(form, "accountPasswordEdit", QStringLiteral("krotkie"));
            type(form, "accountRepeatEdit", QStringLiteral("krotkie"));
            QTest::keyClick(form, Qt::Key_Return);
            auto* message = form->findChild<QLabel*>(QStringLiteral("newAccountMessage"));
            EXPECT_TRUE(message->text().contains(QStringLiteral("10")))
                << "the service's minimum: " << message->text().toStdString();
            EXPECT_TRUE(form->isVisible());
            type(form, "accountPasswordEdit", QString::fromLatin1(kPassword));
            type(form, "accountRepeatEdit", QString::fromLatin1(kPassword));
            QTest::keyClick(form, Qt::Key_Return);
        });
        click(modal, "addAccountButton");
        const int row = dialog->model()->rowOf(QStringLiteral("atestowa"));
        added = row >= 0;
        if (added) {
            const QModelIndex worker = dialog->model()->index(row, ui::AccountsModel::WorkerColumn);
            EXPECT_EQ(worker.data().toString(), QStringLiteral("Anna Testowa"));
        }
        qobject_cast<QDialog*>(modal)->reject();
    });
    accounts->trigger();
    EXPECT_TRUE(added);

    ui::MainWindow second;
    signIn(second, db.path(), QStringLiteral("atestowa"));
    EXPECT_EQ(second.actor().role, Role::SocialWorker);
    EXPECT_EQ(second.actor().workerId, std::optional<qint64>(1));
}

TEST(TrustTest, TheAdministratorSetsAPasswordAndDisablesAnAccount)
{
    GuiTestDatabase db;
    addAccount(db, QStringLiteral("kierownik"), Role::Manager);
    addAccount(db, QStringLiteral("admin2"), Role::Administrator);
    ui::MainWindow window;
    signIn(window, db.path(), QStringLiteral("admin2"));

    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<ui::AccountsDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        ASSERT_TRUE(dialog->selectLogin(QStringLiteral("kierownik")));
        whenModal([&](QWidget* password) {
            ASSERT_EQ(password->objectName(), QStringLiteral("setPasswordDialog"));
            type(password, "passphraseEdit", QStringLiteral("nowe-haslo-kierownika"));
            type(password, "passphraseRepeatEdit", QStringLiteral("nowe-haslo-kierownika"));
            QTest::keyClick(password, Qt::Key_Return);
        });
        click(modal, "setPasswordButton");
        whenModal([&](QWidget* box) {
            ASSERT_EQ(box->objectName(), QStringLiteral("disableAccountBox"));
            EXPECT_TRUE(
                qobject_cast<QMessageBox*>(box)->text().contains(QStringLiteral("kierownik")));
            click(box, "confirmDisableButton");
        });
        click(modal, "disableAccountButton");
        const int row = dialog->model()->rowOf(QStringLiteral("kierownik"));
        EXPECT_FALSE(dialog->model()->account(row).user.active);
        qobject_cast<QDialog*>(modal)->reject();
    });
    window.trustActions()->accountsAction()->trigger();

    auto signedIn = SignInService(db.workspace().database())
                        .signIn(QStringLiteral("kierownik"), "nowe-haslo-kierownika");
    ASSERT_FALSE(signedIn.ok()) << "a disabled account does not sign in";
}

TEST(TrustTest, EachRoleSeesOnlyTheEntriesItMayUse)
{
    GuiTestDatabase db;
    addAccount(db, QStringLiteral("pracownik"), Role::SocialWorker);
    addAccount(db, QStringLiteral("kierownik"), Role::Manager);
    {
        ui::MainWindow window;
        signIn(window, db.path(), QStringLiteral("pracownik"));
        ui::TrustActions* trust = window.trustActions();
        EXPECT_FALSE(trust->accountsAction()->isVisible());
        EXPECT_FALSE(trust->auditAction()->isVisible());
        EXPECT_FALSE(trust->verifyAction()->isVisible());
        EXPECT_FALSE(trust->backUpAction()->isVisible());
        EXPECT_FALSE(trust->restoreAction()->isVisible());
        auto* control = window.findChild<QMenu*>(QStringLiteral("controlMenu"));
        ASSERT_NE(control, nullptr);
        EXPECT_FALSE(control->menuAction()->isVisible());
    }
    {
        ui::MainWindow window;
        signIn(window, db.path(), QStringLiteral("kierownik"));
        ui::TrustActions* trust = window.trustActions();
        EXPECT_FALSE(trust->accountsAction()->isVisible()) << "accounts are the administrator's";
        EXPECT_TRUE(trust->auditAction()->isVisible());
        EXPECT_TRUE(trust->verifyAction()->isVisible());
        EXPECT_TRUE(trust->backUpAction()->isVisible());
    }
    ASSERT_TRUE(AccountService(db.session(db.admin()))
                    .setPassword(QStringLiteral("admin"), kPassword)
                    .ok());
    {
        ui::MainWindow window;
        signIn(window, db.path(), QStringLiteral("admin"));
        EXPECT_TRUE(window.trustActions()->accountsAction()->isVisible());
        EXPECT_FALSE(window.trustActions()->auditAction()->isVisible())
            << "the audit holds case notes: managers read it";
    }
}

TEST(TrustTest, AManagerReadsAFamilysAuditAndTheReadingIsRecorded)
{
    GuiTestDatabase db;
    db.loadFamilies(3);
    addAccount(db, QStringLiteral("kierownik"), Role::Manager);
    ui::MainWindow window;
    signIn(window, db.path(), QStringLiteral("kierownik"));

    int firstCount = -1;
    QStringList secondActions;
    whenModal([&](QWidget* modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("auditDialog"));
        auto* dialog = qobject_cast<ui::AuditDialog*>(modal);
        QAbstractItemModelTester tester(dialog->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        type(modal, "auditKeyEdit", QStringLiteral("2"));
        click(modal, "showAuditButton");
        firstCount = dialog->model()->rowCount();
        // The action in words; its code, as in the CSV and opieka-cli audit, in the tooltip.
        const QModelIndex action = dialog->model()->index(0, ui::AuditModel::ActionColumn);
        EXPECT_EQ(action.data().toString(), QStringLiteral("Imported"));
        EXPECT_EQ(action.data(Qt::ToolTipRole).toString(), QStringLiteral("import"));
        // The second reading shows the first one.
        click(modal, "showAuditButton");
        for (const AuditEntry& entry : dialog->model()->entries())
            secondActions << entry.action + QLatin1Char('/') + entry.userLogin;
        type(modal, "auditKeyEdit", QStringLiteral("dwa"));
        click(modal, "showAuditButton");
        auto* message = modal->findChild<QLabel*>(QStringLiteral("auditMessage"));
        EXPECT_TRUE(message->text().contains(QStringLiteral("whole number")))
            << message->text().toStdString();
        qobject_cast<QDialog*>(modal)->reject();
    });
    window.trustActions()->auditAction()->trigger();
    EXPECT_EQ(firstCount, 1) << "the family's import";
    EXPECT_TRUE(secondActions.contains(QStringLiteral("audit.read/kierownik")))
        << secondActions.join(u' ').toStdString();
    auto trail = AuditRepository(db.workspace().database())
                     .forEntity(QStringLiteral("family"), QStringLiteral("2"));
    ASSERT_TRUE(trail.ok());
    int readings = 0;
    for (const AuditEntry& entry : *trail)
        readings += entry.action == QLatin1String("audit.read") ? 1 : 0;
    EXPECT_EQ(readings, 2);
}

TEST(TrustTest, VerifyingTheAuditChainSaysItIsIntact)
{
    GuiTestDatabase db;
    db.loadFamilies(2);
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(db.path()));
    QString said;
    whenModal([&](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        ASSERT_NE(box, nullptr);
        EXPECT_EQ(box->objectName(), QStringLiteral("verifyResultBox"));
        said = box->text() + QLatin1Char('\n') + box->informativeText();
        box->accept();
    });
    window.trustActions()->verifyAction()->trigger();
    EXPECT_TRUE(said.contains(QStringLiteral("intact"))) << said.toStdString();
    EXPECT_TRUE(window.isEnabled()) << "the window is usable again after the check";
}
