#include "StatisticsPage.h"

#include "ColumnFitter.h"
#include "Labels.h"
#include "ReportDocuments.h"
#include "ReportFormat.h"
#include "ReportRunner.h"
#include "ReportTableModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>
#include <memory>

namespace opieka::ui {
namespace {
enum Column
{
    FigureColumn,
    ValueColumn,
    YearEarlierColumn,
    ChangeColumn
};
} // namespace

StatisticsPage::StatisticsPage(const Session& session, QWidget* parent)
    : TableReportPage(
          session,
          {.name = QStringLiteral("statistics"),
           .tableAccessibleName = tr("Statistics with the year before"),
           .headers = {tr("Figure"), tr("Value"), tr("A year earlier"), tr("Change")},
           .numericColumns = {ValueColumn, YearEarlierColumn, ChangeColumn},
           // the service checks that the account may read the reports
           .read = [](ReportService& reports, const QDate& day) { return reports.statistics(day); },
           .title = &ReportDocuments::statisticsTitle,
           .html =
               [](const QList<StatisticsRow>& rows, const QDate& day, const QString& centre) {
                   return ReportDocuments::statisticsHtml(rows, day, centre, &Labels::date);
               },
           .csv =
               [](const QList<StatisticsRow>& rows, const QDate& day) {
                   return report_format::csv(report_format::statistics(rows, day));
               }},
          parent)
{
    // Sized to the titles and figures, the change in sight at 1024x768: the long names of the
    // figures give way (their whole text in the tooltip).
    ColumnFitter::attach(table(), {FigureColumn});
    auto* note =
        new QLabel(tr("Counts only: the report holds no names and no PESEL numbers."), this);
    note->setObjectName(QStringLiteral("statisticsNote"));
    body()->addWidget(table(), 1);
    body()->addWidget(note);
}

void StatisticsPage::display(const QList<StatisticsRow>& rows, const QDate& day)
{
    QList<ReportTableRow> table;
    for (const StatisticsRow& r : rows) {
        const double change = r.value - r.yearEarlier;
        table << ReportTableRow{{ReportDocuments::metricLabel(r.metric),
                                 ReportDocuments::displayFigure(r.metric, r.value),
                                 ReportDocuments::displayFigure(r.metric, r.yearEarlier),
                                 (change > 0 ? QStringLiteral("+") : QString()) +
                                     ReportDocuments::displayFigure(r.metric, change)},
                                {},
                                0,
                                0};
    }
    model()->setRows(table);
    model()->setHeaders({tr("Figure"), tr("As of %1").arg(Labels::date(day)),
                         tr("A year earlier (%1)").arg(Labels::date(day.addYears(-1))),
                         tr("Change")});
    reportDone(day);
}

QString StatisticsPage::fileStem() const
{
    return tr("statistics-report");
}

} // namespace opieka::ui
