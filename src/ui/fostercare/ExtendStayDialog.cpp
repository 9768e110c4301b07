#include "ExtendStayDialog.h"

#include "DialogParts.h"
#include "Labels.h"
#include "ui_ExtendStayDialog.h"

namespace opieka::ui {

ExtendStayDialog::ExtendStayDialog(PlacementService placements, const Placement& placement,
                                   const QString& childName, QWidget* parent)
    : PlacementChangeDialog(std::move(placements), placement, parent,
                            QStringLiteral("extendStayDialog"), tr("Extend emergency stay"))
{
    setUpFormButtons(this, m_ui->buttonBox,
                     {.text = tr("E&xtend"), .accessibleName = tr("Extend the stay")},
                     m_ui->errorLabel);
    FosterCareSettings settings;
    if (auto s = m_placements.settings())
        settings = *s;
    const std::optional<QDate> ends = foster_rules::emergencyStayDue(placement, settings);
    const QDate limit = foster_rules::emergencyStayLimit(placement.from, settings);
    // Art. 58 ust. 4: with the organiser's consent, to 8 months or until the court's proceedings
    // end.
    m_ui->stayInfoLabel->setText(
        (ends ? tr("%1 stays in the emergency family from %2 until %3.")
                    .arg(childName, Labels::date(placement.from), Labels::date(*ends))
              : tr("%1 stays in the emergency family from %2 until the court's proceedings end.")
                    .arg(childName, Labels::date(placement.from))) +
        QLatin1Char(' ') +
        tr("With the organiser's consent the stay can be extended up to %1 (%2 months) or until "
           "the court's proceedings end (art. 58 ust. 4).")
            .arg(Labels::date(limit))
            .arg(settings.emergencyStayMaxMonths));
    m_ui->groundCombo->addItem(tr("Up to %n months", nullptr, settings.emergencyStayMaxMonths),
                               extensionGroundName(ExtensionGround::EightMonths));
    m_ui->groundCombo->addItem(tr("Until the court's proceedings end"),
                               extensionGroundName(ExtensionGround::CourtProceedings));
    if (placement.extensionGround)
        m_ui->groundCombo->setCurrentIndex(
            m_ui->groundCombo->findData(extensionGroundName(*placement.extensionGround)));
    m_ui->untilDateEdit->setDate(placement.extendedUntil.value_or(limit));
    m_ui->consentByEdit->setText(placement.extensionConsentBy);
    m_ui->consentDateEdit->setDate(placement.extensionConsentOn.value_or(QDate::currentDate()));
    // The proceedings' end is recorded once the stay runs until it.
    const bool awaitsCourt = foster_rules::emergencyStayAwaitsCourt(placement);
    m_ui->proceedingsEndedCheck->setVisible(awaitsCourt);
    m_ui->proceedingsEndedDateEdit->setVisible(awaitsCourt);
    m_ui->proceedingsEndedDateEdit->setDate(QDate::currentDate());
    m_ui->proceedingsEndedDateEdit->setEnabled(false);
    connect(m_ui->proceedingsEndedCheck, &QCheckBox::toggled, this,
            &ExtendStayDialog::updateFields);
    connect(m_ui->groundCombo, &QComboBox::currentIndexChanged, this,
            &ExtendStayDialog::updateFields);
    updateFields();
}

ExtendStayDialog::~ExtendStayDialog() = default;

void ExtendStayDialog::updateFields()
{
    const bool ended = m_ui->proceedingsEndedCheck->isChecked();
    const bool eightMonths = m_ui->groundCombo->currentData().toString() ==
                             extensionGroundName(ExtensionGround::EightMonths);
    m_ui->proceedingsEndedDateEdit->setEnabled(ended);
    const QList<QWidget*> consent{m_ui->groundCombo, m_ui->consentByEdit, m_ui->consentDateEdit};
    for (QWidget* w : consent)
        w->setEnabled(!ended);
    m_ui->untilDateEdit->setEnabled(!ended && eightMonths);
    m_ui->untilLabel->setEnabled(!ended && eightMonths);
}

void ExtendStayDialog::accept()
{
    Status s;
    if (m_ui->proceedingsEndedCheck->isChecked()) {
        s = m_placements.recordCourtProceedingsEnded(m_placementId,
                                                     m_ui->proceedingsEndedDateEdit->date());
    } else {
        EmergencyExtension extension;
        extension.consentOn = m_ui->consentDateEdit->date();
        extension.consentBy = m_ui->consentByEdit->text();
        extension.ground = parseExtensionGround(m_ui->groundCombo->currentData().toString())
                               .value_or(ExtensionGround::EightMonths);
        if (extension.ground == ExtensionGround::EightMonths)
            extension.until = m_ui->untilDateEdit->date();
        s = m_placements.extendEmergencyStay(m_placementId, extension);
    }
    if (!refused(s, "emergency stay of placement {} not extended", m_placementId))
        QDialog::accept();
}

} // namespace opieka::ui
