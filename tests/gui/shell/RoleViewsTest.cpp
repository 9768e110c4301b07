// The window shows each role the desks of its work and refuses, with the service's reason, a
// case outside the signed-in account's reach.
#include "AccountService.h"
#include "FamiliesModel.h"
#include "FamiliesTab.h"
#include "GuiTestDatabase.h"
#include "MainWindow.h"
#include "ModalHelper.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QTabWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
const QByteArray kPassword = "haslo-pracownika-1";

QStringList visibleTabs(ui::MainWindow& window)
{
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    QStringList names;
    if (!tabs)
        return names;
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->isTabVisible(i))
            names << tabs->widget(i)->objectName();
    return names;
}
} // namespace

TEST(RoleViews, ASocialWorkerSeesHerDesksAndIsToldWhyAnotherCaseStaysClosed)
{
    GuiTestDatabase db;
    db.load(DataSet::Workers, "id,first_name,last_name,role,fte,unit\n"
                              "1,Anna,Testowa,social_worker,1,Zespół 1\n"
                              "2,Cezary,Inny,social_worker,1,Zespół 2\n");
    db.load(DataSet::Families, familiesCsv(4));
    db.load(DataSet::Assignments, "worker_id,case_kind,case_id,from,to\n"
                                  "1,family,1,2021-01-01,\n1,family,2,2021-01-01,\n"
                                  "2,family,3,2021-01-01,\n");
    auto anna = AccountService(db.workspace().database())
                    .addAccount(db.admin(), {QStringLiteral("anna"), Role::SocialWorker,
                                             std::optional<qint64>(1), kPassword});
    ASSERT_TRUE(anna.ok()) << anna.error().message.toStdString();

    ui::MainWindow window;
    whenModal([&](QWidget* modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("signInDialog"));
        auto* login = modal->findChild<QLineEdit*>(QStringLiteral("loginEdit"));
        auto* password = modal->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        ASSERT_TRUE(login && password);
        login->setText(QStringLiteral("anna"));
        password->setText(QString::fromLatin1(kPassword));
        QTest::keyClick(modal, Qt::Key_Return);
    });
    ASSERT_TRUE(window.openDatabase(db.path()));
    ASSERT_EQ(window.actor().login, QStringLiteral("anna"));

    const QStringList tabs = visibleTabs(window);
    EXPECT_TRUE(tabs.contains(QStringLiteral("familiesTab")))
        << tabs.join(QLatin1Char(',')).toStdString();
    EXPECT_FALSE(tabs.contains(QStringLiteral("reportsTab")))
        << tabs.join(QLatin1Char(',')).toStdString();
    EXPECT_EQ(window.familiesTab()->model()->totalCount(), 2) << "her two families only";

    EXPECT_NE(window.openFamily(1), nullptr);
    QString refusal;
    whenModal([&](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        ASSERT_NE(box, nullptr);
        refusal = box->text();
        box->accept();
    });
    EXPECT_EQ(window.openFamily(3), nullptr);
    EXPECT_TRUE(refusal.contains(QStringLiteral("family 3"))) << refusal.toStdString();
    EXPECT_TRUE(refusal.contains(QStringLiteral("A manager can assign it")))
        << refusal.toStdString();
}
