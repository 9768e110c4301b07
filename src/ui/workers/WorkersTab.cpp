#include "WorkersTab.h"

#include "ChoiceDialog.h"
#include "DialogParts.h"
#include "Labels.h"
#include "Logging.h"
#include "Messages.h"
#include "NewAccountDialog.h"
#include "ReportTableModel.h"
#include "Session.h"
#include "WorkerDialog.h"
#include "WorkerLeaveDialog.h"
#include "WorkersModel.h"

#include <QAction>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace opieka::ui {

namespace {

// The name a test finds this screen's error boxes by.
const QString kErrorBox = QStringLiteral("workersErrorBox");

const QString kMenuActionName = QStringLiteral("workersAccountsAction");

// Settings › Workers and Accounts…, made once per window, next to Centre Settings….
QAction* menuAction(QMainWindow& window)
{
    if (auto* existing = window.findChild<QAction*>(kMenuActionName))
        return existing;
    auto* action = new QAction(WorkersTab::tr("&Workers and Accounts…"), &window);
    action->setObjectName(kMenuActionName);
    auto* before = window.findChild<QAction*>(QStringLiteral("centreSettingsAction"));
    const QList<QObject*> owners = before ? before->associatedObjects() : QList<QObject*>();
    for (QObject* owner : owners)
        if (auto* menu = qobject_cast<QMenu*>(owner)) {
            menu->insertAction(before, action);
            return action;
        }
    window.addAction(action); // no Settings menu: still reachable by its key
    return action;
}

} // namespace

WorkersTab::WorkersTab(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_workers(session)
    , m_accounts(session)
    , m_caseloads(session)
    , m_managesAccounts(m_session.may(Capability::ManageUsers).ok())
    , m_model(new WorkersModel(this))
    , m_table(newReportTable(QStringLiteral("centreWorkersTable"), tr("Workers"), m_model, this))
{
    setObjectName(QStringLiteral("workersTab"));
    setAccessibleName(tr("Workers and accounts"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = newNote(
        this,
        tr("The centre's workers and the accounts they sign in with. Add every person who "
           "carries cases, and the managers; then each gets an account acting as them, with the "
           "worker's role. A worker who leaves keeps their history: end their employment once "
           "their families are handed over."),
        QStringLiteral("workersIntroLabel"));
    layout->addWidget(intro);

    layout->addWidget(m_table, 1);

    QPushButton* add = newButton(this, tr("&Add worker…"), QStringLiteral("addWorkerButton"));
    m_editButton = newButton(this, tr("&Change worker…"), QStringLiteral("editWorkerButton"));
    m_endButton = newButton(this, tr("&End employment…"), QStringLiteral("endEmploymentButton"));
    m_leaveButton = newButton(this, tr("Lea&ve…"), QStringLiteral("workerLeaveButton"));
    addButtonRow(layout, {add, m_editButton, m_leaveButton, m_endButton});

    m_createAccountButton =
        newButton(this, tr("Create acc&ount…"), QStringLiteral("createWorkerAccountButton"));
    m_linkButton = newButton(this, tr("&Link account…"), QStringLiteral("linkAccountButton"));
    m_unlinkButton = newButton(this, tr("&Unlink account…"), QStringLiteral("unlinkAccountButton"));
    addButtonRow(layout, {m_createAccountButton, m_linkButton, m_unlinkButton});
    for (QPushButton* b : {m_createAccountButton, m_linkButton, m_unlinkButton})
        b->setVisible(m_managesAccounts);
    if (!m_managesAccounts) {
        auto* note = newNote(this,
                             tr("Accounts are given and linked to workers by an "
                                "administrator."),
                             QStringLiteral("workersAccountsNote"));
        layout->addWidget(note);
    }

    connect(add, &QPushButton::clicked, this, &WorkersTab::addWorker);
    connect(m_editButton, &QPushButton::clicked, this, &WorkersTab::editWorker);
    connect(m_endButton, &QPushButton::clicked, this, &WorkersTab::endEmployment);
    connect(m_leaveButton, &QPushButton::clicked, this, &WorkersTab::editLeave);
    connect(m_createAccountButton, &QPushButton::clicked, this, &WorkersTab::createAccount);
    connect(m_linkButton, &QPushButton::clicked, this, &WorkersTab::linkAccount);
    connect(m_unlinkButton, &QPushButton::clicked, this, &WorkersTab::unlinkAccount);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WorkersTab::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &WorkersTab::editWorker);
    updateButtons();
}

WorkersTab* WorkersTab::install(QMainWindow& window, QTabWidget* tabs, const Session& session)
{
    QAction* action = menuAction(window);
    QObject::disconnect(action, &QAction::triggered, nullptr, nullptr);
    if (!session.may(Capability::ManageWorkers)) {
        action->setVisible(false);
        return nullptr;
    }
    auto* tab = new WorkersTab(session, tabs);
    if (session.actor().role == Role::Administrator)
        tabs->insertTab(0, tab, tr("&Workers and accounts"));
    else
        tabs->addTab(tab, tr("&Workers and accounts"));
    action->setVisible(true);
    QObject::connect(action, &QAction::triggered, tab, [tabs = QPointer<QTabWidget>(tabs), tab] {
        if (tabs)
            tabs->setCurrentWidget(tab);
    });
    return tab;
}

void WorkersTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

bool WorkersTab::refresh()
{
    const WorkerEntry* current = selected();
    const qint64 keep = current ? current->worker.id : 0;
    auto list = m_workers.workers();
    if (!list) {
        showError(this, tr("Cannot read the workers"), list.error().message, kErrorBox);
        return false;
    }
    const QDate today = QDate::currentDate();
    auto leaves = m_workers.currentOrNextLeaves(today);
    if (!leaves) {
        showError(this, tr("Cannot read the workers"), leaves.error().message, kErrorBox);
        return false;
    }
    m_model->setWorkers(*list, *leaves, today);
    m_table->resizeColumnsToContents();
    if (keep > 0)
        selectWorker(keep);
    updateButtons();
    return true;
}

bool WorkersTab::selectWorker(qint64 workerId)
{
    const int row = m_model->rowOf(workerId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

const WorkerEntry* WorkersTab::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_model->entry(rows.first().row());
}

void WorkersTab::updateButtons()
{
    const WorkerEntry* entry = selected();
    const bool employed =
        entry && (!entry->worker.activeTo || QDate::currentDate() < *entry->worker.activeTo);
    m_editButton->setEnabled(entry != nullptr);
    m_endButton->setEnabled(employed);
    m_leaveButton->setEnabled(employed);
    m_createAccountButton->setEnabled(employed && entry->login.isEmpty());
    m_linkButton->setEnabled(employed && entry->login.isEmpty());
    m_unlinkButton->setEnabled(entry && !entry->login.isEmpty());
}

void WorkersTab::done(qint64 workerId)
{
    refresh();
    selectWorker(workerId);
    emit changed();
}

void WorkersTab::addWorker()
{
    showWorkerDialog(std::nullopt);
}

void WorkersTab::editWorker()
{
    if (const WorkerEntry* entry = selected())
        showWorkerDialog(entry->worker);
}

void WorkersTab::showWorkerDialog(const std::optional<Worker>& worker)
{
    auto units = m_caseloads.units();
    WorkerDialog dialog(m_session, worker, units ? *units : QStringList(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    done(dialog.worker().id);
}

void WorkersTab::endEmployment()
{
    const WorkerEntry* entry = selected();
    if (!entry)
        return;
    const Worker worker = entry->worker;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("endEmploymentDialog"));
    dialog.setWindowTitle(tr("End employment"));
    dialog.setAccessibleName(dialog.windowTitle());
    auto* layout = new QVBoxLayout(&dialog);
    auto* explanation = newNote(
        &dialog,
        tr("%1 stops working at the centre after the day below: no case can be assigned to them "
           "from the next day, and their history stays. Their families must be handed over "
           "first. An account acting as them can sign in until an administrator disables it.")
            .arg(worker.displayName()));
    layout->addWidget(explanation);
    auto* form = new QFormLayout;
    auto* lastDay = newDateEdit(&dialog, QDate::currentDate(), QStringLiteral("lastDayEdit"),
                                tr("Last day at work"));
    form->addRow(tr("&Last day at work:"), lastDay);
    layout->addLayout(form);
    auto* message = new QLabel(&dialog);
    message->setObjectName(QStringLiteral("endEmploymentMessage"));
    message->setAccessibleName(tr("What is wrong"));
    message->setWordWrap(true);
    layout->addWidget(message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("endEmploymentOkButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("End employment"));
    buttons->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("endEmploymentCancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        // The record keeps the first day away (end dates are exclusive); people give the last.
        auto ended = m_workers.setEmploymentEnd(worker.id, lastDay->date().addDays(1));
        if (!ended) {
            message->setText(ended.error().message);
            return;
        }
        dialog.accept();
    });
    dialog.setMinimumWidth(460);
    if (dialog.exec() != QDialog::Accepted)
        return;
    logging::get("ui")->info("employment of worker {} ended", worker.id);
    done(worker.id);
}

void WorkersTab::editLeave()
{
    const WorkerEntry* entry = selected();
    if (!entry)
        return;
    const Worker worker = entry->worker;
    WorkerLeaveDialog dialog(m_session, worker, this);
    dialog.exec();
    if (dialog.changedAnything())
        done(worker.id);
}

void WorkersTab::createAccount()
{
    const WorkerEntry* entry = selected();
    if (!entry)
        return;
    const Worker worker = entry->worker;
    NewAccountDialog dialog(m_accounts, {worker}, this);
    dialog.forWorker(worker);
    if (dialog.exec() != QDialog::Accepted)
        return;
    done(worker.id);
}

void WorkersTab::linkAccount()
{
    const WorkerEntry* entry = selected();
    if (!entry)
        return;
    const Worker worker = entry->worker;
    auto accounts = m_accounts.accounts();
    if (!accounts) {
        showError(this, tr("Cannot read the accounts"), accounts.error().message, kErrorBox);
        return;
    }
    QList<QPair<QString, QVariant>> choices;
    for (const AccountInfo& account : *accounts)
        if (account.user.active && account.user.role == worker.role && !account.user.workerId)
            choices.append({account.user.login, account.user.login});
    ChoiceDialog dialog(QStringLiteral("linkAccount"), tr("Link account"),
                        choices.isEmpty()
                            ? tr("No account with the role of a %1 acts as no worker yet. "
                                 "Create an account for %2 instead.")
                                  .arg(Labels::role(worker.role), worker.displayName())
                            : tr("Which account does %1 sign in with? Only accounts with the "
                                 "worker's role (%2) that act as nobody yet are offered.")
                                  .arg(worker.displayName(), Labels::role(worker.role)),
                        tr("Account"), choices, tr("Link"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = m_accounts.linkWorker(dialog.choice().toString(), worker.id); !s) {
        showError(this, tr("Cannot link the account"), s.error().message, kErrorBox);
        return;
    }
    done(worker.id);
}

void WorkersTab::unlinkAccount()
{
    const WorkerEntry* entry = selected();
    if (!entry || entry->login.isEmpty())
        return;
    const Worker worker = entry->worker;
    const QString login = entry->login;
    if (!confirm(this, tr("Unlink account"),
                 tr("Unlink the account '%1' from %2? It then reaches none of the "
                    "worker's cases until it is linked again.")
                     .arg(login, worker.displayName())))
        return;
    if (Status s = m_accounts.linkWorker(login, std::nullopt); !s) {
        showError(this, tr("Cannot unlink the account"), s.error().message, kErrorBox);
        return;
    }
    done(worker.id);
}

} // namespace opieka::ui
