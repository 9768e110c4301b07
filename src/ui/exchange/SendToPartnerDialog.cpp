#include "SendToPartnerDialog.h"

#include "CentrePassphraseDialog.h"
#include "CentreService.h"
#include "ContactService.h"
#include "DialogParts.h"
#include "Labels.h"
#include "MemberService.h"
#include "Messages.h"
#include "OutputFile.h"
#include "SettingsService.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace opieka::ui {

namespace {

enum VisitColumn
{
    SendColumn, // the date, with the visit's box
    KindColumn,
    PresentColumn,
    NotesColumn, // the notes' box
    VisitColumnCount,
};

} // namespace

SendToPartnerDialog::SendToPartnerDialog(const Session& session, qint64 familyId,
                                         const QString& familyName, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_familyId(familyId)
    , m_familyName(familyName)
{
    setObjectName(QStringLiteral("sendToPartnerDialog"));
    setWindowTitle(tr("Send to a partner centre — %1").arg(familyName));
    setAccessibleName(tr("Send to a partner centre"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_partner = newComboBox(this, QStringLiteral("partnerCombo"), tr("Partner centre"));
    m_purpose = newComboBox(this, QStringLiteral("purposeCombo"), tr("Purpose"));
    m_purpose->addItem(tr("Referral: the family, the plan, the assessments and the visits ticked"),
                       static_cast<int>(PackagePurpose::Referral));
    m_purpose->addItem(tr("Plan: the current version of the family's work plan"),
                       static_cast<int>(PackagePurpose::Plan));
    m_purpose->addItem(tr("Transfer: the whole case, every visit with its notes"),
                       static_cast<int>(PackagePurpose::Transfer));
    m_plan = newComboBox(this, QStringLiteral("sendPlanCombo"), tr("Plan to send"));
    m_plan->addItem(tr("The family's work plan"), QVariant());
    form->addRow(tr("Partner &centre:"), m_partner);
    form->addRow(tr("P&urpose:"), m_purpose);
    form->addRow(tr("Pl&an:"), m_plan);
    m_legalBasis = new QLineEdit(this);
    m_legalBasis->setObjectName(QStringLiteral("sendLegalBasisEdit"));
    m_legalBasis->setAccessibleName(tr("Legal basis named in the package"));
    m_legalBasis->setMaxLength(SettingsService::kMaxLegalBasisLength);
    form->addRow(tr("Legal &basis:"), m_legalBasis);
    m_legalBasisNote = newNote(this, QString(), QStringLiteral("sendLegalBasisNote"));
    form->addRow(QString(), m_legalBasisNote);
    layout->addLayout(form);

    auto* visitsLabel = new QLabel(tr("&Visits and contacts that go with the referral:"), this);
    m_visits = new QTableWidget(0, VisitColumnCount, this);
    m_visits->setObjectName(QStringLiteral("sendVisitsTable"));
    m_visits->setAccessibleName(tr("Visits and contacts to send"));
    m_visits->setHorizontalHeaderLabels(
        {tr("Send (date)"), tr("Kind"), tr("Present"), tr("Confidential notes too")});
    m_visits->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_visits->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_visits->verticalHeader()->hide();
    m_visits->horizontalHeader()->setStretchLastSection(true);
    visitsLabel->setBuddy(m_visits);
    layout->addWidget(visitsLabel);
    layout->addWidget(m_visits, 1);
    m_visitsNote = newNote(this, QString(), QStringLiteral("sendVisitsNote"));
    layout->addWidget(m_visitsNote);

    auto* previewLabel = new QLabel(tr("What will &leave this centre:"), this);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("sendPreviewText"));
    m_preview->setAccessibleName(tr("What will leave this centre"));
    m_preview->setReadOnly(true);
    previewLabel->setBuddy(m_preview);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);
    m_message = newMessageLine(this, QStringLiteral("sendMessage"), tr("What is wrong"));
    layout->addWidget(m_message);
    QDialogButtonBox* buttons = newOkCancel(this, QStringLiteral("sendPackageButton"),
                                            QStringLiteral("sendCancelButton"), tr("&Send…"));
    m_send = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(buttons);

    loadPartners();
    loadVisits();
    loadChildren();
    loadLegalBasis();
    connect(m_partner, &QComboBox::currentIndexChanged, this, &SendToPartnerDialog::updatePreview);
    connect(m_plan, &QComboBox::currentIndexChanged, this, &SendToPartnerDialog::updatePreview);
    connect(m_purpose, &QComboBox::currentIndexChanged, this, [this] {
        updateVisits();
        loadLegalBasis();
        updatePreview();
    });
    connect(m_legalBasis, &QLineEdit::textEdited, this, [this] {
        updateLegalBasisNote();
        updatePreview();
    });
    connect(m_visits, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_filling)
            return;
        const int row = item->row();
        QTableWidgetItem* send = m_visits->item(row, SendColumn);
        QTableWidgetItem* notes = m_visits->item(row, NotesColumn);
        if (!send || !notes)
            return;
        m_filling = true;
        // Notes go only with their visit: ticking them ticks it, unticking it unticks them.
        if (item == notes && notes->checkState() == Qt::Checked)
            send->setCheckState(Qt::Checked);
        if (item == send && send->checkState() != Qt::Checked)
            notes->setCheckState(Qt::Unchecked);
        m_filling = false;
        updatePreview();
    });
    updateVisits();
    updatePreview();
    resize(820, 720);
}

void SendToPartnerDialog::loadPartners()
{
    auto partners = CentreService(m_session, m_cost).partners();
    if (!partners) {
        m_message->setText(partners.error().message);
        return;
    }
    for (const CentrePartner& partner : std::as_const(*partners))
        m_partner->addItem(tr("%1 (%2)").arg(partner.card.details.name, partner.card.details.area),
                           partner.fingerprint);
    if (partners->isEmpty())
        m_message->setText(tr("This centre has no partner centres yet: a manager adds them in "
                              "Settings › Centre Identity and Partners…."));
}

void SendToPartnerDialog::loadLegalBasis()
{
    // The centre's setting for the purpose; a text changed for the previous purpose is not kept.
    const auto purpose = static_cast<PackagePurpose>(m_purpose->currentData().toInt());
    auto setting = SettingsService(m_session).legalBasis(purpose);
    m_centreLegalBasis = setting ? *setting : QString();
    if (!setting)
        m_message->setText(setting.error().message);
    m_legalBasis->setText(m_centreLegalBasis);
    m_legalBasis->setCursorPosition(0);
    updateLegalBasisNote();
}

void SendToPartnerDialog::updateLegalBasisNote()
{
    // An emptied field sends the centre setting too.
    const QString text = m_legalBasis->text().trimmed();
    const bool own = !text.isEmpty() && text != m_centreLegalBasis;
    m_legalBasisNote->setText(
        own ? tr("Changed for this package only; the centre setting stays: %1")
                  .arg(m_centreLegalBasis)
            : tr("The centre setting for this purpose (Settings › Centre Settings…); a change "
                 "here is for this package only."));
}

void SendToPartnerDialog::loadVisits()
{
    auto contacts = ContactService(m_session).contacts(m_familyId);
    if (!contacts) {
        m_message->setText(contacts.error().message);
        return;
    }
    m_contacts = *contacts;
    std::sort(m_contacts.begin(), m_contacts.end(),
              [](const Contact& a, const Contact& b) { return a.date > b.date; });
    const QDate yearAgo = QDate::currentDate().addMonths(-12);
    m_filling = true;
    m_visits->setRowCount(static_cast<int>(m_contacts.size()));
    for (int row = 0; row < m_contacts.size(); ++row) {
        const Contact& contact = m_contacts.at(row);
        auto* send = new QTableWidgetItem(Labels::date(contact.date));
        send->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        // The service's default excerpt: the visits of the last twelve months.
        send->setCheckState(contact.date >= yearAgo ? Qt::Checked : Qt::Unchecked);
        send->setData(Qt::UserRole, contact.id);
        auto* notes = new QTableWidgetItem(contact.notes.isEmpty() ? tr("no notes") : QString());
        notes->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable |
                        (contact.notes.isEmpty() ? Qt::NoItemFlags : Qt::ItemIsUserCheckable));
        if (!contact.notes.isEmpty())
            notes->setCheckState(Qt::Unchecked);
        m_visits->setItem(row, SendColumn, send);
        m_visits->setItem(row, KindColumn, new QTableWidgetItem(contactKindLabel(contact.kind)));
        m_visits->setItem(row, PresentColumn, new QTableWidgetItem(contact.present));
        m_visits->setItem(row, NotesColumn, notes);
    }
    m_filling = false;
    m_visits->resizeColumnsToContents();
}

void SendToPartnerDialog::loadChildren()
{
    auto members = MemberService(m_session).members(m_familyId);
    if (!members)
        return; // the family's work plan can still go
    for (const Member& member : std::as_const(*members))
        if (member.relation == Relation::Child)
            m_plan->addItem(tr("%1's help plan").arg(member.displayName()), member.id);
}

void SendToPartnerDialog::updateVisits()
{
    const auto purpose = static_cast<PackagePurpose>(m_purpose->currentData().toInt());
    const bool referral = purpose == PackagePurpose::Referral;
    m_visits->setEnabled(referral);
    m_plan->setEnabled(purpose == PackagePurpose::Plan);
    m_visitsNote->setText(
        purpose == PackagePurpose::Transfer
            ? tr("A transfer carries the whole case: every visit, with its notes.")
        : purpose == PackagePurpose::Plan
            ? tr("A plan package carries the plan only, no visits.")
            : tr("Confidential notes go only for the visits ticked in the last column. With no "
                 "visit ticked, the visits of the last twelve months go, without notes."));
}

SendRequest SendToPartnerDialog::request() const
{
    SendRequest request;
    request.familyId = m_familyId;
    request.partner = m_partner->currentData().toString();
    request.purpose = static_cast<PackagePurpose>(m_purpose->currentData().toInt());
    // What goes: the centre setting as shown, or the sender's text for this package (an emptied
    // field: the centre setting).
    request.legalBasis = m_legalBasis->text().trimmed();
    if (request.purpose == PackagePurpose::Plan && m_plan->currentData().isValid())
        request.helpPlanChildId = m_plan->currentData().toLongLong();
    if (request.purpose != PackagePurpose::Referral)
        return request;
    for (int row = 0; row < m_visits->rowCount(); ++row) {
        const QTableWidgetItem* send = m_visits->item(row, SendColumn);
        const QTableWidgetItem* notes = m_visits->item(row, NotesColumn);
        if (!send || send->checkState() != Qt::Checked)
            continue;
        const qint64 id = send->data(Qt::UserRole).toLongLong();
        request.visitIds << id;
        if (notes && (notes->flags() & Qt::ItemIsUserCheckable) &&
            notes->checkState() == Qt::Checked)
            request.noteVisitIds << id;
    }
    return request;
}

bool SendToPartnerDialog::choosePartner(const QString& name)
{
    for (int index = 0; index < m_partner->count(); ++index)
        if (m_partner->itemText(index).startsWith(name + QStringLiteral(" ("))) {
            m_partner->setCurrentIndex(index);
            return true;
        }
    return false;
}

void SendToPartnerDialog::choosePurpose(PackagePurpose purpose)
{
    m_purpose->setCurrentIndex(m_purpose->findData(static_cast<int>(purpose)));
}

bool SendToPartnerDialog::chooseHelpPlan(std::optional<qint64> childId)
{
    const int index = childId ? m_plan->findData(*childId) : 0;
    if (index < 0)
        return false;
    m_plan->setCurrentIndex(index);
    return true;
}

bool SendToPartnerDialog::includeVisit(qint64 contactId, bool include)
{
    for (int row = 0; row < m_visits->rowCount(); ++row)
        if (m_visits->item(row, SendColumn)->data(Qt::UserRole).toLongLong() == contactId) {
            m_visits->item(row, SendColumn)->setCheckState(include ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    return false;
}

bool SendToPartnerDialog::includeNotes(qint64 contactId, bool include)
{
    for (int row = 0; row < m_visits->rowCount(); ++row)
        if (m_visits->item(row, SendColumn)->data(Qt::UserRole).toLongLong() == contactId) {
            QTableWidgetItem* notes = m_visits->item(row, NotesColumn);
            if (!(notes->flags() & Qt::ItemIsUserCheckable))
                return false;
            notes->setCheckState(include ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    return false;
}

void SendToPartnerDialog::updatePreview()
{
    m_previewOk = false;
    if (m_partner->count() == 0) {
        m_preview->clear();
        m_send->setEnabled(false);
        return;
    }
    auto preview = ExchangeService(m_session, m_cost).preview(request());
    if (!preview) {
        m_preview->setPlainText(preview.error().message);
        m_send->setEnabled(false);
        return;
    }
    m_preview->setPlainText(preview->lines.join(QLatin1Char('\n')));
    m_previewOk = true;
    m_message->clear();
    m_send->setEnabled(true);
}

QString SendToPartnerDialog::purposeSentence() const
{
    const QString partner = m_partner->currentText();
    switch (static_cast<PackagePurpose>(m_purpose->currentData().toInt())) {
    case PackagePurpose::Plan:
        if (m_plan->currentData().isValid())
            return tr("To sign and encrypt %1 for %2.").arg(m_plan->currentText(), partner);
        return tr("To sign and encrypt the plan of %1 for %2.").arg(m_familyName, partner);
    case PackagePurpose::Transfer:
        return tr("To sign and encrypt the transfer of the case of %1 to %2.")
            .arg(m_familyName, partner);
    case PackagePurpose::Referral:
    case PackagePurpose::Receipt:
        break;
    }
    return tr("To sign and encrypt the referral of %1 for %2.").arg(m_familyName, partner);
}

void SendToPartnerDialog::accept()
{
    if (!m_previewOk)
        return;
    const QString start = QDir::home().filePath(
        tr("package-%1-%2.opieka")
            .arg(m_familyId)
            .arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
    const QString file = QFileDialog::getSaveFileName(this, tr("Save the package"), start,
                                                      tr("Packages (*.opieka)"));
    if (!file.isEmpty())
        sendTo(file);
}

bool SendToPartnerDialog::sendTo(const QString& file)
{
    const QString title = tr("Send to a partner centre");
    updatePreview(); // what is sent is what was last shown
    if (!m_previewOk)
        return false;
    // Opened first (the path checked as every output is: not the database, a device or a
    // link): a package recorded as sent always reaches its file.
    OutputFile out(file);
    if (Status opened = out.open(); !opened) {
        showError(this, title, opened.error().message);
        return false;
    }
    const SendRequest asked = request();
    std::optional<SentPackage> sent;
    std::optional<Error> refusal;
    const bool done = CentrePassphraseDialog::ask(
        this, purposeSentence(), [&](const QByteArray& passphrase) -> Status {
            auto made = ExchangeService(m_session, m_cost).send(asked, passphrase);
            if (made) {
                sent = std::move(*made);
                return {};
            }
            if (CentrePassphraseDialog::isWrongPassphrase(made.error()))
                return made.error();
            refusal = made.error();
            return {};
        });
    if (!done)
        return false; // the temporary file goes with `out`
    if (refusal || !sent) {
        showError(this, title, refusal ? refusal->message : tr("Nothing was sent."));
        return false;
    }
    Status written = out.device().write(sent->bytes) == sent->bytes.size()
                         ? out.commit()
                         : Status(storageError(out.device().errorString()));
    if (!written) {
        showError(this, title,
                  tr("The package was recorded as sent, but the file %1 could not be written: %2. "
                     "Send the package again.")
                      .arg(QDir::toNativeSeparators(file), written.error().message));
        return false;
    }
    m_sent = sent->item;
    QDialog::accept();
    return true;
}

} // namespace opieka::ui
