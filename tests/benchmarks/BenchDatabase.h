#pragma once

#include "User.h"
#include "Workspace.h"

#include <QDate>
#include <QList>
#include <QStringList>
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
// This thread's CPU time in milliseconds: on a shared machine the wall clock measures the
// others' load too, so samples are also taken in CPU time.
double threadCpuMs();
// The 99 prefixes search as you type is measured over: every prefix a person types on the way to
// a name, a case number, a PESEL, a first name, a municipality, and to nothing at all (the worst
// case: no row matches, every row is read).
QStringList typedPrefixes();

// The same data on PostgreSQL (moved there with `opieka-cli migrate`): OPIEKA_BENCH_PG_DB, a
// postgresql://user@host:port/database address (the password in OPIEKA_DB_PASSWORD), opened
// once per process. Null when the variable is not set: the BM_Pg* benchmarks then skip.
Workspace* pgWorkspace();
const User& pgManager(); // "kierownik" on the server

} // namespace opieka::bench
