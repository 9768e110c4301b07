#pragma once

#include "ReportPage.h"
#include "ReportService.h"
#include "ReportTableModel.h"
#include "User.h"

#include <QList>
#include <QSet>
#include <QStringList>

class QTableView;

namespace opieka::ui {

// A report page whose report is one list of rows shown in one table (the statistics, the
// deadlines): the list read through ReportService for the acting account, as of the page's day,
// off the GUI thread; the rows on screen kept with their day for the print and the exports.
template <typename Row> class TableReportPage : public ReportPage
{
public:
    const QList<Row>& rows() const { return m_rows; }
    ReportTableModel* model() const { return m_model; }

protected:
    // Reads the report in the runner's thread with a service bound to the account (which checks
    // that the account may read it).
    using Read = Result<QList<Row>> (*)(ReportService& reports, const QDate& day);
    // The page's table: the name a test finds the page, its model and its table by (`name`
    // "deadlines": deadlinesPage, deadlinesModel, deadlinesTable), what a screen reader calls
    // the table, the columns' headers and which columns hold figures; how the report is read,
    // and its title, printable HTML and CSV for the rows on screen.
    struct Table
    {
        QString name{};
        QString tableAccessibleName{};
        QStringList headers{};
        QSet<int> numericColumns{};
        Read read = nullptr;
        QString (*title)() = nullptr;
        QString (*html)(const QList<Row>& rows, const QDate& day, const QString& centre) = nullptr;
        QByteArray (*csv)(const QList<Row>& rows, const QDate& day) = nullptr;
    };

    TableReportPage(const Session& session, const Table& table, QWidget* parent)
        : ReportPage(session, table.name + QStringLiteral("Page"), parent)
        , m_spec(table)
        , m_model(new ReportTableModel(table.headers, table.numericColumns, this))
        , m_table(newReportTable(table.name + QStringLiteral("Table"), table.tableAccessibleName,
                                 m_model, this))
    {
        m_model->setObjectName(table.name + QStringLiteral("Model"));
    }

    QTableView* table() const { return m_table; }
    // Shows the rows just read (rows() gives them already) and calls reportDone.
    virtual void display(const QList<Row>& rows, const QDate& day) = 0;

    QString title() const override { return m_spec.title(); }
    QString html(const QString& centre) const override
    {
        return m_spec.html(m_rows, m_day, centre);
    }
    QByteArray csv() const override { return m_spec.csv(m_rows, m_day); }

    void startReport() override
    {
        const QDate day = asOf();
        runner()->template build<QList<Row>>(
            [day, actor = session().actor(), read = m_spec.read](Database& db) {
                ReportService reports(Session(db, actor));
                return read(reports, day);
            },
            [this, day](const QList<Row>& rows) {
                m_rows = rows;
                m_day = day;
                display(rows, day);
            });
    }

private:
    Table m_spec;
    QList<Row> m_rows;
    QDate m_day;
    ReportTableModel* m_model;
    QTableView* m_table;
};

} // namespace opieka::ui
