// The caseload report, search as you type and opening a family on PostgreSQL (issue 24): the
// voivodeship data moved to a server database with `opieka-cli migrate`, named by
// OPIEKA_BENCH_PG_DB (scripts/bench.sh does both). Each service benchmark runs twice: /0 with
// every statement prepared per call as QPSQL does by itself (PREPARE, EXECUTE, DEALLOCATE: three
// round trips), /1 with the statements kept per connection (sql::StatementCache: one EXECUTE).
#include "BenchDatabase.h"
#include "BenchMeasures.h"
#include "CaseloadService.h"
#include "ChronologyService.h"
#include "Database.h"
#include "DirectoryService.h"
#include "FamilyService.h"
#include "IsoDate.h"
#include "SqlHelpers.h"
#include "TextFolding.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <algorithm>
#include <benchmark/benchmark.h>

using namespace opieka;

namespace {

// The server's workspace, or the benchmark skipped with the reason.
Workspace* serverOrSkip(benchmark::State& state)
{
    Workspace* ws = bench::pgWorkspace();
    if (ws == nullptr)
        state.SkipWithError("skipped: OPIEKA_BENCH_PG_DB is not set (a postgresql:// address of "
                            "the voivodeship data moved with 'opieka-cli migrate'; "
                            "scripts/bench.sh sets it when the throwaway server starts)");
    return ws;
}

// Keeps or does not keep prepared statements for one benchmark (state.range(0)), and reports how
// many statements were prepared and how many runs reused one, per iteration.
class KeepingStatements
{
public:
    KeepingStatements(benchmark::State& state, Database& db)
        : m_state(state)
        , m_cache(*db.statements())
        , m_prepared(m_cache.preparedCount())
        , m_reused(m_cache.reusedCount())
    {
        sql::StatementCache::setKeeping(state.range(0) != 0);
        m_cache.clear();
    }
    ~KeepingStatements()
    {
        const double runs = std::max<double>(1, static_cast<double>(m_state.iterations()));
        m_state.counters["prepared_per_iter"] =
            static_cast<double>(m_cache.preparedCount() - m_prepared) / runs;
        m_state.counters["reused_per_iter"] =
            static_cast<double>(m_cache.reusedCount() - m_reused) / runs;
        sql::StatementCache::setKeeping(true);
    }
    KeepingStatements(const KeepingStatements&) = delete;
    KeepingStatements& operator=(const KeepingStatements&) = delete;

private:
    benchmark::State& m_state;
    sql::StatementCache& m_cache;
    qint64 m_prepared;
    qint64 m_reused;
};

// The plain SQL aggregate on the server: the number of open cases per worker on a day (the same
// statement as BM_CaseloadPlainSql).
void BM_PgCaseloadPlainSql(benchmark::State& state)
{
    Workspace* ws = serverOrSkip(state);
    if (ws == nullptr)
        return;
    bench::caseloadPlainSql(state, ws->database());
}
// The work is the server's: this process's CPU time is a fraction of the wall clock, so the
// minimum time is counted in wall-clock time (in CPU time it ran a thousand iterations).
BENCHMARK(BM_PgCaseloadPlainSql)->Unit(benchmark::kMillisecond)->MinTime(3)->UseRealTime();

// The caseload report's figures (as BM_CaseloadReport).
void BM_PgCaseloadReport(benchmark::State& state)
{
    Workspace* ws = serverOrSkip(state);
    if (ws == nullptr)
        return;
    const KeepingStatements keeping(state, ws->database());
    CaseloadService service(Session(ws->database(), bench::pgManager()));
    for (auto _ : state) {
        auto report = service.report(bench::today());
        if (!report)
            state.SkipWithError("report failed");
        benchmark::DoNotOptimize(report);
    }
}
BENCHMARK(BM_PgCaseloadReport)
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(3)
    ->UseRealTime();

// What the families list asks for at each keystroke (as BM_SearchAsYouType).
void BM_PgSearchAsYouType(benchmark::State& state)
{
    Workspace* ws = serverOrSkip(state);
    if (ws == nullptr)
        return;
    const KeepingStatements keeping(state, ws->database());
    DirectoryService directory(Session(ws->database(), bench::pgManager()));
    bench::timePrefixes(state, [&](const QString& prefix) {
        FamilyQuery query;
        query.text = prefix;
        query.openOnly = true;
        return directory.familyPage(query).ok();
    });
}
BENCHMARK(BM_PgSearchAsYouType)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(3);

// The bare query beside it: the first page of open families whose folded text holds every typed
// word, hand-written, through QSqlQuery alone.
void BM_PgSearchBareQuery(benchmark::State& state)
{
    Workspace* ws = serverOrSkip(state);
    if (ws == nullptr)
        return;
    const QSqlDatabase connection = ws->database().connection();
    bench::timePrefixes(state, [&](const QString& prefix) {
        const QStringList words = foldForSearch(prefix).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QString text = QStringLiteral("SELECT id, case_number, name, municipality, category, "
                                      "opened_on, closed_on FROM families WHERE ");
        for (qsizetype i = 0; i < words.size(); ++i)
            text += QStringLiteral("search_text LIKE ? ESCAPE '\\' AND ");
        text += QStringLiteral("closed_on IS NULL ORDER BY id LIMIT 201");
        QSqlQuery q(connection);
        q.setForwardOnly(true);
        q.prepare(text);
        for (const QString& word : words)
            q.addBindValue(sql::likePattern(word));
        if (!q.exec())
            return false;
        int rows = 0;
        while (q.next())
            ++rows;
        benchmark::DoNotOptimize(rows);
        return true;
    });
}
BENCHMARK(BM_PgSearchBareQuery)->Unit(benchmark::kMillisecond)->Iterations(3);

// Opening a family's record as the manager (audited) and reading its chronology (as
// BM_OpenFamilyWithChronology).
void BM_PgOpenFamilyWithChronology(benchmark::State& state)
{
    Workspace* ws = serverOrSkip(state);
    if (ws == nullptr)
        return;
    const KeepingStatements keeping(state, ws->database());
    bench::timeOpeningFamilies(state, ws->database(), bench::pgManager());
}
BENCHMARK(BM_PgOpenFamilyWithChronology)
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(200);

} // namespace
