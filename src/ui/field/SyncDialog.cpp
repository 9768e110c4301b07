#include "SyncDialog.h"

#include "AppSettings.h"
#include "BackgroundWork.h"
#include "ConflictsModel.h"
#include "DialogParts.h"
#include "FieldLabels.h"
#include "Logging.h"
#include "ReportTableModel.h"
#include "ServerConnectionDialog.h"
#include "SignInService.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

namespace opieka::ui {
namespace {
bool isServerAddress(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}
} // namespace

SyncDialog::SyncDialog(const Session& copy, const FieldCopyInfo& info, QWidget* parent)
    : QDialog(parent)
    , m_copy(copy)
    , m_info(info)
    , m_conflicts(new ConflictsModel(this))
{
    setObjectName(QStringLiteral("syncDialog"));
    setWindowTitle(tr("Sync with the Centre"));
    setAccessibleName(tr("Sync with the centre"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(newNote(
        this,
        tr("Syncing sends the changes made in this copy to the centre's database and brings back "
           "what changed there. Nothing is overwritten silently: a field changed on both sides "
           "is shown below for you to decide. You sign in at the centre as %1.")
            .arg(m_copy.actor().login),
        QStringLiteral("syncIntro")));

    auto* form = new QFormLayout;
    m_centre = newLineEdit(this, QStringLiteral("syncCentreEdit"), tr("Centre's database"));
    m_centre->setText(isServerAddress(info.centreLocation)
                          ? info.centreLocation
                          : QDir::toNativeSeparators(info.centreLocation));
    m_centre->setToolTip(tr("The centre's database file, or its server's postgresql:// address"));
    QPushButton* browse =
        newButton(this, tr("Choose &File…"), QStringLiteral("syncCentreFileButton"));
    browse->setAccessibleName(tr("Choose the centre's database file"));
    connect(browse, &QPushButton::clicked, this, &SyncDialog::chooseCentreFile);
    auto* centreRow = new QHBoxLayout;
    centreRow->addWidget(m_centre, 1);
    centreRow->addWidget(browse);
    auto* centreLabel = new QLabel(tr("&Centre's database:"), this);
    centreLabel->setBuddy(m_centre);
    form->addRow(centreLabel, centreRow);
    m_password = newLineEdit(this, QStringLiteral("syncPasswordEdit"),
                             tr("Your password at the centre"), QLineEdit::Password);
    form->addRow(tr("Your &password at the centre:"), m_password);
    layout->addLayout(form);

    m_pendingCount = new QLabel(this);
    m_pendingCount->setObjectName(QStringLiteral("pendingCountLabel"));
    m_pendingCount->setWordWrap(true);
    layout->addWidget(m_pendingCount);
    // Shown only while something waits: an empty list would only take room.
    m_pendingBox = new QGroupBox(tr("Changes not synced yet"), this);
    m_pendingBox->setObjectName(QStringLiteral("pendingBox"));
    auto* pendingLayout = new QVBoxLayout(m_pendingBox);
    m_pending = new QListWidget(m_pendingBox);
    m_pending->setObjectName(QStringLiteral("pendingList"));
    m_pending->setAccessibleName(tr("Changes not synced yet"));
    m_pending->setWordWrap(true);
    pendingLayout->addWidget(m_pending);
    layout->addWidget(m_pendingBox, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("Progress of the sync"));
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_result = newNote(this, QString(), QStringLiteral("syncResultLabel"));
    m_result->setAccessibleName(tr("Result of the sync"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setVisible(false);
    layout->addWidget(m_result);

    // Shown while a field changed on both sides waits for a decision.
    m_conflictsBox = new QGroupBox(tr("Changed on both sides"), this);
    auto* conflictsBox = m_conflictsBox;
    conflictsBox->setObjectName(QStringLiteral("conflictsBox"));
    auto* conflictsLayout = new QVBoxLayout(conflictsBox);
    conflictsLayout->addWidget(
        newNote(conflictsBox,
                tr("These fields were changed both here and at the centre, to different values. "
                   "Choose for each which value stays; the next sync carries it out.")));
    m_conflictsTable =
        newReportTable(QStringLiteral("conflictsTable"), tr("Fields changed on both sides"),
                       m_conflicts, conflictsBox, {QAbstractItemView::SingleSelection, true});
    m_conflictsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // Values wrap in their cells: a row takes the height its text needs at the columns' width,
    // again whenever the columns change (the dialog resized).
    m_conflictsTable->setWordWrap(true);
    connect(m_conflictsTable->horizontalHeader(), &QHeaderView::sectionResized, m_conflictsTable,
            &QTableView::resizeRowsToContents);
    conflictsLayout->addWidget(m_conflictsTable);
    m_keepCentre =
        newButton(conflictsBox, tr("&Keep the Centre's"), QStringLiteral("keepCentreButton"));
    m_keepCentre->setAccessibleName(tr("Keep the centre's value"));
    m_keepMine = newButton(conflictsBox, tr("Keep &Mine"), QStringLiteral("keepMineButton"));
    m_keepMine->setAccessibleName(tr("Keep this copy's value"));
    m_otherValue =
        newButton(conflictsBox, tr("&Enter Another Value…"), QStringLiteral("otherValueButton"));
    m_otherValue->setAccessibleName(tr("Enter another value"));
    addButtonRow(conflictsLayout, {m_keepCentre, m_keepMine, m_otherValue});
    layout->addWidget(conflictsBox, 2);
    connect(m_keepCentre, &QPushButton::clicked, this,
            [this] { resolveSelected(FieldSync::Keep::Centre); });
    connect(m_keepMine, &QPushButton::clicked, this,
            [this] { resolveSelected(FieldSync::Keep::Field); });
    connect(m_otherValue, &QPushButton::clicked, this, &SyncDialog::enterValue);
    connect(m_conflictsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncDialog::updateButtons);

    layout->addStretch(0); // the room, while neither list shows
    m_message = newMessageLine(this, QStringLiteral("syncMessage"), tr("What is wrong"));
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(this);
    m_sync = buttons->addButton(tr("&Sync"), QDialogButtonBox::ActionRole);
    m_sync->setObjectName(QStringLiteral("syncButton"));
    m_sync->setAccessibleName(tr("Sync"));
    m_sync->setDefault(true);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("syncCloseButton"));
    close->setAccessibleName(tr("Close"));
    connect(m_sync, &QPushButton::clicked, this, [this] { sync(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    loadPending();
    loadConflicts();
    (m_password->text().isEmpty() ? m_password : m_centre)->setFocus();
    resize(860, 640);
}

SyncDialog::~SyncDialog()
{
    m_password->clear();
}

void SyncDialog::loadPending()
{
    m_pending->clear();
    auto pending = FieldSync::pending(m_copy.database());
    if (!pending) {
        m_pendingCount->setText(pending.error().message);
        return;
    }
    for (const FieldChange& change : *pending)
        m_pending->addItem(describe(change));
    m_pendingBox->setVisible(!pending->isEmpty());
    m_pendingCount->setText(pending->isEmpty()
                                ? tr("Nothing was changed in this copy since the last sync.")
                                : tr("To go to the centre: %n change(s) made in this copy.",
                                     nullptr, static_cast<int>(pending->size())));
}

void SyncDialog::loadConflicts()
{
    auto open = FieldSync::conflicts(m_copy.database());
    if (!open) {
        m_message->setText(open.error().message);
        m_conflicts->setRows({});
    } else {
        m_conflicts->setRows(*open);
    }
    m_conflictsBox->setVisible(m_conflicts->rowCount() > 0);
    m_conflictsTable->resizeRowsToContents();
    if (m_conflicts->rowCount() > 0 && !m_conflictsTable->currentIndex().isValid())
        m_conflictsTable->selectRow(0);
    updateButtons();
}

void SyncDialog::updateButtons()
{
    const bool selected = m_conflictsTable->selectionModel()->hasSelection();
    for (QPushButton* button : {m_keepCentre, m_keepMine, m_otherValue})
        button->setEnabled(selected);
    m_sync->setText(m_synced ? tr("Sync &Again") : tr("&Sync"));
    m_sync->setAccessibleName(m_synced ? tr("Sync again") : tr("Sync"));
}

void SyncDialog::chooseCentreFile()
{
    const QString start = isServerAddress(m_centre->text()) ? QDir::homePath() : m_centre->text();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("The Centre's Database"), start, tr("Opieka databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        m_centre->setText(QDir::toNativeSeparators(path));
}

bool SyncDialog::askServerPassword(QString& address)
{
    if (address == m_serverWithPassword)
        return true;
    ServerConnectionDialog dialog(AppSettings::recentServers(), this);
    dialog.setAddress(address);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    address = dialog.address();
    if (!dialog.password().isEmpty())
        Workspace::setServerPassword(address, dialog.password());
    m_serverWithPassword = address;
    m_centre->setText(address);
    return true;
}

bool SyncDialog::sync()
{
    m_message->clear();
    QString centre = m_centre->text().trimmed();
    if (centre.isEmpty()) {
        m_message->setText(tr("Say where the centre's database is."));
        m_centre->setFocus();
        return false;
    }
    if (isServerAddress(centre)) {
        if (!askServerPassword(centre))
            return false;
    } else {
        centre = QDir::fromNativeSeparators(centre);
        // Connecting to a file that is not there would make an empty one.
        if (!QFileInfo(centre).isFile()) {
            m_message->setText(
                tr("There is no database at %1.").arg(QDir::toNativeSeparators(centre)));
            m_centre->setFocus();
            return false;
        }
    }
    if (m_password->text().isEmpty()) {
        m_message->setText(tr("Type your password at the centre."));
        m_password->setFocus();
        return false;
    }
    QByteArray password = m_password->text().toUtf8();
    const User actor = m_copy.actor();
    auto report = std::make_shared<FieldSyncReport>();
    auto signInRefused = std::make_shared<bool>(false);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    const auto progress = BackgroundWork::progressOn(m_progress);
    const QString error = BackgroundWork::run(
        Workspace::locationOf(m_copy.database()), this, tr("Syncing with the centre…"),
        [&](Database& copyDb) {
            auto connected = Workspace::connect(centre);
            if (!connected)
                return connected.error().message;
            Database& centreDb = (*connected)->database();
            auto user = SignInService(centreDb).signIn(actor.login, password);
            if (!user) {
                *signInRefused = true;
                return user.error().message;
            }
            auto done = FieldSync::sync(Session(copyDb, actor), Session(centreDb, *user), progress);
            if (!done)
                return done.error().message;
            *report = *done;
            return QString();
        });
    password.fill('\0');
    m_progress->setVisible(false);
    if (!error.isEmpty()) {
        logging::get("ui")->warn("sync with the centre failed");
        if (isServerAddress(centre) && !*signInRefused)
            m_serverWithPassword.clear(); // asked again: it may be the server's password
        m_message->setText(error);
        (*signInRefused ? m_password : m_centre)->setFocus();
        return false;
    }
    logging::get("ui")->info("field copy synced, {} conflicts open", report->conflicts.size());
    m_synced = true;
    m_result->setText(describe(*report));
    m_result->setVisible(true);
    loadPending();
    loadConflicts();
    emit synced();
    return true;
}

bool SyncDialog::resolveSelected(FieldSync::Keep keep, const QString& value)
{
    m_message->clear();
    const auto conflict = m_conflicts->rowAt(m_conflictsTable->currentIndex().row());
    if (!conflict || !m_conflictsTable->selectionModel()->hasSelection())
        return false;
    Status done = FieldSync::resolve(m_copy, conflict->table, conflict->recordId, conflict->field,
                                     keep, value);
    if (!done) {
        m_message->setText(done.error().message);
        return false;
    }
    const int row = m_conflictsTable->currentIndex().row();
    loadConflicts();
    if (row < m_conflicts->rowCount())
        m_conflictsTable->selectRow(row);
    // A confirmation, not an error: it goes where the sync's result is said.
    m_result->setText(
        tr("Your choice for %1 is kept; the next sync carries it out.")
            .arg(FieldLabels::recordField(conflict->table, conflict->recordId, conflict->field)));
    m_result->setVisible(true);
    return true;
}

void SyncDialog::enterValue()
{
    const auto conflict = m_conflicts->rowAt(m_conflictsTable->currentIndex().row());
    if (!conflict)
        return;
    bool ok = false;
    const QString value = QInputDialog::getText(
        this, tr("Another Value"),
        tr("The value of %1 on both sides:")
            .arg(FieldLabels::recordField(conflict->table, conflict->recordId, conflict->field)),
        QLineEdit::Normal, conflict->fieldValue.value_or(QString()), &ok);
    if (ok)
        resolveSelected(FieldSync::Keep::Value, value);
}

QString SyncDialog::describe(const FieldSyncReport& report)
{
    QStringList lines;
    const auto add = [&lines](int count, const QString& text) {
        if (count > 0)
            lines << text;
    };
    add(report.inserted,
        tr("Added at the centre: %n record(s) made in this copy.", nullptr, report.inserted));
    add(report.updated, tr("Sent to the centre: %n changed field(s).", nullptr, report.updated));
    add(report.deleted, tr("Deleted at the centre too: %n record(s) deleted in this copy.", nullptr,
                           report.deleted));
    add(report.unchanged, tr("Already at the centre: %n change(s).", nullptr, report.unchanged));
    add(report.resolved, tr("Carried out: %n decision(s) on fields changed on both sides.", nullptr,
                            report.resolved));
    add(report.refreshed, tr("Brought up to date from the centre: %n record(s) of this copy.",
                             nullptr, report.refreshed));
    if (lines.isEmpty())
        lines << tr("Nothing needed to go either way: the copy and the centre agree.");
    const int conflicts = static_cast<int>(report.conflicts.size());
    lines << (conflicts > 0
                  ? tr("Changed both here and at the centre: %n field(s). Choose below which value "
                       "stays, then sync again.",
                       nullptr, conflicts)
                  : tr("No field is left to decide."));
    return lines.join(QLatin1Char('\n'));
}

QString SyncDialog::describe(const FieldChange& change)
{
    const QString who = tr("%1, %2").arg(change.changedBy, FieldLabels::when(change.changedAt));
    if (change.operation == QLatin1String("insert"))
        return tr("%1: made in this copy (%2)")
            .arg(FieldLabels::record(change.table, change.recordId), who);
    if (change.operation == QLatin1String("delete"))
        return tr("%1: deleted in this copy (%2)")
            .arg(FieldLabels::record(change.table, change.recordId), who);
    return tr("%1: %2 → %3 (%4)")
        .arg(FieldLabels::recordField(change.table, change.recordId, change.field),
             FieldLabels::value(change.oldValue), FieldLabels::value(change.newValue), who);
}

} // namespace opieka::ui
