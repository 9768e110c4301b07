#include "FieldCopyActions.h"

#include "CaseloadTab.h"
#include "FieldLabels.h"
#include "Labels.h"
#include "Logging.h"
#include "MainWindow.h"
#include "ManagerDeskTab.h"
#include "Messages.h"
#include "PassphraseDialog.h"
#include "ReportsTab.h"
#include "SyncDialog.h"
#include "TakeIntoFieldDialog.h"
#include "Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>

namespace opieka::ui {

FieldCopyActions::FieldCopyActions(MainWindow& window, QMenu* file, QAction* fileBefore)
    : QObject(&window)
    , m_window(window)
{
    m_take = new QAction(tr("Take Cases into the &Field…"), this);
    m_take->setObjectName(QStringLiteral("takeIntoFieldAction"));
    m_take->setStatusTip(tr("Makes an encrypted copy of a worker's cases to work on without a "
                            "connection"));
    connect(m_take, &QAction::triggered, this, &FieldCopyActions::takeIntoField);
    m_sync = new QAction(tr("S&ync with the Centre…"), this);
    m_sync->setObjectName(QStringLiteral("syncWithCentreAction"));
    m_sync->setStatusTip(tr("Sends this copy's changes to the centre and brings back what changed "
                            "there"));
    connect(m_sync, &QAction::triggered, this, &FieldCopyActions::syncWithCentre);
    file->insertActions(fileBefore, {m_take, m_sync});

    m_label = new QLabel(&window);
    m_label->setObjectName(QStringLiteral("fieldCopyLabel"));
    m_label->setAccessibleName(tr("Field copy"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    window.statusBar()->addPermanentWidget(m_label);
    update();
}

bool FieldCopyActions::unlockToOpen(const QString& path, QWidget* parent)
{
    if (path.isEmpty() || !FieldCopy::isFieldCopyFile(path))
        return true;
    PassphraseDialog dialog(
        tr("Field Copy Passphrase"),
        tr("%1 is a field copy: its cases are encrypted. Type the passphrase chosen when the "
           "copy was taken. It is not the password of your account.")
            .arg(QDir::toNativeSeparators(path)),
        PassphraseDialog::Mode::Enter, 0, parent);
    dialog.setObjectName(QStringLiteral("fieldPassphraseDialog"));
    dialog.setAccessibleName(tr("Field copy passphrase"));
    dialog.setCheck([&path](const QByteArray& passphrase) -> Status {
        // Deriving the key takes a moment.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        Status unlocked = FieldCopy::unlockFile(path, passphrase);
        QApplication::restoreOverrideCursor();
        return unlocked;
    });
    const bool accepted = dialog.exec() == QDialog::Accepted;
    QByteArray forgotten = dialog.takeSecret();
    forgotten.fill('\0');
    logging::get("ui")->info("field copy {}", accepted ? "unlocked" : "not unlocked");
    return accepted;
}

void FieldCopyActions::sessionStarted()
{
    Workspace* workspace = m_window.workspace();
    if (!workspace)
        return;
    // The copy's change records name who made them.
    if (Status set = FieldCopy::setActingLogin(workspace->database(), m_window.actor().login); !set)
        logging::get("ui")->warn("the field copy's acting login could not be set");
}

QString FieldCopyActions::title(const FieldCopyInfo& info)
{
    return tr("Field copy of %1 — taken %2 by %3")
        .arg(info.centreName, Labels::date(info.takenAt.toLocalTime().date()), info.takenBy);
}

QString FieldCopyActions::status(const FieldCopyInfo& info)
{
    // The day only: the status bar is narrow (the tooltip has the title, the sync dialog the
    // time).
    if (info.lastSyncedAt)
        return tr("Field copy of %1 · last synced %2")
            .arg(info.centreName, Labels::date(info.lastSyncedAt->toLocalTime().date()));
    return tr("Field copy of %1 · not synced yet").arg(info.centreName);
}

void FieldCopyActions::update()
{
    Workspace* workspace = m_window.workspace();
    m_info.reset();
    if (workspace) {
        auto info = FieldCopy::info(workspace->database());
        if (!info)
            logging::get("ui")->warn("the field copy's details could not be read");
        else if (*info)
            m_info = **info;
    }
    const bool copy = m_info.has_value();
    const User& actor = m_window.actor();
    m_take->setVisible(workspace && !copy &&
                       (actor.workerId.has_value() || actor.role == Role::Manager));
    m_sync->setVisible(workspace && copy);
    m_label->setVisible(copy);
    if (copy) {
        m_label->setText(status(*m_info));
        // What the worker must not miss keeps its width; the database path gives way.
        m_label->setMinimumWidth(m_label->sizeHint().width());
        m_label->setToolTip(title(*m_info));
        m_window.setWindowTitle(tr("%1 — %2").arg(m_window.windowTitle(), title(*m_info)));
    }
    disableCentreOnly();
}

void FieldCopyActions::setOffline(QAction* action, FieldCopy::CentreOnly what)
{
    if (!action)
        return;
    if (!m_disabled.contains(action))
        m_disabled.insert(action, action->toolTip());
    const QString reason = FieldCopy::offlineReason(what, *m_info);
    action->setEnabled(false);
    action->setToolTip(reason);
    action->setStatusTip(reason);
}

void FieldCopyActions::disableCentreOnly()
{
    if (!m_info) {
        // A centre's database: the entries are as their owners set them.
        const bool open = m_window.workspace() != nullptr;
        for (auto it = m_disabled.constBegin(); it != m_disabled.constEnd(); ++it) {
            it.key()->setEnabled(open);
            it.key()->setToolTip(it.value());
            it.key()->setStatusTip(QString());
        }
        m_disabled.clear();
        return;
    }
    using What = FieldCopy::CentreOnly;
    const QList<QPair<const char*, What>> entries{
        {"assignAction", What::Assignments},
        {"caseloadLimitsAction", What::Assignments},
        {"exchangeAction", What::Exchange},
        {"centrePartnersAction", What::Exchange},
        {"importAction", What::Administration},
        {"accountsAction", What::Administration},
        {"workersAccountsAction", What::Administration},
        {"backUpAction", What::Administration},
        {"restoreAction", What::Administration},
        {"dailyBackupAction", What::Administration},
    };
    for (const auto& [name, what] : entries)
        setOffline(m_window.findChild<QAction*>(QString::fromLatin1(name)), what);
    // The reports over the whole centre: their tabs stay in view, disabled, saying why.
    QTabWidget* tabs = m_window.tabs();
    if (!tabs)
        return;
    const QString reason = FieldCopy::offlineReason(What::CentreReports, *m_info);
    for (QWidget* tab : {static_cast<QWidget*>(m_window.reportsTab()),
                         static_cast<QWidget*>(m_window.caseloadTab()),
                         static_cast<QWidget*>(m_window.managerStartTab())}) {
        const int index = tab ? tabs->indexOf(tab) : -1;
        if (index < 0)
            continue;
        tabs->setTabEnabled(index, false);
        tabs->setTabToolTip(index, reason);
    }
}

void FieldCopyActions::takeIntoField()
{
    if (!m_window.workspace() || m_info)
        return;
    TakeIntoFieldDialog dialog(m_window.session(), &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showInformation(&m_window, tr("Take Cases into the Field"), tr("The field copy is ready."),
                    QStringLiteral("fieldCopyMadeBox"),
                    TakeIntoFieldDialog::describe(dialog.report()));
}

void FieldCopyActions::syncWithCentre()
{
    if (!m_window.workspace() || !m_info)
        return;
    // The sync changes what the records show: those open close first, asking about what is
    // unsaved.
    if (!m_window.closeRecordsAsking())
        return;
    SyncDialog dialog(m_window.session(), *m_info, &m_window);
    dialog.exec();
    if (dialog.hasSynced())
        m_window.reloadAfterRestore(); // every view reads the refreshed copy again
}

} // namespace opieka::ui
