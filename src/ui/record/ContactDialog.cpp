#include "ContactDialog.h"

#include "DialogParts.h"
#include "DirectoryService.h"
#include "FamilyHeading.h"
#include "Labels.h"
#include "Logging.h"
#include "Messages.h"
#include "TeamService.h"
#include "Theme.h"
#include "ui_ContactDialog.h"

#include <QPushButton>
#include <algorithm>
#include <vector>

namespace opieka::ui {
namespace {
// A next step is usually agreed for the coming weeks.
constexpr int kDefaultDueInDays = 14;
} // namespace

ContactDialog::ContactDialog(const Session& session, qint64 familyId, QWidget* parent)
    : FormDialog(parent, QStringLiteral("contactDialog"), tr("Log contact"))
    , m_session(session)
    , m_contacts(session)
    , m_familyId(familyId)
{
    QPushButton* save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setAccessibleName(tr("Save the contact"));
    QPushButton* close = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    close->setText(tr("&Close"));
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close and keep the draft"));
    close->setToolTip(tr("Closes the window; what you typed is kept as a draft."));
    QPushButton* discard = m_ui->buttonBox->button(QDialogButtonBox::Discard);
    discard->setText(tr("Discard dra&ft"));
    discard->setObjectName(QStringLiteral("discardButton"));
    discard->setAccessibleName(tr("Discard the draft"));
    m_ui->errorLabel->setStyleSheet(Theme::errorStyle());
    m_ui->errorLabel->hide();

    for (const QString& name : contactKindNames())
        m_ui->kindCombo->addItem(contactKindLabel(*parseContactKind(name)), name);
    const QDateTime now = QDateTime::currentDateTime();
    m_ui->dateEdit->setMaximumDate(now.date());
    m_ui->dateEdit->setDate(now.date());
    m_ui->timeEdit->setTime(QTime(now.time().hour(), now.time().minute()));
    m_ui->dueDateEdit->setDate(now.date().addDays(kDefaultDueInDays));
    m_ui->dueDateEdit->setEnabled(false);

    m_ui->familyLabel->setText(FamilyHeading::text(m_session, familyId));
    loadWorkers(m_session.actor().workerId);
    restoreDraft();

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(AutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &ContactDialog::saveDraftNow);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ContactDialog::reject);
    connect(discard, &QPushButton::clicked, this, &ContactDialog::discardDraft);
    connect(m_ui->workerCombo, &QComboBox::currentIndexChanged, this, &ContactDialog::edited);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &ContactDialog::edited);
    connect(m_ui->timeCheck, &QCheckBox::toggled, this, &ContactDialog::edited);
    connect(m_ui->timeCheck, &QCheckBox::toggled, m_ui->timeEdit, &QWidget::setEnabled);
    connect(m_ui->timeEdit, &QTimeEdit::timeChanged, this, &ContactDialog::edited);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ContactDialog::edited);
    connect(m_ui->presentEdit, &QLineEdit::textChanged, this, &ContactDialog::edited);
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, &ContactDialog::edited);
    connect(m_ui->nextStepEdit, &QLineEdit::textChanged, this, &ContactDialog::edited);
    connect(m_ui->dueCheck, &QCheckBox::toggled, this, &ContactDialog::edited);
    connect(m_ui->dueCheck, &QCheckBox::toggled, m_ui->dueDateEdit, &QWidget::setEnabled);
    connect(m_ui->dueDateEdit, &QDateEdit::dateChanged, this, &ContactDialog::edited);
}

ContactDialog::~ContactDialog() = default;

void ContactDialog::loadWorkers(const std::optional<qint64>& preferred)
{
    DirectoryService directory(m_session);
    auto workers = directory.workers();
    if (!workers) {
        logging::get("ui")->error("workers for the contact dialog could not be read");
        showErrorLine(m_ui->errorLabel, workers.error().message);
        return;
    }
    QList<Worker> list = *workers;
    std::stable_sort(list.begin(), list.end(), [](const Worker& a, const Worker& b) {
        if (a.role != b.role)
            return a.role < b.role;
        return QString::localeAwareCompare(a.lastName, b.lastName) < 0;
    });
    // Without a worker of one's own, the family's social worker is the likely author.
    std::optional<qint64> choice = preferred;
    if (!choice) {
        auto team = TeamService(m_session).team(m_familyId);
        if (team)
            for (const TeamMember& member : team->current)
                if (member.worker.role == Role::SocialWorker) {
                    choice = member.worker.id;
                    break;
                }
    }
    const QSignalBlocker blocker(m_ui->workerCombo);
    for (const Worker& worker : list)
        if (isWorkerRole(worker.role) && worker.isActiveOn(QDate::currentDate()))
            m_ui->workerCombo->addItem(
                tr("%1 (%2)").arg(worker.displayName(), Labels::role(worker.role)), worker.id);
    const int index = choice ? m_ui->workerCombo->findData(*choice) : -1;
    m_ui->workerCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void ContactDialog::restoreDraft()
{
    auto draft = m_contacts.draft(m_familyId);
    if (!draft) {
        logging::get("ui")->error("contact draft for family {} could not be read", m_familyId);
        showDraftState(tr("The saved draft could not be read: %1").arg(draft.error().message),
                       true);
        return;
    }
    if (!*draft)
        return;
    fill(**draft);
    m_draftRestored = true;
    showDraftState(tr("Draft restored: this is what you typed last time, not yet saved."));
}

void ContactDialog::fill(const Contact& contact)
{
    const QList<QWidget*> fields{
        m_ui->workerCombo, m_ui->dateEdit,  m_ui->timeCheck,    m_ui->timeEdit, m_ui->kindCombo,
        m_ui->presentEdit, m_ui->notesEdit, m_ui->nextStepEdit, m_ui->dueCheck, m_ui->dueDateEdit};
    std::vector<QSignalBlocker> blockers;
    blockers.reserve(fields.size());
    for (QWidget* field : fields)
        blockers.emplace_back(field);
    int worker = m_ui->workerCombo->findData(contact.workerId);
    if (worker < 0 && contact.workerId != 0) {
        // The author may have left since: keep them rather than silently changing the author.
        m_ui->workerCombo->addItem(tr("Worker %1 (no longer active)").arg(contact.workerId),
                                   contact.workerId);
        worker = m_ui->workerCombo->count() - 1;
    }
    if (worker >= 0)
        m_ui->workerCombo->setCurrentIndex(worker);
    if (contact.date.isValid())
        m_ui->dateEdit->setDate(contact.date);
    m_ui->timeCheck->setChecked(contact.time.has_value());
    m_ui->timeEdit->setEnabled(contact.time.has_value());
    if (contact.time)
        m_ui->timeEdit->setTime(*contact.time);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(contactKindName(contact.kind)));
    m_ui->presentEdit->setText(contact.present);
    m_ui->notesEdit->setPlainText(contact.notes);
    m_ui->nextStepEdit->setText(contact.nextStep);
    m_ui->dueCheck->setChecked(contact.nextStepDue.has_value());
    m_ui->dueDateEdit->setEnabled(contact.nextStepDue.has_value());
    if (contact.nextStepDue)
        m_ui->dueDateEdit->setDate(*contact.nextStepDue);
}

void ContactDialog::setContact(const Contact& contact)
{
    m_autosave.stop();
    m_contactId = contact.id;
    m_dirty = false;
    m_draftRestored = false;
    setWindowTitle(tr("Edit contact"));
    setAccessibleName(tr("Edit contact"));
    m_ui->buttonBox->button(QDialogButtonBox::Discard)->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setToolTip(QString());
    m_ui->draftLabel->clear();
    fill(contact);
}

Contact ContactDialog::currentContact() const
{
    Contact contact;
    contact.id = m_contactId;
    contact.familyId = m_familyId;
    contact.workerId = m_ui->workerCombo->currentData().toLongLong();
    contact.date = m_ui->dateEdit->date();
    if (m_ui->timeCheck->isChecked())
        contact.time = m_ui->timeEdit->time();
    contact.kind = parseContactKind(m_ui->kindCombo->currentData().toString())
                       .value_or(ContactKind::HomeVisit);
    contact.present = m_ui->presentEdit->text().trimmed();
    contact.notes = m_ui->notesEdit->toPlainText();
    contact.nextStep = m_ui->nextStepEdit->text().trimmed();
    if (m_ui->dueCheck->isChecked())
        contact.nextStepDue = m_ui->dueDateEdit->date();
    return contact;
}

void ContactDialog::edited()
{
    if (m_contactId != 0)
        return; // a saved contact has no draft
    m_dirty = true;
    m_autosave.start();
}

void ContactDialog::saveDraftNow()
{
    m_autosave.stop();
    if (!m_dirty || m_contactId != 0)
        return;
    const Status saved = m_contacts.saveDraft(currentContact());
    if (!saved) {
        logging::get("ui")->error("contact draft for family {} not saved", m_familyId);
        showDraftState(tr("The draft could not be saved: %1").arg(saved.error().message), true);
        return;
    }
    m_dirty = false;
    showDraftState(tr("Draft saved at %1.").arg(Labels::time(QTime::currentTime())));
}

void ContactDialog::discardDraft()
{
    if (!confirm(this, tr("Discard draft"),
                 tr("Discard the draft of this contact? What you typed is deleted and "
                    "cannot be brought back.")))
        return;
    m_autosave.stop();
    m_dirty = false;
    const Status discarded = m_contacts.discardDraft(m_familyId);
    if (!discarded) {
        logging::get("ui")->error("contact draft for family {} not discarded", m_familyId);
        showDraftState(tr("The draft could not be discarded: %1").arg(discarded.error().message),
                       true);
        return;
    }
    QDialog::reject();
}

void ContactDialog::showDraftState(const QString& text, bool error)
{
    m_ui->draftLabel->setText(text);
    m_ui->draftLabel->setStyleSheet(error ? Theme::errorStyle() : QString());
}

void ContactDialog::accept()
{
    m_autosave.stop();
    const Contact contact = currentContact();
    if (m_contactId == 0) {
        auto id = m_contacts.log(contact);
        if (refused(id, "contact not logged for family {}", m_familyId)) {
            saveDraftNow(); // the text stays safe while the user fixes the entry
            return;
        }
        m_contactId = *id;
        m_dirty = false;
        const Status discarded = m_contacts.discardDraft(m_familyId);
        if (!discarded)
            logging::get("ui")->warn("draft for family {} kept after saving", m_familyId);
    } else {
        const Status updated = m_contacts.update(contact);
        if (refused(updated, "contact {} not updated", m_contactId))
            return;
    }
    QDialog::accept();
}

void ContactDialog::reject()
{
    saveDraftNow();
    QDialog::reject();
}

} // namespace opieka::ui
