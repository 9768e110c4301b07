#pragma once

#include "FormDialog.h"
#include "User.h"
#include "WorkPlanService.h"

#include <memory>

namespace Ui {
class ActionProgressDialog;
}

namespace opieka::ui {

// Records progress on an action of the plan in force: its status (abandoning needs a reason) and
// a dated progress note. A refused save keeps the dialog open with the reason.
class ActionProgressDialog : public FormDialog<Ui::ActionProgressDialog>
{
    Q_OBJECT

public:
    ActionProgressDialog(WorkPlanService plans, const PlanAction& action,
                         QWidget* parent = nullptr);
    ~ActionProgressDialog() override;

    void setStatus(ActionStatus status);

public slots:
    void accept() override;

private:
    void updateReason();

    WorkPlanService m_plans;
    qint64 m_actionId = 0;
};

} // namespace opieka::ui
