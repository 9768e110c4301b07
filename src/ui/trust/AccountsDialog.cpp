#include "AccountsDialog.h"

#include "AccountsModel.h"
#include "ChoiceDialog.h"
#include "DialogParts.h"
#include "Labels.h"
#include "Logging.h"
#include "Messages.h"
#include "NewAccountDialog.h"
#include "PassphraseDialog.h"
#include "ReportTableModel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace opieka::ui {

namespace {

// The name a test finds this screen's error boxes by.
const QString kErrorBox = QStringLiteral("accountsErrorBox");

} // namespace

AccountsDialog::AccountsDialog(AccountService accounts, DirectoryService directory, QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_directory(directory)
    , m_model(new AccountsModel(this))
    , m_table(newReportTable(QStringLiteral("accountsTable"), tr("Accounts"), m_model, this,
                             {.wordWrap = true}))
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);

    auto* add = newButton(this, tr("&Add account…"), QStringLiteral("addAccountButton"));
    m_passwordButton = newButton(this, tr("Set &password…"), QStringLiteral("setPasswordButton"));
    m_disableButton =
        newButton(this, tr("&Disable account…"), QStringLiteral("disableAccountButton"));
    m_linkButton = newButton(this, tr("Link to &worker…"), QStringLiteral("linkWorkerButton"));
    addButtonRow(layout, {add, m_passwordButton, m_linkButton, m_disableButton});
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeAccountsButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_passwordButton, &QPushButton::clicked, this, &AccountsDialog::setPassword);
    connect(m_disableButton, &QPushButton::clicked, this, &AccountsDialog::disableAccount);
    connect(m_linkButton, &QPushButton::clicked, this, &AccountsDialog::linkWorker);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountsDialog::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &AccountsDialog::setPassword);
    resize(760, 420);
    reload();
}

bool AccountsDialog::reload()
{
    const QString selected = selectedLogin();
    auto list = m_accounts.accounts();
    if (!list) {
        showError(this, tr("Cannot read the accounts"), list.error().message, kErrorBox);
        return false;
    }
    QHash<qint64, QString> names;
    if (auto workers = m_directory.workers())
        for (const Worker& worker : *workers)
            names.insert(worker.id, worker.displayName());
    m_model->setAccounts(*list, names);
    m_table->resizeColumnsToContents();
    if (!selected.isEmpty())
        selectLogin(selected);
    updateButtons();
    return true;
}

bool AccountsDialog::selectLogin(const QString& login)
{
    const int row = m_model->rowOf(login);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

QString AccountsDialog::selectedLogin() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->account(rows.first().row()).user.login;
}

void AccountsDialog::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool any = !rows.isEmpty();
    m_passwordButton->setEnabled(any);
    const bool active = any && m_model->account(rows.first().row()).user.active;
    m_disableButton->setEnabled(active);
    // Administrators act as no worker.
    m_linkButton->setEnabled(active &&
                             isWorkerRole(m_model->account(rows.first().row()).user.role));
}

void AccountsDialog::addAccount()
{
    auto workers = m_directory.workers();
    if (!workers) {
        showError(this, tr("Cannot read the workers"), workers.error().message, kErrorBox);
        return;
    }
    NewAccountDialog dialog(m_accounts, *workers, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectLogin(dialog.account().login);
}

void AccountsDialog::setPassword()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    PassphraseDialog dialog(tr("Set password"),
                            tr("A new password for the account '%1'. Tell it to the person in "
                               "private; they can sign in with it at once.")
                                .arg(login),
                            PassphraseDialog::Mode::Choose, AccountService::kMinimumPasswordLength,
                            this);
    dialog.setObjectName(QStringLiteral("setPasswordDialog"));
    dialog.setCheck([this, login](const QByteArray& password) {
        return m_accounts.setPassword(login, password);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    QByteArray wiped = dialog.takeSecret();
    wiped.fill('\0');
    reload();
}

void AccountsDialog::disableAccount()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    const Destructive ask{
        .title = tr("Disable account"),
        .question = tr("Disable the account '%1'? It can no longer sign in; what it recorded "
                       "stays in the records and the audit.")
                        .arg(login),
        .actionText = tr("Disable '%1'").arg(login),
        .boxName = QStringLiteral("disableAccountBox"),
        .actionName = QStringLiteral("confirmDisableButton"),
        .warning = false,
        .destroys = false,
    };
    if (!confirmDestructive(this, ask))
        return;
    if (Status s = m_accounts.disable(login); !s) {
        showError(this, tr("Cannot disable the account"), s.error().message, kErrorBox);
        return;
    }
    logging::get("ui")->info("an account was disabled");
    reload();
}

void AccountsDialog::linkWorker()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const User account = m_model->account(rows.first().row()).user;
    auto workers = m_directory.workers();
    if (!workers) {
        showError(this, tr("Cannot read the workers"), workers.error().message, kErrorBox);
        return;
    }
    QList<QPair<QString, QVariant>> choices{{tr("(no worker)"), QVariant()}};
    const QDate today = QDate::currentDate();
    for (const Worker& worker : *workers)
        if (worker.role == account.role && (!worker.activeTo || today < *worker.activeTo))
            choices.append({tr("%1 (id %2)").arg(worker.displayName()).arg(worker.id), worker.id});
    ChoiceDialog dialog(QStringLiteral("linkWorker"), tr("Link to worker"),
                        tr("The account '%1' acts as this worker: it reaches the worker's cases "
                           "and their start page. Only a worker with the account's role (%2) "
                           "can be chosen.")
                            .arg(account.login, Labels::role(account.role)),
                        tr("Worker"), choices, tr("Link"), this);
    if (account.workerId)
        dialog.select(*account.workerId);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QVariant chosen = dialog.choice();
    const std::optional<qint64> workerId =
        chosen.isValid() ? std::optional<qint64>(chosen.toLongLong()) : std::nullopt;
    if (Status s = m_accounts.linkWorker(account.login, workerId); !s) {
        showError(this, tr("Cannot link the account"), s.error().message, kErrorBox);
        return;
    }
    logging::get("ui")->info("account {} linked to a worker: {}", account.id, workerId.has_value());
    reload();
}

} // namespace opieka::ui
