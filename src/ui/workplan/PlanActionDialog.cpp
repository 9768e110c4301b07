#include "PlanActionDialog.h"

#include "DialogParts.h"
#include "ui_PlanActionDialog.h"

#include <QPushButton>

namespace opieka::ui {
namespace {
// Actions of a plan are usually set for the coming months.
constexpr int kDefaultDeadlineInDays = 30;
} // namespace

PlanActionDialog::PlanActionDialog(const QString& goal, QWidget* parent)
    : FormDialog(parent, QStringLiteral("planActionDialog"), tr("Action of the plan"))
{
    m_ui->goalLabel->setText(tr("Goal: %1").arg(goal));
    setUpFormButtons(this, m_ui->buttonBox,
                     {.accessibleName = tr("Keep the action in the draft"),
                      .objectName = QStringLiteral("okButton")});
    for (Responsible kind :
         {Responsible::FamilyMember, Responsible::Assistant, Responsible::PartnerInstitution})
        m_ui->responsibleKindCombo->addItem(responsibleLabel(kind), responsibleName(kind));
    m_ui->deadlineEdit->setDate(QDate::currentDate().addDays(kDefaultDeadlineInDays));
    connect(m_ui->deadlineCheck, &QCheckBox::toggled, m_ui->deadlineEdit, &QWidget::setEnabled);
    enableWhileFilled(m_ui->buttonBox->button(QDialogButtonBox::Ok), m_ui->actionDescriptionEdit);
}

PlanActionDialog::~PlanActionDialog() = default;

void PlanActionDialog::setAction(const PlanAction& action)
{
    m_action = action;
    m_ui->actionDescriptionEdit->setText(action.description);
    m_ui->responsibleKindCombo->setCurrentIndex(
        m_ui->responsibleKindCombo->findData(responsibleName(action.responsibleKind)));
    m_ui->responsibleEdit->setText(action.responsible);
    m_ui->deadlineCheck->setChecked(action.deadline.has_value());
    m_ui->deadlineEdit->setEnabled(action.deadline.has_value());
    if (action.deadline)
        m_ui->deadlineEdit->setDate(*action.deadline);
    m_ui->effectEdit->setText(action.expectedEffect);
}

PlanAction PlanActionDialog::action() const
{
    PlanAction action = m_action;
    action.description = m_ui->actionDescriptionEdit->text().trimmed();
    action.responsibleKind = parseResponsible(m_ui->responsibleKindCombo->currentData().toString())
                                 .value_or(Responsible::FamilyMember);
    action.responsible = m_ui->responsibleEdit->text().trimmed();
    action.deadline = m_ui->deadlineCheck->isChecked()
                          ? std::optional<QDate>(m_ui->deadlineEdit->date())
                          : std::nullopt;
    action.expectedEffect = m_ui->effectEdit->text().trimmed();
    return action;
}

} // namespace opieka::ui
