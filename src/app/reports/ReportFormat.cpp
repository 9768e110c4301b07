#include "ReportFormat.h"

#include "Csv.h"
#include "IsoDate.h"
#include "ReportDocuments.h"

#include <QJsonObject>

namespace opieka::report_format {

Table statistics(const QList<StatisticsRow>& rows, const QDate& asOf)
{
    Table t;
    t.header = QStringList{QStringLiteral("metric"), QStringLiteral("as_of"),
                           QStringLiteral("value"), QStringLiteral("year_earlier")};
    for (const StatisticsRow& r : rows) {
        t.rows << QStringList{r.metric, isoDate(asOf),
                              ReportDocuments::figureText(r.metric, r.value),
                              ReportDocuments::figureText(r.metric, r.yearEarlier)};
        t.json.append(QJsonObject{{t.header[0], r.metric},
                                  {t.header[1], isoDate(asOf)},
                                  {t.header[2], r.value},
                                  {t.header[3], r.yearEarlier}});
    }
    return t;
}

Table deadlines(const QList<DeadlineRow>& rows, Json json)
{
    Table t;
    t.header = QStringList{QStringLiteral("worker_id"), QStringLiteral("worker_name"),
                           QStringLiteral("kind"),      QStringLiteral("subject"),
                           QStringLiteral("due"),       QStringLiteral("overdue")};
    for (const DeadlineRow& r : rows) {
        const QString overdue = r.overdue ? QStringLiteral("yes") : QStringLiteral("no");
        t.rows << QStringList{
            QString::number(r.workerId), r.workerName, r.kind, r.subject, isoDate(r.due), overdue};
        if (json == Json::Build)
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

QByteArray csv(const Table& table)
{
    QByteArray bytes = Csv::line(table.header);
    for (const QStringList& row : table.rows)
        bytes += Csv::line(row);
    return bytes;
}

} // namespace opieka::report_format
