#include "BenchDatabase.h"

#include "Database.h"
#include "UserRepository.h"

#include <QFileInfo>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

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

const User& manager()
{
    static const User user = [] {
        auto found =
            UserRepository(workspace().database()).findByLogin(QStringLiteral("kierownik"));
        if (!found || !*found)
            fail(QStringLiteral("no manager account 'kierownik' in the database"));
        return **found;
    }();
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

} // namespace opieka::bench
