// CSV import of a million visits into a copy of the voivodeship database. The CSV (about 75 MB)
// is generated deterministically for families 1-177,000 and social workers 1-2,300 of the demo;
// the import streams it (ImportService). Beside it, the plain-SQL figure: the same million rows
// inserted by one prepared sqlite3 statement in one transaction, no checks (what SQLite itself
// needs). Run them alone for a meaningful peak RSS:
//   scripts/bench.sh --benchmark_filter='ImportMillionVisits|ImportPlainSql'

#include "BenchDatabase.h"
#include "Database.h"
#include "ImportService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <sqlite3.h>
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

// The visits of the benchmark, one call per row, in the CSV's order and values.
template <typename Visit> void eachVisit(const QDate& today, Visit visit)
{
    static const char* kinds[] = {"home_visit", "phone", "office_meeting", "partner_institution"};
    quint64 x = 12345;
    for (int i = 0; i < kVisits; ++i) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        const auto r = static_cast<int>(x >> 33);
        visit(r % 177000 + 1, r % 2300 + 1, today.addDays(-(r % 1800)).toString(Qt::ISODate),
              kinds[r % 4]);
    }
}

const char* const kNotes = "Wizyta w środowisku; rozmowa o planie pracy.";

bool writeVisitsCsv(const QString& path, const QDate& today)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray out = "family_id,worker_id,date,kind,notes\n";
    eachVisit(today, [&](int familyId, int workerId, const QString& day, const char* kind) {
        out += QByteArray::number(familyId) + ',' + QByteArray::number(workerId) + ',' +
               day.toLatin1() + ',' + kind + ',' + kNotes + '\n';
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    });
    file.write(out);
    return file.flush();
}

// A copy of the benchmark's database (with its WAL) in `dir`; empty when it could not be made.
QString copyDatabase(const QTemporaryDir& dir)
{
    const QString source = bench::workspace().database().connection().databaseName();
    const QString copy = dir.filePath(QStringLiteral("import.sqlite"));
    bool ready = QFile::copy(source, copy);
    if (QFile::exists(source + QStringLiteral("-wal")))
        ready =
            ready && QFile::copy(source + QStringLiteral("-wal"), copy + QStringLiteral("-wal"));
    return ready ? copy : QString();
}

void BM_ImportMillionVisits(benchmark::State& state)
{
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/opieka-bench-XXXXXX"));
        const QString copy = copyDatabase(dir);
        const QString csv = dir.filePath(QStringLiteral("visits.csv"));
        const bool ready = !copy.isEmpty() && writeVisitsCsv(csv, bench::today());
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

// The same million visits straight into `contacts` of a copy: one prepared INSERT, every value
// bound as the import binds it, one transaction, the import's page cache; no parsing, no checks,
// no audit. The floor the import is measured against.
void BM_ImportPlainSql(benchmark::State& state)
{
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/opieka-bench-XXXXXX"));
        const QString copy = copyDatabase(dir);
        sqlite3* db = nullptr;
        if (copy.isEmpty() || sqlite3_open_v2(copy.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE,
                                              nullptr) != SQLITE_OK) {
            sqlite3_close(db);
            state.SkipWithError("could not copy or open the database");
            return;
        }
        sqlite3_stmt* insert = nullptr;
        bool ok =
            sqlite3_exec(db,
                         "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; "
                         "PRAGMA cache_size = -262144",
                         nullptr, nullptr, nullptr) == SQLITE_OK &&
            sqlite3_prepare_v2(db,
                               "INSERT INTO contacts (family_id, worker_id, contact_date, "
                               "contact_time, kind, present, notes, next_step, next_step_due) "
                               "VALUES (?, ?, ?, NULL, ?, NULL, ?, NULL, NULL)",
                               -1, &insert, nullptr) == SQLITE_OK;
        state.ResumeTiming();
        ok = ok && sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
        eachVisit(bench::today(),
                  [&](int familyId, int workerId, const QString& day, const char* kind) {
                      if (!ok)
                          return;
                      const QByteArray date = day.toLatin1();
                      sqlite3_bind_int64(insert, 1, familyId);
                      sqlite3_bind_int64(insert, 2, workerId);
                      sqlite3_bind_text(insert, 3, date.constData(), -1, SQLITE_STATIC);
                      sqlite3_bind_text(insert, 4, kind, -1, SQLITE_STATIC);
                      sqlite3_bind_text(insert, 5, kNotes, -1, SQLITE_STATIC);
                      ok = sqlite3_step(insert) == SQLITE_DONE;
                      sqlite3_reset(insert);
                  });
        ok = ok && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
        state.PauseTiming();
        if (!ok)
            state.SkipWithError(sqlite3_errmsg(db));
        sqlite3_finalize(insert);
        sqlite3_close(db);
        state.ResumeTiming();
    }
    state.counters["visits"] = kVisits;
    state.counters["peak_rss_mb"] = peakRssMb();
}
BENCHMARK(BM_ImportPlainSql)->Unit(benchmark::kSecond)->Iterations(1);

} // namespace
