#include "AdoptionDialog.h"

#include "DialogParts.h"
#include "Logging.h"
#include "ui_AdoptionDialog.h"

namespace opieka::ui {

AdoptionDialog::AdoptionDialog(PlacementService placements, ChildCareQuery query,
                               qint64 childMemberId, const QString& childName, QWidget* parent)
    : FormDialog(parent, QStringLiteral("adoptionDialog"), tr("Adoption reporting"))
    , m_placements(placements)
    , m_query(query)
    , m_childMemberId(childMemberId)
{
    setUpFormButtons(this, m_ui->buttonBox,
                     {.text = tr("&Save"), .accessibleName = tr("Save adoption reporting")},
                     m_ui->errorLabel);
    m_ui->adoptionInfoLabel->setText(
        tr("%1: once the legal situation is settled the child is reported to an adoption "
           "centre; until then the coordinator's start page lists the child.")
            .arg(childName));
    const QDate today = QDate::currentDate();
    auto status = m_query.status(childMemberId);
    if (status)
        m_status = *status;
    else
        logging::get("ui")->error("adoption status of child {} could not be read", childMemberId);
    const ChildStatus current = m_status.value_or(ChildStatus{});
    m_ui->settledCheck->setChecked(current.legalSituationSettledOn.has_value());
    m_ui->settledDateEdit->setDate(current.legalSituationSettledOn.value_or(today));
    m_ui->reportedCheck->setChecked(current.reportedForAdoptionOn.has_value());
    m_ui->reportedDateEdit->setDate(current.reportedForAdoptionOn.value_or(today));
    m_ui->centreEdit->setText(current.adoptionCentre);
    // A recorded fact is corrected by its date, never taken back by unticking.
    m_ui->settledCheck->setEnabled(!current.legalSituationSettledOn);
    connect(m_ui->settledCheck, &QCheckBox::toggled, this, &AdoptionDialog::updateControls);
    connect(m_ui->reportedCheck, &QCheckBox::toggled, this, &AdoptionDialog::updateControls);
    updateControls();
}

AdoptionDialog::~AdoptionDialog() = default;

void AdoptionDialog::updateControls()
{
    const bool settled = m_ui->settledCheck->isChecked();
    m_ui->settledDateEdit->setEnabled(settled);
    m_ui->reportedCheck->setEnabled(settled && !(m_status && m_status->reportedForAdoptionOn));
    const bool reported = settled && m_ui->reportedCheck->isChecked();
    m_ui->reportedDateEdit->setEnabled(reported);
    m_ui->centreEdit->setEnabled(reported);
    m_ui->centreLabel->setEnabled(reported);
}

void AdoptionDialog::accept()
{
    const ChildStatus current = m_status.value_or(ChildStatus{});
    Status saved;
    if (m_ui->settledCheck->isChecked() &&
        current.legalSituationSettledOn != m_ui->settledDateEdit->date())
        saved =
            m_placements.markLegalSituationSettled(m_childMemberId, m_ui->settledDateEdit->date());
    if (saved && m_ui->settledCheck->isChecked() && m_ui->reportedCheck->isChecked() &&
        (current.reportedForAdoptionOn != m_ui->reportedDateEdit->date() ||
         current.adoptionCentre != m_ui->centreEdit->text().trimmed()))
        saved = m_placements.reportForAdoption(m_childMemberId, m_ui->reportedDateEdit->date(),
                                               m_ui->centreEdit->text());
    if (refused(saved, "adoption reporting of child {} not saved", m_childMemberId)) {
        // What was saved stays saved; the dialog shows it next time.
        if (auto status = m_query.status(m_childMemberId); status)
            m_status = *status;
        return;
    }
    QDialog::accept();
}

} // namespace opieka::ui
