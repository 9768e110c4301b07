#include "AssessmentDialog.h"

#include "DialogParts.h"
#include "DirectoryService.h"
#include "FamilyHeading.h"
#include "Labels.h"
#include "Logging.h"
#include "TeamService.h"
#include "ui_AssessmentDialog.h"

#include <algorithm>

namespace opieka::ui {
namespace {}

AssessmentDialog::AssessmentDialog(const Session& session, qint64 familyId, QWidget* parent)
    : FormDialog(parent, QStringLiteral("assessmentDialog"), tr("Record an assessment"))
    , m_session(session)
    , m_assessments(session)
    , m_familyId(familyId)
{
    setUpFormButtons(this, m_ui->buttonBox,
                     {.accessibleName = tr("Save the assessment"), .which = QDialogButtonBox::Save},
                     m_ui->errorLabel);

    const QDate today = QDate::currentDate();
    m_ui->assessedOnEdit->setMaximumDate(today);
    m_ui->assessedOnEdit->setDate(today);
    m_ui->sentToSocialWorkerEdit->setDate(today);
    m_ui->sentToCoordinatorEdit->setDate(today);
    m_ui->sentToSocialWorkerCheck->setChecked(true);
    m_ui->sentToCoordinatorEdit->setEnabled(false);

    m_ui->familyLabel->setText(FamilyHeading::text(m_session, familyId));
    loadAssistants();

    // A child in care puts a coordinator on the family's team: the assessment goes to them too.
    bool coordinator = false;
    auto team = TeamService(m_session).team(familyId);
    if (team)
        for (const TeamMember& member : team->current)
            coordinator = coordinator || member.worker.role == Role::FosterCareCoordinator;
    m_ui->sentToCoordinatorCheck->setChecked(coordinator);
    m_ui->sentToCoordinatorEdit->setEnabled(coordinator);
    m_ui->coordinatorHintLabel->setText(
        coordinator ? tr("A foster-care coordinator works with the family: send the assessment "
                         "to them as well as to the social worker.")
                    : tr("The assessment goes to the family's social worker (and to the "
                         "foster-care coordinator when a child is in care)."));

    connect(m_ui->sentToSocialWorkerCheck, &QCheckBox::toggled, m_ui->sentToSocialWorkerEdit,
            &QWidget::setEnabled);
    connect(m_ui->sentToCoordinatorCheck, &QCheckBox::toggled, m_ui->sentToCoordinatorEdit,
            &QWidget::setEnabled);
    m_ui->findingsEdit->setFocus();
}

AssessmentDialog::~AssessmentDialog() = default;

void AssessmentDialog::loadAssistants()
{
    auto workers = DirectoryService(m_session).workers();
    if (!workers) {
        logging::get("ui")->error("workers for the assessment dialog could not be read");
        showErrorLine(m_ui->errorLabel, workers.error().message);
        return;
    }
    QList<Worker> list;
    for (const Worker& worker : *workers)
        if (worker.role == Role::FamilyAssistant && worker.isActiveOn(QDate::currentDate()))
            list << worker;
    std::stable_sort(list.begin(), list.end(), [](const Worker& a, const Worker& b) {
        return QString::localeAwareCompare(a.lastName, b.lastName) < 0;
    });
    for (const Worker& worker : list)
        m_ui->assistantCombo->addItem(worker.displayName(), worker.id);
    m_ui->assistantCombo->addItem(tr("(not recorded)"), QVariant());
    // The acting assistant is the author; otherwise the family's own assistant is the likely one.
    const User& actor = m_session.actor();
    int index = actor.workerId ? m_ui->assistantCombo->findData(*actor.workerId) : -1;
    auto team = TeamService(m_session).team(m_familyId);
    if (index < 0 && team)
        for (const TeamMember& member : team->current)
            if (member.worker.role == Role::FamilyAssistant && index < 0)
                index = m_ui->assistantCombo->findData(member.worker.id);
    m_ui->assistantCombo->setCurrentIndex(index >= 0 ? index : 0);
}

FamilyAssessment AssessmentDialog::currentAssessment() const
{
    FamilyAssessment a;
    a.familyId = m_familyId;
    a.assessedOn = m_ui->assessedOnEdit->date();
    const QVariant worker = m_ui->assistantCombo->currentData();
    if (worker.isValid())
        a.workerId = worker.toLongLong();
    a.findings = m_ui->findingsEdit->toPlainText().trimmed();
    if (m_ui->sentToSocialWorkerCheck->isChecked())
        a.sentToSocialWorkerOn = m_ui->sentToSocialWorkerEdit->date();
    if (m_ui->sentToCoordinatorCheck->isChecked())
        a.sentToCoordinatorOn = m_ui->sentToCoordinatorEdit->date();
    return a;
}

void AssessmentDialog::accept()
{
    auto recorded = m_assessments.record(currentAssessment());
    if (!recorded) {
        logging::get("ui")->info("assessment of family {} not recorded", m_familyId);
        showErrorLine(m_ui->errorLabel, recorded.error().message);
        return;
    }
    m_assessmentId = *recorded;
    QDialog::accept();
}

} // namespace opieka::ui
