#pragma once

#include "ReportService.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QStringList>

namespace opieka {

// The statistics and deadlines reports in their published columns (docs/cli.md), the same for
// the CLI's text, CSV and JSON and for the window's CSV export: a spreadsheet made from either
// front end reads the same. Figures with a decimal point, whatever the user's language.
namespace report_format {

struct Table
{
    QStringList header;
    QList<QStringList> rows;
    QJsonArray json; // one object per row, the header's names as keys
};

// Whether a table also gets its JSON objects: building them costs as much as the rows themselves
// (132,000 deadlines), so only JSON output asks for them.
enum class Json
{
    Build,
    Leave
};

Table statistics(const QList<StatisticsRow>& rows, const QDate& asOf);
Table deadlines(const QList<DeadlineRow>& rows, Json json = Json::Build);
QByteArray csv(const Table& table);

} // namespace report_format
} // namespace opieka
