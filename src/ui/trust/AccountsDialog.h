#pragma once

#include "AccountService.h"
#include "DirectoryService.h"
#include "User.h"

#include <QDialog>

class QPushButton;
class QTableView;

namespace opieka::ui {

class AccountsModel;

// The administrator's list of accounts (Settings › Accounts…): add an account, set a password,
// link an account to the worker it acts as, disable an account. Every change goes through
// AccountService, which checks and audits it; a refusal is shown with the service's own text.
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    AccountsDialog(AccountService accounts, DirectoryService directory, QWidget* parent = nullptr);

    AccountsModel* model() const { return m_model; }
    // Re-reads the accounts; false (and a message) when they cannot be read.
    bool reload();
    bool selectLogin(const QString& login);

public slots:
    void addAccount();
    void setPassword();
    void disableAccount();
    // Links the selected account to a worker of its role, or unlinks it.
    void linkWorker();

private:
    QString selectedLogin() const;
    void updateButtons();

    AccountService m_accounts;
    DirectoryService m_directory;
    AccountsModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_passwordButton = nullptr;
    QPushButton* m_disableButton = nullptr;
    QPushButton* m_linkButton = nullptr;
};

} // namespace opieka::ui
