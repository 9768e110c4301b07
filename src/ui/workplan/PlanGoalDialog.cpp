#include "PlanGoalDialog.h"

#include "DialogParts.h"
#include "ui_PlanGoalDialog.h"

#include <QPushButton>

namespace opieka::ui {

PlanGoalDialog::PlanGoalDialog(QWidget* parent)
    : FormDialog(parent, QStringLiteral("planGoalDialog"), tr("Goal of the plan"))
{
    setUpFormButtons(this, m_ui->buttonBox,
                     {.accessibleName = tr("Keep the goal in the draft"),
                      .objectName = QStringLiteral("okButton")});
    enableWhileFilled(m_ui->buttonBox->button(QDialogButtonBox::Ok), m_ui->goalDescriptionEdit);
}

PlanGoalDialog::~PlanGoalDialog() = default;

void PlanGoalDialog::setGoal(const PlanGoal& goal)
{
    m_goal = goal;
    m_ui->goalDescriptionEdit->setText(goal.description);
}

PlanGoal PlanGoalDialog::goal() const
{
    PlanGoal goal = m_goal;
    goal.description = m_ui->goalDescriptionEdit->text().trimmed();
    return goal;
}

} // namespace opieka::ui
