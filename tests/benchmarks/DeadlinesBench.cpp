// The deadlines report on a voivodeship's data (issue 24, fourth round): the service's report as
// the manager, the manager's glance's count, and the same rows from the plain SQL.
#include "BenchDatabase.h"
#include "Database.h"
#include "ReportService.h"
#include "Session.h"
#include "SqlHelpers.h"

#include <QDate>
#include <benchmark/benchmark.h>

using namespace opieka;

namespace {

void BM_DeadlinesReport(benchmark::State& state)
{
    ReportService service(Session(bench::workspace().database(), bench::manager()));
    qsizetype rows = 0;
    const double cpu = bench::threadCpuMs();
    for (auto _ : state) {
        auto report = service.deadlines(bench::today());
        if (!report) {
            state.SkipWithError(report.error().message.toStdString().c_str());
            return;
        }
        rows = report->size();
        benchmark::DoNotOptimize(report);
    }
    state.counters["rows"] = static_cast<double>(rows);
    state.counters["cpu_ms"] = (bench::threadCpuMs() - cpu) / double(state.iterations());
}
BENCHMARK(BM_DeadlinesReport)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_DeadlinesOverdueCount(benchmark::State& state)
{
    ReportService service(Session(bench::workspace().database(), bench::manager()));
    int count = 0;
    const double cpu = bench::threadCpuMs();
    for (auto _ : state) {
        auto overdue = service.overdueCount(bench::today());
        if (!overdue) {
            state.SkipWithError(overdue.error().message.toStdString().c_str());
            return;
        }
        count = *overdue;
    }
    state.counters["overdue"] = count;
    state.counters["cpu_ms"] = (bench::threadCpuMs() - cpu) / double(state.iterations());
}
BENCHMARK(BM_DeadlinesOverdueCount)->Unit(benchmark::kMillisecond)->Iterations(3);

// The same rows as far as SQL alone gives them: the next steps (121 thousand of the 132 thousand
// rows) with the worker's and family's names (the assistants' and coordinators' few thousand
// are the desks' rules over few rows), sorted by due date, worker and last contact.
void BM_DeadlinesPlainSql(benchmark::State& state)
{
    Database& db = bench::workspace().database();
    const QVariant d = sql::date(bench::today());
    const QVariant horizon = sql::date(bench::today().addDays(14));
    qint64 rows = 0;
    const double cpu = bench::threadCpuMs();
    for (auto _ : state) {
        rows = 0;
        auto q = sql::run(
            db,
            QStringLiteral(
                "WITH s AS MATERIALIZED (SELECT a.worker_id, w.first_name, w.last_name, f.name, "
                " (SELECT MAX(c.contact_date) FROM contacts c WHERE c.family_id = f.id) AS last, "
                " (SELECT c.next_step_due FROM contacts c WHERE c.family_id = f.id AND "
                "c.next_step IS NOT NULL ORDER BY c.contact_date DESC, c.contact_time DESC, c.id "
                "DESC LIMIT 1) AS due "
                "FROM workers w JOIN assignments a ON a.worker_id = w.id "
                "JOIN families f ON f.id = a.family_id "
                "WHERE w.role = 'social_worker' AND (w.active_from IS NULL OR w.active_from <= ?) "
                "AND (w.active_to IS NULL OR w.active_to > ?) AND a.from_date <= ? "
                "AND (a.to_date IS NULL OR a.to_date > ?) AND f.opened_on <= ? "
                "AND (f.closed_on IS NULL OR f.closed_on > ?)) "
                "SELECT * FROM s WHERE s.due IS NOT NULL AND s.due <= ? ORDER BY s.due, "
                "s.worker_id, s.last"),
            {d, d, d, d, d, d, horizon});
        if (!q) {
            state.SkipWithError(q.error().message.toStdString().c_str());
            return;
        }
        while (q->next()) {
            benchmark::DoNotOptimize(q->value(3).toString());
            ++rows;
        }
    }
    state.counters["rows"] = static_cast<double>(rows);
    state.counters["cpu_ms"] = (bench::threadCpuMs() - cpu) / double(state.iterations());
}
BENCHMARK(BM_DeadlinesPlainSql)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
