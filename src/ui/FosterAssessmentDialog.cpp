#include "FosterAssessmentDialog.h"

#include "FosterLabels.h"
#include "Labels.h"
#include "Logging.h"
#include "Theme.h"
#include "ui_FosterAssessmentDialog.h"

#include <QPushButton>

namespace opieka::ui {

FosterAssessmentDialog::FosterAssessmentDialog(FosterCareService care, User actor,
                                               const FosterFamilyStatus& status, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::FosterAssessmentDialog>())
    , m_care(care)
    , m_actor(std::move(actor))
    , m_fosterFamilyId(status.family.id)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("fosterAssessmentDialog"));
    setAccessibleName(tr("Record foster family assessment"));
    QPushButton* save = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    save->setText(tr("R&ecord"));
    save->setObjectName(QStringLiteral("saveButton"));
    save->setAccessibleName(tr("Record the assessment"));
    QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    m_ui->errorLabel->setStyleSheet(Theme::errorStyle());
    m_ui->errorLabel->hide();
    QString text = tr("%1 (%2)").arg(status.family.name, FosterLabels::kind(status.family.kind));
    if (status.assessmentDue)
        text +=
            QLatin1Char(' ') + tr("Assessment due on %1.").arg(Labels::date(*status.assessmentDue));
    m_ui->familyInfoLabel->setText(text);
    m_ui->assessedDateEdit->setDate(QDate::currentDate());
    m_ui->assessedDateEdit->setMaximumDate(QDate::currentDate());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FosterAssessmentDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FosterAssessmentDialog::reject);
}

FosterAssessmentDialog::~FosterAssessmentDialog() = default;

void FosterAssessmentDialog::accept()
{
    FosterAssessmentRow row;
    row.fosterFamilyId = m_fosterFamilyId;
    row.assessedOn = m_ui->assessedDateEdit->date();
    row.findings = m_ui->findingsEdit->toPlainText().trimmed();
    auto id = m_care.recordFosterAssessment(m_actor, row);
    if (!id) {
        logging::get("ui")->warn("assessment of foster family {} not saved", m_fosterFamilyId);
        m_ui->errorLabel->setText(tr("Not saved: %1").arg(id.error().message));
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace opieka::ui
