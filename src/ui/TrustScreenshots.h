#pragma once

#include <QCoreApplication>
#include <QString>

namespace opieka::ui {

class MainWindow;

// The trust screens for the documentation (part of ScreenshotMaker's run): the administrator's
// accounts with a new account being added, a manager's audit trail screen, the backup
// passphrase and the daily backup settings.
class TrustScreenshots
{
    Q_DECLARE_TR_FUNCTIONS(TrustScreenshots)

public:
    static bool save(MainWindow& window, const QString& directory, QString* error);

private:
    static bool saveAccounts(MainWindow& window, const QString& directory, QString* error);
    static bool saveAudit(MainWindow& window, const QString& directory, QString* error);
    static bool saveBackup(MainWindow& window, const QString& directory, QString* error);
};

} // namespace opieka::ui
