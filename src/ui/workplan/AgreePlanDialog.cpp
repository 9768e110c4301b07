#include "AgreePlanDialog.h"

#include "DialogParts.h"
#include "Logging.h"
#include "ui_AgreePlanDialog.h"

namespace opieka::ui {
namespace {}

AgreePlanDialog::AgreePlanDialog(WorkPlanService plans, const WorkPlan& plan, QWidget* parent)
    : FormDialog(parent, QStringLiteral("agreePlanDialog"), tr("Agree the work plan"))
    , m_plans(plans)
    , m_planId(plan.id)
{
    setWindowTitle(tr("Agree version %1 of the work plan").arg(plan.version));
    setUpFormButtons(this, m_ui->buttonBox,
                     {.text = tr("&Agree"),
                      .accessibleName = tr("Agree the plan"),
                      .objectName = QStringLiteral("agreeButton")},
                     m_ui->errorLabel);
    m_ui->familyTookPartCheck->setAccessibleName(tr("The family took part"));
    m_ui->socialWorkerConsultedCheck->setAccessibleName(tr("The social worker was consulted"));
    m_ui->agreedOnEdit->setMinimumDate(plan.createdOn);
    m_ui->agreedOnEdit->setDate(QDate::currentDate());
}

AgreePlanDialog::~AgreePlanDialog() = default;

void AgreePlanDialog::accept()
{
    const Status agreed =
        m_plans.agree(m_planId, m_ui->agreedOnEdit->date(), m_ui->familyTookPartCheck->isChecked(),
                      m_ui->socialWorkerConsultedCheck->isChecked());
    if (!closeWhenSaved(agreed))
        logging::get("ui")->info("plan {} not agreed", m_planId);
}

} // namespace opieka::ui
