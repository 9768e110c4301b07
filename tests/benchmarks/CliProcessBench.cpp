// `opieka-cli caseload --summary` as a whole process, start to exit (issue 24, first target),
// beside the sqlite3 shell answering the same question on the same data in the same run: each
// role's workers, cases, cases per worker, limit and workers over it. The CLI runs signed in
// through a session made before timing (opieka-cli login) and, to show what that saves, signed
// in with the password (Argon2id at every command). The three are run in turn, repetition after
// repetition, so that they share the machine's load; wall and CPU time (getrusage
// RUSAGE_CHILDREN) per process, medians and ratios as counters.
//
// The database is a copy of OPIEKA_BENCH_DB in a temporary folder (login writes to it; the copy
// is given a password for 'admin'). opieka-cli is found through OPIEKA_CLI, else in the build
// tree beside this binary; sqlite3 (Debian's sqlite3) through OPIEKA_SQLITE3, else on the PATH.
//   OPIEKA_BENCH_DB=... opieka_benchmarks --benchmark_filter=CliProcess

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

constexpr int kRepetitions = 11;
const QByteArray kPassword = "haslo-benchmarku-2026";

// The caseload summary in plain SQL: each role's active workers, their open cases on the day,
// the limit in force and how many workers are over it (the figures `caseload --summary` prints).
const char* const kSummarySql =
    "WITH counts AS (SELECT a.worker_id, COUNT(*) AS cases FROM assignments a "
    "LEFT JOIN families f ON f.id = a.family_id "
    "LEFT JOIN foster_families ff ON ff.id = a.foster_family_id "
    "WHERE a.from_date <= date('now') AND (a.to_date IS NULL OR a.to_date > date('now')) "
    "AND COALESCE(f.opened_on, ff.opened_on) <= date('now') "
    "AND (COALESCE(f.closed_on, ff.closed_on) IS NULL "
    "OR COALESCE(f.closed_on, ff.closed_on) > date('now')) GROUP BY a.worker_id), "
    "lim AS (SELECT r.role, r.case_limit FROM caseload_rules r WHERE r.valid_from = "
    "(SELECT MAX(valid_from) FROM caseload_rules r2 WHERE r2.role = r.role "
    "AND r2.valid_from <= date('now'))) "
    "SELECT w.role, COUNT(*), SUM(COALESCE(c.cases, 0)), "
    "ROUND(1.0 * SUM(COALESCE(c.cases, 0)) / COUNT(*), 1), lim.case_limit, "
    "SUM(COALESCE(c.cases, 0) > lim.case_limit) FROM workers w "
    "LEFT JOIN counts c ON c.worker_id = w.id JOIN lim ON lim.role = w.role "
    "WHERE (w.active_from IS NULL OR w.active_from <= date('now')) "
    "AND (w.active_to IS NULL OR w.active_to > date('now')) "
    "GROUP BY w.role, lim.case_limit ORDER BY w.role;";

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "CliProcessBench set-up: %s\n", qPrintable(message));
    std::exit(2);
}

QString cliPath()
{
    if (QString given = qEnvironmentVariable("OPIEKA_CLI"); !given.isEmpty())
        return given;
    // build/<preset>/tests/benchmarks/opieka_benchmarks -> build/<preset>/src/cli/opieka-cli
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../../src/cli/opieka-cli"));
}

QString sqlite3Path()
{
    const QString given = qEnvironmentVariable("OPIEKA_SQLITE3");
    return given.isEmpty() ? QStringLiteral("sqlite3") : given;
}

struct Copy
{
    QTemporaryDir dir{QDir::temp().filePath(QStringLiteral("opieka-cli-bench-XXXXXX"))};
    QString database;
    QString sessionRuntime;  // XDG_RUNTIME_DIR holding the session
    QString passwordRuntime; // an empty one: no session, the password is checked
};

// Runs opieka-cli or sqlite3 for the set-up, output kept; fails the whole run on an error.
QString setUpRun(const QString& program, const QStringList& arguments,
                 const QProcessEnvironment& env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        fail(QStringLiteral("%1 %2 failed: %3")
                 .arg(program, arguments.join(QLatin1Char(' ')),
                      QString::fromUtf8(process.readAllStandardError())));
    return QString::fromUtf8(process.readAllStandardOutput());
}

QProcessEnvironment cliEnvironment(const QString& runtime)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    env.remove(QStringLiteral("OPIEKA_USER"));
    env.remove(QStringLiteral("OPIEKA_DB"));
    env.remove(QStringLiteral("OPIEKA_PASSWORD"));
    return env;
}

// Each role's workers and cases as "role workers cases" lines, from the CLI's table or
// sqlite3's rows, to check that both answered the same question.
QStringList figures(const QString& output, bool fromSqlite)
{
    QStringList lines;
    for (const QString& line : output.split(QLatin1Char('\n'))) {
        const QStringList cells =
            fromSqlite ? line.split(QLatin1Char('|')) : line.simplified().split(QLatin1Char(' '));
        if (cells.size() >= 3 && cells[0].contains(QLatin1Char('_')) && cells[1].toInt() > 0)
            lines << QStringLiteral("%1 %2 %3").arg(cells[0], cells[1], cells[2]);
    }
    lines.sort();
    return lines;
}

const Copy& copy()
{
    // A static object: its folder (a copy of the whole database) is removed when the run ends.
    static Copy made;
    static const bool ready = [] {
        Copy* c = &made;
        if (!c->dir.isValid())
            fail(QStringLiteral("no temporary folder"));
        // Copied before anything opens it: the shared file is never written (not even migrated).
        const QString source = qEnvironmentVariable("OPIEKA_BENCH_DB");
        if (source.isEmpty() || !QFileInfo::exists(source))
            fail(QStringLiteral("set OPIEKA_BENCH_DB to a database made by 'opieka-cli demo "
                                "--scale voivodeship'"));
        c->database = c->dir.filePath(QStringLiteral("voivodeship.sqlite"));
        if (!QFile::copy(source, c->database))
            fail(QStringLiteral("cannot copy %1").arg(source));
        c->sessionRuntime = c->dir.filePath(QStringLiteral("run-session"));
        c->passwordRuntime = c->dir.filePath(QStringLiteral("run-password"));
        QDir().mkpath(c->sessionRuntime);
        QDir().mkpath(c->passwordRuntime);
        QFile::setPermissions(c->sessionRuntime,
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(c->passwordRuntime,
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (!QFileInfo(cliPath()).isExecutable())
            fail(QStringLiteral("no opieka-cli at %1 (set OPIEKA_CLI)").arg(cliPath()));

        // The demo's accounts have no password: the administrator is given one, as a centre's
        // has, then signs in once for the session.
        QProcessEnvironment set = cliEnvironment(c->passwordRuntime);
        set.insert(QStringLiteral("OPIEKA_NEW_PASSWORD"), QString::fromLatin1(kPassword));
        setUpRun(cliPath(),
                 {QStringLiteral("--db"), c->database, QStringLiteral("user"),
                  QStringLiteral("password"), QStringLiteral("admin")},
                 set);
        QProcessEnvironment login = cliEnvironment(c->sessionRuntime);
        login.insert(QStringLiteral("OPIEKA_PASSWORD"), QString::fromLatin1(kPassword));
        setUpRun(cliPath(), {QStringLiteral("--db"), c->database, QStringLiteral("login")}, login);

        const QStringList cli =
            figures(setUpRun(cliPath(),
                             {QStringLiteral("--db"), c->database, QStringLiteral("caseload"),
                              QStringLiteral("--summary")},
                             cliEnvironment(c->sessionRuntime)),
                    false);
        const QStringList plain =
            figures(setUpRun(sqlite3Path(), {c->database, QString::fromLatin1(kSummarySql)},
                             QProcessEnvironment::systemEnvironment()),
                    true);
        if (cli.isEmpty() || cli != plain)
            fail(QStringLiteral("the CLI and sqlite3 disagree:\n%1\n--\n%2")
                     .arg(cli.join(QLatin1Char('\n')), plain.join(QLatin1Char('\n'))));
        return true;
    }();
    (void)ready;
    return made;
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0; // user + system of the child
};

double cpuMsOf(const rusage& usage)
{
    return (static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3) +
           (static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3);
}

// One process, start to exit, its output thrown away.
Timing timeProcess(const std::vector<std::string>& argv, const std::vector<std::string>& env)
{
    std::vector<char*> args;
    args.reserve(argv.size() + 1);
    for (const std::string& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    std::vector<char*> envp;
    envp.reserve(env.size() + 1);
    for (const std::string& e : env)
        envp.push_back(const_cast<char*>(e.c_str()));
    envp.push_back(nullptr);

    rusage before{};
    getrusage(RUSAGE_CHILDREN, &before);
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        const int devnull = open("/dev/null", O_WRONLY);
        dup2(devnull, STDOUT_FILENO);
        execvpe(args[0], args.data(), envp.data());
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    const auto end = std::chrono::steady_clock::now();
    rusage after{};
    getrusage(RUSAGE_CHILDREN, &after);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        fail(QStringLiteral("%1 exited with %2").arg(QString::fromStdString(argv[0])).arg(status));
    return {std::chrono::duration<double, std::milli>(end - start).count(),
            cpuMsOf(after) - cpuMsOf(before)};
}

std::vector<std::string> environmentFor(const QProcessEnvironment& env)
{
    std::vector<std::string> list;
    for (const QString& entry : env.toStringList())
        list.push_back(entry.toStdString());
    return list;
}

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

void BM_CliProcessVsSqlite3(benchmark::State& state)
{
    const Copy& c = copy();
    const std::string cli = cliPath().toStdString();
    const std::vector<std::string> cliArgs{cli, "--db", c.database.toStdString(), "caseload",
                                           "--summary"};
    const std::vector<std::string> plainArgs{sqlite3Path().toStdString(), c.database.toStdString(),
                                             kSummarySql};
    const auto sessionEnv = environmentFor(cliEnvironment(c.sessionRuntime));
    QProcessEnvironment withPassword = cliEnvironment(c.passwordRuntime);
    withPassword.insert(QStringLiteral("OPIEKA_PASSWORD"), QString::fromLatin1(kPassword));
    const auto passwordEnv = environmentFor(withPassword);
    const auto plainEnv = environmentFor(QProcessEnvironment::systemEnvironment());

    std::vector<double> plainWall, plainCpu, sessionWall, sessionCpu, passwordWall, passwordCpu;
    for (auto _ : state) {
        // A run of each first, to warm the page cache and the loader's.
        timeProcess(plainArgs, plainEnv);
        timeProcess(cliArgs, sessionEnv);
        for (int i = 0; i < kRepetitions; ++i) {
            const Timing plain = timeProcess(plainArgs, plainEnv);
            const Timing session = timeProcess(cliArgs, sessionEnv);
            const Timing password = timeProcess(cliArgs, passwordEnv);
            plainWall.push_back(plain.wallMs);
            plainCpu.push_back(plain.cpuMs);
            sessionWall.push_back(session.wallMs);
            sessionCpu.push_back(session.cpuMs);
            passwordWall.push_back(password.wallMs);
            passwordCpu.push_back(password.cpuMs);
        }
    }
    const double pw = median(plainWall), pc = median(plainCpu);
    const double sw = median(sessionWall), sc = median(sessionCpu);
    const double ww = median(passwordWall), wc = median(passwordCpu);
    state.counters["sqlite3_wall_ms"] = pw;
    state.counters["sqlite3_cpu_ms"] = pc;
    state.counters["cli_session_wall_ms"] = sw;
    state.counters["cli_session_cpu_ms"] = sc;
    state.counters["cli_password_wall_ms"] = ww;
    state.counters["cli_password_cpu_ms"] = wc;
    state.counters["ratio_session_wall"] = sw / pw;
    state.counters["ratio_session_cpu"] = sc / pc;
    state.counters["ratio_password_wall"] = ww / pw;
    state.counters["ratio_password_cpu"] = wc / pc;
}
BENCHMARK(BM_CliProcessVsSqlite3)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace
