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

DeadlinesPage::DeadlinesPage(Database& database, const User& actor, QWidget* parent)
    : ReportPage(database, QStringLiteral("deadlinesPage"), parent)
    , m_actor(actor)
    , m_model(new ReportTableModel(
          {tr("Worker"), tr("Item"), tr("Concerns"), tr("Due"), tr("State")}, {}, this))
    , m_table(newReportTable(QStringLiteral("deadlinesTable"),
                             tr("Overdue and soon-due items by worker"), m_model, this))
    , m_summary(new QLabel(this))
{
    m_model->setObjectName(QStringLiteral("deadlinesModel"));
    m_summary->setObjectName(QStringLiteral("deadlinesSummary"));
    ColumnFitter::attach(m_table, {WorkerColumn, ItemColumn, ConcernsColumn});
    body()->addWidget(m_summary);
    body()->addWidget(m_table, 1);
}

void DeadlinesPage::startReport()
{
    const QDate day = asOf();
    runner()->build<QList<DeadlineRow>>(
        [day, actor = m_actor](Database& db) { return ReportService(db).deadlines(actor, day); },
        [this, day](const QList<DeadlineRow>& rows) { display(rows, day); });
}

void DeadlinesPage::display(const QList<DeadlineRow>& rows, const QDate& day)
{
    m_rows = rows;
    m_day = day;
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
    m_model->setRows(table);
    m_summary->setText(rows.isEmpty() ? tr("Nothing is overdue or due within 14 days.")
                                      : tr("%n item(s) overdue or due within 14 days", nullptr,
                                           static_cast<int>(rows.size())) +
                                            QStringLiteral("; ") +
                                            tr("%n overdue or to do now.", nullptr, overdue));
    reportDone(day);
}

QString DeadlinesPage::title() const
{
    return ReportDocuments::deadlinesTitle();
}

QString DeadlinesPage::html(const QString& centre) const
{
    return ReportDocuments::deadlinesHtml(m_rows, m_day, centre, &Labels::date);
}

QByteArray DeadlinesPage::csv() const
{
    return report_format::csv(report_format::deadlines(m_rows));
}

QString DeadlinesPage::fileStem() const
{
    return tr("deadlines-report");
}

} // namespace opieka::ui
