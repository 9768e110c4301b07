#pragma once

#include "ImportService.h"
#include "User.h"

#include <QDialog>
#include <QPointer>
#include <atomic>
#include <memory>

class QPushButton;
class QThread;

namespace Ui {
class ImportDialog;
}

namespace opieka::ui {

// File › Import from CSV…: a manager or an administrator imports workers, families,
// assignments, members, visits, foster families or placements, as `opieka-cli import` does.
// The import runs off the GUI thread on a connection of its own, with a progress bar and
// Cancel; it is all or nothing, so a cancelled or refused import leaves the database as it was,
// and the rows to correct are listed ("FILE:LINE: message").
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(QString databasePath, User actor, QWidget* parent = nullptr);
    ~ImportDialog() override;

    bool isRunning() const { return m_thread != nullptr; }
    // Rows imported by the last import that succeeded (0: none yet).
    int importedRows() const { return m_imported; }
    // Processes events until the running import ends (tests).
    bool waitForIdle(int timeoutMs = 60000);

public slots:
    void startImport();
    void cancelImport();
    void reject() override;

signals:
    // Rows were imported: the window's lists are stale.
    void imported(int rows);

private:
    void chooseFile();
    void describeDataSet();
    void setRunning(bool running);
    void showProgress(qint64 bytesRead, qint64 bytesTotal);
    void finish(const Result<ImportSummary>& result);

    std::unique_ptr<::Ui::ImportDialog> m_ui;
    QString m_databasePath;
    QString m_importedPath; // the file of the import under way or last run
    User m_actor;
    QPushButton* m_importButton = nullptr;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_imported = 0;
};

} // namespace opieka::ui
