#include "ContactsTab.h"

#include "ContactDialog.h"
#include "ContactsModel.h"
#include "Labels.h"
#include "Logging.h"
#include "Messages.h"
#include "ui_ContactsTab.h"

namespace opieka::ui {

ContactsTab::ContactsTab(const Session& session, qint64 familyId, QWidget* parent)
    : RecordFormTab(session, familyId, parent, QStringLiteral("contactsTab"))
    , m_service(session)
    , m_directory(session)
    , m_model(new ContactsModel(this))
{
    m_model->setObjectName(QStringLiteral("contactsModel"));
    m_ui->contactsTable->setModel(m_model);
    m_ui->contactsSplitter->setStretchFactor(0, 3);
    m_ui->contactsSplitter->setStretchFactor(1, 1);
    connect(m_ui->contactsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContactsTab::showSelectedContact);
    connect(m_ui->logContactButton, &QPushButton::clicked, this, &ContactsTab::logContact);
    connect(m_ui->editContactButton, &QPushButton::clicked, this, &ContactsTab::editContact);
    connect(m_ui->contactsTable, &QTableView::activated, this, &ContactsTab::editContact);
}

ContactsTab::~ContactsTab() = default;

void ContactsTab::reload()
{
    QHash<qint64, QString> names;
    auto workers = m_directory.workers();
    if (workers)
        for (const Worker& worker : *workers)
            names.insert(worker.id, worker.displayName());
    auto contacts = m_service.contacts(m_familyId);
    if (!contacts) {
        logging::get("ui")->error("contacts of family {} could not be read", m_familyId);
        m_model->setContacts({}, names);
        ui::showError(this, tr("Cannot read the contacts"), contacts.error().message);
    } else {
        m_model->setContacts(*contacts, names);
        showSelectedContact();
    }
    fitColumnsOnce({m_ui->contactsTable});
}

void ContactsTab::showSelectedContact()
{
    const auto contact = m_model->contactAt(selectedRow(m_ui->contactsTable));
    m_ui->editContactButton->setEnabled(contact.has_value());
    if (!contact) {
        m_ui->contactNotesView->clear();
        return;
    }
    QString html = tr("<p><b>%1</b>, %2 %3</p>")
                       .arg(contactKindLabel(contact->kind), Labels::date(contact->date),
                            contact->time ? Labels::time(*contact->time) : QString());
    if (!contact->present.isEmpty())
        html += tr("<p>Present: %1</p>").arg(contact->present.toHtmlEscaped());
    html += QStringLiteral("<p>") +
            contact->notes.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
            QStringLiteral("</p>");
    if (!contact->nextStep.isEmpty())
        html +=
            tr("<p>Next step: %1 (due %2)</p>")
                .arg(contact->nextStep.toHtmlEscaped(),
                     contact->nextStepDue ? Labels::date(*contact->nextStepDue) : tr("no date"));
    m_ui->contactNotesView->setHtml(html);
}

void ContactsTab::logContact()
{
    ContactDialog dialog(m_session, m_familyId, this);
    runDialog(dialog);
}

void ContactsTab::editContact()
{
    const auto contact = m_model->contactAt(selectedRow(m_ui->contactsTable));
    if (!contact)
        return;
    ContactDialog dialog(m_session, m_familyId, this);
    dialog.setContact(*contact);
    runDialog(dialog);
}

} // namespace opieka::ui
