#include "BackupActions.h"

#include "AppSettings.h"
#include "BackgroundWork.h"
#include "DailyBackupDialog.h"
#include "Logging.h"
#include "MainWindow.h"
#include "Messages.h"
#include "PassphraseDialog.h"
#include "Workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <memory>

namespace opieka::ui {

namespace {

// The name a test finds this screen's error boxes by.
const QString kErrorBox = QStringLiteral("backupErrorBox");
constexpr int kStatusMs = 15000;
constexpr int kDailyCheckMs = 60 * 60 * 1000; // the day's backup, when the window stays open

// A secret shared with the worker thread, wiped when the last holder lets go.
std::shared_ptr<QByteArray> sharedSecret(QByteArray secret)
{
    return std::shared_ptr<QByteArray>(new QByteArray(std::move(secret)), [](QByteArray* s) {
        s->fill('\0');
        delete s;
    });
}
} // namespace

BackupActions::BackupActions(MainWindow& window)
    : QObject(&window)
    , m_window(window)
    , m_cost(KeyDerivationCost::standard())
    , m_dailyTimer(new QTimer(this))
{
    m_dailyTimer->setInterval(kDailyCheckMs);
    connect(m_dailyTimer, &QTimer::timeout, this, [this] { runDailyBackup(false); });
}

BackupActions::~BackupActions()
{
    forgetDailyPassphrase();
}

QString BackupActions::databasePath() const
{
    return m_window.workspace()->location();
}

void BackupActions::forgetDailyPassphrase()
{
    m_dailyPassphrase.fill('\0');
    m_dailyPassphrase.clear();
}

void BackupActions::sessionStarted()
{
    forgetDailyPassphrase();
    m_dailySkipped = false;
    m_dailyTimer->stop();
}

void BackupActions::askBackUp()
{
    if (!m_window.workspace())
        return;
    const QString start =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(
                QStringLiteral("opieka-%1.bk").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString file = QFileDialog::getSaveFileName(&m_window, tr("Back up the database"), start,
                                                      tr("Opieka backups (*.bk);;All files (*)"));
    if (!file.isEmpty())
        backUp(file);
}

void BackupActions::askRestore()
{
    if (!m_window.workspace())
        return;
    const QString file = QFileDialog::getOpenFileName(
        &m_window, tr("Restore from backup"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Opieka backups (*.bk);;All files (*)"));
    if (!file.isEmpty())
        restore(file);
}

void BackupActions::editDailyBackup()
{
    DailyBackupDialog dialog(&m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_window.statusBar()->showMessage(tr("Daily backup settings saved."), kStatusMs);
}

std::unique_ptr<PassphraseDialog> BackupActions::newPassphraseDialog(const QString& file,
                                                                     QWidget* parent)
{
    auto dialog = std::make_unique<PassphraseDialog>(
        tr("Back up the database"),
        tr("Choose the passphrase that protects the backup %1. Without it nobody can restore the "
           "backup, the centre included: keep it apart from the backup medium.")
            .arg(QDir::toNativeSeparators(file)),
        PassphraseDialog::Mode::Choose, BackupService::minimumPassphraseLength, parent);
    dialog->setObjectName(QStringLiteral("backupPassphraseDialog"));
    return dialog;
}

bool BackupActions::backUp(const QString& file)
{
    if (!mayBackUp(tr("Cannot back up")))
        return false;
    const User actor = m_window.actor();
    auto dialog = newPassphraseDialog(file, &m_window);
    if (dialog->exec() != QDialog::Accepted)
        return false;
    auto secret = sharedSecret(dialog->takeSecret());
    auto summary = std::make_shared<BackupSummary>();
    const KeyDerivationCost cost = m_cost;
    const QString error = BackgroundWork::run(
        databasePath(), &m_window, tr("Backing up the database…"), [=](Database& database) {
            auto done = BackupService(Session(database, actor), cost).backup(file, *secret);
            if (!done)
                return done.error().message;
            *summary = *done;
            return QString();
        });
    if (!error.isEmpty()) {
        showError(&m_window, tr("Cannot back up"), error, kErrorBox);
        return false;
    }
    m_window.statusBar()->showMessage(
        tr("Backup written: %1 (%2).")
            .arg(QDir::toNativeSeparators(file), QLocale().formattedDataSize(summary->fileBytes)),
        kStatusMs);
    return true;
}

bool BackupActions::restore(const QString& file)
{
    if (!mayBackUp(tr("Cannot restore the backup")))
        return false;
    // The restore replaces every row under the open records: what they hold unsaved is asked
    // about first (Cancel: nothing is restored).
    if (!m_window.closeRecordsAsking())
        return false;
    const User actor = m_window.actor();
    PassphraseDialog dialog(tr("Restore from backup"),
                            tr("The passphrase of the backup %1. Nothing changes until you have "
                               "seen the backup's date and confirmed.")
                                .arg(QDir::toNativeSeparators(file)),
                            PassphraseDialog::Mode::Enter, 0, &m_window);
    dialog.setObjectName(QStringLiteral("restorePassphraseDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    auto secret = sharedSecret(dialog.takeSecret());
    auto summary = std::make_shared<RestoreSummary>();
    auto declined = std::make_shared<bool>(false);
    const QString error = BackgroundWork::run(
        databasePath(), &m_window, tr("Restoring the backup…"), [=, this](Database& database) {
            auto done = BackupService(Session(database, actor))
                            .restore(file, *secret, [=, this](const RestoreSummary& found) {
                                const bool yes = BackgroundWork::askInGuiThread(
                                    [&] { return confirmRestore(file, found); });
                                *declined = !yes;
                                return yes;
                            });
            if (!done)
                return done.error().message;
            *summary = *done;
            return QString();
        });
    if (*declined) {
        m_window.statusBar()->showMessage(tr("Nothing was restored."), kStatusMs);
        return false;
    }
    if (!error.isEmpty()) {
        showError(&m_window, tr("Cannot restore the backup"), error, kErrorBox);
        return false;
    }
    logging::get("ui")->info("backup restored from the window");
    const QString when = QLocale().toString(summary->createdAt.toLocalTime(), QLocale::ShortFormat);
    m_window.reloadAfterRestore();
    m_window.statusBar()->showMessage(tr("Restored from the backup of %1.").arg(when), kStatusMs);
    return true;
}

bool BackupActions::confirmRestore(const QString& file, const RestoreSummary& summary)
{
    if (summary.otherDatabase)
        return confirmReplacingDatabase(file, summary);
    QString text =
        tr("Replace everything in this database with the backup %1, taken on %2?")
            .arg(QDir::toNativeSeparators(QFileInfo(file).fileName()),
                 QLocale().toString(summary.createdAt.toLocalTime(), QLocale::LongFormat));
    QString detail = tr("Families, workers, plans, settings and accounts go back to how they were "
                        "then; what was recorded after it is lost.");
    if (summary.auditKept)
        detail += QLatin1Char(' ') +
                  tr("This database's audit trail is kept whole, this restore included.");
    else
        detail += QLatin1Char(' ') +
                  tr("This database's audit trail does not hold the backup's unchanged (it "
                     "was changed outside Opieka): the backup's audit trail replaces it, and the "
                     "restore's record names the trail replaced.");
    return confirmDestructive(&m_window, {.title = tr("Restore from backup"),
                                          .question = text,
                                          .detail = detail,
                                          .actionText = tr("&Restore"),
                                          .boxName = QStringLiteral("confirmRestoreBox"),
                                          .actionName = QStringLiteral("confirmRestoreButton")});
}

// A backup of another database would replace this one's accounts and audit trail: asked in so
// many words, with its own button (issue 18).
bool BackupActions::confirmReplacingDatabase(const QString& file, const RestoreSummary& summary)
{
    const QString text =
        tr("The backup %1, taken on %2, is of another database, not of this one. Replace this "
           "database with it, with every account and its audit trail?")
            .arg(QDir::toNativeSeparators(QFileInfo(file).fileName()),
                 QLocale().toString(summary.createdAt.toLocalTime(), QLocale::LongFormat));
    const QString detail =
        tr("This database (identity %1, audit records: %2) becomes the other one (identity %3, "
           "audit records: %4): its data, its accounts and its audit trail are replaced; the "
           "restore's own record names the trail replaced. Choose this only when this database "
           "is to become that one, such as a new computer after its first start.")
            .arg(summary.live ? summary.live->databaseId : QString())
            .arg(summary.live ? summary.live->records : 0)
            .arg(summary.backup.databaseId)
            .arg(summary.backup.records);
    return confirmDestructive(&m_window,
                              {.title = tr("Restore from backup"),
                               .question = text,
                               .detail = detail,
                               .actionText = tr("&Replace this database"),
                               .boxName = QStringLiteral("confirmRestoreBox"),
                               .actionName = QStringLiteral("replaceOtherDatabaseButton")});
}

void BackupActions::runDailyBackup(bool mayAsk)
{
    if (!m_window.workspace())
        return;
    const DailyBackupSettings daily = AppSettings::dailyBackup();
    const User actor = m_window.actor();
    if (!daily.enabled || daily.folder.isEmpty() || !m_window.session().may(Capability::BackUp))
        return;
    const QDate today = QDate::currentDate();
    m_dailyTimer->start();
    if (QFileInfo::exists(BackupService::dailyFile(daily.folder, today)))
        return; // done today (by this window, another one or the scheduler)
    if (m_dailyPassphrase.isEmpty()) {
        if (m_dailySkipped || !mayAsk) {
            m_window.statusBar()->showMessage(
                tr("Today's automatic backup was skipped: no passphrase was given."), kStatusMs);
            return;
        }
        PassphraseDialog dialog(
            tr("Daily backup"),
            tr("Today's automatic backup goes to %1. Type the centre's backup passphrase; Opieka "
               "keeps it in memory until it closes, never on disk. Cancel skips the automatic "
               "backups of this session.")
                .arg(QDir::toNativeSeparators(daily.folder)),
            PassphraseDialog::Mode::Choose, BackupService::minimumPassphraseLength, &m_window);
        dialog.setObjectName(QStringLiteral("dailyPassphraseDialog"));
        if (dialog.exec() != QDialog::Accepted) {
            m_dailySkipped = true;
            m_window.statusBar()->showMessage(
                tr("Today's automatic backup was skipped: no passphrase was given."), kStatusMs);
            return;
        }
        m_dailyPassphrase = dialog.takeSecret();
    }
    auto secret = sharedSecret(m_dailyPassphrase);
    auto result = std::make_shared<DailyBackup>();
    const KeyDerivationCost cost = m_cost;
    const QString error = BackgroundWork::run(
        databasePath(), &m_window, tr("Backing up the database…"), [=](Database& database) {
            auto done = BackupService(Session(database, actor), cost)
                            .dailyBackup(daily.folder, daily.keep, *secret, today);
            if (!done)
                return done.error().message;
            *result = *done;
            return QString();
        });
    if (!error.isEmpty()) {
        showError(&m_window, tr("The daily backup failed"), error, kErrorBox);
        return;
    }
    m_window.statusBar()->showMessage(tr("Today's backup written to %1; %n older one(s) removed.",
                                         nullptr, static_cast<int>(result->removed.size()))
                                          .arg(QDir::toNativeSeparators(result->file)),
                                      kStatusMs);
}

bool BackupActions::mayBackUp(const QString& title)
{
    if (!m_window.workspace())
        return false;
    const Status may = m_window.session().may(Capability::BackUp);
    if (!may)
        showError(&m_window, title, may.error().message, kErrorBox);
    return may.ok();
}

} // namespace opieka::ui
