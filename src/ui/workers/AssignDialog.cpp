#include "AssignDialog.h"

#include "Labels.h"
#include "Logging.h"
#include "Theme.h"
#include "ui_AssignDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

namespace opieka::ui {
AssignDialog::AssignDialog(const Session& session, qint64 caseId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::AssignDialog>())
    , m_caseloads(session)
    , m_directory(session)
    , m_workerService(session)
{
    m_ui->setupUi(this);
    m_leaveWarning = new QLabel(this);
    m_leaveWarning->setObjectName(QStringLiteral("leaveWarningLabel"));
    m_leaveWarning->setAccessibleName(tr("Worker on leave"));
    m_leaveWarning->setWordWrap(true);
    m_leaveWarning->setStyleSheet(Theme::warningStyle());
    m_leaveWarning->hide();
    m_ui->assignLayout->insertWidget(m_ui->assignLayout->indexOf(m_ui->verdictLabel) + 1,
                                     m_leaveWarning);
    setObjectName(QStringLiteral("assignDialog"));
    setAccessibleName(tr("Assign worker"));
    QPushButton* assign = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    assign->setText(tr("&Assign"));
    assign->setObjectName(QStringLiteral("assignButton"));
    assign->setAccessibleName(tr("Assign"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelButton"));
    m_ui->caseIdSpin->setSpecialValueText(tr("(enter an ID)"));
    m_ui->caseIdSpin->setValue(static_cast<int>(std::clamp<qint64>(caseId, 0, INT_MAX)));
    m_ui->fromDate->setDate(QDate::currentDate());
    m_ui->errorLabel->setStyleSheet(Theme::errorStyle());
    m_ui->errorLabel->hide();
    m_ui->transferLabel->hide();

    loadWorkers();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AssignDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AssignDialog::reject);
    connect(m_ui->workerCombo, &QComboBox::currentIndexChanged, this, &AssignDialog::updatePreview);
    connect(m_ui->caseIdSpin, &QSpinBox::valueChanged, this, &AssignDialog::updatePreview);
    connect(m_ui->fromDate, &QDateEdit::dateChanged, this, &AssignDialog::updatePreview);
    connect(m_ui->overrideReasonEdit, &QLineEdit::textChanged, this, &AssignDialog::updateButtons);
    updatePreview();
}

AssignDialog::~AssignDialog() = default;

void AssignDialog::loadWorkers()
{
    // The report gives each worker's current load next to the name.
    auto report = m_caseloads.report(QDate::currentDate());
    if (!report) {
        logging::get("ui")->error("workers for the assign dialog could not be read");
        m_loadError = report.error().message;
        return;
    }
    QList<WorkerCaseload> rows = report->rows;
    std::stable_sort(
        rows.begin(), rows.end(), [](const WorkerCaseload& a, const WorkerCaseload& b) {
            if (a.worker.role != b.worker.role)
                return a.worker.role < b.worker.role;
            return QString::localeAwareCompare(a.worker.lastName, b.worker.lastName) < 0;
        });
    const QSignalBlocker blocker(m_ui->workerCombo);
    for (const WorkerCaseload& row : rows) {
        const QString load = row.load.limit
                                 ? tr("%1 of %2").arg(row.load.cases).arg(*row.load.limit)
                                 : tr("%1, no limit").arg(row.load.cases);
        m_ui->workerCombo->addItem(
            tr("%1 — %2 — %3").arg(row.worker.displayName(), Labels::role(row.worker.role), load),
            row.worker.id);
        m_workers << row.worker;
    }
    m_ui->workerCombo->setCurrentIndex(m_workers.isEmpty() ? -1 : 0);
}

bool AssignDialog::selectWorker(qint64 workerId)
{
    const int index = m_ui->workerCombo->findData(workerId);
    if (index < 0)
        return false;
    m_ui->workerCombo->setCurrentIndex(index);
    return true;
}

qint64 AssignDialog::selectedWorkerId() const
{
    return m_ui->workerCombo->currentData().toLongLong();
}

void AssignDialog::setCaseFixed(bool fixed)
{
    m_ui->caseIdSpin->setReadOnly(fixed);
    m_ui->caseIdSpin->setButtonSymbols(fixed ? QAbstractSpinBox::NoButtons
                                             : QAbstractSpinBox::UpDownArrows);
}

void AssignDialog::setTransferFrom(const Worker& from)
{
    m_transferFrom = from;
    setWindowTitle(tr("Transfer family"));
    setAccessibleName(tr("Transfer family"));
    QPushButton* transfer = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    transfer->setText(tr("&Transfer"));
    transfer->setAccessibleName(tr("Transfer"));
    m_ui->transferLabel->setText(
        tr("Transfer from %1 (%2). Their work with the family ends on the day the new worker "
           "starts.")
            .arg(from.displayName(), Labels::role(from.role)));
    m_ui->transferLabel->show();
    m_ui->fromLabel->setText(tr("&On:"));
    m_ui->fromDate->setAccessibleName(tr("Transfer date"));
    // Only someone in the same role can take over.
    {
        const QSignalBlocker blocker(m_ui->workerCombo);
        for (int index = static_cast<int>(m_workers.size()) - 1; index >= 0; --index) {
            const Worker& worker = m_workers.at(index);
            if (worker.role != from.role || worker.id == from.id) {
                m_workers.removeAt(index);
                m_ui->workerCombo->removeItem(index);
            }
        }
        m_ui->workerCombo->setCurrentIndex(m_workers.isEmpty() ? -1 : 0);
    }
    updatePreview();
}

void AssignDialog::updateLeaveWarning()
{
    const int index = m_ui->workerCombo->currentIndex();
    QString text;
    if (index >= 0 && index < m_workers.size()) {
        auto warning = m_workerService.leaveWarning(m_workers.at(index).id, m_ui->fromDate->date());
        if (warning)
            text = *warning;
    }
    m_leaveWarning->setText(text);
    m_leaveWarning->setVisible(!text.isEmpty());
}

void AssignDialog::updatePreview()
{
    m_ui->errorLabel->hide();
    updateLeaveWarning();
    const int index = m_ui->workerCombo->currentIndex();
    const std::optional<Role> role = index >= 0 && index < m_workers.size()
                                         ? std::optional<Role>(m_workers.at(index).role)
                                         : std::nullopt;
    updateCaseInfo(role);
    if (!role && !m_loadError.isEmpty()) {
        showVerdict(Verdict::Failed, m_loadError);
        return;
    }
    if (!role && m_transferFrom && m_workers.isEmpty()) {
        showVerdict(Verdict::None, tr("No other worker in the role “%1” can take the family over.")
                                       .arg(Labels::role(m_transferFrom->role)));
        return;
    }
    if (!role) {
        showVerdict(Verdict::None, m_workers.isEmpty()
                                       ? tr("There are no workers who carry cases in this "
                                            "database. Import workers first.")
                                       : tr("Choose a worker."));
        return;
    }
    if (m_ui->caseIdSpin->value() == 0) {
        showVerdict(Verdict::None, tr("Enter the ID of the case."));
        return;
    }
    auto preview =
        m_caseloads.preview(selectedWorkerId(), m_ui->caseIdSpin->value(), m_ui->fromDate->date());
    if (!preview) {
        showVerdict(Verdict::Failed, preview.error().message);
        return;
    }
    const AssignmentVerdict& verdict = preview->verdict;
    if (verdict.allowed)
        showVerdict(Verdict::Allowed, tr("Allowed: %1").arg(verdict.message));
    else
        showVerdict(Verdict::Refused,
                    tr("Over the limit: %1 An override reason is needed to assign anyway.")
                        .arg(verdict.message));
}

void AssignDialog::updateCaseInfo(const std::optional<Role>& role)
{
    const bool foster = role && caseKindFor(*role) == CaseKind::FosterFamily;
    m_ui->caseIdLabel->setText(foster ? tr("&Foster family ID:") : tr("&Family ID:"));
    m_ui->caseIdSpin->setAccessibleName(foster ? tr("Foster family ID") : tr("Family ID"));
    const qint64 id = m_ui->caseIdSpin->value();
    QString info;
    if (id > 0 && foster) {
        auto found = m_directory.fosterFamily(id);
        if (found && *found)
            info = tr("%1, %2").arg((*found)->name, (*found)->municipality);
    } else if (id > 0) {
        auto found = m_directory.family(id);
        if (found && *found)
            info = tr("%1, %2 (%3)")
                       .arg((*found)->name, (*found)->municipality,
                            Labels::category((*found)->category));
    }
    m_ui->caseInfoLabel->setText(info);
}

void AssignDialog::showVerdict(Verdict verdict, const QString& text)
{
    m_verdict = verdict;
    m_ui->verdictLabel->setText(text);
    m_ui->verdictLabel->setStyleSheet(verdict == Verdict::Allowed ? Theme::okStyle()
                                      : verdict == Verdict::None  ? QString()
                                                                  : Theme::errorStyle());
    m_ui->overrideReasonEdit->setEnabled(verdict == Verdict::Refused);
    m_ui->overrideReasonLabel->setEnabled(verdict == Verdict::Refused);
    updateButtons();
}

void AssignDialog::updateButtons()
{
    const bool ok =
        m_verdict == Verdict::Allowed ||
        (m_verdict == Verdict::Refused && !m_ui->overrideReasonEdit->text().trimmed().isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

QString AssignDialog::savedTextFor(const AssignRequest& request)
{
    QString worker;
    std::optional<Role> role;
    for (const Worker& w : m_workers)
        if (w.id == request.workerId) {
            worker = w.displayName();
            role = w.role;
        }
    QString subject;
    if (role && caseKindFor(*role) == CaseKind::FosterFamily) {
        auto found = m_directory.fosterFamily(request.caseId);
        subject = found && *found ? tr("the foster family %1").arg((*found)->name)
                                  : tr("foster family %1").arg(request.caseId);
    } else {
        auto found = m_directory.family(request.caseId);
        if (found && *found && !(*found)->caseNumber.isEmpty())
            subject = tr("the family %1 (case %2)").arg((*found)->name, (*found)->caseNumber);
        else if (found && *found)
            subject = tr("the family %1").arg((*found)->name);
        else
            subject = tr("family %1").arg(request.caseId);
    }
    return tr("%1 works with %2 from %3.").arg(worker, subject, Labels::date(request.from));
}

void AssignDialog::accept()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    AssignRequest request;
    request.workerId = selectedWorkerId();
    request.caseId = m_ui->caseIdSpin->value();
    request.from = m_ui->fromDate->date();
    if (m_verdict == Verdict::Refused)
        request.overrideReason = m_ui->overrideReasonEdit->text().trimmed();
    auto id = m_transferFrom ? m_caseloads.transfer(m_transferFrom->id, request)
                             : m_caseloads.assign(request);
    if (!id) {
        logging::get("ui")->warn("assignment not saved for worker {}", request.workerId);
        m_ui->errorLabel->setText(tr("Not saved: %1").arg(id.error().message));
        m_ui->errorLabel->show();
        return;
    }
    m_assignmentId = *id;
    m_savedText = savedTextFor(request);
    QDialog::accept();
}

} // namespace opieka::ui
