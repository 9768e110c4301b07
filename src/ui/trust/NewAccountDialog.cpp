#include "NewAccountDialog.h"

#include "DialogParts.h"
#include "Labels.h"
#include "Logging.h"
#include "WorkerService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace opieka::ui {

NewAccountDialog::NewAccountDialog(AccountService accounts, QList<Worker> workers, QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_workers(std::move(workers))
{
    setObjectName(QStringLiteral("newAccountDialog"));
    setWindowTitle(tr("New account"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_login = newLineEdit(this, QStringLiteral("accountLoginEdit"), tr("Login"));
    m_login->setPlaceholderText(tr("e.g. anowak"));
    m_role = newComboBox(this, QStringLiteral("accountRoleCombo"), tr("Role"));
    for (const QString& name : accountRoleNames())
        if (const auto role = parseRole(name))
            m_role->addItem(Labels::role(*role), name);
    m_worker = newComboBox(this, QStringLiteral("accountWorkerCombo"), tr("Worker"));
    m_password = newLineEdit(this, QStringLiteral("accountPasswordEdit"), tr("Password"),
                             QLineEdit::Password);
    m_repeat = newLineEdit(this, QStringLiteral("accountRepeatEdit"), tr("Password again"),
                           QLineEdit::Password);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Acts as worker:"), m_worker);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Password a&gain:"), m_repeat);
    layout->addLayout(form);
    auto* hint = newNote(this, tr("Lower-case letters, digits, '.', '_' or '-' in the login. The "
                                  "password has at least %1 characters; tell it to the person "
                                  "in private.")
                                   .arg(AccountService::kMinimumPasswordLength));
    layout->addWidget(hint);
    m_message = newMessageLine(this, QStringLiteral("newAccountMessage"), tr("What is wrong"));
    layout->addWidget(m_message);

    layout->addWidget(newOkCancel(this, QStringLiteral("newAccountOkButton"),
                                  QStringLiteral("newAccountCancelButton"), tr("Add account")));
    connect(m_role, &QComboBox::currentIndexChanged, this, &NewAccountDialog::fillWorkers);
    fillWorkers();
    m_login->setFocus();
    setMinimumWidth(460);
}

NewAccountDialog::~NewAccountDialog() = default;

// Only a worker of the account's role can be acted as; managers and administrators may have none.
void NewAccountDialog::fillWorkers()
{
    const auto role = parseRole(m_role->currentData().toString());
    m_worker->clear();
    m_worker->addItem(tr("(none)"), QVariant());
    for (const Worker& worker : m_workers)
        if (role && worker.role == *role && worker.isActiveOn(QDate::currentDate()))
            m_worker->addItem(tr("%1 (id %2)").arg(worker.displayName()).arg(worker.id), worker.id);
    m_worker->setEnabled(m_worker->count() > 1);
}

void NewAccountDialog::forWorker(const Worker& worker)
{
    m_role->setCurrentIndex(m_role->findData(roleName(worker.role)));
    m_role->setEnabled(false);
    if (m_worker->findData(worker.id) < 0)
        m_worker->addItem(tr("%1 (id %2)").arg(worker.displayName()).arg(worker.id), worker.id);
    m_worker->setCurrentIndex(m_worker->findData(worker.id));
    m_worker->setEnabled(false);
    if (m_login->text().isEmpty())
        m_login->setText(WorkerService::suggestedLogin(worker));
    setWindowTitle(tr("New account for %1").arg(worker.displayName()));
    m_password->setFocus();
}

void NewAccountDialog::accept()
{
    NewAccount account;
    account.login = m_login->text().trimmed();
    account.role = parseRole(m_role->currentData().toString()).value_or(Role::SocialWorker);
    if (m_worker->currentData().isValid())
        account.workerId = m_worker->currentData().toLongLong();
    account.password = m_password->text().toUtf8();
    if (account.password != m_repeat->text().toUtf8()) {
        account.password.fill('\0');
        m_message->setText(tr("The two passwords differ."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    auto added = m_accounts.addAccount(account);
    account.password.fill('\0');
    if (!added) {
        m_message->setText(added.error().message);
        return;
    }
    m_account = *added;
    m_password->clear();
    m_repeat->clear();
    logging::get("ui")->info("account {} added", m_account.id);
    QDialog::accept();
}

} // namespace opieka::ui
