#include "EndPlacementDialog.h"

#include "DialogParts.h"
#include "FosterLabels.h"
#include "Labels.h"
#include "Messages.h"
#include "ui_EndPlacementDialog.h"

namespace opieka::ui {

EndPlacementDialog::EndPlacementDialog(PlacementService placements, const Placement& placement,
                                       const QString& childName, QWidget* parent)
    : PlacementChangeDialog(std::move(placements), placement, parent,
                            QStringLiteral("endPlacementDialog"), tr("End placement"))
    , m_childName(childName)
{
    setUpFormButtons(this, m_ui->buttonBox,
                     {.text = tr("E&nd placement"), .accessibleName = tr("End the placement")},
                     m_ui->errorLabel);
    m_ui->placementInfoLabel->setText(tr("%1, placed from %2. The end day is the first day the "
                                         "child no longer lives with the family.")
                                          .arg(childName, Labels::date(placement.from)));
    m_ui->endDateEdit->setDate(QDate::currentDate());
    for (PlacementEnd end :
         {PlacementEnd::ReturnHome, PlacementEnd::Adoption, PlacementEnd::AnotherPlacement,
          PlacementEnd::LeavingCare, PlacementEnd::ComingOfAge})
        m_ui->reasonCombo->addItem(FosterLabels::endReason(end), placementEndName(end));
}

EndPlacementDialog::~EndPlacementDialog() = default;

void EndPlacementDialog::accept()
{
    const PlacementEnd reason = parsePlacementEnd(m_ui->reasonCombo->currentData().toString())
                                    .value_or(PlacementEnd::ReturnHome);
    if (!confirm(this, tr("End placement"),
                 tr("End the placement of %1 as of %2 (%3)? From that day the child no "
                    "longer lives with the family.")
                     .arg(m_childName, Labels::date(m_ui->endDateEdit->date()),
                          m_ui->reasonCombo->currentText())))
        return;
    if (!refused(m_placements.endPlacement(m_placementId, m_ui->endDateEdit->date(), reason),
                 "placement {} not ended", m_placementId))
        QDialog::accept();
}

} // namespace opieka::ui
