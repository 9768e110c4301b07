#include "IntakeNoticeDialog.h"

#include "DialogParts.h"
#include "FosterLabels.h"
#include "Labels.h"
#include "ui_IntakeNoticeDialog.h"

#include <QPushButton>

namespace opieka::ui {

IntakeNoticeDialog::IntakeNoticeDialog(PlacementService placements, const Placement& placement,
                                       const QString& childName, QWidget* parent)
    : PlacementChangeDialog(std::move(placements), placement, parent,
                            QStringLiteral("intakeNoticeDialog"),
                            tr("Record the notice of the intake"))
{
    QPushButton* save = setUpFormButtons(
        this, m_ui->buttonBox, {.text = tr("&Record"), .accessibleName = tr("Record the notice")},
        m_ui->errorLabel);
    m_ui->intakeInfoLabel->setText(
        tr("%1 was taken in on %2 without a court order. Record a notice of the intake sent "
           "after it was recorded: whom it told and the day it was sent (art. 58 ust. 3).")
            .arg(childName, Labels::date(placement.from)));
    for (IntakeNotice notice : foster_rules::missingIntakeNotices(placement))
        m_ui->noticeCombo->addItem(FosterLabels::intakeNotice(notice), intakeNoticeName(notice));
    m_ui->sentDateEdit->setDate(QDate::currentDate());
    // Nothing left to record (the notices came in meanwhile): only Cancel.
    save->setEnabled(m_ui->noticeCombo->count() > 0);
}

IntakeNoticeDialog::~IntakeNoticeDialog() = default;

void IntakeNoticeDialog::choose(IntakeNotice notice)
{
    const int index = m_ui->noticeCombo->findData(intakeNoticeName(notice));
    if (index >= 0)
        m_ui->noticeCombo->setCurrentIndex(index);
}

void IntakeNoticeDialog::accept()
{
    const auto notice = parseIntakeNotice(m_ui->noticeCombo->currentData().toString());
    if (!notice)
        return;
    if (refused(m_placements.recordIntakeNotice(m_placementId, *notice, m_ui->sentDateEdit->date()),
                "notice of the intake of placement {} not recorded", m_placementId))
        return;
    m_recorded = notice;
    QDialog::accept();
}

} // namespace opieka::ui
