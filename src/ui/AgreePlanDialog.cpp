#include "AgreePlanDialog.h"

#include "Logging.h"
#include "Theme.h"
#include "ui_AgreePlanDialog.h"

#include <QPushButton>

namespace opieka::ui {
namespace {}

AgreePlanDialog::AgreePlanDialog(WorkPlanService plans, User actor, const WorkPlan& plan,
                                 QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::AgreePlanDialog>())
    , m_plans(plans)
    , m_actor(std::move(actor))
    , m_planId(plan.id)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("agreePlanDialog"));
    setAccessibleName(tr("Agree the work plan"));
    setWindowTitle(tr("Agree version %1 of the work plan").arg(plan.version));
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Agree"));
    ok->setObjectName(QStringLiteral("agreeButton"));
    ok->setAccessibleName(tr("Agree the plan"));
    QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    m_ui->familyTookPartCheck->setAccessibleName(tr("The family took part"));
    m_ui->socialWorkerConsultedCheck->setAccessibleName(tr("The social worker was consulted"));
    m_ui->errorLabel->setStyleSheet(Theme::errorStyle());
    m_ui->errorLabel->hide();
    m_ui->agreedOnEdit->setMinimumDate(plan.createdOn);
    m_ui->agreedOnEdit->setDate(QDate::currentDate());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AgreePlanDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AgreePlanDialog::~AgreePlanDialog() = default;

void AgreePlanDialog::accept()
{
    const Status agreed = m_plans.agree(m_actor, m_planId, m_ui->agreedOnEdit->date(),
                                        m_ui->familyTookPartCheck->isChecked(),
                                        m_ui->socialWorkerConsultedCheck->isChecked());
    if (!agreed) {
        logging::get("ui")->info("plan {} not agreed", m_planId);
        m_ui->errorLabel->setText(agreed.error().message);
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace opieka::ui
