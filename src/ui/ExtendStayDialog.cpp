#include "ExtendStayDialog.h"

#include "Labels.h"
#include "Logging.h"
#include "Theme.h"
#include "ui_ExtendStayDialog.h"

#include <QPushButton>

namespace opieka::ui {

ExtendStayDialog::ExtendStayDialog(FosterCareService care, User actor, const Placement& placement,
                                   const QString& childName, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::ExtendStayDialog>())
    , m_care(care)
    , m_actor(std::move(actor))
    , m_placementId(placement.id)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("extendStayDialog"));
    setAccessibleName(tr("Extend emergency stay"));
    QPushButton* save = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    save->setText(tr("E&xtend"));
    save->setObjectName(QStringLiteral("saveButton"));
    save->setAccessibleName(tr("Extend the stay"));
    QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    m_ui->errorLabel->setStyleSheet(Theme::errorStyle());
    m_ui->errorLabel->hide();
    FosterCareSettings settings;
    if (auto s = m_care.settings())
        settings = *s;
    const QDate ends =
        foster_rules::emergencyStayEnds(placement.from, placement.extendedUntil, settings);
    const QDate limit = foster_rules::emergencyStayLimit(placement.from, settings);
    m_ui->stayInfoLabel->setText(
        tr("%1 stays in the emergency family from %2 until %3; the stay can be extended up to "
           "%4 (%5 months).")
            .arg(childName, Labels::date(placement.from), Labels::date(ends), Labels::date(limit))
            .arg(settings.emergencyStayMaxMonths));
    m_ui->untilDateEdit->setDate(limit);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExtendStayDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExtendStayDialog::reject);
}

ExtendStayDialog::~ExtendStayDialog() = default;

void ExtendStayDialog::accept()
{
    if (Status s = m_care.extendEmergencyStay(m_actor, m_placementId, m_ui->untilDateEdit->date());
        !s) {
        logging::get("ui")->warn("emergency stay of placement {} not extended", m_placementId);
        m_ui->errorLabel->setText(tr("Not saved: %1").arg(s.error().message));
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace opieka::ui
