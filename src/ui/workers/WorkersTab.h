#pragma once

#include "AccountService.h"
#include "CaseloadService.h"
#include "Session.h"
#include "User.h"
#include "WorkerService.h"

#include <QWidget>

class QLabel;
class QMainWindow;
class QPushButton;
class QTabWidget;
class QTableView;

namespace opieka::ui {

class WorkersModel;

// Setting up the centre in the window (issue 17): the workers and the accounts acting as them.
// Managers and administrators add a worker, change one (name, role, unit, FTE), record their
// leave and end a worker's employment; administrators also give a worker an account, link an
// existing account or unlink it. Every change goes through WorkerService or AccountService, which
// check, audit and refuse with a reason shown here.
class WorkersTab : public QWidget
{
    Q_OBJECT

public:
    explicit WorkersTab(const Session& session, QWidget* parent = nullptr);

    // Adds the tab to the window's tabs when the account may manage workers (first, for an
    // administrator, whose work this is), and points Settings › Workers and Accounts… at it;
    // otherwise hides that entry. Returns the tab, or nullptr.
    static WorkersTab* install(QMainWindow& window, QTabWidget* tabs, const Session& session);

    WorkersModel* model() const { return m_model; }
    bool selectWorker(qint64 workerId);

public slots:
    // Re-reads the workers; false (and a message) when they cannot be read.
    bool refresh();
    void addWorker();
    void editWorker();
    void endEmployment();
    // The selected worker's leave: periods recorded, a new one, one ended.
    void editLeave();
    void createAccount();
    void linkAccount();
    void unlinkAccount();

signals:
    // A worker or an account changed: lists elsewhere may want to read again.
    void changed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    const WorkerEntry* selected() const;
    void updateButtons();
    void done(qint64 workerId);
    // A new worker (none given) or a change to one; refreshes and selects the worker when saved.
    void showWorkerDialog(const std::optional<Worker>& worker);

    Session m_session; // asked what the account may do; the dialogs' services are bound to it
    WorkerService m_workers;
    AccountService m_accounts;
    CaseloadService m_caseloads;
    bool m_managesAccounts = false;
    WorkersModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_endButton = nullptr;
    QPushButton* m_leaveButton = nullptr;
    QPushButton* m_createAccountButton = nullptr;
    QPushButton* m_linkButton = nullptr;
    QPushButton* m_unlinkButton = nullptr;
};

} // namespace opieka::ui
