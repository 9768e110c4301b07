#include "FosterAssessmentDialog.h"

#include "DialogParts.h"
#include "FosterLabels.h"
#include "Labels.h"
#include "ui_FosterAssessmentDialog.h"

namespace opieka::ui {

FosterAssessmentDialog::FosterAssessmentDialog(FosterRegisterService fosterRegister,
                                               const FosterFamilyStatus& status, QWidget* parent)
    : FormDialog(parent, QStringLiteral("fosterAssessmentDialog"),
                 tr("Record foster family assessment"))
    , m_fosterRegister(fosterRegister)
    , m_fosterFamilyId(status.family.id)
{
    setUpFormButtons(this, m_ui->buttonBox,
                     {.text = tr("R&ecord"), .accessibleName = tr("Record the assessment")},
                     m_ui->errorLabel);
    QString text = tr("%1 (%2)").arg(status.family.name, FosterLabels::kind(status.family.kind));
    if (status.assessmentDue)
        text +=
            QLatin1Char(' ') + tr("Assessment due on %1.").arg(Labels::date(*status.assessmentDue));
    m_ui->familyInfoLabel->setText(text);
    m_ui->assessedDateEdit->setDate(QDate::currentDate());
    m_ui->assessedDateEdit->setMaximumDate(QDate::currentDate());
}

FosterAssessmentDialog::~FosterAssessmentDialog() = default;

void FosterAssessmentDialog::accept()
{
    FosterAssessmentRow row;
    row.fosterFamilyId = m_fosterFamilyId;
    row.assessedOn = m_ui->assessedDateEdit->date();
    row.findings = m_ui->findingsEdit->toPlainText().trimmed();
    auto id = m_fosterRegister.recordFosterAssessment(row);
    if (!refused(id, "assessment of foster family {} not saved", m_fosterFamilyId))
        QDialog::accept();
}

} // namespace opieka::ui
