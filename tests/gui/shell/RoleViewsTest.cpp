// The window shows each role the desks of its work and refuses, with the service's reason, a
// case outside the signed-in account's reach.
#include "FamiliesModel.h"
#include "FamiliesTab.h"
#include "GuiTestDatabase.h"
#include "MainWindow.h"
#include "ModalHelper.h"

#include <QLineEdit>
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
    db.loadTwoUnitsAndFourFamilies();
    db.load(DataSet::Assignments, "worker_id,case_kind,case_id,from,to\n"
                                  "1,family,1,2021-01-01,\n1,family,2,2021-01-01,\n"
                                  "2,family,3,2021-01-01,\n");
    ASSERT_TRUE(db.addAccount(QStringLiteral("anna"), Role::SocialWorker, 1, kPassword));

    ui::MainWindow window;
    signInWhenAsked(QStringLiteral("anna"), kPassword);
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
    acceptMessageWhenShown(refusal);
    EXPECT_EQ(window.openFamily(3), nullptr);
    EXPECT_TRUE(refusal.contains(QStringLiteral("family 3"))) << refusal.toStdString();
    EXPECT_TRUE(refusal.contains(QStringLiteral("A manager can assign it")))
        << refusal.toStdString();
}
