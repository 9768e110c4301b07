#include "DeadlinesPage.h"

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
    WorkerColumn,
    ItemColumn,
    ConcernsColumn,
    DueColumn,
    StateColumn
};
} // namespace

DeadlinesPage::DeadlinesPage(const Session& session, QWidget* parent)
    : TableReportPage(
          session,
          {.name = QStringLiteral("deadlines"),
           .tableAccessibleName = tr("Overdue and soon-due items by worker"),
           .headers = {tr("Worker"), tr("Item"), tr("Concerns"), tr("Due"), tr("State")},
           .read = [](ReportService& reports, const QDate& day) { return reports.deadlines(day); },
           .title = &ReportDocuments::deadlinesTitle,
           .html =
               [](const QList<DeadlineRow>& rows, const QDate& day, const QString& centre) {
                   return ReportDocuments::deadlinesHtml(rows, day, centre, &Labels::date);
               },
           .csv =
               [](const QList<DeadlineRow>& rows, const QDate&) {
                   return report_format::csv(
                       report_format::deadlines(rows, report_format::Json::Leave));
               }},
          parent)
    , m_summary(new QLabel(this))
{
    m_summary->setObjectName(QStringLiteral("deadlinesSummary"));
    ColumnFitter::attach(table(), {WorkerColumn, ItemColumn, ConcernsColumn});
    body()->addWidget(m_summary);
    body()->addWidget(table(), 1);
}

void DeadlinesPage::display(const QList<DeadlineRow>& rows, const QDate& day)
{
    QList<ReportTableRow> table;
    int overdue = 0;
    for (const DeadlineRow& r : rows) {
        // No due date: to do now (an adoption report), as overdue as an item can be.
        const bool late = r.overdue || !r.due;
        overdue += late ? 1 : 0;
        table << ReportTableRow{{ReportDocuments::deadlineWorker(r),
                                 ReportDocuments::deadlineKindLabel(r.kind), r.subject,
                                 r.due ? Labels::date(*r.due) : tr("now"),
                                 late ? tr("overdue") : tr("due soon")},
                                late ? Labels::warningBackground() : QColor(),
                                r.workerId,
                                0};
    }
    model()->setRows(table);
    m_summary->setText(rows.isEmpty() ? tr("Nothing is overdue or due within 14 days.")
                                      : tr("%n item(s) overdue or due within 14 days", nullptr,
                                           static_cast<int>(rows.size())) +
                                            QStringLiteral("; ") +
                                            tr("%n overdue or to do now.", nullptr, overdue));
    reportDone(day);
}

QString DeadlinesPage::fileStem() const
{
    return tr("deadlines-report");
}

} // namespace opieka::ui
