#include "ActionProgressDialog.h"

#include "DialogParts.h"
#include "Logging.h"
#include "ui_ActionProgressDialog.h"

namespace opieka::ui {
namespace {}

ActionProgressDialog::ActionProgressDialog(WorkPlanService plans, const PlanAction& action,
                                           QWidget* parent)
    : FormDialog(parent, QStringLiteral("actionProgressDialog"), tr("Progress of an action"))
    , m_plans(plans)
    , m_actionId(action.id)
{
    m_ui->actionLabel->setText(tr("<b>%1</b>").arg(action.description.toHtmlEscaped()));
    setUpFormButtons(this, m_ui->buttonBox,
                     {.accessibleName = tr("Save the progress"), .which = QDialogButtonBox::Save},
                     m_ui->errorLabel);
    for (ActionStatus status : {ActionStatus::Planned, ActionStatus::InProgress, ActionStatus::Done,
                                ActionStatus::Abandoned})
        m_ui->statusCombo->addItem(actionStatusLabel(status), actionStatusName(status));
    m_ui->reasonEdit->setText(action.abandonReason);
    setStatus(action.status);
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this,
            &ActionProgressDialog::updateReason);
}

ActionProgressDialog::~ActionProgressDialog() = default;

void ActionProgressDialog::setStatus(ActionStatus status)
{
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(actionStatusName(status)));
    updateReason();
    if (status == ActionStatus::Abandoned)
        m_ui->reasonEdit->setFocus();
    else
        m_ui->noteEdit->setFocus();
}

void ActionProgressDialog::updateReason()
{
    const bool abandoned =
        m_ui->statusCombo->currentData().toString() == actionStatusName(ActionStatus::Abandoned);
    m_ui->reasonEdit->setEnabled(abandoned);
}

void ActionProgressDialog::accept()
{
    const ActionStatus status = parseActionStatus(m_ui->statusCombo->currentData().toString())
                                    .value_or(ActionStatus::Planned);
    const Status saved = m_plans.updateAction(
        m_actionId, status, m_ui->noteEdit->toPlainText(),
        status == ActionStatus::Abandoned ? m_ui->reasonEdit->text() : QString());
    if (!closeWhenSaved(saved))
        logging::get("ui")->info("progress of plan action {} not saved", m_actionId);
}

} // namespace opieka::ui
