#pragma once

#include "WorkPlanService.h"

#include <QDialog>
#include <memory>

namespace Ui {
class PlanCompareDialog;
}

namespace opieka::ui {

// Two versions of a family's work plan side by side, goal by goal and action by action: changed
// rows tinted amber, added green, removed red.
class PlanCompareDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        OlderColumn,
        NewerColumn,
        ChangeColumn,
        ColumnCount
    };

    // `versions` oldest first; compares `olderId` with `newerId` at first.
    PlanCompareDialog(WorkPlanService plans, const QList<WorkPlan>& versions, qint64 olderId,
                      qint64 newerId, QWidget* parent = nullptr);
    ~PlanCompareDialog() override;

    const QList<PlanComparisonRow>& rows() const { return m_rows; }

private:
    void compare();

    std::unique_ptr<::Ui::PlanCompareDialog> m_ui;
    WorkPlanService m_plans;
    QList<PlanComparisonRow> m_rows;
};

} // namespace opieka::ui
