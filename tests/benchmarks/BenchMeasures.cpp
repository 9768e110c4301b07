#include "BenchMeasures.h"

#include "BenchDatabase.h"
#include "ChronologyService.h"
#include "Database.h"
#include "FamilyService.h"
#include "IsoDate.h"
#include "Session.h"

#include <QElapsedTimer>
#include <QSqlQuery>

namespace opieka::bench {

void timePrefixes(benchmark::State& state, const std::function<bool(const QString&)>& search)
{
    const QStringList prefixes = typedPrefixes();
    QList<double> samples;
    QList<double> cpuSamples;
    for (auto _ : state)
        for (const QString& prefix : prefixes) {
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = threadCpuMs();
            if (!search(prefix))
                state.SkipWithError("search failed");
            samples << static_cast<double>(timer.nsecsElapsed()) / 1e6;
            cpuSamples << threadCpuMs() - cpuStart;
        }
    state.counters["p50_ms"] = percentile(samples, 50);
    state.counters["p95_ms"] = percentile(samples, 95);
    state.counters["max_ms"] = percentile(samples, 100);
    state.counters["cpu_p50_ms"] = percentile(cpuSamples, 50);
    state.counters["cpu_p95_ms"] = percentile(cpuSamples, 95);
    state.counters["cpu_max_ms"] = percentile(cpuSamples, 100);
    state.counters["prefixes"] = static_cast<double>(prefixes.size());
}

void caseloadPlainSql(benchmark::State& state, const Database& database)
{
    const QString day = isoDate(today());
    for (auto _ : state) {
        QSqlQuery q(database.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT a.worker_id, COUNT(*) FROM assignments a LEFT JOIN families f ON f.id = "
            "a.family_id LEFT JOIN foster_families ff ON ff.id = a.foster_family_id WHERE "
            "a.from_date <= ? AND (a.to_date IS NULL OR a.to_date > ?) AND "
            "COALESCE(f.opened_on, ff.opened_on) <= ? AND (COALESCE(f.closed_on, ff.closed_on) IS "
            "NULL OR COALESCE(f.closed_on, ff.closed_on) > ?) GROUP BY a.worker_id"));
        for (int i = 0; i < 4; ++i)
            q.addBindValue(day);
        if (!q.exec())
            state.SkipWithError("plain SQL failed");
        int rows = 0;
        while (q.next())
            ++rows;
        benchmark::DoNotOptimize(rows);
    }
}

void timeOpeningFamilies(benchmark::State& state, Database& database, const User& reader)
{
    FamilyService families(Session(database, reader));
    ChronologyService chronology(Session(database, reader));
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
        samples << static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    state.counters["p50_ms"] = percentile(samples, 50);
    state.counters["p95_ms"] = percentile(samples, 95);
    state.counters["entries_per_record"] =
        samples.isEmpty() ? 0 : static_cast<double>(entries) / static_cast<double>(samples.size());
}

} // namespace opieka::bench
