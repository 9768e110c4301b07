#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace opieka {

// The tables that travel as CSV (import and export), with their column contracts.
enum class DataSet
{
    Workers,
    Families,
    FosterFamilies,
    Assignments,
    Members,    // household members (członkowie rodziny)
    Visits,     // the visit and contact log
    Placements, // children in foster care (umieszczenia)
};

QString dataSetName(DataSet set); // workers, ..., members, visits, placements
std::optional<DataSet> parseDataSet(const QString& text);
QStringList dataSetNames();

struct ColumnSpec
{
    QStringList all;      // in export order
    QStringList optional; // may be missing from an import's header
};
ColumnSpec columnsOf(DataSet set);

} // namespace opieka
