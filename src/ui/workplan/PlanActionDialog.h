#pragma once

#include "FormDialog.h"
#include "WorkPlan.h"

#include <memory>

namespace Ui {
class PlanActionDialog;
}

namespace opieka::ui {

// Adds or edits an action of a draft work plan: what, who is responsible, deadline, expected
// effect (kept in the plan until "Save draft").
class PlanActionDialog : public FormDialog<Ui::PlanActionDialog>
{
    Q_OBJECT

public:
    explicit PlanActionDialog(const QString& goal, QWidget* parent = nullptr);
    ~PlanActionDialog() override;

    void setAction(const PlanAction& action);
    // The edited action (its status and progress kept as they were).
    PlanAction action() const;

private:
    PlanAction m_action;
};

} // namespace opieka::ui
