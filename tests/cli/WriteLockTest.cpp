// While an import holds the write lock (issue 18, defect 7): reading commands and signing in work
// in other processes; a change waits a bounded time and then says, in words, whose import it
// waited for; an import whose process was killed is not named afterwards. The import reads its
// rows from a pipe the test writes (a first megabyte, then nothing until the test says), so it
// holds the lock exactly as long as the test needs.
// On SQLite files, and on the PostgreSQL test server (ctest: cli_tests_postgres).
#include "CliFixture.h"
#include "Database.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>
#include <cerrno>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using opieka::test::CliRun;
using opieka::test::CliTest;

namespace {

const QString kAdminPassword = QStringLiteral("haslo-szefowej-2026");
const QString kManagerPassword = QStringLiteral("haslo-kierownika-2026");
const QByteArray kHeader = "id,name,municipality,category,opened_on,closed_on\n";

QByteArray familyRow(int id)
{
    return QStringLiteral("%1,Rodzina %1,Testowo,struggling,2020-01-01,\n").arg(id).toUtf8();
}

class WriteLockTest : public CliTest
{
protected:
    void SetUp() override
    {
        if (opieka::test::onPostgres()) {
            server = std::make_unique<opieka::test::TestDatabase>();
            location = server->location();
        } else {
            location = db();
        }
    }

    // The account's environment; `waitSeconds` is how long a change waits for the write lock.
    QProcessEnvironment as(const QString& login, const QString& password,
                           int waitSeconds = -1) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("OPIEKA_DB"), location);
        env.insert(QStringLiteral("OPIEKA_USER"), login);
        env.insert(QStringLiteral("OPIEKA_PASSWORD"), password);
        if (waitSeconds >= 0)
            env.insert(QStringLiteral("OPIEKA_WAIT"), QString::number(waitSeconds));
        return env;
    }
    QProcessEnvironment admin(int waitSeconds = -1) const
    {
        return as(QStringLiteral("szefowa"), kAdminPassword, waitSeconds);
    }
    QProcessEnvironment manager(int waitSeconds = -1) const
    {
        return as(QStringLiteral("kierownik"), kManagerPassword, waitSeconds);
    }

    // A centre with an administrator, a manager (both with passwords) and ten families.
    void setUpCentre()
    {
        QProcessEnvironment init;
        init.insert(QStringLiteral("OPIEKA_DB"), location);
        init.insert(QStringLiteral("OPIEKA_NEW_PASSWORD"), kAdminPassword);
        const CliRun made = cli(
            {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("szefowa")}, init);
        ASSERT_EQ(made.code, 0) << made.err.toStdString();
        QProcessEnvironment add = admin();
        add.insert(QStringLiteral("OPIEKA_NEW_PASSWORD"), kManagerPassword);
        const CliRun added = addUser(QStringLiteral("kierownik"), QStringLiteral("manager"), add);
        ASSERT_EQ(added.code, 0) << added.err.toStdString();
        QByteArray families = kHeader;
        for (int id = 1; id <= 10; ++id)
            families += familyRow(id);
        const CliRun imported = cli({QStringLiteral("import"), QStringLiteral("families"),
                                     write(QStringLiteral("first.csv"), families)},
                                    admin());
        ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    }

    // An import of families by `env`'s account reading from a pipe; the test holds the pipe's
    // writing end (`pipe`) open, and the import holds the write lock until it is closed.
    struct RunningImport
    {
        std::unique_ptr<QProcess> process;
        int pipe = -1;
    };
    RunningImport startImport(const QString& name, int firstId, const QProcessEnvironment& env)
    {
        RunningImport run;
        const QString path = dir.filePath(name);
        if (::mkfifo(path.toLocal8Bit().constData(), 0600) != 0) {
            ADD_FAILURE() << "mkfifo failed";
            return run;
        }
        run.process = std::make_unique<QProcess>();
        run.process->setProcessEnvironment(environment(env));
        run.process->start(QStringLiteral(OPIEKA_CLI_PATH),
                           {QStringLiteral("import"), QStringLiteral("families"), path});
        // Opening the writing end without blocking fails until the import opens the reading end.
        QElapsedTimer waited;
        waited.start();
        while (run.pipe < 0 && waited.elapsed() < 20000 &&
               run.process->state() != QProcess::NotRunning) {
            run.pipe = ::open(path.toLocal8Bit().constData(), O_WRONLY | O_NONBLOCK);
            if (run.pipe < 0)
                QThread::msleep(20);
        }
        if (run.pipe < 0) {
            run.process->waitForFinished(1000);
            ADD_FAILURE() << "the import did not open its file: "
                          << run.process->readAllStandardError().toStdString();
            return run;
        }
        // Back to blocking writes; the import reads its file a megabyte at a time, so the first
        // block must be full for its rows to be imported (and the lock taken).
        ::fcntl(run.pipe, F_SETFL, ::fcntl(run.pipe, F_GETFL) & ~O_NONBLOCK);
        QByteArray rows = kHeader;
        for (int id = firstId; rows.size() < (1 << 20) + 4096; ++id)
            rows += familyRow(id);
        send(run, rows);
        if (!waitUntilWriteLockHeld())
            ADD_FAILURE() << "the import did not take the write lock: "
                          << run.process->readAllStandardError().toStdString();
        return run;
    }
    static void send(RunningImport& run, const QByteArray& bytes)
    {
        ASSERT_EQ(::write(run.pipe, bytes.constData(), static_cast<size_t>(bytes.size())),
                  bytes.size());
    }
    static void finish(RunningImport& run)
    {
        ::close(run.pipe);
        run.pipe = -1;
        ASSERT_TRUE(run.process->waitForFinished(60000));
        EXPECT_EQ(run.process->exitCode(), 0) << run.process->readAllStandardError().toStdString();
    }

    // Whether another process holds the database's write lock now: asked without waiting.
    bool writeLockHeld()
    {
        auto database = opieka::Database::open(location, opieka::Database::OpenMode::MustExist);
        if (!database)
            return false;
        QSqlQuery query((*database)->connection());
        if ((*database)->dialect().isSqlite()) {
            query.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
            if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
                return true;
            query.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        if (!query.exec(QStringLiteral("SELECT pg_try_advisory_lock(7263141)")) || !query.next())
            return false;
        if (!query.value(0).toBool())
            return true;
        query.exec(QStringLiteral("SELECT pg_advisory_unlock(7263141)"));
        return false;
    }
    bool waitUntilWriteLockHeld()
    {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 20000) {
            if (writeLockHeld())
                return true;
            QThread::msleep(20);
        }
        return false;
    }

    std::unique_ptr<opieka::test::TestDatabase> server;
    QString location;
};

TEST_F(WriteLockTest, ReadersAndSignInWorkDuringAnImportAndAChangeIsToldWhoseImportItWaitsFor)
{
    setUpCentre();
    // One earlier wrong password: the manager's right ones below have a failure to clear, which
    // must not make them wait for the lock either.
    const CliRun mistyped = cli({QStringLiteral("caseload")},
                                as(QStringLiteral("kierownik"), QStringLiteral("literowka")));
    ASSERT_EQ(mistyped.code, 1) << mistyped.err.toStdString();
    RunningImport import = startImport(QStringLiteral("large.csv"), 1000, admin());
    ASSERT_GE(import.pipe, 0);

    // Reading commands, each signing in with its password, in other processes.
    const QList<QStringList> readers{
        {QStringLiteral("caseload")},
        {QStringLiteral("report"), QStringLiteral("statistics")},
        {QStringLiteral("rules"), QStringLiteral("list")},
        {QStringLiteral("verify")},
    };
    for (const QStringList& reader : readers) {
        QElapsedTimer took;
        took.start();
        const CliRun run = cli(reader, manager());
        EXPECT_EQ(run.code, 0) << reader.join(QLatin1Char(' ')).toStdString() << ": "
                               << run.err.toStdString();
        EXPECT_LT(took.elapsed(), 4000)
            << reader.join(QLatin1Char(' ')).toStdString() << " waited for the import";
    }
    const CliRun users = cli({QStringLiteral("user"), QStringLiteral("list")}, admin());
    EXPECT_EQ(users.code, 0) << users.err.toStdString();

    // A change waits one second (OPIEKA_WAIT) and says whose import is being saved.
    QElapsedTimer took;
    took.start();
    const QStringList addRule{QStringLiteral("rules"),   QStringLiteral("add"),
                              QStringLiteral("--role"),  QStringLiteral("family_assistant"),
                              QStringLiteral("--limit"), QStringLiteral("14"),
                              QStringLiteral("--from"),  QStringLiteral("2026-01-01")};
    const CliRun waiting = cli(addRule, manager(1));
    EXPECT_EQ(waiting.code, 4) << waiting.err.toStdString();
    EXPECT_TRUE(waiting.err.contains(QStringLiteral(
        "Another change is being saved: an import of families by szefowa started at ")))
        << waiting.err.toStdString();
    EXPECT_TRUE(waiting.err.contains(QStringLiteral("Try again when it finishes.")))
        << waiting.err.toStdString();
    EXPECT_LT(took.elapsed(), 6000);

    // A wrong password must be counted, which is a change: it waits too, and says so.
    const CliRun guess = cli({QStringLiteral("caseload")},
                             as(QStringLiteral("kierownik"), QStringLiteral("zgadywanie-1"), 1));
    EXPECT_EQ(guess.code, 4) << guess.err.toStdString();
    EXPECT_TRUE(guess.err.contains(QStringLiteral("an import of families by szefowa")))
        << guess.err.toStdString();

    // An export is recorded in the audit trail, a write: it waits too, and gives out nothing.
    const CliRun exported = cli({QStringLiteral("export"), QStringLiteral("families")}, manager(1));
    EXPECT_EQ(exported.code, 4) << exported.err.toStdString();
    EXPECT_FALSE(exported.out.contains(QStringLiteral("Rodzina"))) << "data given out unrecorded";

    send(import, familyRow(900000));
    finish(import);

    // The import is done: the change goes through, and nobody is named any more.
    const CliRun added = cli(addRule, manager(1));
    EXPECT_EQ(added.code, 0) << added.err.toStdString();
    const CliRun listed = cli({QStringLiteral("export"), QStringLiteral("families")}, manager());
    EXPECT_EQ(listed.code, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("Rodzina 900000"))) << listed.out.toStdString();
}

TEST_F(WriteLockTest, AnImportWhoseProcessWasKilledIsNotNamedAfterwards)
{
    setUpCentre();
    RunningImport killed = startImport(QStringLiteral("killed.csv"), 1000, admin());
    ASSERT_GE(killed.pipe, 0);
    killed.process->kill(); // SIGKILL: no chance to tidy up
    ASSERT_TRUE(killed.process->waitForFinished(10000));
    ::close(killed.pipe);

    // Its lock went with it (on a server when the server notices the closed connection).
    const CliRun free = addRule(QStringLiteral("family_assistant"), QStringLiteral("14"),
                                QStringLiteral("2026-01-01"), manager(10));
    EXPECT_EQ(free.code, 0) << free.err.toStdString();

    RunningImport running = startImport(QStringLiteral("second.csv"), 100000, manager());
    ASSERT_GE(running.pipe, 0);
    const CliRun waiting = addRule(QStringLiteral("family_assistant"), QStringLiteral("13"),
                                   QStringLiteral("2026-02-01"), admin(1));
    EXPECT_EQ(waiting.code, 4) << waiting.err.toStdString();
    EXPECT_TRUE(waiting.err.contains(QStringLiteral("an import of families by kierownik")))
        << waiting.err.toStdString();
    EXPECT_FALSE(waiting.err.contains(QStringLiteral("szefowa"))) << waiting.err.toStdString();
    finish(running);
}

} // namespace
