#include "CaseloadFormat.h"

#include "Csv.h"

#include <QJsonObject>
#include <QJsonValue>
#include <cmath>

namespace opieka::caseload_format {
namespace {
QString optionalNumber(const std::optional<int>& value)
{
    return value ? QString::number(*value) : QString();
}

QJsonValue jsonNumber(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

double rounded(double value)
{
    return std::round(value * 10.0) / 10.0;
}

QByteArray toCsv(const QStringList& header, const QList<QStringList>& rows)
{
    QByteArray out = Csv::line(header);
    for (const QStringList& row : rows)
        out += Csv::line(row);
    return out;
}
} // namespace

QString oneDecimal(double value)
{
    return QString::number(rounded(value), 'f', 1);
}

QStringList workerColumns()
{
    return QString::fromLatin1("worker_id,worker_name,role,fte,limit,cases,utilization_pct,status")
        .split(QLatin1Char(','));
}

QStringList summaryColumns()
{
    return QString::fromLatin1(
               "role,workers,cases,cases_per_worker,limit,over_limit,extra_workers_needed,"
               "workers_needed_by_residents,workers_needed_by_families")
        .split(QLatin1Char(','));
}

QList<QStringList> workerRows(const CaseloadReport& report)
{
    QList<QStringList> rows;
    for (const WorkerCaseload& row : report.rows)
        rows << QStringList{QString::number(row.worker.id),
                            row.worker.displayName(),
                            roleName(row.worker.role),
                            QString::number(row.worker.fte),
                            optionalNumber(row.load.limit),
                            QString::number(row.load.cases),
                            row.load.utilisationPct ? oneDecimal(*row.load.utilisationPct)
                                                    : QString(),
                            loadStatusName(row.load.status)};
    return rows;
}

QList<QStringList> summaryRows(const CaseloadReport& report)
{
    QList<QStringList> rows;
    for (const RoleSummary& s : report.summaries)
        rows << QStringList{roleName(s.role),
                            QString::number(s.workers),
                            QString::number(s.cases),
                            oneDecimal(s.casesPerWorker),
                            optionalNumber(s.limit),
                            QString::number(s.overLimit),
                            QString::number(s.extraWorkersNeeded),
                            optionalNumber(s.workersNeededByResidents),
                            optionalNumber(s.workersNeededByFamilies)};
    return rows;
}

QByteArray workersCsv(const CaseloadReport& report)
{
    return toCsv(workerColumns(), workerRows(report));
}

QByteArray summaryCsv(const CaseloadReport& report)
{
    return toCsv(summaryColumns(), summaryRows(report));
}

QJsonArray workersJson(const CaseloadReport& report)
{
    QJsonArray array;
    for (const WorkerCaseload& row : report.rows)
        array.append(
            QJsonObject{{QStringLiteral("worker_id"), row.worker.id},
                        {QStringLiteral("worker_name"), row.worker.displayName()},
                        {QStringLiteral("role"), roleName(row.worker.role)},
                        {QStringLiteral("fte"), row.worker.fte},
                        {QStringLiteral("limit"), jsonNumber(row.load.limit)},
                        {QStringLiteral("cases"), row.load.cases},
                        {QStringLiteral("utilization_pct"),
                         row.load.utilisationPct ? QJsonValue(rounded(*row.load.utilisationPct))
                                                 : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("status"), loadStatusName(row.load.status)}});
    return array;
}

QJsonArray summaryJson(const CaseloadReport& report)
{
    QJsonArray array;
    for (const RoleSummary& s : report.summaries)
        array.append(QJsonObject{
            {QStringLiteral("role"), roleName(s.role)},
            {QStringLiteral("workers"), s.workers},
            {QStringLiteral("cases"), s.cases},
            {QStringLiteral("cases_per_worker"), rounded(s.casesPerWorker)},
            {QStringLiteral("limit"), jsonNumber(s.limit)},
            {QStringLiteral("over_limit"), s.overLimit},
            {QStringLiteral("extra_workers_needed"), s.extraWorkersNeeded},
            {QStringLiteral("workers_needed_by_residents"), jsonNumber(s.workersNeededByResidents)},
            {QStringLiteral("workers_needed_by_families"), jsonNumber(s.workersNeededByFamilies)}});
    return array;
}

} // namespace opieka::caseload_format
