#pragma once

#include <QObject>

class QAction;
class QMenu;

namespace opieka::ui {

class BackupActions;
class MainWindow;

// The window's menu entries for trust (issue 7), shown only to those the services would let act:
// Settings › Accounts… (administrators), Control › Audit trail… (managers), Control › Verify
// audit chain (managers and administrators), and the backup entries of the File menu (managers
// and administrators, BackupActions).
class TrustActions : public QObject
{
    Q_OBJECT

public:
    // The File entries go before `fileBefore`; Control is a menu of its own.
    TrustActions(MainWindow& window, QMenu* file, QAction* fileBefore, QMenu* control,
                 QMenu* settings);

    // After a database opened or the account changed: which entries show, and the day's
    // automatic backup.
    void sessionStarted();
    // Shows the entries the acting account may use (none without a database).
    void updateVisibility();

    BackupActions* backups() const { return m_backups; }
    QAction* accountsAction() const { return m_accounts; }
    QAction* auditAction() const { return m_audit; }
    QAction* verifyAction() const { return m_verify; }
    QAction* backUpAction() const { return m_backUp; }
    QAction* restoreAction() const { return m_restore; }

public slots:
    void showAccounts();
    void showAudit();
    // Checks the file and the audit chain off the GUI thread and says what it found.
    void verifyAuditChain();

private:
    MainWindow& m_window;
    BackupActions* m_backups = nullptr;
    QMenu* m_control = nullptr;
    QAction* m_accounts = nullptr;
    QAction* m_audit = nullptr;
    QAction* m_verify = nullptr;
    QAction* m_backUp = nullptr;
    QAction* m_restore = nullptr;
    QAction* m_daily = nullptr;
    QAction* m_separator = nullptr;
};

} // namespace opieka::ui
