#include "LeavingCareDialog.h"

#include "DialogParts.h"
#include "Labels.h"
#include "Logging.h"
#include "ui_LeavingCareDialog.h"

namespace opieka::ui {

LeavingCareDialog::LeavingCareDialog(ChildCareService childCare, ChildCareQuery query,
                                     qint64 childMemberId, QWidget* parent)
    : FormDialog(parent, QStringLiteral("leavingCareDialog"), tr("Leaving care"))
    , m_childCare(childCare)
    , m_childMemberId(childMemberId)
{
    setUpFormButtons(this, m_ui->buttonBox,
                     {.text = tr("&Save"), .accessibleName = tr("Save leaving care")},
                     m_ui->errorLabel);
    const QDate today = QDate::currentDate();
    if (auto deadlines = m_childCare.deadlines(childMemberId, today)) {
        const Member& child = deadlines->child;
        QString text = child.displayName();
        if (child.birthDate)
            text = tr("%1 turns 18 on %2: the guardian of independence is chosen by %3, the "
                      "individual programme ready by %4.")
                       .arg(child.displayName(), Labels::date(child.birthDate->addYears(18)),
                            Labels::date(foster_rules::independenceGuardianDue(*child.birthDate)),
                            Labels::date(foster_rules::independenceProgrammeDue(*child.birthDate)));
        m_ui->leavingInfoLabel->setText(text);
    }
    auto status = query.status(childMemberId);
    if (!status)
        logging::get("ui")->error("leaving care of child {} could not be read", childMemberId);
    const ChildStatus current = status && *status ? **status : ChildStatus{};
    m_ui->guardianEdit->setText(current.independenceGuardian);
    m_ui->guardianCheck->setChecked(current.guardianChosenOn.has_value());
    m_ui->guardianDateEdit->setDate(current.guardianChosenOn.value_or(today));
    m_ui->programmeCheck->setChecked(current.programmeReadyOn.has_value());
    m_ui->programmeDateEdit->setDate(current.programmeReadyOn.value_or(today));
    connect(m_ui->guardianCheck, &QCheckBox::toggled, this, &LeavingCareDialog::updateControls);
    connect(m_ui->programmeCheck, &QCheckBox::toggled, this, &LeavingCareDialog::updateControls);
    updateControls();
}

LeavingCareDialog::~LeavingCareDialog() = default;

void LeavingCareDialog::updateControls()
{
    m_ui->guardianDateEdit->setEnabled(m_ui->guardianCheck->isChecked());
    m_ui->programmeDateEdit->setEnabled(m_ui->programmeCheck->isChecked());
}

void LeavingCareDialog::accept()
{
    const std::optional<QDate> chosen = m_ui->guardianCheck->isChecked()
                                            ? std::optional<QDate>(m_ui->guardianDateEdit->date())
                                            : std::nullopt;
    const std::optional<QDate> ready = m_ui->programmeCheck->isChecked()
                                           ? std::optional<QDate>(m_ui->programmeDateEdit->date())
                                           : std::nullopt;
    if (!refused(m_childCare.recordLeavingCare(m_childMemberId, m_ui->guardianEdit->text(), chosen,
                                               ready),
                 "leaving care of child {} not saved", m_childMemberId))
        QDialog::accept();
}

} // namespace opieka::ui
