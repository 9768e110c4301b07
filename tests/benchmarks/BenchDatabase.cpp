#include "BenchDatabase.h"

#include "Database.h"
#include "UserRepository.h"

#include <QFileInfo>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace opieka::bench {
namespace {
[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "benchmark set-up: %s\n", qPrintable(message));
    std::exit(2);
}
} // namespace

Workspace& workspace()
{
    static std::unique_ptr<Workspace> opened = [] {
        const QString path = qEnvironmentVariable("OPIEKA_BENCH_DB");
        if (path.isEmpty() || !QFileInfo::exists(path))
            fail(QStringLiteral("set OPIEKA_BENCH_DB to a database made by 'opieka-cli demo "
                                "--scale voivodeship' (scripts/bench.sh does)"));
        auto ws = Workspace::open(path, Workspace::OpenMode::MustExist);
        if (!ws)
            fail(ws.error().message);
        return std::move(*ws);
    }();
    return *opened;
}

namespace {
User findManager(Workspace& ws)
{
    auto found = UserRepository(ws.database()).findByLogin(QStringLiteral("kierownik"));
    if (!found || !*found)
        fail(QStringLiteral("no manager account 'kierownik' in the database"));
    return **found;
}
} // namespace

const User& manager()
{
    static const User user = findManager(workspace());
    return user;
}

Workspace* pgWorkspace()
{
    static std::unique_ptr<Workspace> opened = []() -> std::unique_ptr<Workspace> {
        const QString address = qEnvironmentVariable("OPIEKA_BENCH_PG_DB");
        if (address.isEmpty())
            return nullptr;
        auto ws = Workspace::open(address, Workspace::OpenMode::MustExist);
        if (!ws)
            fail(ws.error().message);
        return std::move(*ws);
    }();
    return opened.get();
}

const User& pgManager()
{
    static const User user = findManager(*pgWorkspace());
    return user;
}

const User& administrator()
{
    static const User user = [] {
        auto admin = workspace().actingUser(QString());
        if (!admin)
            fail(admin.error().message);
        return *admin;
    }();
    return user;
}

QDate today()
{
    return QDate::currentDate();
}

double percentile(QList<double> samples, double pct)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<qsizetype>(std::ceil(pct / 100.0 * samples.size())) - 1;
    return samples[std::clamp<qsizetype>(rank, 0, samples.size() - 1)];
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

QStringList typedPrefixes()
{
    const QStringList words{QStringLiteral("Nowakowska"),   QStringLiteral("Żółkiewski"),
                            QStringLiteral("Dąbrowski"),    QStringLiteral("OPS.2023.0123"),
                            QStringLiteral("85031"),        QStringLiteral("Małgorzata"),
                            QStringLiteral("Niepołomice"),  QStringLiteral("Kowalczyk Anna"),
                            QStringLiteral("Xylofonowski"), QStringLiteral("16230")};
    QStringList prefixes;
    for (const QString& word : words)
        for (qsizetype n = 1; n <= word.size(); ++n)
            prefixes << word.left(n);
    return prefixes;
}

} // namespace opieka::bench
