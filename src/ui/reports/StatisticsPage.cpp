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

StatisticsPage::StatisticsPage(Database& database, const User& actor, QWidget* parent)
    : ReportPage(database, QStringLiteral("statisticsPage"), parent)
    , m_actor(actor)
    , m_model(new ReportTableModel({tr("Figure"), tr("Value"), tr("A year earlier"), tr("Change")},
                                   {ValueColumn, YearEarlierColumn, ChangeColumn}, this))
    , m_table(newReportTable(QStringLiteral("statisticsTable"),
                             tr("Statistics with the year before"), m_model, this))
{
    m_model->setObjectName(QStringLiteral("statisticsModel"));
    // Sized to the titles and figures, the change in sight at 1024x768: the long names of the
    // figures give way (their whole text in the tooltip).
    ColumnFitter::attach(m_table, {FigureColumn});
    auto* note =
        new QLabel(tr("Counts only: the report holds no names and no PESEL numbers."), this);
    note->setObjectName(QStringLiteral("statisticsNote"));
    body()->addWidget(m_table, 1);
    body()->addWidget(note);
}

void StatisticsPage::startReport()
{
    const QDate day = asOf();
    runner()->build<QList<StatisticsRow>>(
        [day, actor = m_actor](Database& db) { return ReportService(db).statistics(actor, day); },
        [this, day](const QList<StatisticsRow>& rows) { display(rows, day); });
}

void StatisticsPage::display(const QList<StatisticsRow>& rows, const QDate& day)
{
    m_rows = rows;
    m_day = day;
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
    m_model->setRows(table);
    m_model->setHeaders({tr("Figure"), tr("As of %1").arg(Labels::date(day)),
                         tr("A year earlier (%1)").arg(Labels::date(day.addYears(-1))),
                         tr("Change")});
    reportDone(day);
}

QString StatisticsPage::title() const
{
    return ReportDocuments::statisticsTitle();
}

QString StatisticsPage::html(const QString& centre) const
{
    return ReportDocuments::statisticsHtml(m_rows, m_day, centre, &Labels::date);
}

QByteArray StatisticsPage::csv() const
{
    return report_format::csv(report_format::statistics(m_rows, m_day));
}

QString StatisticsPage::fileStem() const
{
    return tr("statistics-report");
}

} // namespace opieka::ui
