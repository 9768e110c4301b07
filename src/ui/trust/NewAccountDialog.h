#pragma once

#include "AccountService.h"
#include "User.h"
#include "Worker.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace opieka::ui {

// A new account: login, role, the worker it acts as (only workers of that role are offered) and a
// password typed twice. The service decides; its refusal is shown under the fields and the
// dialog stays open.
class NewAccountDialog : public QDialog
{
    Q_OBJECT

public:
    NewAccountDialog(AccountService accounts, QList<Worker> workers, QWidget* parent = nullptr);
    ~NewAccountDialog() override;

    User account() const { return m_account; }
    // An account for this worker: the worker's role (fixed) and a login offered from the name.
    void forWorker(const Worker& worker);

public slots:
    void accept() override;

private:
    void fillWorkers();

    AccountService m_accounts;
    QList<Worker> m_workers;
    QLineEdit* m_login = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_worker = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
    User m_account;
};

} // namespace opieka::ui
