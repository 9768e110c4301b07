// CSV import of a million visits into a copy of the voivodeship database. The CSV (about 75 MB)
// is generated deterministically for families 1-177,000 and social workers 1-2,300 of the demo;
// the import streams it (ImportService). Run it alone for a meaningful peak RSS:
//   scripts/bench.sh --benchmark_filter=ImportMillionVisits
#include "BenchDatabase.h"
#include "Database.h"
#include "ImportService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <sys/resource.h>

using namespace opieka;

namespace {

constexpr int kVisits = 1000000;

// The process's peak resident set so far, in MB (Linux reports kilobytes).
double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

bool writeVisitsCsv(const QString& path, const QDate& today)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    static const char* kinds[] = {"home_visit", "phone", "office_meeting", "partner_institution"};
    QByteArray out = "family_id,worker_id,date,kind,notes\n";
    quint64 x = 12345;
    for (int i = 0; i < kVisits; ++i) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        const auto r = static_cast<int>(x >> 33);
        const QDate day = today.addDays(-(r % 1800));
        out += QByteArray::number(r % 177000 + 1) + ',' + QByteArray::number(r % 2300 + 1) + ',' +
               day.toString(Qt::ISODate).toLatin1() + ',' + kinds[r % 4] +
               ",Wizyta w środowisku; rozmowa o planie pracy.\n";
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    return file.flush();
}

void BM_ImportMillionVisits(benchmark::State& state)
{
    const QString source = bench::workspace().database().connection().databaseName();
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/opieka-bench-XXXXXX"));
        const QString copy = dir.filePath(QStringLiteral("import.sqlite"));
        const QString csv = dir.filePath(QStringLiteral("visits.csv"));
        bool ready = QFile::copy(source, copy) && writeVisitsCsv(csv, bench::today());
        if (QFile::exists(source + QStringLiteral("-wal")))
            ready = ready &&
                    QFile::copy(source + QStringLiteral("-wal"), copy + QStringLiteral("-wal"));
        auto ws = Workspace::open(copy, Workspace::OpenMode::MustExist);
        if (!ready || !ws) {
            state.SkipWithError("could not copy the database or write the CSV");
            return;
        }
        state.counters["rss_before_mb"] = peakRssMb();
        state.ResumeTiming();
        auto summary = ImportService(Session((*ws)->database(), bench::administrator()))
                           .importFile(DataSet::Visits, csv, false, bench::today());
        if (!summary || summary->imported != kVisits)
            state.SkipWithError(summary ? "not every visit was imported"
                                        : qPrintable(summary.error().message.left(200)));
        state.PauseTiming();
        ws->reset();
        state.ResumeTiming();
    }
    state.counters["visits"] = kVisits;
    state.counters["peak_rss_mb"] = peakRssMb();
}
BENCHMARK(BM_ImportMillionVisits)->Unit(benchmark::kSecond)->Iterations(1);

} // namespace
