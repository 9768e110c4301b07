// Four eyes on the manager's start page (issue 18, defect 6): a manager account an administrator
// made or gave a password is listed to the other managers (who, which role, which change, by
// whom, when) until one of them confirms it there; then it reaches the cases.
#include "AccountService.h"
#include "CaseAccess.h"
#include "GuiTestDatabase.h"
#include "Labels.h"
#include "MainWindow.h"
#include "ManagerDeskTab.h"
#include "ModalHelper.h"
#include "PendingConfirmationsBox.h"
#include "PolishLocale.h"
#include "ReportTableModel.h"
#include "UserRepository.h"

#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
const QByteArray kPassword = "haslo-testowe-123";

User account(GuiTestDatabase& db, const QString& login)
{
    auto user = UserRepository(db.workspace().database()).findByLogin(login);
    EXPECT_TRUE(user.ok() && user->has_value()) << login.toStdString();
    return user.ok() && user->has_value() ? **user : User{};
}

bool readsFamily(GuiTestDatabase& db, const QString& login, qint64 familyId)
{
    return CaseAccess(db.workspace().database()).mayReadFamily(account(db, login), familyId).ok();
}
} // namespace

TEST(ManagerConfirmationTest, AManagerConfirmsOnHerStartPageAPasswordAnAdministratorSet)
{
    PolishLocale polish; // the dates as a Polish manager reads them
    GuiTestDatabase db;
    db.loadFamilies(2);
    ASSERT_TRUE(
        AccountService(db.session(db.manager())).setPassword(db.manager().login, kPassword).ok());
    auto second =
        AccountService(db.session(db.admin()))
            .addAccount({QStringLiteral("kierowniczka"), Role::Manager, std::nullopt, kPassword});
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    ASSERT_TRUE(AccountService(db.session(db.manager()))
                    .confirmManager(QStringLiteral("kierowniczka"))
                    .ok());
    ASSERT_TRUE(readsFamily(db, QStringLiteral("kierowniczka"), 1));
    // The administrator gives the second manager a new password: she reaches no case now.
    ASSERT_TRUE(AccountService(db.session(db.admin()))
                    .setPassword(QStringLiteral("kierowniczka"), "nowe-haslo-testowe")
                    .ok());
    ASSERT_FALSE(readsFamily(db, QStringLiteral("kierowniczka"), 1));

    ui::MainWindow window;
    whenModal([&](QWidget* modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("signInDialog"));
        modal->findChild<QLineEdit*>(QStringLiteral("loginEdit"))->setText(db.manager().login);
        modal->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))
            ->setText(QString::fromLatin1(kPassword));
        QTest::keyClick(modal, Qt::Key_Return);
    });
    ASSERT_TRUE(window.openDatabase(db.path()));
    ASSERT_EQ(window.actor().login, db.manager().login);
    ui::ManagerDeskTab* start = window.managerStartTab();
    ASSERT_NE(start, nullptr);
    window.tabs()->setCurrentWidget(start);
    window.show();
    QTest::qWait(50);

    ui::PendingConfirmationsBox* box = start->pendingConfirmations();
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->isVisible()) << "the start page does not show the account awaiting";
    ui::ReportTableModel* model = box->model();
    ASSERT_EQ(model->rowCount(), 1);
    const auto cell = [&](int column) { return model->index(0, column).data().toString(); };
    EXPECT_EQ(cell(0), QStringLiteral("kierowniczka"));
    EXPECT_EQ(cell(1), ui::Labels::role(Role::Manager));
    EXPECT_EQ(cell(2), ui::PendingConfirmationsBox::tr("Password set"));
    EXPECT_EQ(cell(3), db.admin().login);
    EXPECT_TRUE(cell(4).startsWith(QDate::currentDate().toString(QStringLiteral("dd.MM.yyyy"))))
        << cell(4).toStdString();

    box->table()->selectRow(0);
    ASSERT_TRUE(box->confirmButton()->isEnabled());
    QTest::mouseClick(box->confirmButton(), Qt::LeftButton);

    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_FALSE(box->isVisible()) << "an empty list is still shown";
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("kierowniczka")))
        << window.statusBar()->currentMessage().toStdString();
    EXPECT_FALSE(account(db, QStringLiteral("kierowniczka")).awaitingConfirmation);
    EXPECT_TRUE(readsFamily(db, QStringLiteral("kierowniczka"), 1));
}
