#include "CentreSetupSteps.h"
#include "Database.h"
#include "GuiTestDatabase.h"
#include "MainWindow.h"
#include "ModalHelper.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
// Opens `path` in a fresh window and returns the text of the message box it shows.
QString refusalOf(ui::MainWindow& window, const QString& path)
{
    QString shown;
    acceptMessageWhenShown(shown);
    EXPECT_FALSE(window.openDatabase(path));
    return shown;
}
} // namespace

TEST(OpenDatabaseTest, StatusBarNamesTheDatabaseAndTheActingUser)
{
    GuiTestDatabase db;
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(db.path()));
    auto* user = window.findChild<QLabel*>(QStringLiteral("userLabel"));
    auto* path = window.findChild<QLabel*>(QStringLiteral("databaseLabel"));
    ASSERT_TRUE(user && path);
    EXPECT_EQ(user->text(), QStringLiteral("Signed in as: ") + db.manager().login);
    EXPECT_TRUE(path->text().contains(QStringLiteral("opieka.sqlite")));
}

TEST(OpenDatabaseTest, NewFileIsCreatedWithAnAdministrator)
{
    QTemporaryDir dir;
    ui::MainWindow window;
    // The first run asks who administers the new database, with a password.
    test::whenModal([](QWidget* modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("firstRunDialog"));
        for (const char* name : {"adminPasswordEdit", "adminRepeatEdit"})
            QTest::keyClicks(modal->findChild<QLineEdit*>(QString::fromLatin1(name)),
                             QStringLiteral("haslo-administratora"));
        leaveCentreSetupWizard();
        QTest::keyClick(modal, Qt::Key_Return);
    });
    ASSERT_TRUE(window.openDatabase(dir.filePath(QStringLiteral("new.sqlite"))));
    EXPECT_EQ(window.actor().login, QStringLiteral("admin"));
    EXPECT_EQ(window.actor().role, Role::Administrator);
}

TEST(OpenDatabaseTest, CancellingTheFirstRunOpensNothing)
{
    QTemporaryDir dir;
    ui::MainWindow window;
    test::whenModal([](QWidget* modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("firstRunDialog"));
        QTest::keyClick(modal, Qt::Key_Escape);
    });
    EXPECT_FALSE(window.openDatabase(dir.filePath(QStringLiteral("new.sqlite"))));
}

TEST(OpenDatabaseTest, TextFileIsRefusedWithAMessage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("This is not a database, just some notes.\n").repeated(100));
    file.close();

    ui::MainWindow window;
    const QString message = refusalOf(window, path);
    EXPECT_TRUE(message.contains(QStringLiteral("not a usable Opieka database")))
        << message.toStdString();
    EXPECT_FALSE(window.hasDatabase());
}

TEST(OpenDatabaseTest, NewerSchemaIsRefusedAndTheOpenDatabaseKept)
{
    GuiTestDatabase current;
    GuiTestDatabase newer;
    QSqlQuery bump(newer.workspace().database().connection());
    ASSERT_TRUE(bump.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (999)")));

    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(current.path()));
    const QString message = refusalOf(window, newer.path());
    EXPECT_TRUE(message.contains(QStringLiteral("newer version"))) << message.toStdString();
    ASSERT_TRUE(window.hasDatabase());
    EXPECT_TRUE(window.findChild<QLabel*>(QStringLiteral("databaseLabel"))
                    ->text()
                    .contains(QDir::toNativeSeparators(current.path())));
}
