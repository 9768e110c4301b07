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
QStringList
summaryColumns(); // role,workers,cases,cases_per_worker,limit,over_limit,extra_workers_needed

QList<QStringList> workerRows(const CaseloadReport& report);
QList<QStringList> summaryRows(const CaseloadReport& report);

QByteArray workersCsv(const CaseloadReport& report);
QByteArray summaryCsv(const CaseloadReport& report);
QJsonArray workersJson(const CaseloadReport& report);
QJsonArray summaryJson(const CaseloadReport& report);

QString oneDecimal(double value);

} // namespace caseload_format
} // namespace opieka
