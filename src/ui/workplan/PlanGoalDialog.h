#pragma once

#include "FormDialog.h"
#include "WorkPlan.h"

#include <memory>

namespace Ui {
class PlanGoalDialog;
}

namespace opieka::ui {

// Adds or edits a goal of a draft work plan (kept in the plan until "Save draft").
class PlanGoalDialog : public FormDialog<Ui::PlanGoalDialog>
{
    Q_OBJECT

public:
    explicit PlanGoalDialog(QWidget* parent = nullptr);
    ~PlanGoalDialog() override;

    void setGoal(const PlanGoal& goal);
    // The edited goal (its actions kept as they were).
    PlanGoal goal() const;

private:
    PlanGoal m_goal;
};

} // namespace opieka::ui
