#include "CentreSettingsDialog.h"

#include "Logging.h"
#include "Theme.h"
#include "ui_CentreSettingsDialog.h"

#include <QPushButton>

namespace opieka::ui {
namespace {}

CentreSettingsDialog::CentreSettingsDialog(SettingsService settings, User actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::CentreSettingsDialog>())
    , m_settings(settings)
    , m_actor(std::move(actor))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("centreSettingsDialog"));
    setAccessibleName(tr("Centre settings"));
    QPushButton* save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setAccessibleName(tr("Save the centre settings"));
    QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    m_ui->intervalSpin->setSuffix(tr(" months"));
    // The law's longest interval is the longest offered; the service refuses a longer one too.
    m_ui->intervalSpin->setRange(1, SettingsService::kMaxAssessmentIntervalMonths);
    m_ui->errorLabel->setStyleSheet(Theme::errorStyle());
    m_ui->errorLabel->hide();

    auto name = m_settings.centreName();
    auto interval = m_settings.assessmentIntervalMonths();
    if (!name || !interval) {
        logging::get("ui")->error("centre settings could not be read");
        m_ui->errorLabel->setText(!name ? name.error().message : interval.error().message);
        m_ui->errorLabel->show();
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
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CentreSettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CentreSettingsDialog::~CentreSettingsDialog() = default;

void CentreSettingsDialog::accept()
{
    Status saved = m_settings.setCentreName(m_actor, m_ui->centreNameEdit->text().trimmed());
    if (saved)
        saved = m_settings.setAssessmentIntervalMonths(m_actor, m_ui->intervalSpin->value());
    const int residents = m_ui->residentsSpin->value();
    if (saved && residents > 0 && residents != m_recordedResidents)
        saved = m_settings.setResidents(m_actor, residents);
    if (!saved) {
        logging::get("ui")->info("centre settings not saved");
        m_ui->errorLabel->setText(saved.error().message);
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace opieka::ui
