// Search as you type in the families list, and opening a family's record with its chronology.
#include "BenchDatabase.h"
#include "ChronologyService.h"
#include "Database.h"
#include "DirectoryService.h"
#include "FamilyService.h"

#include <QElapsedTimer>
#include <benchmark/benchmark.h>
#include <ctime>
#include <functional>

using namespace opieka;

namespace {

// This thread's CPU time in milliseconds: on a shared machine the wall clock measures the others'
// load too, so each sample is also taken in CPU time.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

// Every prefix a person types on the way to a name, a case number, a PESEL, a first name, a
// municipality, and to nothing at all (the worst case: no row matches, every row is read).
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

// Runs `search` once per typed prefix (open families, as the list starts) and reports the
// percentiles of each prefix's wall-clock and CPU time.
void timePrefixes(benchmark::State& state,
                  const std::function<bool(DirectoryService&, const FamilyQuery&)>& search)
{
    DirectoryService directory(Session(bench::workspace().database(), bench::manager()));
    const QStringList prefixes = typedPrefixes();
    QList<double> samples;
    QList<double> cpuSamples;
    for (auto _ : state)
        for (const QString& prefix : prefixes) {
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = threadCpuMs();
            FamilyQuery query;
            query.text = prefix;
            query.openOnly = true;
            if (!search(directory, query))
                state.SkipWithError("search failed");
            samples << timer.nsecsElapsed() / 1e6;
            cpuSamples << threadCpuMs() - cpuStart;
        }
    state.counters["p50_ms"] = bench::percentile(samples, 50);
    state.counters["p95_ms"] = bench::percentile(samples, 95);
    state.counters["max_ms"] = bench::percentile(samples, 100);
    state.counters["cpu_p50_ms"] = bench::percentile(cpuSamples, 50);
    state.counters["cpu_p95_ms"] = bench::percentile(cpuSamples, 95);
    state.counters["cpu_max_ms"] = bench::percentile(cpuSamples, 100);
    state.counters["prefixes"] = static_cast<double>(prefixes.size());
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

// Opening a family's record as the manager (the opening is audited) and reading its chronology.
void BM_OpenFamilyWithChronology(benchmark::State& state)
{
    Database& db = bench::workspace().database();
    FamilyService families(Session(db, bench::manager()));
    ChronologyService chronology(Session(db, bench::manager()));
    QList<double> samples;
    qint64 id = 1;
    int entries = 0;
    for (auto _ : state) {
        id = (id * 7919 + 13) % 177000 + 1; // spread over the whole file
        QElapsedTimer timer;
        timer.start();
        auto family = families.open(id);
        auto timeline = chronology.forFamily(id);
        if (!family || !timeline)
            state.SkipWithError("opening failed");
        else
            entries += static_cast<int>(timeline->size());
        samples << timer.nsecsElapsed() / 1e6;
    }
    state.counters["p95_ms"] = bench::percentile(samples, 95);
    state.counters["entries_per_record"] =
        samples.isEmpty() ? 0 : static_cast<double>(entries) / samples.size();
}
BENCHMARK(BM_OpenFamilyWithChronology)->Unit(benchmark::kMillisecond)->Iterations(200);

} // namespace
