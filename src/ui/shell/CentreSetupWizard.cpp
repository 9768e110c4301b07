#include "CentreSetupWizard.h"

#include "Labels.h"
#include "Logging.h"
#include "Theme.h"
#include "WorkerFields.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizardPage>

namespace opieka::ui {
namespace {

QLabel* explanation(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QLabel* messageLabel(const char* name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setAccessibleName(CentreSetupWizard::tr("What is wrong"));
    label->setWordWrap(true);
    label->setStyleSheet(Theme::errorStyle());
    return label;
}

QListWidget* doneList(const char* name, const QString& accessibleName, QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(QString::fromLatin1(name));
    list->setAccessibleName(accessibleName);
    list->setMaximumHeight(110);
    return list;
}

// The centre's name, printed at the top of every document and report.
class CentreNamePage : public QWizardPage
{
public:
    explicit CentreNamePage(CentreSetupWizard& wizard)
        : m_wizard(wizard)
    {
        setObjectName(QStringLiteral("centreNamePage"));
        setTitle(CentreSetupWizard::tr("The centre"));
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(explanation(
            CentreSetupWizard::tr(
                "The administrator's account is ready. A few steps set the centre up: its name, "
                "its workers and their accounts. Each step can be skipped and done later.\n\n"
                "The centre's name is printed at the top of every document and report, e.g. "
                "\"Miejski Ośrodek Pomocy Społecznej w Przykładowie\". Leave it empty to skip; "
                "it is also in Settings › Centre Settings…."),
            this));
        auto* form = new QFormLayout;
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("wizardCentreNameEdit"));
        m_name->setAccessibleName(CentreSetupWizard::tr("Centre's name"));
        form->addRow(CentreSetupWizard::tr("Centre's &name:"), m_name);
        layout->addLayout(form);
        m_message = messageLabel("wizardCentreMessage", this);
        layout->addWidget(m_message);
        layout->addStretch(1);
    }

    void initializePage() override
    {
        if (auto name = m_wizard.settings().centreName(); name && m_name->text().isEmpty())
            m_name->setText(m_stored = *name);
    }

    bool validatePage() override
    {
        const QString name = m_name->text().trimmed();
        if (name.isEmpty() || name == m_stored)
            return true;
        if (Status s = m_wizard.settings().setCentreName(m_wizard.administrator(), name); !s) {
            m_message->setText(s.error().message);
            return false;
        }
        m_stored = name;
        return true;
    }

private:
    CentreSetupWizard& m_wizard;
    QLineEdit* m_name = nullptr;
    QLabel* m_message = nullptr;
    QString m_stored;
};

// The workers, added one by one; at least one is asked for, none is required.
class WorkersPage : public QWizardPage
{
public:
    explicit WorkersPage(CentreSetupWizard& wizard)
        : m_wizard(wizard)
    {
        setObjectName(QStringLiteral("workersPage"));
        setTitle(CentreSetupWizard::tr("Workers"));
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(explanation(
            CentreSetupWizard::tr(
                "Add the centre's workers: each social worker, family assistant and foster-care "
                "coordinator who carries cases, and the managers. Add at least one now; the "
                "others can follow later in the Workers and accounts tab, or from a CSV file "
                "(File › Import from CSV…). Go on without adding anyone to skip this step."),
            this));
        m_fields = new WorkerFields({}, this);
        layout->addWidget(m_fields);
        auto* row = new QHBoxLayout;
        auto* add = new QPushButton(CentreSetupWizard::tr("&Add this worker"), this);
        add->setObjectName(QStringLiteral("wizardAddWorkerButton"));
        row->addWidget(add);
        row->addStretch(1);
        layout->addLayout(row);
        m_message = messageLabel("wizardWorkerMessage", this);
        layout->addWidget(m_message);
        m_list = doneList("wizardWorkersList", CentreSetupWizard::tr("Workers added"), this);
        layout->addWidget(m_list);
        connect(add, &QPushButton::clicked, this, [this] { addWorker(); });
    }

private:
    void addWorker()
    {
        auto added = m_wizard.workers().add(m_wizard.administrator(), m_fields->worker());
        if (!added) {
            m_message->setText(added.error().message);
            return;
        }
        m_message->clear();
        m_wizard.workerAdded(*added);
        m_list->addItem(CentreSetupWizard::tr("%1: %2, FTE %3")
                            .arg(added->displayName(), Labels::role(added->role),
                                 QLocale().toString(added->fte, 'f', 2)));
        m_fields->clear();
        m_fields->focusFirst();
        logging::get("ui")->info("first start: worker {} added", added->id);
    }

    CentreSetupWizard& m_wizard;
    WorkerFields* m_fields = nullptr;
    QLabel* m_message = nullptr;
    QListWidget* m_list = nullptr;
};

// The first accounts: one per worker, with the worker's role and a password the person gives.
class AccountsPage : public QWizardPage
{
public:
    explicit AccountsPage(CentreSetupWizard& wizard)
        : m_wizard(wizard)
    {
        setObjectName(QStringLiteral("accountsPage"));
        setTitle(CentreSetupWizard::tr("Accounts"));
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(explanation(
            CentreSetupWizard::tr(
                "Each worker signs in with an account of their own, which acts as them and has "
                "their role. Choose the worker, a login and the initial password the person "
                "gives you (at least %1 characters; nobody else should know it). Go on without "
                "creating one to skip this step: the Workers and accounts tab gives accounts "
                "later.")
                .arg(AccountService::kMinimumPasswordLength),
            this));
        auto* form = new QFormLayout;
        m_worker = new QComboBox(this);
        m_worker->setObjectName(QStringLiteral("wizardAccountWorkerCombo"));
        m_worker->setAccessibleName(CentreSetupWizard::tr("Worker"));
        m_role = new QLabel(this);
        m_role->setObjectName(QStringLiteral("wizardAccountRoleLabel"));
        m_role->setAccessibleName(CentreSetupWizard::tr("Role"));
        m_login = new QLineEdit(this);
        m_login->setObjectName(QStringLiteral("wizardAccountLoginEdit"));
        m_login->setAccessibleName(CentreSetupWizard::tr("Login"));
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("wizardAccountPasswordEdit"));
        m_password->setAccessibleName(CentreSetupWizard::tr("Password"));
        m_password->setEchoMode(QLineEdit::Password);
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("wizardAccountRepeatEdit"));
        m_repeat->setAccessibleName(CentreSetupWizard::tr("Password again"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(CentreSetupWizard::tr("&Worker:"), m_worker);
        form->addRow(CentreSetupWizard::tr("Role:"), m_role);
        form->addRow(CentreSetupWizard::tr("&Login:"), m_login);
        form->addRow(CentreSetupWizard::tr("&Password:"), m_password);
        form->addRow(CentreSetupWizard::tr("Password a&gain:"), m_repeat);
        layout->addLayout(form);
        auto* row = new QHBoxLayout;
        m_create = new QPushButton(CentreSetupWizard::tr("&Create this account"), this);
        m_create->setObjectName(QStringLiteral("wizardCreateAccountButton"));
        row->addWidget(m_create);
        row->addStretch(1);
        layout->addLayout(row);
        m_message = messageLabel("wizardAccountMessage", this);
        layout->addWidget(m_message);
        m_list = doneList("wizardAccountsList", CentreSetupWizard::tr("Accounts created"), this);
        layout->addWidget(m_list);
        connect(m_worker, &QComboBox::currentIndexChanged, this, [this] { workerChosen(); });
        connect(m_create, &QPushButton::clicked, this, [this] { createAccount(); });
    }

    void initializePage() override { fillWorkers(); }

private:
    // The workers that have no account yet: those added now and any already in the database.
    void fillWorkers()
    {
        m_worker->clear();
        auto workers = m_wizard.workers().workers(m_wizard.administrator());
        if (!workers) {
            m_message->setText(workers.error().message);
            return;
        }
        for (const WorkerEntry& entry : *workers)
            if (entry.login.isEmpty() && entry.worker.isActiveOn(QDate::currentDate()))
                m_worker->addItem(CentreSetupWizard::tr("%1 (%2)").arg(
                                      entry.worker.displayName(), Labels::role(entry.worker.role)),
                                  QVariant::fromValue(entry.worker.id));
        m_workers.clear();
        for (const WorkerEntry& entry : *workers)
            m_workers.insert(entry.worker.id, entry.worker);
        const bool any = m_worker->count() > 0;
        m_create->setEnabled(any);
        for (QWidget* field : {static_cast<QWidget*>(m_worker), static_cast<QWidget*>(m_login),
                               static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_repeat)})
            field->setEnabled(any);
        if (!any)
            m_role->setText(CentreSetupWizard::tr("Every worker has an account."));
        workerChosen();
    }

    void workerChosen()
    {
        const auto it = m_workers.constFind(m_worker->currentData().toLongLong());
        if (it == m_workers.constEnd())
            return;
        m_role->setText(Labels::role(it->role));
        m_login->setText(WorkerService::suggestedLogin(*it));
    }

    void createAccount()
    {
        const auto it = m_workers.constFind(m_worker->currentData().toLongLong());
        if (it == m_workers.constEnd())
            return;
        NewAccount account;
        account.login = m_login->text().trimmed();
        account.role = it->role;
        account.workerId = it->id;
        account.password = m_password->text().toUtf8();
        if (account.password != m_repeat->text().toUtf8()) {
            account.password.fill('\0');
            m_message->setText(CentreSetupWizard::tr("The two passwords differ."));
            m_repeat->clear();
            m_repeat->setFocus();
            return;
        }
        auto added = m_wizard.accounts().addAccount(m_wizard.administrator(), account);
        account.password.fill('\0');
        if (!added) {
            m_message->setText(added.error().message);
            return;
        }
        m_message->clear();
        m_password->clear();
        m_repeat->clear();
        m_wizard.accountAdded(*added);
        m_list->addItem(CentreSetupWizard::tr("%1 for %2 (%3)")
                            .arg(added->login, it->displayName(), Labels::role(added->role)));
        logging::get("ui")->info("first start: account {} added", added->id);
        fillWorkers();
    }

    CentreSetupWizard& m_wizard;
    QHash<qint64, Worker> m_workers;
    QComboBox* m_worker = nullptr;
    QLabel* m_role = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QPushButton* m_create = nullptr;
    QLabel* m_message = nullptr;
    QListWidget* m_list = nullptr;
};

// What was set up, and what comes next.
class DonePage : public QWizardPage
{
public:
    explicit DonePage(CentreSetupWizard& wizard)
        : m_wizard(wizard)
    {
        setObjectName(QStringLiteral("donePage"));
        setTitle(CentreSetupWizard::tr("Ready"));
        auto* layout = new QVBoxLayout(this);
        m_summary = explanation(QString(), this);
        m_summary->setObjectName(QStringLiteral("wizardSummaryLabel"));
        m_summary->setAccessibleName(CentreSetupWizard::tr("Summary"));
        layout->addWidget(m_summary);
        layout->addStretch(1);
    }

    void initializePage() override
    {
        const auto name = m_wizard.settings().centreName();
        QStringList lines;
        if (name && !name->isEmpty())
            lines << CentreSetupWizard::tr("Centre: %1.").arg(*name);
        lines << CentreSetupWizard::tr("%n worker(s) added now.", nullptr,
                                       static_cast<int>(m_wizard.addedWorkers().size()))
              << CentreSetupWizard::tr("%n account(s) created now.", nullptr,
                                       static_cast<int>(m_wizard.addedAccounts().size()))
              << QString()
              << CentreSetupWizard::tr(
                     "What comes next: a manager signs in with their account, opens the families' "
                     "cases (Cases › New Family…) and assigns each to its workers (Cases › Assign "
                     "Worker…). Workers and accounts are changed later in the Workers and "
                     "accounts tab (Settings › Workers and Accounts…).");
        m_summary->setText(lines.join(QLatin1Char('\n')));
    }

private:
    CentreSetupWizard& m_wizard;
    QLabel* m_summary = nullptr;
};

} // namespace

CentreSetupWizard::CentreSetupWizard(Database& database, User administrator, QWidget* parent)
    : QWizard(parent)
    , m_workers(database)
    , m_accounts(database)
    , m_settings(database)
    , m_administrator(std::move(administrator))
{
    setObjectName(QStringLiteral("centreSetupWizard"));
    setWindowTitle(tr("Setting up the centre"));
    setAccessibleName(windowTitle());
    setPage(CentrePage, new CentreNamePage(*this));
    setPage(WorkersPage, new class WorkersPage(*this));
    setPage(AccountsPage, new class AccountsPage(*this));
    setPage(DonePage, new class DonePage(*this));
    setOption(QWizard::NoBackButtonOnStartPage);
    const QList<QPair<WizardButton, QPair<const char*, QString>>> buttons{
        {NextButton, {"wizardNextButton", tr("&Next >")}},
        {BackButton, {"wizardBackButton", tr("< &Back")}},
        {FinishButton, {"wizardFinishButton", tr("&Finish")}},
        {CancelButton, {"wizardCancelButton", tr("Cancel")}},
        {CommitButton, {"wizardCommitButton", tr("&Commit")}},
        {HelpButton, {"wizardHelpButton", tr("&Help")}},
    };
    for (const auto& [which, named] : buttons) {
        setButtonText(which, named.second);
        button(which)->setObjectName(QString::fromLatin1(named.first));
    }
    setMinimumSize(620, 520);
}

void CentreSetupWizard::run(Database& database, const User& administrator, QWidget* parent)
{
    CentreSetupWizard wizard(database, administrator, parent);
    const int result = wizard.exec();
    logging::get("ui")->info("first start wizard {}: {} worker(s), {} account(s)",
                             result == QDialog::Accepted ? "finished" : "left",
                             wizard.addedWorkers().size(), wizard.addedAccounts().size());
}

} // namespace opieka::ui
