#pragma once

#include "User.h"

#include <QString>
#include <benchmark/benchmark.h>
#include <functional>

namespace opieka {
class Database;
}

// Measurements the SQLite and the PostgreSQL sets share (the same work on either backend).
namespace opieka::bench {

// Runs `search` once per typed prefix (bench::typedPrefixes) in each iteration and reports the
// percentiles of each prefix's wall-clock and CPU time as counters.
void timePrefixes(benchmark::State& state, const std::function<bool(const QString&)>& search);
// What a hand-written report would run: the number of open cases per worker on the demo's day.
void caseloadPlainSql(benchmark::State& state, const Database& database);
// Opening a family's record as `reader` (the opening is audited) and reading its chronology,
// families spread over the whole file; p50 and p95 as counters.
void timeOpeningFamilies(benchmark::State& state, Database& database, const User& reader);

} // namespace opieka::bench
