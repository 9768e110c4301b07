#include "ReportCsv.h"

#include "Csv.h"
#include "IsoDate.h"
#include "ReportDocuments.h"

namespace opieka::ui::report_csv {

QByteArray statistics(const QList<StatisticsRow>& rows, const QDate& asOf)
{
    QByteArray bytes = Csv::line({QStringLiteral("metric"), QStringLiteral("as_of"),
                                  QStringLiteral("value"), QStringLiteral("year_earlier")});
    for (const StatisticsRow& r : rows)
        bytes += Csv::line({r.metric, isoDate(asOf), ReportDocuments::figureText(r.metric, r.value),
                            ReportDocuments::figureText(r.metric, r.yearEarlier)});
    return bytes;
}

QByteArray deadlines(const QList<DeadlineRow>& rows)
{
    QByteArray bytes = Csv::line({QStringLiteral("worker_id"), QStringLiteral("worker_name"),
                                  QStringLiteral("kind"), QStringLiteral("subject"),
                                  QStringLiteral("due"), QStringLiteral("overdue")});
    for (const DeadlineRow& r : rows)
        bytes +=
            Csv::line({QString::number(r.workerId), r.workerName, r.kind, r.subject, isoDate(r.due),
                       r.overdue ? QStringLiteral("yes") : QStringLiteral("no")});
    return bytes;
}

} // namespace opieka::ui::report_csv
