#include "CentreSettingsDialog.h"

#include "DialogParts.h"
#include "Logging.h"
#include "ui_CentreSettingsDialog.h"

#include <QLineEdit>

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

    // The legal basis per purpose: the centre's text, or the program's proposal (also shown as
    // the placeholder, which an emptied field goes back to).
    for (const auto& [purpose, edit] : legalBasisEdits()) {
        edit->setMaxLength(SettingsService::kMaxLegalBasisLength);
        edit->setPlaceholderText(SettingsService::defaultLegalBasis(purpose));
        auto basis = m_settings.legalBasis(purpose);
        if (!basis) {
            showErrorLine(m_ui->errorLabel, basis.error().message);
            continue;
        }
        edit->setText(*basis);
        edit->setCursorPosition(0);
        m_recordedBases.insert(static_cast<int>(purpose), *basis);
    }
}

QList<std::pair<PackagePurpose, QLineEdit*>> CentreSettingsDialog::legalBasisEdits() const
{
    return {{PackagePurpose::Referral, m_ui->referralBasisEdit},
            {PackagePurpose::Plan, m_ui->planBasisEdit},
            {PackagePurpose::Transfer, m_ui->transferBasisEdit}};
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
    // Only what was changed is saved (each change is audited).
    for (const auto& [purpose, edit] : legalBasisEdits()) {
        const QString text = edit->text().trimmed();
        if (saved && text != m_recordedBases.value(static_cast<int>(purpose)))
            saved = m_settings.setLegalBasis(purpose, text);
    }
    if (!closeWhenSaved(saved))
        logging::get("ui")->info("centre settings not saved");
}

} // namespace opieka::ui
