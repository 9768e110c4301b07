// opieka-cli login / logout (issue 24): one sign-in for a script of commands, kept as a token in
// a file only its user may read; a token that expired, was ended, was copied or whose file is not
// private is refused with the way out ("run opieka-cli login again").
#include "CliFixture.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <gtest/gtest.h>
#include <unistd.h>

using opieka::test::CliRun;
using opieka::test::CliTest;

namespace {

const QString kAdminPassword = QStringLiteral("haslo-admina-2026");

class CliSessionTest : public CliTest
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("run")));
        QProcessEnvironment init;
        init.insert(QStringLiteral("OPIEKA_NEW_PASSWORD"), kAdminPassword);
        ASSERT_EQ(
            cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("szefowa")},
                init)
                .code,
            0);
    }
    // Every run of the test: its own runtime folder, where the session files go.
    CliRun run(const QStringList& arguments, QProcessEnvironment extra = {})
    {
        extra.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("run")));
        return cli(arguments, extra);
    }
    CliRun login(const QString& user = QStringLiteral("szefowa"),
                 const QString& password = kAdminPassword)
    {
        return run({QStringLiteral("login")}, signedInAs(user, password));
    }
    // A command that needs a signed-in account, run without any password.
    CliRun withoutPassword() { return run({QStringLiteral("rules"), QStringLiteral("list")}); }
    // The one session file in the runtime folder (empty: none).
    QString sessionFile() const
    {
        const QDir folder(dir.filePath(QStringLiteral("run/opieka/cli-sessions")));
        const QStringList files = folder.entryList(QDir::Files | QDir::System);
        return files.size() == 1 ? folder.filePath(files.first()) : QString();
    }
    static void expectLoginAgain(const CliRun& refused, const char* why)
    {
        EXPECT_EQ(refused.code, 1) << refused.err.toStdString();
        EXPECT_TRUE(refused.err.contains(QStringLiteral("opieka-cli login again")))
            << refused.err.toStdString();
        EXPECT_TRUE(refused.err.contains(QString::fromUtf8(why))) << refused.err.toStdString();
    }
    // Runs `statement` on the database itself (as time or another program would change it).
    void onDatabase(const QString& statement)
    {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sessionTest"));
            db.setDatabaseName(this->db());
            ASSERT_TRUE(db.open());
            QSqlQuery query(db);
            ASSERT_TRUE(query.exec(statement)) << statement.toStdString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("sessionTest"));
    }
};

TEST_F(CliSessionTest, AfterLoginCommandsNeedNoPasswordUntilLogout)
{
    const CliRun before = withoutPassword();
    EXPECT_EQ(before.code, 2) << "without a session the account's password is asked for";

    const CliRun in = login();
    ASSERT_EQ(in.code, 0) << in.err.toStdString();
    EXPECT_TRUE(in.out.contains(QStringLiteral("Signed in as 'szefowa'"))) << in.out.toStdString();
    const QString file = sessionFile();
    ASSERT_FALSE(file.isEmpty());
    EXPECT_EQ(QFileInfo(file).permissions() &
                  ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
              QFile::Permissions())
        << "the file is its owner's only";
    EXPECT_EQ(QFileInfo(QFileInfo(file).absolutePath()).permissions() &
                  (QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther),
              QFile::Permissions());

    const CliRun after = withoutPassword();
    EXPECT_EQ(after.code, 0) << after.err.toStdString();
    EXPECT_EQ(run({QStringLiteral("verify")}).code, 0);

    const CliRun out = run({QStringLiteral("logout")});
    EXPECT_EQ(out.code, 0) << out.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(file));
    EXPECT_EQ(withoutPassword().code, 2) << "the password is asked for again";
}

TEST_F(CliSessionTest, ACopyOfTheTokenMadeBeforeLogoutIsDead)
{
    ASSERT_EQ(login().code, 0);
    const QString file = sessionFile();
    QFile original(file);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    const QByteArray token = original.readAll();
    original.close();

    ASSERT_EQ(run({QStringLiteral("logout")}).code, 0);
    ASSERT_FALSE(QFileInfo::exists(file));
    // The copy put back in place, private as login writes it.
    QFile copy(file);
    ASSERT_TRUE(copy.open(QIODevice::WriteOnly));
    copy.write(token);
    copy.close();
    ASSERT_TRUE(copy.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    expectLoginAgain(withoutPassword(), "ended");
}

TEST_F(CliSessionTest, AnExpiredSessionIsRefused)
{
    ASSERT_EQ(login().code, 0);
    ASSERT_EQ(withoutPassword().code, 0);
    // Eight hours later, as the database sees it.
    onDatabase(QStringLiteral("UPDATE cli_sessions SET expires_at = '2020-01-01T00:00:00Z'"));
    expectLoginAgain(withoutPassword(), "expired");
    // Logging in again makes a new session.
    ASSERT_EQ(login().code, 0);
    EXPECT_EQ(withoutPassword().code, 0);
}

TEST_F(CliSessionTest, ASessionFileOthersMayReadIsRefused)
{
    ASSERT_EQ(login().code, 0);
    const QString file = sessionFile();
    ASSERT_TRUE(
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    expectLoginAgain(withoutPassword(), "others may read or change it");
    // Logout removes such a file without trusting it.
    EXPECT_EQ(run({QStringLiteral("logout")}).code, 0);
    EXPECT_FALSE(QFileInfo::exists(file));
}

TEST_F(CliSessionTest, ASessionFileThatIsALinkIsRefused)
{
    ASSERT_EQ(login().code, 0);
    const QString file = sessionFile();
    const QString moved = dir.filePath(QStringLiteral("elsewhere.session"));
    ASSERT_TRUE(QFile::rename(file, moved));
    ASSERT_TRUE(QFile::link(moved, file));
    expectLoginAgain(withoutPassword(), "symbolic link");
}

TEST_F(CliSessionTest, ASessionFileOfAnotherUserIsRefused)
{
    if (::geteuid() != 0)
        GTEST_SKIP() << "giving the file to another user needs root";
    ASSERT_EQ(login().code, 0);
    const QString file = sessionFile();
    // The file as another user's copy would be: theirs, private, with this user's token.
    ASSERT_EQ(::chown(QFile::encodeName(file).constData(), 65534, 65534), 0);
    expectLoginAgain(withoutPassword(), "belongs to another user");
}

TEST_F(CliSessionTest, ADisabledAccountsSessionIsRefusedAndAnotherUserSignsInItself)
{
    QProcessEnvironment admin = signedInAs(QStringLiteral("szefowa"), kAdminPassword);
    admin.insert(QStringLiteral("OPIEKA_NEW_PASSWORD"), QStringLiteral("haslo-drugiej-2026"));
    ASSERT_EQ(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("druga"),
                   QStringLiteral("--role"), QStringLiteral("administrator")},
                  admin)
                  .code,
              0);
    ASSERT_EQ(login(QStringLiteral("druga"), QStringLiteral("haslo-drugiej-2026")).code, 0);
    const CliRun asDruga = run({QStringLiteral("user"), QStringLiteral("list")});
    ASSERT_EQ(asDruga.code, 0) << asDruga.err.toStdString();

    // --user naming another account signs that one in the normal way, password and all.
    QProcessEnvironment szefowa;
    szefowa.insert(QStringLiteral("OPIEKA_USER"), QStringLiteral("szefowa"));
    EXPECT_EQ(run({QStringLiteral("user"), QStringLiteral("list")}, szefowa).code, 2)
        << "the session of 'druga' does not sign in 'szefowa'";
    const CliRun disabled =
        run({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("druga")}, admin);
    ASSERT_EQ(disabled.code, 0) << disabled.err.toStdString();

    expectLoginAgain(withoutPassword(), "disabled");
}

} // namespace
