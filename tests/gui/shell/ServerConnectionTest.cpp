// File › Connect to Centre Server…: the dialog builds the server's address from its parts and
// refuses empty ones; with the throwaway PostgreSQL server (OPIEKA_TEST_POSTGRES_URL), the window
// connects through it, signs in as for a file, keeps no password in its settings, and a form keeps
// what was typed when the connection drops under a save.
#include "AppSettings.h"
#include "CentreSetupSteps.h"
#include "Database.h"
#include "FamilyRecordWindow.h"
#include "FamilyService.h"
#include "MainWindow.h"
#include "ModalHelper.h"
#include "RecordTestHelpers.h"
#include "ServerConnectionDialog.h"
#include "SqlHelpers.h"
#include "TestWorkspace.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QUrl>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

#define OPIEKA_SERVER_ONLY()                                                                       \
    if (!onPostgres())                                                                             \
    GTEST_SKIP() << "needs the PostgreSQL test server: set OPIEKA_TEST_POSTGRES_URL (the ctest "   \
                    "entry gui_tests_postgres does)"

namespace {

void fill(QWidget* dialog, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(dialog, name);
    ASSERT_NE(edit, nullptr);
    edit->clear();
    typeText(edit, text);
}

QString messageOf(QWidget* dialog)
{
    auto* label = child<QLabel>(dialog, "serverConnectionMessage");
    return label ? label->text() : QString();
}

// Every value kept in the test's QSettings, as text.
QString allSettings()
{
    const QSettings settings;
    QString all;
    for (const QString& key : settings.allKeys())
        all += key + QLatin1Char('=') + settings.value(key).toStringList().join(QLatin1Char(',')) +
               settings.value(key).toString() + QLatin1Char('\n');
    return all;
}

// Answers the connection dialog with the parts of `location` and `password`.
void answerConnection(QWidget* modal, const QString& location, const QString& password)
{
    ASSERT_EQ(modal->objectName(), QStringLiteral("serverConnectionDialog"));
    const QUrl url(location);
    fill(modal, "serverHostEdit", url.host());
    child<QSpinBox>(modal, "serverPortSpin")->setValue(url.port(5432));
    fill(modal, "serverDatabaseEdit", url.path().mid(1));
    fill(modal, "serverUserEdit", url.userName());
    auto* tls = child<QComboBox>(modal, "serverTlsCombo");
    tls->setCurrentIndex(tls->findData(QStringLiteral("prefer"))); // the test server has no TLS
    fill(modal, "serverPasswordEdit", password);
    click(modal, "serverConnectButton");
}

class ServerConnectionTest : public ::testing::Test
{
protected:
    void SetUp() override { QSettings().remove(QStringLiteral("servers")); }
    void TearDown() override { QSettings().remove(QStringLiteral("servers")); }
};

} // namespace

TEST_F(ServerConnectionTest, TheDialogBuildsTheAddressFromItsParts)
{
    ui::ServerConnectionDialog dialog({});
    dialog.show();
    fill(&dialog, "serverHostEdit", QStringLiteral("srv.osrodek.local"));
    child<QSpinBox>(&dialog, "serverPortSpin")->setValue(5433);
    fill(&dialog, "serverDatabaseEdit", QStringLiteral("opieka_ops"));
    fill(&dialog, "serverUserEdit", QStringLiteral("ops_gniezno"));
    auto* tls = child<QComboBox>(&dialog, "serverTlsCombo");
    EXPECT_EQ(tls->currentData().toString(), QStringLiteral("require")) << "encrypted by default";
    tls->setCurrentIndex(tls->findData(QStringLiteral("verify-full")));
    fill(&dialog, "serverPasswordEdit", QStringLiteral("tajne-haslo"));
    EXPECT_EQ(child<QLineEdit>(&dialog, "serverPasswordEdit")->echoMode(), QLineEdit::Password);
    click(&dialog, "serverConnectButton");
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.address(), QStringLiteral("postgresql://ops_gniezno@srv.osrodek.local:5433/"
                                               "opieka_ops?sslmode=verify-full"));
    EXPECT_EQ(dialog.password(), QStringLiteral("tajne-haslo"));
    EXPECT_FALSE(dialog.address().contains(QStringLiteral("tajne")));
}

TEST_F(ServerConnectionTest, TheDialogRefusesEmptyOrMalformedParts)
{
    ui::ServerConnectionDialog dialog({});
    dialog.show();
    // Each step fills one more part (none at first) and is refused, saying what is wrong.
    const struct
    {
        const char* field;
        QString value;
        QString refusal;
    } steps[] = {
        {nullptr, {}, QStringLiteral("server's name")},
        {"serverHostEdit", QStringLiteral("anna@srv.osrodek.local"), QStringLiteral("cannot hold")},
        {"serverHostEdit", QStringLiteral("srv.osrodek.local"), QStringLiteral("database")},
        {"serverDatabaseEdit", QStringLiteral("opieka"), QStringLiteral("server account")},
    };
    for (const auto& step : steps) {
        if (step.field)
            fill(&dialog, step.field, step.value);
        click(&dialog, "serverConnectButton");
        EXPECT_TRUE(dialog.isVisible()) << step.refusal.toStdString();
        EXPECT_TRUE(messageOf(&dialog).contains(step.refusal)) << messageOf(&dialog).toStdString();
    }

    fill(&dialog, "serverUserEdit", QStringLiteral("opieka"));
    click(&dialog, "serverConnectButton");
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.address(),
              QStringLiteral("postgresql://opieka@srv.osrodek.local:5432/opieka?sslmode=require"));
}

TEST_F(ServerConnectionTest, ARecentServerFillsTheFieldsButNotThePassword)
{
    ui::AppSettings::addRecentServer(
        QStringLiteral("postgresql://ops@srv.osrodek.local:5433/opieka_ops?sslmode=verify-full"));
    ui::AppSettings::addRecentServer(
        QStringLiteral("postgresql://pcpr@10.0.0.5:5432/opieka_pcpr?sslmode=require"));
    ui::ServerConnectionDialog dialog(ui::AppSettings::recentServers());
    EXPECT_EQ(child<QLineEdit>(&dialog, "serverHostEdit")->text(), QStringLiteral("10.0.0.5"));
    EXPECT_EQ(child<QLineEdit>(&dialog, "serverDatabaseEdit")->text(),
              QStringLiteral("opieka_pcpr"));
    auto* recent = child<QComboBox>(&dialog, "recentServersCombo");
    ASSERT_EQ(recent->count(), 3);
    recent->setCurrentIndex(2);
    emit recent->activated(2);
    EXPECT_EQ(child<QLineEdit>(&dialog, "serverUserEdit")->text(), QStringLiteral("ops"));
    EXPECT_EQ(child<QSpinBox>(&dialog, "serverPortSpin")->value(), 5433);
    EXPECT_EQ(child<QComboBox>(&dialog, "serverTlsCombo")->currentData().toString(),
              QStringLiteral("verify-full"));
    EXPECT_TRUE(child<QLineEdit>(&dialog, "serverPasswordEdit")->text().isEmpty());
}

TEST_F(ServerConnectionTest, TheWindowConnectsToTheServerAndSignsInAsForAFile)
{
    OPIEKA_SERVER_ONLY();
    TestDatabase server(TestDatabase::Content::Migrated); // a new centre: no accounts yet
    const QString password = qEnvironmentVariable("OPIEKA_DB_PASSWORD");
    ASSERT_FALSE(password.isEmpty());
    ui::MainWindow window;
    bool firstRunAsked = false;
    whenModal([&](QWidget* modal) {
        // A wrong password first: the typed password goes before OPIEKA_DB_PASSWORD.
        answerConnection(modal, server.location(), QStringLiteral("not-the-password"));
        whenModal([&, modal](QWidget* again) {
            // Asked again, with the reason, the address kept and the password emptied.
            ASSERT_EQ(again, modal);
            EXPECT_TRUE(messageOf(again).contains(QStringLiteral("Cannot connect")))
                << messageOf(again).toStdString();
            EXPECT_TRUE(child<QLineEdit>(again, "serverPasswordEdit")->text().isEmpty());
            EXPECT_EQ(child<QLineEdit>(again, "serverHostEdit")->text(),
                      QUrl(server.location()).host());
            whenModal([&](QWidget* first) {
                firstRunAsked = first->objectName() == QStringLiteral("firstRunDialog");
                ASSERT_TRUE(firstRunAsked) << first->objectName().toStdString();
                for (const char* name : {"adminPasswordEdit", "adminRepeatEdit"})
                    QTest::keyClicks(first->findChild<QLineEdit*>(QString::fromLatin1(name)),
                                     QStringLiteral("haslo-administratora"));
                leaveCentreSetupWizard();
                QTest::keyClick(first, Qt::Key_Return);
            });
            fill(again, "serverPasswordEdit", password);
            click(again, "serverConnectButton");
        });
    });
    ASSERT_TRUE(window.connectToServer());
    EXPECT_TRUE(firstRunAsked) << "sign-in follows as for a file";
    EXPECT_EQ(window.actor().role, Role::Administrator);
    EXPECT_FALSE(window.workspace()->database().dialect().isSqlite());
    const QString label = child<QLabel>(&window, "databaseLabel")->text();
    EXPECT_TRUE(label.contains(QUrl(server.location()).path().mid(1))) << label.toStdString();
    EXPECT_TRUE(label.contains(QStringLiteral("on the server"))) << label.toStdString();

    const QStringList recent = ui::AppSettings::recentServers();
    ASSERT_EQ(recent.size(), 1);
    EXPECT_TRUE(recent.first().startsWith(QStringLiteral("postgresql://")));
    EXPECT_TRUE(recent.first().endsWith(QStringLiteral("?sslmode=prefer")));
    EXPECT_FALSE(allSettings().contains(password)) << "the password is never written to settings";
}

// A save that meets a dropped connection fails with the reason, keeps what was typed in the
// form, changes nothing; pressing Save again reconnects and saves.
TEST_F(ServerConnectionTest, AFormKeepsItsEntriesWhenTheConnectionDropsUnderASave)
{
    OPIEKA_SERVER_ONLY();
    TestWorkspace ws; // accounts without passwords: the window opens as the manager
    ws.load(DataSet::Families, opieka::test::familiesCsv(1));
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(ws.path()));
    window.show();
    ui::FamilyRecordWindow* record = window.openFamily(1);
    ASSERT_NE(record, nullptr);
    auto* address = child<QLineEdit>(record, "addressEdit");
    address->clear();
    typeText(address, QStringLiteral("ul. Spokojna 3"));

    auto pid = sql::run(window.workspace()->database(), QStringLiteral("SELECT pg_backend_pid()"));
    ASSERT_TRUE(pid.ok() && pid->next());
    auto ended = sql::run(ws.database(), QStringLiteral("SELECT pg_terminate_backend(?)"),
                          {pid->value(0).toLongLong()});
    ASSERT_TRUE(ended.ok() && ended->next() && ended->value(0).toBool());

    QString shown;
    acceptMessageWhenShown(shown);
    click(record, "saveDetailsButton");
    EXPECT_TRUE(shown.contains(QStringLiteral("connection to the database server")))
        << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("kept in the form"))) << shown.toStdString();
    EXPECT_EQ(address->text(), QStringLiteral("ul. Spokojna 3")) << "what was typed stays";
    auto stored = FamilyService(ws.session(ws.manager())).family(1);
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored->address.isEmpty()) << "nothing was saved";

    click(record, "saveDetailsButton"); // reconnects and saves: no message
    EXPECT_EQ(record->family().address, QStringLiteral("ul. Spokojna 3"));
    stored = FamilyService(ws.session(ws.manager())).family(1);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->address, QStringLiteral("ul. Spokojna 3"));
}
