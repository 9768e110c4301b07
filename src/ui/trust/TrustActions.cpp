#include "TrustActions.h"

#include "AccountsDialog.h"
#include "AuditDialog.h"
#include "BackgroundWork.h"
#include "BackupActions.h"
#include "Logging.h"
#include "MainWindow.h"
#include "Messages.h"
#include "VerifyService.h"
#include "Workspace.h"

#include <QAction>
#include <QMenu>
#include <QTimer>
#include <memory>

namespace opieka::ui {

TrustActions::TrustActions(MainWindow& window, QMenu* file, QAction* fileBefore, QMenu* control,
                           QMenu* settings)
    : QObject(&window)
    , m_window(window)
    , m_backups(new BackupActions(window))
    , m_control(control)
{
    m_backUp = new QAction(tr("&Back up…"), this);
    m_backUp->setObjectName(QStringLiteral("backUpAction"));
    m_restore = new QAction(tr("&Restore from backup…"), this);
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    m_daily = new QAction(tr("&Daily backup…"), this);
    m_daily->setObjectName(QStringLiteral("dailyBackupAction"));
    m_separator = new QAction(this);
    m_separator->setSeparator(true);
    file->insertActions(fileBefore, {m_backUp, m_restore, m_daily, m_separator});
    connect(m_backUp, &QAction::triggered, m_backups, &BackupActions::askBackUp);
    connect(m_restore, &QAction::triggered, m_backups, &BackupActions::askRestore);
    connect(m_daily, &QAction::triggered, m_backups, &BackupActions::editDailyBackup);

    m_audit = control->addAction(tr("&Audit trail…"), this, &TrustActions::showAudit);
    m_audit->setObjectName(QStringLiteral("auditAction"));
    m_verify = control->addAction(tr("&Verify audit chain"), this, &TrustActions::verifyAuditChain);
    m_verify->setObjectName(QStringLiteral("verifyAction"));

    m_accounts = new QAction(tr("&Accounts…"), this);
    m_accounts->setObjectName(QStringLiteral("accountsAction"));
    settings->insertAction(settings->actions().value(0), m_accounts);
    connect(m_accounts, &QAction::triggered, this, &TrustActions::showAccounts);
    updateVisibility();
}

void TrustActions::updateVisibility()
{
    const bool open = m_window.workspace() != nullptr;
    const auto may = [&](Capability capability) {
        return open && m_window.session().may(capability).ok();
    };
    const bool admin = may(Capability::ManageUsers);
    const bool auditor = may(Capability::ReadAudit);
    const bool backs = may(Capability::BackUp);
    m_accounts->setVisible(admin);
    m_audit->setVisible(auditor);
    m_verify->setVisible(auditor || backs);
    m_control->menuAction()->setVisible(auditor || backs);
    for (QAction* action : {m_backUp, m_restore, m_daily, m_separator})
        action->setVisible(backs);
}

void TrustActions::sessionStarted()
{
    m_backups->sessionStarted();
    updateVisibility();
    // Once the window is up: the passphrase question then has its window behind it.
    QTimer::singleShot(0, m_backups, [backups = m_backups] { backups->runDailyBackup(true); });
}

void TrustActions::showAccounts()
{
    Workspace* workspace = m_window.workspace();
    if (!workspace)
        return;
    AccountsDialog dialog(AccountService(m_window.session()), DirectoryService(m_window.session()),
                          &m_window);
    dialog.exec();
}

void TrustActions::showAudit()
{
    Workspace* workspace = m_window.workspace();
    if (!workspace)
        return;
    AuditDialog dialog(AuditService(m_window.session()), &m_window);
    dialog.exec();
}

void TrustActions::verifyAuditChain()
{
    Workspace* workspace = m_window.workspace();
    if (!workspace)
        return;
    auto report = std::make_shared<VerifyReport>();
    const QString error = BackgroundWork::run(workspace->location(), &m_window,
                                              tr("Checking the database…"), [report](Database& db) {
                                                  auto done = VerifyService(db).verify();
                                                  if (!done)
                                                      return done.error().message;
                                                  *report = *done;
                                                  return QString();
                                              });
    const bool ok = error.isEmpty() && report->ok();
    logging::get("ui")->info("verification from the window: {}", ok ? "ok" : "problems");
    const QString detail = error.isEmpty() ? VerifyService::describe(*report).join(u'\n') : error;
    (ok ? showInformation : showWarning)(&m_window, tr("Verify audit chain"),
                                         ok ? tr("The database and its audit trail are intact.")
                                            : tr("The check found a problem."),
                                         QStringLiteral("verifyResultBox"), detail);
}

} // namespace opieka::ui
