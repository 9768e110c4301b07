#pragma once

#include "ReportPage.h"
#include "ReportService.h"

class QTableView;

namespace opieka::ui {

class ReportTableModel;

// The figures a centre reports to the voivode's office (shaped like seed 004) as of a day, with
// the same figures a year earlier and the change. Counts only: no names, no PESEL.
class StatisticsPage : public ReportPage
{
    Q_OBJECT

public:
    StatisticsPage(Database& database, const User& actor, QWidget* parent = nullptr);

    const QList<StatisticsRow>& rows() const { return m_rows; }
    ReportTableModel* model() const { return m_model; }

protected:
    void startReport() override;
    QString title() const override;
    QString html(const QString& centre) const override;
    QByteArray csv() const override;
    QString fileStem() const override;

private:
    void display(const QList<StatisticsRow>& rows, const QDate& day);

    User m_actor; // the service checks that the account may read the reports
    QList<StatisticsRow> m_rows;
    QDate m_day;
    ReportTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace opieka::ui
