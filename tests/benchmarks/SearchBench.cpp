// Search as you type in the families list, and opening a family's record with its chronology.
#include "BenchDatabase.h"
#include "BenchMeasures.h"
#include "ChronologyService.h"
#include "Database.h"
#include "DirectoryService.h"
#include "FamilyService.h"
#include "SqlHelpers.h"
#include "TextFolding.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <benchmark/benchmark.h>
#include <ctime>
#include <functional>

using namespace opieka;

namespace {

using bench::threadCpuMs;
using bench::typedPrefixes;

// Runs `search` as the families list does for each typed prefix (open families, as the list
// starts), as the manager.
void timePrefixes(benchmark::State& state,
                  const std::function<bool(DirectoryService&, const FamilyQuery&)>& search)
{
    DirectoryService directory(Session(bench::workspace().database(), bench::manager()));
    bench::timePrefixes(state, [&](const QString& prefix) {
        FamilyQuery query;
        query.text = prefix;
        query.openOnly = true;
        return search(directory, query);
    });
}

// What the families list asks for at each keystroke: the first page and whether more match
// (one query bounded by the page; the matches are counted only when a person asks).
void BM_SearchAsYouType(benchmark::State& state)
{
    timePrefixes(state, [](DirectoryService& directory, const FamilyQuery& query) {
        return directory.familyPage(query).ok();
    });
}
BENCHMARK(BM_SearchAsYouType)->Unit(benchmark::kMillisecond)->Iterations(3);

// "Count them": every match of a prefix counted, as the list does when asked.
void BM_SearchCountOnRequest(benchmark::State& state)
{
    timePrefixes(state, [](DirectoryService& directory, const FamilyQuery& query) {
        return directory.familyCount(query).ok();
    });
}
BENCHMARK(BM_SearchCountOnRequest)->Unit(benchmark::kMillisecond)->Iterations(1);

// The plain SQL beside BM_SearchAsYouType: the same page of open families for each prefix, every
// folded word a `LIKE '%word%'`, without the application around it (range 0); and with
// `instr(search_text, word) > 0` in place of LIKE (range 1), the alternative measured for it.
void BM_SearchPlainSql(benchmark::State& state)
{
    const bool instr = state.range(0) == 1;
    Database& db = bench::workspace().database();
    QList<double> samples;
    QList<double> cpuSamples;
    for (auto _ : state)
        for (const QString& prefix : typedPrefixes()) {
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = threadCpuMs();
            QStringList conditions;
            QList<QVariant> values;
            for (const QString& word :
                 foldForSearch(prefix).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                conditions << (instr ? QStringLiteral("instr(search_text, ?) > 0")
                                     : QStringLiteral("search_text LIKE ? ESCAPE '\\'"));
                values << (instr ? word : sql::likePattern(word));
            }
            QSqlQuery q(db.connection());
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT id, case_number, name, municipality, category, "
                                     "opened_on, closed_on FROM families WHERE ") +
                      conditions.join(QStringLiteral(" AND ")) +
                      QStringLiteral(" AND closed_on IS NULL ORDER BY id LIMIT 201"));
            for (const QVariant& value : std::as_const(values))
                q.addBindValue(value);
            if (!q.exec())
                state.SkipWithError("plain SQL failed");
            int rows = 0;
            while (q.next())
                ++rows;
            benchmark::DoNotOptimize(rows);
            samples << timer.nsecsElapsed() / 1e6;
            cpuSamples << threadCpuMs() - cpuStart;
        }
    state.counters["p50_ms"] = bench::percentile(samples, 50);
    state.counters["p95_ms"] = bench::percentile(samples, 95);
    state.counters["max_ms"] = bench::percentile(samples, 100);
    state.counters["cpu_p95_ms"] = bench::percentile(cpuSamples, 95);
}
BENCHMARK(BM_SearchPlainSql)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);

// The families list from the first open family to the last, a page of 200 after another, as the
// list reads them while a person scrolls (keyset paging: each page starts after the last row
// read), in each order the list sorts by (the range: FamilyQuery::Sort).
void BM_FamiliesScrollToTheEnd(benchmark::State& state)
{
    DirectoryService directory(Session(bench::workspace().database(), bench::manager()));
    int rows = 0;
    for (auto _ : state) {
        FamilyQuery query;
        query.openOnly = true;
        query.sort = static_cast<FamilyQuery::Sort>(state.range(0));
        rows = 0;
        for (;;) {
            auto page = directory.familyPage(query);
            if (!page) {
                state.SkipWithError("page failed");
                break;
            }
            rows += static_cast<int>(page->families.size());
            if (!page->more)
                break;
            query.after = page->next;
        }
    }
    state.counters["rows"] = rows;
}
BENCHMARK(BM_FamiliesScrollToTheEnd)
    ->DenseRange(0, 4)
    ->ArgName("sort")
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

// The plain SQL beside it, in id order (the list's first order): the bare keyset page query
// until a page comes back short.
void BM_FamiliesScrollPlainSql(benchmark::State& state)
{
    Database& db = bench::workspace().database();
    int rows = 0;
    for (auto _ : state) {
        rows = 0;
        qint64 last = 0;
        for (bool more = true; more;) {
            QSqlQuery q(db.connection());
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT id, case_number, name, municipality, category, "
                                     "opened_on, closed_on FROM families WHERE id > ? AND "
                                     "closed_on IS NULL ORDER BY id LIMIT 201"));
            q.addBindValue(last);
            if (!q.exec()) {
                state.SkipWithError("plain SQL failed");
                break;
            }
            int read = 0;
            while (q.next())
                if (++read <= 200)
                    last = q.value(0).toLongLong();
            rows += std::min(read, 200);
            more = read > 200; // the 201st row: more follow
        }
    }
    state.counters["rows"] = rows;
}
BENCHMARK(BM_FamiliesScrollPlainSql)->Unit(benchmark::kMillisecond)->Iterations(3);

// Opening a family's record as the manager (the opening is audited) and reading its chronology.
void BM_OpenFamilyWithChronology(benchmark::State& state)
{
    bench::timeOpeningFamilies(state, bench::workspace().database(), bench::manager());
}
BENCHMARK(BM_OpenFamilyWithChronology)->Unit(benchmark::kMillisecond)->Iterations(200);

} // namespace
