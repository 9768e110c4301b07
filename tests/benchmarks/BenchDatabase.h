#pragma once

#include "User.h"
#include "Workspace.h"

#include <QDate>
#include <QList>
#include <memory>

namespace opieka::bench {

// The voivodeship database the benchmarks read: OPIEKA_BENCH_DB (scripts/bench.sh generates it
// with `opieka-cli demo --scale voivodeship`), opened once per process.
Workspace& workspace();
const User& manager();       // "kierownik": reads every case
const User& administrator(); // imports
QDate today();               // the day the demo was generated for
// Milliseconds at the given percentile (0-100) of the samples.
double percentile(QList<double> samples, double pct);

} // namespace opieka::bench
