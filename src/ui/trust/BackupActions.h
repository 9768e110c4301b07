#pragma once

#include "BackupService.h"

#include <QByteArray>
#include <QDate>
#include <QObject>
#include <memory>

class QTimer;

namespace opieka::ui {

class MainWindow;
class PassphraseDialog;

// Backups from the window (File › Back up…, Restore from backup…, Daily backup…), for managers
// and administrators: the passphrase asked in a masked dialog, the work off the GUI thread on a
// connection of its own, a confirmation naming the backup's date before a restore replaces
// anything, and the window's views rebuilt after it. The daily backup runs at start-up and then
// hourly while the window is open (it writes at most one file a day); its passphrase is asked
// once per session and kept in memory only.
class BackupActions : public QObject
{
    Q_OBJECT

public:
    explicit BackupActions(MainWindow& window);
    ~BackupActions() override;

    // Asks for a new passphrase and writes the backup; false when cancelled or refused (said).
    bool backUp(const QString& file);
    // Asks for the passphrase and a confirmation, then restores and reloads the window.
    bool restore(const QString& file);
    // The day's automatic backup when it is on and due. `mayAsk`: the passphrase may be asked
    // (once per session); otherwise a day without one is skipped with a note in the status bar.
    void runDailyBackup(bool mayAsk);
    // A new session (another database or account): the daily passphrase is forgotten.
    void sessionStarted();

    // The dialog that asks for a new backup's passphrase (twice, the service's minimum).
    static std::unique_ptr<PassphraseDialog> newPassphraseDialog(const QString& file,
                                                                 QWidget* parent);
    // For tests: the key derivation cost of new backups (the standard one otherwise).
    void setKeyDerivationCost(KeyDerivationCost cost) { m_cost = cost; }

public slots:
    void askBackUp();
    void askRestore();
    void editDailyBackup();

private:
    bool confirmRestore(const QString& file, const RestoreSummary& summary);
    bool confirmReplacingDatabase(const QString& file, const RestoreSummary& summary);
    // Whether a database is open and its account may back up; says why not under `title`.
    bool mayBackUp(const QString& title);
    QString databasePath() const;
    void forgetDailyPassphrase();

    MainWindow& m_window;
    KeyDerivationCost m_cost;
    QByteArray m_dailyPassphrase; // this session's, never written anywhere
    bool m_dailySkipped = false;  // the person declined to give it this session
    QTimer* m_dailyTimer = nullptr;
};

} // namespace opieka::ui
