#pragma once

#include "CaseloadService.h"

#include <QByteArray>
#include <QJsonArray>
#include <QStringList>

namespace opieka {

// The caseload report in the published column contract (docs/cli.md): CSV and JSON carry the
// same fields with the same names.
namespace caseload_format {

QStringList workerColumns(); // worker_id,worker_name,role,fte,limit,cases,utilization_pct,status
// role,workers,cases,cases_per_worker,limit,over_limit,extra_workers_needed,
// workers_needed_by_residents,workers_needed_by_families (the last two: social workers only, the
// norm of art. 110 ust. 11 u.p.s.; by residents empty until the centre records its residents)
QStringList summaryColumns();

QList<QStringList> workerRows(const CaseloadReport& report);
QList<QStringList> summaryRows(const CaseloadReport& report);

QByteArray workersCsv(const CaseloadReport& report);
QByteArray summaryCsv(const CaseloadReport& report);
QJsonArray workersJson(const CaseloadReport& report);
QJsonArray summaryJson(const CaseloadReport& report);

QString oneDecimal(double value);

} // namespace caseload_format
} // namespace opieka
