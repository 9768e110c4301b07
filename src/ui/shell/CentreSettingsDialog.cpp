#include "CentreSettingsDialog.h"

#include "DialogParts.h"
#include "Logging.h"
#include "ui_CentreSettingsDialog.h"

namespace opieka::ui {
namespace {}

CentreSettingsDialog::CentreSettingsDialog(SettingsService settings, QWidget* parent)
    : FormDialog(parent, QStringLiteral("centreSettingsDialog"), tr("Centre settings"))
    , m_settings(settings)
{
    setUpFormButtons(
        this, m_ui->buttonBox,
        {.accessibleName = tr("Save the centre settings"), .which = QDialogButtonBox::Save},
        m_ui->errorLabel);
    m_ui->intervalSpin->setSuffix(tr(" months"));
    // The law's longest interval is the longest offered; the service refuses a longer one too.
    m_ui->intervalSpin->setRange(1, SettingsService::kMaxAssessmentIntervalMonths);

    auto name = m_settings.centreName();
    auto interval = m_settings.assessmentIntervalMonths();
    if (!name || !interval) {
        logging::get("ui")->error("centre settings could not be read");
        showErrorLine(m_ui->errorLabel, !name ? name.error().message : interval.error().message);
    }
    if (name)
        m_ui->centreNameEdit->setText(*name);
    if (interval)
        m_ui->intervalSpin->setValue(*interval);
    // 0 shows "not recorded": the norm by residents stays empty until the centre records it.
    m_ui->residentsSpin->setRange(0, SettingsService::kMaxResidents);
    if (auto residents = m_settings.residents(); residents && *residents)
        m_ui->residentsSpin->setValue(**residents);
    m_recordedResidents = m_ui->residentsSpin->value();
}

CentreSettingsDialog::~CentreSettingsDialog() = default;

void CentreSettingsDialog::accept()
{
    Status saved = m_settings.setCentreName(m_ui->centreNameEdit->text().trimmed());
    if (saved)
        saved = m_settings.setAssessmentIntervalMonths(m_ui->intervalSpin->value());
    const int residents = m_ui->residentsSpin->value();
    if (saved && residents > 0 && residents != m_recordedResidents)
        saved = m_settings.setResidents(residents);
    if (!closeWhenSaved(saved))
        logging::get("ui")->info("centre settings not saved");
}

} // namespace opieka::ui
