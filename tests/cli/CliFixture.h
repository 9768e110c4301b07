#pragma once
// The fixture of the CLI tests: runs the real opieka-cli on a database in a temporary folder.
#include "ReportFixture.h"
#include "TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>
#include <optional>
#include <sys/stat.h>

namespace opieka::test {

// The caller's environment without the OPIEKA_ variables of the developer's shell (account,
// passwords, passphrase, database): what a test gives the program is all it gets. Kept: the test
// server's settings that tests/run-on-postgres.sh exports for the migrate tests
// (OPIEKA_TEST_POSTGRES_URL, OPIEKA_DB_PASSWORD).
inline QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& key : env.keys())
        if (key.startsWith(QLatin1String("OPIEKA_")) &&
            !key.startsWith(QLatin1String("OPIEKA_TEST_")) &&
            key != QLatin1String("OPIEKA_DB_PASSWORD"))
            env.remove(key);
    return env;
}

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

// Runs the real opieka-cli with a database in a temporary folder.
class CliTest : public ::testing::Test
{
protected:
    // What the program gets: the test's database, folders and language, then `extra`.
    QProcessEnvironment environment(const QProcessEnvironment& extra = {}) const
    {
        QProcessEnvironment env = cleanEnvironment();
        env.insert(QStringLiteral("OPIEKA_DB"), db());
        env.insert(QStringLiteral("HOME"), dir.path()); // logs go to the temporary folder
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        for (const QString& key : extra.keys())
            env.insert(key, extra.value(key));
        return env;
    }

    CliRun cli(const QStringList& arguments, const QProcessEnvironment& extra = {})
    {
        QProcess process;
        process.setProcessEnvironment(environment(extra));
        if (childUmask) // the umask the user's shell would give the program
            process.setChildProcessModifier([mask = *childUmask] { ::umask(mask); });
        process.start(QStringLiteral(OPIEKA_CLI_PATH), arguments);
        EXPECT_TRUE(process.waitForFinished(60000));
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString db() const { return dir.filePath(QStringLiteral("centre.sqlite")); }

    // The hand-counted centre of tests/support/ReportFixture.h; the environment that points the
    // CLI at it.
    QProcessEnvironment reportFixture()
    {
        fixture = std::make_unique<opieka::test::TestWorkspace>();
        opieka::test::loadReportFixture(*fixture);
        fixture->close();
        QProcessEnvironment env;
        env.insert(QStringLiteral("OPIEKA_DB"), fixture->path());
        env.insert(QStringLiteral("OPIEKA_USER"), fixture->manager().login);
        return env;
    }
    std::unique_ptr<opieka::test::TestWorkspace> fixture;

    // `user add`: an account with a role, its password in env's OPIEKA_NEW_PASSWORD.
    CliRun addUser(const QString& login, const QString& role, const QProcessEnvironment& env)
    {
        return cli(
            {QStringLiteral("user"), QStringLiteral("add"), login, QStringLiteral("--role"), role},
            env);
    }

    // Adds an account (as the database's first administrator) and returns the environment that
    // signs in as it.
    QProcessEnvironment withNewAccount(const QString& login, const QString& role,
                                       const QString& password, QProcessEnvironment env = {})
    {
        QProcessEnvironment newPassword;
        newPassword.insert(QStringLiteral("OPIEKA_NEW_PASSWORD"), password);
        const CliRun added = addUser(login, role, newPassword);
        EXPECT_EQ(added.code, 0) << added.err.toStdString();
        return signedInAs(login, password, env);
    }
    static QProcessEnvironment signedInAs(const QString& login, const QString& password,
                                          QProcessEnvironment env = {})
    {
        env.insert(QStringLiteral("OPIEKA_USER"), login);
        env.insert(QStringLiteral("OPIEKA_PASSWORD"), password);
        return env;
    }

    // The centre's manager account, added on first use: assigning, releasing and exporting are a
    // manager's acts (the administrator sets up and manages accounts).
    QProcessEnvironment asManager(QProcessEnvironment env = {})
    {
        const QString login = QStringLiteral("kierownik");
        const QString password = QStringLiteral("haslo-kierownika-2");
        if (managerAdded)
            return signedInAs(login, password, env);
        managerAdded = true;
        return withNewAccount(login, QStringLiteral("manager"), password, env);
    }
    bool managerAdded = false;

    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }

    // A members file in the test's folder: the import's header, then `rows`.
    QString writeMembers(const QString& name, const QByteArray& rows)
    {
        return write(name, "family_id,pesel,first_name,last_name,birth_date,sex,relation\n" + rows);
    }

    // `import`: the data set (workers, families...) from the file `name` written with
    // `content` in the test's folder, with `env` (e.g. asManager()).
    CliRun importFile(const QString& set, const QString& name, const QByteArray& content,
                      const QProcessEnvironment& env = {})
    {
        return cli({QStringLiteral("import"), set, write(name, content)}, env);
    }

    // Imports a members file written by writeMembers, with `env` (e.g. asManager()).
    CliRun importMembers(const QString& name, const QByteArray& rows,
                         const QProcessEnvironment& env = {})
    {
        return cli({QStringLiteral("import"), QStringLiteral("members"), writeMembers(name, rows)},
                   env);
    }

    // `assign`: the worker takes the family's case from a day (`more` arguments follow, e.g.
    // --override), with `env`.
    CliRun assignCase(const QString& worker, const QString& caseId, const QString& from,
                      const QProcessEnvironment& env, const QStringList& more = {})
    {
        return cli(QStringList{QStringLiteral("assign"), QStringLiteral("--worker"), worker,
                               QStringLiteral("--case"), caseId, QStringLiteral("--from"), from} +
                       more,
                   env);
    }

    // `release`: the worker's assignment to the family's case ends on a day, with `env`.
    CliRun releaseCase(const QString& worker, const QString& caseId, const QString& on,
                       const QProcessEnvironment& env)
    {
        return cli({QStringLiteral("release"), QStringLiteral("--worker"), worker,
                    QStringLiteral("--case"), caseId, QStringLiteral("--on"), on},
                   env);
    }

    // `rules add`: the centre's own caseload limit for a role from a day, with `env`.
    CliRun addRule(const QString& role, const QString& limit, const QString& from,
                   const QProcessEnvironment& env = {})
    {
        return cli({QStringLiteral("rules"), QStringLiteral("add"), QStringLiteral("--role"), role,
                    QStringLiteral("--limit"), limit, QStringLiteral("--from"), from},
                   env);
    }

    // The administrator (signed in by `admin`, password haslo-admina-2026) adds the manager
    // "ewa" with the password haslo-ewy-2026; `admin` keeps both passwords.
    void addManagerEwa(QProcessEnvironment& admin)
    {
        admin.insert(QStringLiteral("OPIEKA_PASSWORD"), QStringLiteral("haslo-admina-2026"));
        admin.insert(QStringLiteral("OPIEKA_NEW_PASSWORD"), QStringLiteral("haslo-ewy-2026"));
        const CliRun added = addUser(QStringLiteral("ewa"), QStringLiteral("manager"), admin);
        ASSERT_EQ(added.code, 0) << added.err.toStdString();
    }

    // A centre: assistant 3 carries 15 families (the limit since 2015), assistant 4 carries 2.
    void setUpCentre()
    {
        ASSERT_EQ(cli({QStringLiteral("init")}).code, 0);
        QByteArray families = "id,name,municipality,category,opened_on,closed_on\n";
        for (int i = 1; i <= 30; ++i)
            families +=
                QStringLiteral("%1,Rodzina %1,Testowo,struggling,2020-01-01,\n").arg(i).toUtf8();
        QByteArray assignments = "worker_id,case_kind,case_id,from,to\n";
        for (int i = 1; i <= 15; ++i)
            assignments += QStringLiteral("3,family,%1,2021-01-01,\n").arg(i).toUtf8();
        assignments += "4,family,21,2021-01-01,\n4,family,22,2021-01-01,\n1,family,1,2021-01-01,\n";
        const CliRun w = importFile(QStringLiteral("workers"), QStringLiteral("w.csv"),
                                    "id,first_name,last_name,role,fte\n"
                                    "1,Anna,Testowa,social_worker,0.5\n"
                                    "3,Celina,Wzorcowa,family_assistant,1\n"
                                    "4,Dorota,Fikcyjna,family_assistant,1\n"
                                    "5,Edward,Kierowniczy,manager,1\n");
        ASSERT_EQ(w.code, 0) << w.err.toStdString();
        ASSERT_EQ(importFile(QStringLiteral("families"), QStringLiteral("f.csv"), families).code,
                  0);
        const CliRun a =
            importFile(QStringLiteral("assignments"), QStringLiteral("a.csv"), assignments);
        ASSERT_EQ(a.code, 0) << a.err.toStdString();
        EXPECT_TRUE(a.out.contains(QStringLiteral("0 workers over their limits")))
            << a.out.toStdString();
    }

    QTemporaryDir dir;
    std::optional<mode_t> childUmask; // unset: the test's own
};

} // namespace opieka::test
