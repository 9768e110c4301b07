#pragma once

#include "AccountService.h"
#include "Session.h"
#include "SettingsService.h"
#include "User.h"
#include "WorkerService.h"

#include <QWizard>

namespace opieka::ui {

// The first start of a new centre (issue 17), right after its administrator was made: the
// centre's name, its workers (at least one, more optional) and the first accounts for them
// (login, the worker's role, an initial password given by the person). Every step may be
// skipped and says where to do it later; every change goes through the services.
class CentreSetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page
    {
        CentrePage,
        WorkersPage,
        AccountsPage,
        DonePage
    };

    // `session`: the administrator just made, on the new centre's database.
    explicit CentreSetupWizard(const Session& session, QWidget* parent = nullptr);

    // Shows the wizard and returns when it is finished or cancelled.
    static void run(const Session& session, QWidget* parent);

    WorkerService& workers() { return m_workers; }
    AccountService& accounts() { return m_accounts; }
    SettingsService& settings() { return m_settings; }
    const User& administrator() const { return m_session.actor(); }

    // What the wizard did, for the pages that follow and the summary.
    void workerAdded(const Worker& worker) { m_addedWorkers << worker; }
    void accountAdded(const User& account) { m_addedAccounts << account; }
    const QList<Worker>& addedWorkers() const { return m_addedWorkers; }
    const QList<User>& addedAccounts() const { return m_addedAccounts; }

private:
    QList<Worker> m_addedWorkers;
    QList<User> m_addedAccounts;
    Session m_session;
    WorkerService m_workers;
    AccountService m_accounts;
    SettingsService m_settings;
};

} // namespace opieka::ui
