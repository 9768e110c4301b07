// report caseload|statistics|deadlines: the manager's reports on the command line.
#include "CaseloadFormat.h"
#include "CaseloadService.h"
#include "Cli.h"
#include "Csv.h"
#include "IsoDate.h"
#include "ReportService.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace opieka::cli {
namespace {
// Counts print as whole numbers, averages and shares with one decimal (as in the caseload summary).
QString figure(const QString& metric, double value)
{
    const bool ratio = metric.startsWith(QLatin1String("cases_per_worker")) ||
                       metric.contains(QLatin1String("_pct"));
    return ratio ? caseload_format::oneDecimal(value) : QString::number(static_cast<qint64>(value));
}

struct Table
{
    QStringList header;
    QList<QStringList> rows;
    QJsonArray json;
};

Result<Table> statisticsTable(Database& db, const QDate& asOf)
{
    auto rows = ReportService(db).statistics(asOf);
    if (!rows)
        return rows.error();
    Table t;
    t.header = QStringList{QStringLiteral("metric"), QStringLiteral("as_of"),
                           QStringLiteral("value"), QStringLiteral("year_earlier")};
    for (const StatisticsRow& r : *rows) {
        t.rows << QStringList{r.metric, isoDate(asOf), figure(r.metric, r.value),
                              figure(r.metric, r.yearEarlier)};
        t.json.append(QJsonObject{{t.header[0], r.metric},
                                  {t.header[1], isoDate(asOf)},
                                  {t.header[2], r.value},
                                  {t.header[3], r.yearEarlier}});
    }
    return t;
}

Result<Table> deadlinesTable(Database& db, const QDate& asOf)
{
    auto rows = ReportService(db).deadlines(asOf);
    if (!rows)
        return rows.error();
    Table t;
    t.header = QStringList{QStringLiteral("worker_id"), QStringLiteral("worker_name"),
                           QStringLiteral("kind"),      QStringLiteral("subject"),
                           QStringLiteral("due"),       QStringLiteral("overdue")};
    for (const DeadlineRow& r : *rows) {
        const QString overdue = r.overdue ? QStringLiteral("yes") : QStringLiteral("no");
        t.rows << QStringList{
            QString::number(r.workerId), r.workerName, r.kind, r.subject, isoDate(r.due), overdue};
        t.json.append(QJsonObject{
            {t.header[0], r.workerId},
            {t.header[1], r.workerName},
            {t.header[2], r.kind},
            {t.header[3], r.subject},
            {t.header[4], r.due ? QJsonValue(isoDate(r.due)) : QJsonValue(QJsonValue::Null)},
            {t.header[5], r.overdue}});
    }
    return t;
}

Result<Table> caseloadTable(Database& db, const QDate& asOf)
{
    auto report = CaseloadService(db).report(asOf);
    if (!report)
        return report.error();
    return Table{caseload_format::workerColumns(), caseload_format::workerRows(*report),
                 caseload_format::workersJson(*report)};
}
} // namespace

int runReport(Context& c)
{
    const auto kind = c.args.positional();
    const auto asOf = c.args.dateOption(QStringLiteral("--as-of"));
    const QString format =
        c.args.option(QStringLiteral("--format")).value_or(QStringLiteral("text"));
    const auto outPath = c.args.option(QStringLiteral("--out"));
    if (!kind || (*kind != QLatin1String("caseload") && *kind != QLatin1String("statistics") &&
                  *kind != QLatin1String("deadlines")))
        c.args.addError(Cli::tr("Say which report: caseload, statistics or deadlines."));
    if (format == QLatin1String("pdf"))
        c.args.addError(Cli::tr(
            "PDF reports are not available from the command line yet; use text, csv or json."));
    else if (format != QLatin1String("text") && format != QLatin1String("csv") &&
             format != QLatin1String("json"))
        c.args.addError(Cli::tr("--format takes text, csv or json, not '%1'.").arg(format));
    if (!c.argumentsOk(QStringLiteral("report")))
        return c.usage(QStringLiteral("report"));

    auto workspace = c.open(Database::OpenMode::MustExist);
    if (!workspace)
        return c.fail(workspace.error());
    const QDate day = asOf.value_or(QDate::currentDate());
    Database& db = (*workspace)->database();
    auto table = *kind == QLatin1String("statistics")  ? statisticsTable(db, day)
                 : *kind == QLatin1String("deadlines") ? deadlinesTable(db, day)
                                                       : caseloadTable(db, day);
    if (!table)
        return c.fail(table.error());

    QByteArray bytes;
    if (format == QLatin1String("csv")) {
        bytes = Csv::line(table->header);
        for (const QStringList& row : table->rows)
            bytes += Csv::line(row);
    } else if (format == QLatin1String("json")) {
        bytes = QJsonDocument(table->json).toJson(QJsonDocument::Indented);
    } else {
        TextTable text(table->header);
        for (const QStringList& row : table->rows)
            text.addRow(row);
        bytes = text.render().toUtf8();
    }
    if (!outPath) {
        c.out << QString::fromUtf8(bytes);
        return Done;
    }
    QSaveFile file(*outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return c.fail(badInput(Cli::tr("Cannot write %1: %2").arg(*outPath, file.errorString())));
    return Done;
}

} // namespace opieka::cli
