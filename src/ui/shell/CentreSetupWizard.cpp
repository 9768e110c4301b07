#include "CentreSetupWizard.h"

#include "DialogParts.h"
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

QListWidget* doneList(const char* name, const QString& accessibleName, QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(QString::fromLatin1(name));
    list->setAccessibleName(accessibleName);
    list->setMaximumHeight(110);
    return list;
}

// A page of the wizard: named, titled, its explanation on top.
class SetupPage : public QWizardPage
{
protected:
    SetupPage(CentreSetupWizard& wizard, const QString& name, const QString& title,
              const QString& explanation)
        : m_wizard(wizard)
        , m_layout(new QVBoxLayout(this))
        , m_explanation(newNote(this, explanation))
    {
        setObjectName(name);
        setTitle(title);
        m_layout->addWidget(m_explanation);
    }

    // Under the page's fields: the button that adds one more (worker, account), the line that
    // says what is wrong, the list of what was added.
    void addAddingFoot(QPushButton* add, const QString& messageName, const char* listName,
                       const QString& listAccessibleName)
    {
        addButtonRow(m_layout, {add});
        m_message = newMessageLine(this, messageName, CentreSetupWizard::tr("What is wrong"));
        m_layout->addWidget(m_message);
        m_list = doneList(listName, listAccessibleName, this);
        m_layout->addWidget(m_list);
    }

    CentreSetupWizard& m_wizard;
    QVBoxLayout* m_layout;
    QLabel* m_explanation;
    QLabel* m_message = nullptr;
    QListWidget* m_list = nullptr;
};

// The centre's name, printed at the top of every document and report.
class CentreNamePage : public SetupPage
{
public:
    explicit CentreNamePage(CentreSetupWizard& wizard)
        : SetupPage(
              wizard, QStringLiteral("centreNamePage"), CentreSetupWizard::tr("The centre"),
              CentreSetupWizard::tr(
                  "The administrator's account is ready. A few steps set the centre up: its name, "
                  "its workers and their accounts. Each step can be skipped and done later.\n\n"
                  "The centre's name is printed at the top of every document and report, e.g. "
                  "\"Miejski Ośrodek Pomocy Społecznej w Przykładowie\". Leave it empty to skip; "
                  "it is also in Settings › Centre Settings…."))
    {
        auto* form = new QFormLayout;
        m_name = newLineEdit(this, QStringLiteral("wizardCentreNameEdit"),
                             CentreSetupWizard::tr("Centre's name"));
        form->addRow(CentreSetupWizard::tr("Centre's &name:"), m_name);
        m_layout->addLayout(form);
        m_message = newMessageLine(this, QStringLiteral("wizardCentreMessage"),
                                   CentreSetupWizard::tr("What is wrong"));
        m_layout->addWidget(m_message);
        m_layout->addStretch(1);
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
        if (Status s = m_wizard.settings().setCentreName(name); !s) {
            m_message->setText(s.error().message);
            return false;
        }
        m_stored = name;
        return true;
    }

private:
    QLineEdit* m_name = nullptr;
    QString m_stored;
};

// The workers, added one by one; at least one is asked for, none is required.
class WorkersPage : public SetupPage
{
public:
    explicit WorkersPage(CentreSetupWizard& wizard)
        : SetupPage(
              wizard, QStringLiteral("workersPage"), CentreSetupWizard::tr("Workers"),
              CentreSetupWizard::tr(
                  "Add the centre's workers: each social worker, family assistant and foster-care "
                  "coordinator who carries cases, and the managers. Add at least one now; the "
                  "others can follow later in the Workers and accounts tab, or from a CSV file "
                  "(File › Import from CSV…). Go on without adding anyone to skip this step."))
    {
        m_fields = new WorkerFields({}, this);
        m_layout->addWidget(m_fields);
        auto* add = newButton(this, CentreSetupWizard::tr("&Add this worker"),
                              QStringLiteral("wizardAddWorkerButton"));
        addAddingFoot(add, QStringLiteral("wizardWorkerMessage"), "wizardWorkersList",
                      CentreSetupWizard::tr("Workers added"));
        connect(add, &QPushButton::clicked, this, [this] { addWorker(); });
    }

private:
    void addWorker()
    {
        auto added = m_wizard.workers().add(m_fields->worker());
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

    WorkerFields* m_fields = nullptr;
};

// The first accounts: one per worker, with the worker's role and a password the person gives.
class AccountsPage : public SetupPage
{
public:
    explicit AccountsPage(CentreSetupWizard& wizard)
        : SetupPage(
              wizard, QStringLiteral("accountsPage"), CentreSetupWizard::tr("Accounts"),
              CentreSetupWizard::tr(
                  "Each worker signs in with an account of their own, which acts as them and has "
                  "their role. Choose the worker, a login and the initial password the person "
                  "gives you (at least %1 characters; nobody else should know it). Go on without "
                  "creating one to skip this step: the Workers and accounts tab gives accounts "
                  "later.")
                  .arg(AccountService::kMinimumPasswordLength))
    {
        auto* form = new QFormLayout;
        m_worker = newComboBox(this, QStringLiteral("wizardAccountWorkerCombo"),
                               CentreSetupWizard::tr("Worker"));
        m_role = new QLabel(this);
        m_role->setObjectName(QStringLiteral("wizardAccountRoleLabel"));
        m_role->setAccessibleName(CentreSetupWizard::tr("Role"));
        m_login = newLineEdit(this, QStringLiteral("wizardAccountLoginEdit"),
                              CentreSetupWizard::tr("Login"));
        m_password = newLineEdit(this, QStringLiteral("wizardAccountPasswordEdit"),
                                 CentreSetupWizard::tr("Password"), QLineEdit::Password);
        m_repeat = newLineEdit(this, QStringLiteral("wizardAccountRepeatEdit"),
                               CentreSetupWizard::tr("Password again"), QLineEdit::Password);
        form->addRow(CentreSetupWizard::tr("&Worker:"), m_worker);
        form->addRow(CentreSetupWizard::tr("Role:"), m_role);
        form->addRow(CentreSetupWizard::tr("&Login:"), m_login);
        form->addRow(CentreSetupWizard::tr("&Password:"), m_password);
        form->addRow(CentreSetupWizard::tr("Password a&gain:"), m_repeat);
        m_layout->addLayout(form);
        m_create = newButton(this, CentreSetupWizard::tr("&Create this account"),
                             QStringLiteral("wizardCreateAccountButton"));
        addAddingFoot(m_create, QStringLiteral("wizardAccountMessage"), "wizardAccountsList",
                      CentreSetupWizard::tr("Accounts created"));
        connect(m_worker, &QComboBox::currentIndexChanged, this, [this] { workerChosen(); });
        connect(m_create, &QPushButton::clicked, this, [this] { createAccount(); });
    }

    void initializePage() override { fillWorkers(); }

private:
    // The workers that have no account yet: those added now and any already in the database.
    void fillWorkers()
    {
        m_worker->clear();
        auto workers = m_wizard.workers().workers();
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
        auto added = m_wizard.accounts().addAccount(account);
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

    QHash<qint64, Worker> m_workers;
    QComboBox* m_worker = nullptr;
    QLabel* m_role = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QPushButton* m_create = nullptr;
};

// What was set up, and what comes next.
class DonePage : public SetupPage
{
public:
    explicit DonePage(CentreSetupWizard& wizard)
        : SetupPage(wizard, QStringLiteral("donePage"), CentreSetupWizard::tr("Ready"), QString())
    {
        // The explanation on top is the summary.
        m_explanation->setObjectName(QStringLiteral("wizardSummaryLabel"));
        m_explanation->setAccessibleName(CentreSetupWizard::tr("Summary"));
        m_layout->addStretch(1);
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
        m_explanation->setText(lines.join(QLatin1Char('\n')));
    }
};

} // namespace

CentreSetupWizard::CentreSetupWizard(const Session& session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_workers(session)
    , m_accounts(session)
    , m_settings(session)
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

void CentreSetupWizard::run(const Session& session, QWidget* parent)
{
    CentreSetupWizard wizard(session, parent);
    const int result = wizard.exec();
    logging::get("ui")->info("first start wizard {}: {} worker(s), {} account(s)",
                             result == QDialog::Accepted ? "finished" : "left",
                             wizard.addedWorkers().size(), wizard.addedAccounts().size());
}

} // namespace opieka::ui
