#pragma once

#include "FieldCopy.h"
#include "FieldSync.h"
#include "Session.h"

#include <QDialog>

class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;

namespace opieka::ui {

class ConflictsModel;

// File › Sync with the centre… in a field copy (issue 23, docs/field-work.md "Sync"): the
// centre's database (the one the copy came from, else a file or a postgresql:// address whose
// password is asked as File › Connect to Centre Server… asks it), the worker's password at the
// centre (the same login signs in there), the changes not synced yet, and Sync. FieldSync runs off
// the GUI thread with its progress; the result is said in sentences, and the conflicts it left
// are listed side by side: the centre's value and this copy's, each with who changed it and when.
// A person chooses per row (keep the centre's, keep mine, or another value) and syncs again.
class SyncDialog : public QDialog
{
    Q_OBJECT

public:
    // `copy`: the signed-in session on the field copy the window shows.
    SyncDialog(const Session& copy, const FieldCopyInfo& info, QWidget* parent = nullptr);
    ~SyncDialog() override;

    // Syncs once with what the fields hold (Sync and Sync again); true when the sync went
    // through, conflicts or not. A refusal is said under the fields.
    bool sync();
    // Records the choice for the selected conflict (FieldSync::resolve); false when none is
    // selected or the choice is refused (said under the table).
    bool resolveSelected(FieldSync::Keep keep, const QString& value = {});
    bool hasSynced() const { return m_synced; }
    ConflictsModel* conflictsModel() const { return m_conflicts; }
    QTableView* conflictsTable() const { return m_conflictsTable; }
    QListWidget* pendingList() const { return m_pending; }
    // The sentences that say what a sync did.
    static QString describe(const FieldSyncReport& report);

signals:
    // The copy took the centre's rows: what the window shows is to be read again.
    void synced();

private:
    void loadPending();
    void loadConflicts();
    void updateButtons();
    void chooseCentreFile();
    void enterValue();
    // For a server address: its password for this process, asked as the window asks it. False
    // when the person cancelled.
    bool askServerPassword(QString& address);
    static QString describe(const FieldChange& change);

    Session m_copy;
    FieldCopyInfo m_info;
    QLineEdit* m_centre = nullptr;
    QLineEdit* m_password = nullptr;
    QGroupBox* m_pendingBox = nullptr;
    QListWidget* m_pending = nullptr;
    QLabel* m_pendingCount = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_result = nullptr;
    QGroupBox* m_conflictsBox = nullptr;
    ConflictsModel* m_conflicts = nullptr;
    QTableView* m_conflictsTable = nullptr;
    QPushButton* m_keepCentre = nullptr;
    QPushButton* m_keepMine = nullptr;
    QPushButton* m_otherValue = nullptr;
    QPushButton* m_sync = nullptr;
    QLabel* m_message = nullptr;
    QString m_serverWithPassword; // the address whose password this dialog was given
    bool m_synced = false;
};

} // namespace opieka::ui
