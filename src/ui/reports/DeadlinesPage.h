#pragma once

#include "TableReportPage.h"

class QLabel;

namespace opieka::ui {

// Every item of the centre overdue or due within 14 days, by worker; overdue ones highlighted.
class DeadlinesPage : public TableReportPage<DeadlineRow>
{
    Q_OBJECT

public:
    explicit DeadlinesPage(const Session& session, QWidget* parent = nullptr);

protected:
    QString fileStem() const override;
    void display(const QList<DeadlineRow>& rows, const QDate& day) override;

private:
    QLabel* m_summary = nullptr;
};

} // namespace opieka::ui
