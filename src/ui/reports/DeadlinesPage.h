#pragma once

#include "ReportPage.h"
#include "ReportService.h"
#include "User.h"

class QLabel;
class QTableView;

namespace opieka::ui {

class ReportTableModel;

// Every item of the centre overdue or due within 14 days, by worker; overdue ones highlighted.
class DeadlinesPage : public ReportPage
{
    Q_OBJECT

public:
    DeadlinesPage(Database& database, const User& actor, QWidget* parent = nullptr);

    const QList<DeadlineRow>& rows() const { return m_rows; }
    ReportTableModel* model() const { return m_model; }

protected:
    void startReport() override;
    QString title() const override;
    QString html(const QString& centre) const override;
    QByteArray csv() const override;
    QString fileStem() const override;

private:
    void display(const QList<DeadlineRow>& rows, const QDate& day);

    User m_actor;
    QList<DeadlineRow> m_rows;
    QDate m_day;
    ReportTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace opieka::ui
