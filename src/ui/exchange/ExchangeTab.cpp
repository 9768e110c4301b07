#include "ExchangeTab.h"

#include "CentrePassphraseDialog.h"
#include "DialogParts.h"
#include "Labels.h"
#include "MenuTab.h"
#include "Messages.h"
#include "OutputFile.h"
#include "Role.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <utility>

namespace opieka::ui {

namespace {

const QString kMenuActionName = QStringLiteral("exchangeAction");

enum Column
{
    DirectionColumn,
    StatusColumn,
    PartnerColumn,
    PurposeColumn,
    FamilyColumn,
    CreatedColumn,
    UpdatedColumn,
    SummaryColumn,
    ColumnCount,
};

// Cases › Exchange with Partner Centres…, made once per window, after Likely Duplicates (or
// Find Family).
QAction* menuAction(QMainWindow& window)
{
    if (auto* existing = window.findChild<QAction*>(kMenuActionName))
        return existing;
    auto* action = new QAction(ExchangeTab::tr("&Exchange with Partner Centres…"), &window);
    action->setObjectName(kMenuActionName);
    QAction* after = window.findChild<QAction*>(QStringLiteral("likelyDuplicatesAction"));
    if (!after)
        after = window.findChild<QAction*>(QStringLiteral("findFamilyAction"));
    const QList<QObject*> owners = after ? after->associatedObjects() : QList<QObject*>();
    for (QObject* owner : owners)
        if (auto* menu = qobject_cast<QMenu*>(owner)) {
            const QList<QAction*> actions = menu->actions();
            const qsizetype at = actions.indexOf(after);
            menu->insertAction(at + 1 < actions.size() ? actions.at(at + 1) : nullptr, action);
            return action;
        }
    window.addAction(action);
    return action;
}

QString when(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return Labels::date(local.date()) + QLatin1Char(' ') + Labels::time(local.time());
}

bool writeFile(QWidget* parent, const QString& title, const QString& file, const QByteArray& bytes)
{
    // As every output: not the database, a device or a link; owner-only; renamed into place.
    Status written = OutputFile::write(file, bytes);
    if (written)
        return true;
    showError(parent, title, written.error().message);
    return false;
}

} // namespace

QString purposeLabel(PackagePurpose purpose)
{
    switch (purpose) {
    case PackagePurpose::Referral:
        return ExchangeTab::tr("Referral");
    case PackagePurpose::Plan:
        return ExchangeTab::tr("Plan");
    case PackagePurpose::Transfer:
        return ExchangeTab::tr("Transfer of the case");
    case PackagePurpose::Receipt:
        return ExchangeTab::tr("Receipt");
    }
    return {};
}

QString exchangeStatusLabel(const QString& direction, const QString& status)
{
    const bool in = direction == QLatin1String("in");
    if (status == QLatin1String("received"))
        return ExchangeTab::tr("Received, to decide");
    if (status == QLatin1String("sent"))
        return ExchangeTab::tr("Sent");
    if (status == QLatin1String("delivered"))
        return ExchangeTab::tr("Delivered");
    if (status == QLatin1String("accepted"))
        return in ? ExchangeTab::tr("Accepted here") : ExchangeTab::tr("Accepted by the partner");
    if (status == QLatin1String("declined"))
        return in ? ExchangeTab::tr("Declined here") : ExchangeTab::tr("Declined by the partner");
    return status;
}

ExchangeTab::ExchangeTab(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("exchangeTab"));
    setAccessibleName(tr("Exchange with partner centres"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(newNote(
        this,
        tr("Packages sent to partner centres and received from them, the newest first. A "
           "package is a file: send it by e-mail or on a USB stick; only the partner can open it. "
           "A received package changes nothing until it is accepted. Save its receipt for the "
           "sender once you have decided."),
        QStringLiteral("exchangeIntroLabel")));
    m_summary = newNote(this, QString(), QStringLiteral("exchangeSummaryLabel"));
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("exchangeTable"));
    m_table->setAccessibleName(tr("Packages sent and received"));
    m_table->setHorizontalHeaderLabels({tr("Direction"), tr("Status"), tr("Partner centre"),
                                        tr("Purpose"), tr("Family"), tr("Sent or received"),
                                        tr("Last change"), tr("Contents")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(SummaryColumn, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    // Wrapped cells take the lines they need at the width the contents get.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            &QTableWidget::resizeRowsToContents);
    layout->addWidget(m_table, 1);

    m_receive = newButton(this, tr("Receive &package…"), QStringLiteral("receivePackageButton"));
    m_accept = newButton(this, tr("Acc&ept…"), QStringLiteral("acceptPackageButton"));
    m_decline = newButton(this, tr("Decli&ne…"), QStringLiteral("declinePackageButton"));
    m_receipt = newButton(this, tr("Save rece&ipt…"), QStringLiteral("saveReceiptButton"));
    m_receipt->setToolTip(tr("The receipt tells the sender the package arrived, and whether it "
                             "was accepted or declined"));
    m_openFamily = newButton(this, tr("Open famil&y"), QStringLiteral("openExchangeFamilyButton"));
    addButtonRow(layout, {m_receive, m_accept, m_decline, m_receipt, m_openFamily});

    connect(m_receive, &QPushButton::clicked, this, &ExchangeTab::askReceive);
    connect(m_accept, &QPushButton::clicked, this, &ExchangeTab::askAccept);
    connect(m_decline, &QPushButton::clicked, this, &ExchangeTab::askDecline);
    connect(m_receipt, &QPushButton::clicked, this, &ExchangeTab::askSaveReceipt);
    connect(m_openFamily, &QPushButton::clicked, this, [this] {
        if (const ExchangeItem* item = selected(); item && item->familyId)
            emit openFamilyRequested(*item->familyId);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ExchangeTab::updateButtons);
    updateButtons();
}

ExchangeTab* ExchangeTab::install(QMainWindow& window, QTabWidget* tabs, const Session& session)
{
    QAction* action = menuAction(window);
    QObject::disconnect(action, &QAction::triggered, nullptr, nullptr);
    const User& actor = session.actor();
    if (!actor.active || actor.role == Role::Administrator) {
        action->setData(QVariant());
        action->setVisible(false);
        return nullptr;
    }
    auto* tab = new ExchangeTab(session, tabs);
    offerAsMenuTab(action, tabs, tab, tr("E&xchange"), QStringLiteral("closeExchangeTabButton"),
                   tr("Close the exchange with partner centres"), [tab] { tab->refresh(); });
    return tab;
}

void ExchangeTab::refresh()
{
    const qint64 keep = selected() ? selected()->id : 0;
    auto items = service().list();
    m_table->setRowCount(0);
    m_items.clear();
    if (!items) {
        m_summary->setText(items.error().message);
        updateButtons();
        return;
    }
    m_items = *items;
    int waiting = 0;
    m_table->setRowCount(static_cast<int>(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const ExchangeItem& item = m_items.at(row);
        const bool in = item.direction == QLatin1String("in");
        if (in && item.status == QLatin1String("received"))
            ++waiting;
        QString status = exchangeStatusLabel(item.direction, item.status);
        if (!item.reason.isEmpty())
            status = tr("%1: %2").arg(status, item.reason);
        const QStringList cells{in ? tr("Received") : tr("Sent"),
                                status,
                                item.partner,
                                purposeLabel(item.purpose),
                                item.familyId ? tr("no. %1").arg(*item.familyId) : QString(),
                                when(item.createdAt),
                                when(item.updatedAt),
                                item.summary};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* cell = new QTableWidgetItem(cells.at(column));
            cell->setToolTip(cells.at(column));
            cell->setData(Qt::UserRole, item.id);
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeColumnsToContents();
    // The whole row in view on the smallest screen (1024 pixels): the partner's name, a long
    // status or purpose wrap, and the contents take the rest of the width, wrapped.
    for (const auto& [column, widest] :
         {std::pair{StatusColumn, 130}, std::pair{PartnerColumn, 170},
          std::pair{PurposeColumn, 110}})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
    m_table->resizeRowsToContents();
    m_summary->setText(m_items.isEmpty()
                           ? tr("Nothing sent or received yet.")
                           : tr("%n received package(s) to decide.", nullptr, waiting));
    if (keep)
        selectItem(keep);
    updateButtons();
}

bool ExchangeTab::selectItem(qint64 id)
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).id == id) {
            m_table->selectRow(row);
            return true;
        }
    return false;
}

const ExchangeItem* ExchangeTab::selected() const
{
    const QList<QTableWidgetItem*> cells = m_table->selectedItems();
    if (cells.isEmpty())
        return nullptr;
    const int row = cells.first()->row();
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

void ExchangeTab::updateButtons()
{
    const ExchangeItem* item = selected();
    const bool in =
        item && item->direction == QLatin1String("in") && item->purpose != PackagePurpose::Receipt;
    const bool undecided = in && item->status == QLatin1String("received");
    m_accept->setEnabled(undecided);
    m_decline->setEnabled(undecided);
    m_receipt->setEnabled(in);
    m_openFamily->setEnabled(item && item->familyId.has_value());
}

void ExchangeTab::askReceive()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Receive a package"), QDir::homePath(),
                                     tr("Packages (*.opieka *.pkg *.json);;All files (*)"));
    if (!file.isEmpty())
        receiveFrom(file);
}

bool ExchangeTab::receiveFrom(const QString& file)
{
    const QString title = tr("Receive a package");
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        showError(this, title,
                  tr("The file %1 cannot be read: %2")
                      .arg(QDir::toNativeSeparators(file), in.errorString()));
        return false;
    }
    // One byte more than a package may have: the service refuses a bigger one unread.
    const QByteArray bytes = in.read(Package::maxPackageBytes + 1);
    const QString source = QFileInfo(file).fileName();
    std::optional<ExchangeItem> received;
    std::optional<Error> refusal;
    const bool done = CentrePassphraseDialog::ask(
        this, tr("To open the package %1 and check which partner centre sent it.").arg(source),
        [&](const QByteArray& passphrase) -> Status {
            auto item = service().receive(bytes, source, passphrase);
            if (item) {
                received = *item;
                return {};
            }
            // A wrong passphrase is typed again; anything else is the package's fault.
            if (CentrePassphraseDialog::isWrongPassphrase(item.error()))
                return item.error();
            refusal = item.error();
            return {};
        });
    if (!done)
        return false;
    refresh();
    if (refusal) {
        showError(this, title, refusal->message);
        return false;
    }
    if (received) {
        selectItem(received->id);
        emit statusMessage(tr("Package received from %1.").arg(received->partner));
        if (received->purpose == PackagePurpose::Receipt)
            emit familiesChanged();
    }
    return received.has_value();
}

void ExchangeTab::askAccept()
{
    const ExchangeItem* item = selected();
    if (!item)
        return;
    if (item->purpose == PackagePurpose::Plan && item->familyId) {
        if (confirm(
                this, tr("Accept the plan"),
                tr("Keep %1's plan beside the family's own plan (read only)?").arg(item->partner)))
            acceptSelected(std::nullopt);
        return;
    }
    AcceptPackageDialog dialog(*item, this);
    if (dialog.exec() == QDialog::Accepted)
        acceptSelected(dialog.linkFamilyId());
}

bool ExchangeTab::acceptSelected(std::optional<qint64> linkFamilyId)
{
    const ExchangeItem* item = selected();
    if (!item)
        return false;
    auto accepted = service().accept(item->id, linkFamilyId);
    if (!accepted) {
        showError(this, tr("Accept the package"), accepted.error().message);
        return false;
    }
    refresh();
    selectItem(accepted->id);
    emit familiesChanged();
    emit statusMessage(accepted->familyId
                           ? tr("Package accepted: family no. %1.").arg(*accepted->familyId)
                           : tr("Package accepted."));
    return true;
}

void ExchangeTab::askDecline()
{
    const ExchangeItem* item = selected();
    if (!item)
        return;
    DeclinePackageDialog dialog(*item, this);
    if (dialog.exec() == QDialog::Accepted)
        declineSelected(dialog.reason());
}

bool ExchangeTab::declineSelected(const QString& reason)
{
    const ExchangeItem* item = selected();
    if (!item)
        return false;
    auto declined = service().decline(item->id, reason);
    if (!declined) {
        showError(this, tr("Decline the package"), declined.error().message);
        return false;
    }
    refresh();
    selectItem(declined->id);
    emit statusMessage(tr("Package declined. Save its receipt for %1.").arg(declined->partner));
    return true;
}

void ExchangeTab::askSaveReceipt()
{
    const ExchangeItem* item = selected();
    if (!item)
        return;
    const QString start = QDir::home().filePath(tr("receipt-%1.opieka").arg(item->id));
    const QString file = QFileDialog::getSaveFileName(this, tr("Save the receipt"), start,
                                                      tr("Packages (*.opieka)"));
    if (!file.isEmpty())
        saveReceiptTo(file);
}

bool ExchangeTab::saveReceiptTo(const QString& file)
{
    const ExchangeItem* item = selected();
    if (!item)
        return false;
    const qint64 id = item->id;
    const QString partner = item->partner;
    QByteArray bytes;
    std::optional<Error> refusal;
    const bool done = CentrePassphraseDialog::ask(
        this, tr("To sign the receipt for %1.").arg(partner),
        [&](const QByteArray& passphrase) -> Status {
            auto receipt = service().receipt(id, passphrase);
            if (receipt) {
                bytes = *receipt;
                return {};
            }
            if (CentrePassphraseDialog::isWrongPassphrase(receipt.error()))
                return receipt.error();
            refusal = receipt.error();
            return {};
        });
    if (!done)
        return false;
    if (refusal) {
        showError(this, tr("Save the receipt"), refusal->message);
        return false;
    }
    if (!writeFile(this, tr("Save the receipt"), file, bytes))
        return false;
    emit statusMessage(tr("The receipt for %1 is saved in %2: send it to them.")
                           .arg(partner, QDir::toNativeSeparators(file)));
    return true;
}

// --- AcceptPackageDialog ------------------------------------------------------------------

AcceptPackageDialog::AcceptPackageDialog(const ExchangeItem& item, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("acceptPackageDialog"));
    setWindowTitle(tr("Accept the package"));
    setAccessibleName(tr("Accept the package"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(newNote(this, tr("From %1: %2").arg(item.partner, item.summary),
                              QStringLiteral("acceptPackageSummary")));
    m_create = new QRadioButton(tr("&Create a new family from it"), this);
    m_create->setObjectName(QStringLiteral("createFamilyRadio"));
    m_link = new QRadioButton(tr("&Add it to the family no.:"), this);
    m_link->setObjectName(QStringLiteral("linkFamilyRadio"));
    m_family = new QSpinBox(this);
    m_family->setObjectName(QStringLiteral("linkFamilySpin"));
    m_family->setAccessibleName(tr("Number of the family"));
    m_family->setRange(1, 999999999);
    auto* linkRow = new QHBoxLayout;
    linkRow->addWidget(m_link);
    linkRow->addWidget(m_family);
    linkRow->addStretch(1);
    layout->addWidget(m_create);
    layout->addLayout(linkRow);
    layout->addWidget(
        newNote(this,
                tr("If the family may already be in this centre's register, the check for likely "
                   "duplicates stops a new family and names the one found: add the package to it."),
                QStringLiteral("acceptPackageHint")));
    const bool plan = item.purpose == PackagePurpose::Plan;
    m_create->setEnabled(!plan);
    (plan ? m_link : m_create)->setChecked(true);
    m_family->setEnabled(plan);
    if (item.familyId)
        m_family->setValue(static_cast<int>(*item.familyId));
    connect(m_link, &QRadioButton::toggled, m_family, &QSpinBox::setEnabled);
    layout->addWidget(newOkCancel(this, QStringLiteral("acceptPackageOkButton"),
                                  QStringLiteral("acceptPackageCancelButton"), tr("Acc&ept")));
    setMinimumWidth(480);
}

std::optional<qint64> AcceptPackageDialog::linkFamilyId() const
{
    return m_link->isChecked() ? std::optional<qint64>(m_family->value()) : std::nullopt;
}

// --- DeclinePackageDialog -----------------------------------------------------------------

DeclinePackageDialog::DeclinePackageDialog(const ExchangeItem& item, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("declinePackageDialog"));
    setWindowTitle(tr("Decline the package"));
    setAccessibleName(tr("Decline the package"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(newNote(
        this,
        tr("From %1: %2\n\nNothing of it is kept in the register. The reason goes back to %1 "
           "in the receipt.")
            .arg(item.partner, item.summary),
        QStringLiteral("declinePackageSummary")));
    auto* form = new QFormLayout;
    m_reason = newLineEdit(this, QStringLiteral("declineReasonEdit"), tr("Reason"));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    m_message = newMessageLine(this, QStringLiteral("declineMessage"), tr("What is wrong"));
    layout->addWidget(m_message);
    layout->addWidget(newOkCancel(this, QStringLiteral("declinePackageOkButton"),
                                  QStringLiteral("declinePackageCancelButton"), tr("Decli&ne")));
    setMinimumWidth(480);
}

QString DeclinePackageDialog::reason() const
{
    return m_reason->text().trimmed();
}

void DeclinePackageDialog::accept()
{
    if (reason().isEmpty()) {
        m_message->setText(tr("Say why the package is declined: the sender reads it."));
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace opieka::ui
