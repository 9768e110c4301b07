// A new centre set up in the window without a CSV file (issue 17): from an empty database
// through the first start's wizard (centre's name, workers, their accounts) to the manager
// signing in and assigning a first family to the new social worker; and the Workers and
// accounts tab as an administrator and a manager use it.
#include "AccessibilityCheck.h"
#include "AccountService.h"
#include "AuditRepository.h"
#include "CaseloadModel.h"
#include "CaseloadService.h"
#include "CaseloadTab.h"
#include "FamilyRecordWindow.h"
#include "GuiTestDatabase.h"
#include "MainWindow.h"
#include "ModalHelper.h"
#include "RecordTestHelpers.h"
#include "SettingsService.h"
#include "UserRepository.h"
#include "WorkerRepository.h"
#include "WorkersModel.h"
#include "WorkersTab.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {
const QString kAdminPassword = QStringLiteral("haslo-administratora");
const QString kManagerPassword = QStringLiteral("haslo-kierowniczki-1");
const QString kWorkerPassword = QStringLiteral("haslo-pracownicy-22");

// Anna, a social worker with families 1 .. `families`, in `window` (shown); the accounts have no
// passwords, so the window opens as the manager.
void openWithAnnasFamilies(ui::MainWindow& window, GuiTestDatabase& db, int families)
{
    db.loadStaff({{"Anna", "Testowa", Role::SocialWorker}});
    db.loadFamilies(families);
    db.assign(1, 1, families);
    ASSERT_TRUE(window.openDatabase(db.path()));
    window.show();
}

void fill(QWidget* parent, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(parent, name);
    if (!edit)
        return;
    edit->clear();
    typeText(edit, text);
}

void pick(QWidget* parent, const char* name, const QVariant& data)
{
    auto* combo = child<QComboBox>(parent, name);
    ASSERT_NE(combo, nullptr);
    const int index = combo->findData(data);
    ASSERT_GE(index, 0) << name << ": no " << data.toString().toStdString();
    combo->setCurrentIndex(index);
}

// The worker fields of the wizard's page or the worker dialog.
void typeWorker(QWidget* parent, const QString& first, const QString& last, const char* role,
                double fte)
{
    fill(parent, "workerFirstNameEdit", first);
    fill(parent, "workerLastNameEdit", last);
    pick(parent, "workerRoleCombo", QString::fromLatin1(role));
    child<QDoubleSpinBox>(parent, "workerFteSpin")->setValue(fte);
}

void createAccount(QWizardPage* page, const QString& workerLabelStart, const QString& password)
{
    auto* combo = child<QComboBox>(page, "wizardAccountWorkerCombo");
    ASSERT_NE(combo, nullptr);
    const int index = combo->findText(workerLabelStart, Qt::MatchStartsWith);
    ASSERT_GE(index, 0) << workerLabelStart.toStdString();
    combo->setCurrentIndex(index);
    fill(page, "wizardAccountPasswordEdit", password);
    fill(page, "wizardAccountRepeatEdit", password);
    click(page, "wizardCreateAccountButton");
}

// The first start's wizard, as a new administrator fills it in.
void walkWizard(QWidget* modal)
{
    auto* wizard = qobject_cast<QWizard*>(modal);
    ASSERT_NE(wizard, nullptr) << modal->objectName().toStdString();
    EXPECT_EQ(wizard->objectName(), QStringLiteral("centreSetupWizard"));
    expectNamed(wizard);

    // 1. The centre's name.
    EXPECT_EQ(wizard->currentPage()->objectName(), QStringLiteral("centreNamePage"));
    fill(wizard->currentPage(), "wizardCentreNameEdit",
         QStringLiteral("Ośrodek Pomocy Społecznej w Przykładowie"));
    click(wizard, "wizardNextButton");

    // 2. Workers: a nameless one is refused with a reason; a manager and a social worker added.
    QWizardPage* workers = wizard->currentPage();
    ASSERT_EQ(workers->objectName(), QStringLiteral("workersPage"));
    auto* list = child<QListWidget>(workers, "wizardWorkersList");
    click(workers, "wizardAddWorkerButton");
    EXPECT_TRUE(child<QLabel>(workers, "wizardWorkerMessage")
                    ->text()
                    .contains(QStringLiteral("first name")));
    EXPECT_EQ(list->count(), 0);
    typeWorker(workers, QStringLiteral("Marta"), QStringLiteral("Kierownicza"), "manager", 1.0);
    click(workers, "wizardAddWorkerButton");
    typeWorker(workers, QStringLiteral("Ewa"), QStringLiteral("Próbna"), "social_worker", 0.5);
    click(workers, "wizardAddWorkerButton");
    EXPECT_EQ(list->count(), 2);
    EXPECT_TRUE(child<QLabel>(workers, "wizardWorkerMessage")->text().isEmpty());
    click(wizard, "wizardNextButton");

    // 3. Accounts: the role comes from the worker, the login is offered from the name.
    QWizardPage* accounts = wizard->currentPage();
    ASSERT_EQ(accounts->objectName(), QStringLiteral("accountsPage"));
    auto* combo = child<QComboBox>(accounts, "wizardAccountWorkerCombo");
    combo->setCurrentIndex(combo->findText(QStringLiteral("Ewa"), Qt::MatchStartsWith));
    EXPECT_EQ(child<QLineEdit>(accounts, "wizardAccountLoginEdit")->text(),
              QStringLiteral("eprobna"));
    EXPECT_EQ(child<QLabel>(accounts, "wizardAccountRoleLabel")->text(),
              QStringLiteral("Social worker"));
    fill(accounts, "wizardAccountPasswordEdit", QStringLiteral("krotkie"));
    fill(accounts, "wizardAccountRepeatEdit", QStringLiteral("krotkie"));
    click(accounts, "wizardCreateAccountButton");
    EXPECT_TRUE(
        child<QLabel>(accounts, "wizardAccountMessage")->text().contains(QStringLiteral("10")))
        << "a short password is refused with the rule";
    createAccount(accounts, QStringLiteral("Marta"), kManagerPassword);
    createAccount(accounts, QStringLiteral("Ewa"), kWorkerPassword);
    EXPECT_EQ(child<QListWidget>(accounts, "wizardAccountsList")->count(), 2);
    EXPECT_EQ(combo->count(), 0) << "every worker has an account";
    click(wizard, "wizardNextButton");

    // 4. What was done and what comes next.
    ASSERT_EQ(wizard->currentPage()->objectName(), QStringLiteral("donePage"));
    const QString summary = child<QLabel>(wizard->currentPage(), "wizardSummaryLabel")->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("2 worker"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("2 account"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("Assign"))) << summary.toStdString();
    click(wizard, "wizardFinishButton");
}

QTableView* workersTable(ui::MainWindow& window)
{
    return child<QTableView>(&window, "centreWorkersTable");
}

int rowOf(const QAbstractItemModel* model, const QString& name)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, ui::WorkersModel::NameColumn).data().toString() == name)
            return row;
    return -1;
}
} // namespace

TEST(CentreSetup, FromAnEmptyDatabaseToAFirstAssignedFamilyWithoutACsvFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nowy-osrodek.sqlite"));
    qint64 ewaId = 0;
    {
        ui::MainWindow window;
        bool walked = false;
        whenModal([&](QWidget* modal) {
            ASSERT_EQ(modal->objectName(), QStringLiteral("firstRunDialog"));
            fill(modal, "adminPasswordEdit", kAdminPassword);
            fill(modal, "adminRepeatEdit", kAdminPassword);
            whenModal([&](QWidget* wizard) {
                walkWizard(wizard);
                walked = true;
            });
            QTest::keyClick(modal, Qt::Key_Return);
        });
        ASSERT_TRUE(window.openDatabase(path));
        ASSERT_TRUE(walked);
        EXPECT_EQ(window.actor().role, Role::Administrator);

        // The administrator lands on the workers and their accounts.
        auto* tabs = child<QTabWidget>(&window, "mainTabs");
        ASSERT_NE(tabs, nullptr);
        window.show();
        EXPECT_EQ(tabs->currentWidget()->objectName(), QStringLiteral("workersTab"));
        EXPECT_TRUE(tabs->isTabVisible(tabs->currentIndex()));
        QTableView* table = workersTable(window);
        ASSERT_NE(table, nullptr);
        const int ewa = rowOf(table->model(), QStringLiteral("Ewa Próbna"));
        const int marta = rowOf(table->model(), QStringLiteral("Marta Kierownicza"));
        ASSERT_GE(ewa, 0);
        ASSERT_GE(marta, 0);
        EXPECT_EQ(table->model()->index(ewa, ui::WorkersModel::AccountColumn).data().toString(),
                  QStringLiteral("eprobna"));
        EXPECT_EQ(table->model()->index(marta, ui::WorkersModel::AccountColumn).data().toString(),
                  QStringLiteral("mkierownicza"));
        EXPECT_EQ(table->model()->index(ewa, ui::WorkersModel::FteColumn).data().toString(),
                  QStringLiteral("0.50"));
        auto name = SettingsService(window.session()).centreName();
        ASSERT_TRUE(name.ok());
        EXPECT_EQ(*name, QStringLiteral("Ośrodek Pomocy Społecznej w Przykładowie"));
        auto* menuEntry = child<QAction>(&window, "workersAccountsAction");
        ASSERT_NE(menuEntry, nullptr);
        EXPECT_TRUE(menuEntry->isVisible());
        ewaId = static_cast<ui::WorkersTab*>(tabs->currentWidget())->model()->entry(ewa).worker.id;
    }

    // The manager signs in, opens a first family's case and assigns it to Ewa.
    ui::MainWindow window;
    whenModal([&](QWidget* modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("signInDialog"));
        fill(modal, "loginEdit", QStringLiteral("mkierownicza"));
        fill(modal, "passwordEdit", kManagerPassword);
        QTest::keyClick(modal, Qt::Key_Return);
    });
    ASSERT_TRUE(window.openDatabase(path));
    ASSERT_EQ(window.actor().role, Role::Manager);
    window.show();
    whenModal([&](QWidget* modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("newFamilyDialog"));
        typeText(child<QLineEdit>(modal, "nameEdit"), QStringLiteral("Pierwsza"));
        typeText(child<QLineEdit>(modal, "municipalityEdit"), QStringLiteral("Przykładowo"));
        click(modal, "createButton");
    });
    child<QAction>(&window, "newFamilyAction")->trigger();
    ASSERT_EQ(window.recordWindows().size(), 1);
    const qint64 familyId = window.recordWindows().first()->familyId();
    window.recordWindows().first()->close();

    bool assigned = false;
    whenModal([&](QWidget* modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("assignDialog"));
        child<QSpinBox>(modal, "caseIdSpin")->setValue(static_cast<int>(familyId));
        pick(modal, "workerCombo", ewaId);
        auto* buttons = child<QDialogButtonBox>(modal, "buttonBox");
        QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
        ASSERT_TRUE(ok->isEnabled()) << child<QLabel>(modal, "verdictLabel")->text().toStdString();
        QTest::mouseClick(ok, Qt::LeftButton);
        assigned = true;
    });
    child<QAction>(&window, "assignAction")->trigger();
    ASSERT_TRUE(assigned);
    auto load = CaseloadService(window.session()).workerCaseload(ewaId, QDate::currentDate());
    ASSERT_TRUE(load.ok() && load->has_value());
    EXPECT_EQ((*load)->load.cases, 1);
    EXPECT_EQ((*load)->load.limit, 25) << "half of a social worker's 50";
}

TEST(CentreSetup, AManagerAddsChangesAndEndsAWorkerInTheWorkersTab)
{
    GuiTestDatabase db;
    ui::MainWindow window;
    ASSERT_NO_FATAL_FAILURE(openWithAnnasFamilies(window, db, 30));
    auto* menuEntry = child<QAction>(&window, "workersAccountsAction");
    ASSERT_NE(menuEntry, nullptr);
    ASSERT_TRUE(menuEntry->isVisible());
    menuEntry->trigger();
    auto* tabs = child<QTabWidget>(&window, "mainTabs");
    ASSERT_EQ(tabs->currentWidget()->objectName(), QStringLiteral("workersTab"));
    auto* tab = static_cast<ui::WorkersTab*>(tabs->currentWidget());
    expectNamed(tab);
    EXPECT_FALSE(child<QPushButton>(tab, "createWorkerAccountButton")->isVisible())
        << "accounts are an administrator's";
    QTableView* table = workersTable(window);

    // Add a worker through the dialog.
    whenModal([&](QWidget* modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("workerDialog"));
        expectNamed(modal);
        typeWorker(modal, QStringLiteral("Beata"), QStringLiteral("Nowa"), "family_assistant", 1.0);
        auto* unit = child<QComboBox>(modal, "workerUnitCombo");
        unit->setCurrentText(QStringLiteral("Zespół 2"));
        click(modal, "workerOkButton");
    });
    click(tab, "addWorkerButton");
    const int beata = rowOf(table->model(), QStringLiteral("Beata Nowa"));
    ASSERT_GE(beata, 0);
    EXPECT_EQ(table->model()->index(beata, ui::WorkersModel::UnitColumn).data().toString(),
              QStringLiteral("Zespół 2"));

    // Cutting Anna's FTE to a half with 30 families asks first; saying No keeps it.
    tab->selectWorker(1);
    whenModal([&](QWidget* modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("workerDialog"));
        child<QDoubleSpinBox>(modal, "workerFteSpin")->setValue(0.5);
        whenModal([](QWidget* question) {
            EXPECT_EQ(question->objectName(), QStringLiteral("confirmMessageBox"));
            QTest::keyClick(question, Qt::Key_Return); // No is the default
        });
        click(modal, "workerOkButton");
        auto* message = child<QLabel>(modal, "workerMessage");
        EXPECT_TRUE(message->text().contains(QStringLiteral("30 famil")))
            << message->text().toStdString();
        EXPECT_TRUE(modal->isVisible()) << "the dialog stays open with the reason";
        click(modal, "workerCancelButton");
    });
    click(tab, "editWorkerButton");
    auto anna = WorkerRepository(db.workspace().database()).find(1);
    ASSERT_TRUE(anna.ok() && anna->has_value());
    EXPECT_DOUBLE_EQ((*anna)->fte, 1.0);

    // Ending the employment of a worker who still has families is refused with the reason.
    whenModal([&](QWidget* modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("endEmploymentDialog"));
        expectNamed(modal);
        click(modal, "endEmploymentOkButton");
        const QString message = child<QLabel>(modal, "endEmploymentMessage")->text();
        EXPECT_TRUE(message.contains(QStringLiteral("30 case"))) << message.toStdString();
        click(modal, "endEmploymentCancelButton");
    });
    click(tab, "endEmploymentButton");

    // Beata, with no families, leaves.
    tab->selectWorker(tab->model()->entry(beata).worker.id);
    whenModal([&](QWidget* modal) { click(modal, "endEmploymentOkButton"); });
    click(tab, "endEmploymentButton");
    const QString employment =
        table->model()->index(beata, ui::WorkersModel::EmploymentColumn).data().toString();
    EXPECT_TRUE(employment.startsWith(QStringLiteral("until"))) << employment.toStdString();
    auto audit = AuditRepository(db.workspace().database())
                     .forEntity(QStringLiteral("worker"),
                                QString::number(tab->model()->entry(beata).worker.id));
    ASSERT_TRUE(audit.ok());
    ASSERT_EQ(audit->size(), 2);
    EXPECT_EQ(audit->last().action, QStringLiteral("worker.end_employment"));
}

TEST(CentreSetup, AnAdministratorLinksAndUnlinksAnAccountInTheWorkersTab)
{
    GuiTestDatabase db;
    db.loadStaff({{"Anna", "Testowa", Role::SocialWorker}});
    // The manager gone (directly: AccountService keeps a centre's last confirmed manager, four
    // eyes of issue 18), the window then opens as the administrator.
    ASSERT_TRUE(UserRepository(db.workspace().database()).setActive(db.manager().id, false).ok());
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(db.path()));
    ASSERT_EQ(window.actor().role, Role::Administrator);
    window.show();
    auto* tabs = child<QTabWidget>(&window, "mainTabs");
    ASSERT_EQ(tabs->currentWidget()->objectName(), QStringLiteral("workersTab"));
    auto* tab = static_cast<ui::WorkersTab*>(tabs->currentWidget());
    QTableView* table = workersTable(window);
    tab->selectWorker(1);

    // An account for Anna, from her row: the role is hers and the login is offered.
    whenModal([&](QWidget* modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("newAccountDialog"));
        EXPECT_EQ(child<QLineEdit>(modal, "accountLoginEdit")->text(), QStringLiteral("atestowa"));
        EXPECT_FALSE(child<QComboBox>(modal, "accountRoleCombo")->isEnabled());
        fill(modal, "accountPasswordEdit", kWorkerPassword);
        fill(modal, "accountRepeatEdit", kWorkerPassword);
        click(modal, "newAccountOkButton");
    });
    click(tab, "createWorkerAccountButton");
    EXPECT_EQ(table->model()->index(0, ui::WorkersModel::AccountColumn).data().toString(),
              QStringLiteral("atestowa"));

    // Unlinked (after a question), then linked again from the list of free accounts.
    whenModal([](QWidget* question) {
        ASSERT_EQ(question->objectName(), QStringLiteral("confirmMessageBox"));
        auto* box = qobject_cast<QMessageBox*>(question);
        ASSERT_NE(box, nullptr);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    click(tab, "unlinkAccountButton");
    EXPECT_EQ(table->model()->index(0, ui::WorkersModel::AccountColumn).data().toString(),
              QStringLiteral("no account"));
    whenModal([&](QWidget* modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("linkAccountDialog"));
        expectNamed(modal);
        pick(modal, "linkAccountCombo", QStringLiteral("atestowa"));
        click(modal, "linkAccountOkButton");
    });
    click(tab, "linkAccountButton");
    EXPECT_EQ(table->model()->index(0, ui::WorkersModel::AccountColumn).data().toString(),
              QStringLiteral("atestowa"));
    auto audit = AuditRepository(db.workspace().database()).byUser(db.admin().login);
    ASSERT_TRUE(audit.ok());
    QStringList actions;
    for (const AuditEntry& entry : *audit)
        actions << entry.action;
    EXPECT_TRUE(actions.contains(QStringLiteral("user.unlink_worker")));
    EXPECT_TRUE(actions.contains(QStringLiteral("user.link_worker")));
}

// A worker's FTE changed in the Workers tab shows on the Caseload tab the manager goes back to:
// her limit is the new one, not the figure read before the change.
TEST(CentreSetup, AnFteChangedInTheWorkersTabShowsOnTheCaseloadTab)
{
    GuiTestDatabase db;
    ui::MainWindow window;
    ASSERT_NO_FATAL_FAILURE(openWithAnnasFamilies(window, db, 10));
    auto* tabs = child<QTabWidget>(&window, "mainTabs");
    auto limitShown = [&] {
        tabs->setCurrentWidget(window.caseloadTab());
        QTest::qWait(50);
        auto* table = child<QTableView>(window.caseloadTab(), "caseloadTable");
        int row = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, ui::CaseloadModel::NameColumn).data().toString() ==
                QStringLiteral("Anna Testowa"))
                row = r;
        return row < 0
                   ? QString()
                   : table->model()->index(row, ui::CaseloadModel::LimitColumn).data().toString();
    };
    ASSERT_EQ(limitShown(), QStringLiteral("50"));

    child<QAction>(&window, "workersAccountsAction")->trigger();
    auto* tab = static_cast<ui::WorkersTab*>(tabs->currentWidget());
    tab->selectWorker(1);
    whenModal([&](QWidget* modal) {
        child<QDoubleSpinBox>(modal, "workerFteSpin")->setValue(0.5);
        click(modal, "workerOkButton");
    });
    click(tab, "editWorkerButton");
    auto anna = WorkerRepository(db.workspace().database()).find(1);
    ASSERT_TRUE(anna.ok() && anna->has_value());
    ASSERT_DOUBLE_EQ((*anna)->fte, 0.5);

    EXPECT_EQ(limitShown(), QStringLiteral("25")) << "the Caseload tab still shows the old limit";
}
