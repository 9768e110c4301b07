#pragma once

#include "FormDialog.h"
#include "User.h"
#include "WorkPlanService.h"

#include <memory>

namespace Ui {
class AgreePlanDialog;
}

namespace opieka::ui {

// Agrees a draft work plan: the date, that the family took part and that the social worker was
// consulted. The service refuses without them; the dialog then stays open with its reason.
class AgreePlanDialog : public FormDialog<Ui::AgreePlanDialog>
{
    Q_OBJECT

public:
    AgreePlanDialog(WorkPlanService plans, const WorkPlan& plan, QWidget* parent = nullptr);
    ~AgreePlanDialog() override;

public slots:
    void accept() override;

private:
    WorkPlanService m_plans;
    qint64 m_planId = 0;
};

} // namespace opieka::ui
