#pragma once

#include "CaseloadService.h"
#include "DirectoryService.h"
#include "User.h"
#include "WorkerService.h"

#include <QDialog>
#include <memory>

class QLabel;

namespace Ui {
class AssignDialog;
}

namespace opieka::ui {

// Assigns a worker to a case, or transfers a case from one worker to another of the same role.
// Shows the caseload engine's verdict live, before anything is saved; a refusal needs an
// override reason, and the service decides whether it may be used.
class AssignDialog : public QDialog
{
    Q_OBJECT

public:
    AssignDialog(const Session& session, qint64 caseId, QWidget* parent = nullptr);
    ~AssignDialog() override;

    // Selects the worker in the list; false when no such worker carries cases.
    bool selectWorker(qint64 workerId);
    qint64 selectedWorkerId() const;
    // Keeps the case as given (opened from a family's record).
    void setCaseFixed(bool fixed);
    // Turns the dialog into a transfer from `from`: only workers of the same role are offered,
    // and saving ends `from`'s assignment and starts the new one on the chosen day.
    void setTransferFrom(const Worker& from);
    // The new assignment's id once accepted, 0 before.
    qint64 assignmentId() const { return m_assignmentId; }
    // What was saved, in a person's words (who works with which case from when), once accepted.
    QString savedText() const { return m_savedText; }

public slots:
    void accept() override;

private:
    enum class Verdict
    {
        None,    // nothing to check yet
        Failed,  // the preview itself was refused: no override can help
        Refused, // over the limit: an override reason may allow it
        Allowed,
    };

    void loadWorkers();
    void updatePreview();
    void updateCaseInfo(const std::optional<Role>& role);
    void updateButtons();
    void showVerdict(Verdict verdict, const QString& text);
    // The warning (not a refusal) when the chosen worker is on leave on the start date.
    void updateLeaveWarning();
    QString savedTextFor(const AssignRequest& request);

    std::unique_ptr<::Ui::AssignDialog> m_ui;
    CaseloadService m_caseloads;
    DirectoryService m_directory;
    WorkerService m_workerService;
    QLabel* m_leaveWarning = nullptr;
    QList<Worker> m_workers; // in the combo's order
    QString m_loadError;     // why the workers could not be listed
    Verdict m_verdict = Verdict::None;
    std::optional<Worker> m_transferFrom;
    qint64 m_assignmentId = 0;
    QString m_savedText;
};

} // namespace opieka::ui
