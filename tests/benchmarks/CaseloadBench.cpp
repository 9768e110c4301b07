// The caseload report against the plain SQL aggregate it rests on, and the engine's check.
#include "AssignmentRepository.h"
#include "BenchDatabase.h"
#include "BenchMeasures.h"
#include "CaseloadEngine.h"
#include "CaseloadService.h"
#include "Database.h"
#include "IsoDate.h"
#include "RuleRepository.h"
#include "WorkerRepository.h"

#include <QSqlQuery>
#include <benchmark/benchmark.h>

using namespace opieka;

namespace {

// What a hand-written report would run: the number of open cases per worker on a day.
void BM_CaseloadPlainSql(benchmark::State& state)
{
    bench::caseloadPlainSql(state, bench::workspace().database());
}
BENCHMARK(BM_CaseloadPlainSql)->Unit(benchmark::kMillisecond)->MinTime(3);

// The report's figures: every worker's load and each role's summary with its number of overrides
// (what the CLI's caseload, the statistics and the assign dialog's "workers with room" read).
void BM_CaseloadReport(benchmark::State& state)
{
    CaseloadService service(Session(bench::workspace().database(), bench::manager()));
    for (auto _ : state) {
        auto report = service.report(bench::today());
        if (!report)
            state.SkipWithError("report failed");
        benchmark::DoNotOptimize(report);
    }
}
BENCHMARK(BM_CaseloadReport)->Unit(benchmark::kMillisecond)->MinTime(3);

// The report as its screen and the printed document read it: the figures and the list of the
// overrides in force (62,000 on this data).
void BM_CaseloadReportWithOverrides(benchmark::State& state)
{
    CaseloadService service(Session(bench::workspace().database(), bench::manager()));
    for (auto _ : state) {
        auto report = service.report(bench::today(), {}, CaseloadDetail::WithOverrides);
        if (!report)
            state.SkipWithError("report failed");
        benchmark::DoNotOptimize(report);
    }
}
BENCHMARK(BM_CaseloadReportWithOverrides)->Unit(benchmark::kMillisecond)->MinTime(3);

// The engine alone on the busiest social worker's 77-odd assignments (no SQL).
void BM_AssignmentCheckEngine(benchmark::State& state)
{
    Database& db = bench::workspace().database();
    auto worker = WorkerRepository(db).find(1);
    auto existing = AssignmentRepository(db).countedForWorker(1);
    auto rules = RuleRepository(db).all();
    if (!worker || !*worker || !existing || !rules) {
        state.SkipWithError("set-up failed");
        return;
    }
    const CountedAssignment proposed{bench::today(), std::nullopt, bench::today().addDays(-3),
                                     std::nullopt};
    for (auto _ : state)
        benchmark::DoNotOptimize(
            CaseloadEngine::checkAssignment(**worker, *existing, proposed, *rules));
    state.counters["assignments"] = static_cast<double>(existing->size());
}
BENCHMARK(BM_AssignmentCheckEngine)->Unit(benchmark::kMicrosecond);

// The same check as the assign dialog asks for it: the worker, the case and the rules read first.
void BM_AssignmentPreview(benchmark::State& state)
{
    CaseloadService service(Session(bench::workspace().database(), bench::manager()));
    for (auto _ : state) {
        auto preview = service.preview(1, 177001, bench::today());
        if (!preview)
            state.SkipWithError("preview failed");
        benchmark::DoNotOptimize(preview);
    }
}
BENCHMARK(BM_AssignmentPreview)->Unit(benchmark::kMicrosecond);

} // namespace
