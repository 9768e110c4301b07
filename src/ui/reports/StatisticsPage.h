#pragma once

#include "TableReportPage.h"

namespace opieka::ui {

// The figures a centre reports to the voivode's office (shaped like seed 004) as of a day, with
// the same figures a year earlier and the change. Counts only: no names, no PESEL.
class StatisticsPage : public TableReportPage<StatisticsRow>
{
    Q_OBJECT

public:
    explicit StatisticsPage(const Session& session, QWidget* parent = nullptr);

protected:
    QString fileStem() const override;
    void display(const QList<StatisticsRow>& rows, const QDate& day) override;
};

} // namespace opieka::ui
