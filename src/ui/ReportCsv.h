#pragma once

#include "ReportService.h"

#include <QByteArray>

namespace opieka::ui {

// The statistics and deadlines reports as CSV in the columns `opieka-cli report` writes
// (docs/cli.md), so that a spreadsheet made from either front end reads the same.
namespace report_csv {

QByteArray statistics(const QList<StatisticsRow>& rows, const QDate& asOf);
QByteArray deadlines(const QList<DeadlineRow>& rows);

} // namespace report_csv
} // namespace opieka::ui
