#include "MainWindow.h"

#include "AppSettings.h"
#include "AssignDialog.h"
#include "AssistantStartService.h"
#include "AssistantStartTab.h"
#include "CaseloadService.h"
#include "CaseloadTab.h"
#include "CentreSettingsDialog.h"
#include "CoordinatorTab.h"
#include "DirectoryService.h"
#include "FamiliesTab.h"
#include "FamilyRecordWindow.h"
#include "FamilyService.h"
#include "FosterCareTab.h"
#include "IdleLock.h"
#include "ImportDialog.h"
#include "LoadOnShow.h"
#include "LocaleFormat.h"
#include "Logging.h"
#include "ManagerStartTab.h"
#include "MyCaseloadService.h"
#include "MyCaseloadTab.h"
#include "NewFamilyDialog.h"
#include "Permissions.h"
#include "ReportPage.h"
#include "ReportsTab.h"
#include "ServerConnectionDialog.h"
#include "SessionGate.h"
#include "SettingsService.h"
#include "TeamService.h"
#include "Theme.h"
#include "TrustActions.h"
#include "WorkersTab.h"
#include "ViewState.h"
#include "Workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextStream>
#include <tuple>

namespace opieka::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Opieka"));
    // The record windows and dialogs take it from here.
    setWindowIcon(QIcon(QStringLiteral(":/icons/opieka.svg")));
    resize(1100, 700);
    // Columns of every named table are remembered from here on (ViewState).
    ViewState::install();
    LocaleFormat::install(); // date fields in the language's format
    createActions();
    createStatusBar();
    auto* placeholder = new QLabel(
        tr("No database is open. Use File › New or Open Database… to choose one."), this);
    placeholder->setObjectName(QStringLiteral("noDatabaseLabel"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    setCentralWidget(placeholder);
    updateStatus();
    ViewState::restoreWindow(this);
}

MainWindow::~MainWindow()
{
    // The tabs and records hold services over the workspace's database: they go first.
    closeRecordWindows();
    delete takeCentralWidget();
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open =
        file->addAction(tr("&New or Open Database…"), this, &MainWindow::chooseDatabase);
    open->setObjectName(QStringLiteral("openDatabaseAction"));
    open->setShortcut(QKeySequence::Open);
    QAction* server =
        file->addAction(tr("Connect to Centre &Server…"), this, &MainWindow::connectToServer);
    server->setObjectName(QStringLiteral("connectServerAction"));
    m_importAction = file->addAction(tr("&Import from CSV…"), this, &MainWindow::importCsv);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_reopenLastAction =
        file->addAction(tr("Reopen &Last Family"), this, &MainWindow::reopenLastFamily);
    m_reopenLastAction->setObjectName(QStringLiteral("reopenLastFamilyAction"));
    m_reopenLastAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_printAction = file->addAction(tr("&Print…"), this, &MainWindow::printCurrent);
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setToolTip(tr("Prints the report the Reports tab shows"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu* cases = menuBar()->addMenu(tr("&Cases"));
    m_newFamilyAction = cases->addAction(tr("&New Family…"), this, &MainWindow::newFamily);
    m_newFamilyAction->setObjectName(QStringLiteral("newFamilyAction"));
    m_newFamilyAction->setShortcut(QKeySequence::New);
    m_assignAction = cases->addAction(tr("&Assign Worker…"), this, &MainWindow::assignWorker);
    m_assignAction->setObjectName(QStringLiteral("assignAction"));
    m_assignAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_findFamilyAction = cases->addAction(tr("&Find Family"), this, &MainWindow::findFamily);
    m_findFamilyAction->setObjectName(QStringLiteral("findFamilyAction"));
    m_findFamilyAction->setShortcut(QKeySequence::Find);
    createViewMenu();

    QMenu* control = menuBar()->addMenu(tr("Con&trol"));
    control->setObjectName(QStringLiteral("controlMenu"));
    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    m_centreSettingsAction =
        settings->addAction(tr("&Centre Settings…"), this, &MainWindow::editCentreSettings);
    m_centreSettingsAction->setObjectName(QStringLiteral("centreSettingsAction"));
    QMenu* language = settings->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(this);
    const AppSettings::Language current = AppSettings::language();
    const QList<QPair<AppSettings::Language, QString>> choices{
        {AppSettings::Language::System, tr("System")},
        // Each language's name in itself, so that a user can find their own.
        {AppSettings::Language::Polish, QStringLiteral("Polski")},
        {AppSettings::Language::English, QStringLiteral("English")},
    };
    for (const auto& [value, label] : choices) {
        QAction* action = language->addAction(label);
        action->setCheckable(true);
        action->setChecked(value == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, value = value] {
            if (value == AppSettings::language())
                return;
            AppSettings::setLanguage(value);
            QMessageBox::information(this, tr("Language"),
                                     tr("The new language is used the next time Opieka starts."));
        });
    }

    m_trust = new TrustActions(*this, file, quit, control, settings);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Opieka"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::createViewMenu()
{
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    m_refreshAction = view->addAction(tr("&Refresh"), this, [this] { refreshLists(); });
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    // F5 alone: the platform's Refresh may add Ctrl+R, which assigns a worker here.
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    QMenu* sections = view->addMenu(tr("&Go To"));
    sections->setObjectName(QStringLiteral("goToMenu"));
    // Ctrl+digit: the tabs' own Alt+letter mnemonics stay as they are.
    for (int index = 0; index < 9; ++index) {
        QAction* action =
            sections->addAction(QString(), this, [this, index] { goToSection(index); });
        action->setObjectName(QStringLiteral("goToSectionAction%1").arg(index + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
        m_sectionActions << action;
    }
    connect(sections, &QMenu::aboutToShow, this, &MainWindow::updateSectionActions);

    QMenu* theme = view->addMenu(tr("&Theme"));
    theme->setObjectName(QStringLiteral("themeMenu"));
    auto* group = new QActionGroup(this);
    const QList<std::tuple<AppSettings::Theme, QString, QString>> choices{
        {AppSettings::Theme::System, tr("Follow the &System"), QStringLiteral("themeSystemAction")},
        {AppSettings::Theme::Light, tr("&Light"), QStringLiteral("themeLightAction")},
        {AppSettings::Theme::Dark, tr("&Dark"), QStringLiteral("themeDarkAction")},
    };
    const AppSettings::Theme current = AppSettings::theme();
    for (const auto& [value, label, name] : choices) {
        QAction* action = theme->addAction(label);
        action->setObjectName(name);
        action->setCheckable(true);
        action->setChecked(value == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [value = value] {
            AppSettings::setTheme(value);
            Theme::apply(value);
        });
    }
}

void MainWindow::updateSectionActions()
{
    QList<int> visible;
    for (int index = 0; m_tabs && index < m_tabs->count(); ++index)
        if (m_tabs->isTabVisible(index))
            visible << index;
    for (int n = 0; n < m_sectionActions.size(); ++n) {
        QAction* action = m_sectionActions.at(n);
        const bool exists = n < visible.size();
        // As many as there are tabs the role sees; the others neither show nor fire.
        action->setText(exists ? m_tabs->tabText(visible.at(n)) : tr("(none)"));
        action->setEnabled(exists);
        action->setVisible(exists);
    }
}

void MainWindow::goToSection(int visibleIndex)
{
    if (!m_tabs)
        return;
    int seen = 0;
    for (int index = 0; index < m_tabs->count(); ++index) {
        if (!m_tabs->isTabVisible(index))
            continue;
        if (seen++ == visibleIndex) {
            m_tabs->setCurrentIndex(index);
            return;
        }
    }
}

void MainWindow::createStatusBar()
{
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);
}

bool MainWindow::openDatabase(const QString& path)
{
    auto log = logging::get("ui");
    auto opened = Workspace::open(path, Database::OpenMode::CreateIfMissing);
    if (!opened) {
        log->warn("database could not be opened");
        showError(tr("Cannot open the database"), opened.error().message);
        return false;
    }
    return startSession(std::move(*opened), path);
}

bool MainWindow::startSession(std::unique_ptr<Workspace> workspace, const QString& path)
{
    auto log = logging::get("ui");
    // Who works in the window: the first run's administrator, a signed-in account, or (while no
    // account has a password) the first administrator.
    auto signedIn = SessionGate::begin(*workspace, this, !m_headless);
    if (!signedIn) {
        log->warn("no acting user in the database");
        showError(tr("Cannot open the database"), signedIn.error().message);
        return false;
    }
    if (!*signedIn)
        return false; // the person cancelled: the open database stays as it was
    const std::optional<User> actor = *signedIn;

    // The old tabs and records refer to the old workspace: replace them before it goes.
    closeRecordWindows();
    std::unique_ptr<Workspace> previous = std::move(m_workspace);
    m_workspace = std::move(workspace);
    m_actor = *actor;
    m_databasePath = path;
    m_idleLock.reset();
    if (!m_headless && AppSettings::idleLockMinutes() > 0)
        m_idleLock = std::make_unique<IdleLock>(*m_workspace, m_actor,
                                                AppSettings::idleLockMinutes() * 60 * 1000);
    showWorkspace();
    previous.reset();
    updateStatus();
    m_trust->sessionStarted(!m_headless);
    log->info("database opened in the main window");
    return true;
}

void MainWindow::showWorkspace()
{
    const int currentTab = m_tabs ? m_tabs->currentIndex() : 0;
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("mainTabs"));
    tabs->setAccessibleName(tr("Main sections"));
    Database& database = m_workspace->database();
    m_familiesTab =
        new FamiliesTab(DirectoryService(database), TeamService(database), m_actor, tabs);
    m_caseloadTab = new CaseloadTab(CaseloadService(database), tabs);
    m_myCaseloadTab =
        new MyCaseloadTab(MyCaseloadService(database), DirectoryService(database), m_actor, tabs);
    // A worker starts on their own caseload; the administrator on the families list.
    if (m_actor.workerId)
        tabs->addTab(m_myCaseloadTab, tr("&My caseload"));
    tabs->addTab(m_familiesTab, tr("&Families"));
    tabs->addTab(m_caseloadTab, tr("Case&load"));
    if (!m_actor.workerId)
        tabs->addTab(m_myCaseloadTab, tr("&My caseload"));
    m_assistantStartTab = new AssistantStartTab(AssistantStartService(database),
                                                DirectoryService(database), m_actor, tabs);
    tabs->addTab(m_assistantStartTab, tr("&Assistant's desk"));
    connect(m_assistantStartTab, &AssistantStartTab::openFamilyRequested, this,
            &MainWindow::openFamily);
    connect(m_assistantStartTab, &AssistantStartTab::loadFailed, this,
            [this](const QString& message) {
                showError(tr("Cannot read the assistant's desk"), message);
            });
    m_fosterCareTab = new FosterCareTab(*m_workspace, m_actor, tabs);
    m_coordinatorTab = new CoordinatorTab(CoordinatorStartService(database),
                                          DirectoryService(database), m_actor, tabs);
    tabs->addTab(m_fosterCareTab, tr("F&oster care"));
    tabs->addTab(m_coordinatorTab, tr("Coor&dinator"));
    // The foster-care tab has just reloaded itself, keeping its selection.
    connect(m_fosterCareTab, &FosterCareTab::changed, this,
            [this] { refreshLists(m_fosterCareTab); });
    connect(m_fosterCareTab, &FosterCareTab::loadFailed, this, [this](const QString& message) {
        showError(tr("Cannot read the foster families"), message);
    });
    connect(m_coordinatorTab, &CoordinatorTab::loadFailed, this, [this](const QString& message) {
        showError(tr("Cannot read the coordinator's page"), message);
    });
    connect(m_coordinatorTab, &CoordinatorTab::showFosterFamilyRequested, this,
            &MainWindow::showFosterFamily);
    addManagerTabs(tabs);
    showTabsForRole(tabs);
    WorkersTab::install(*this, tabs, database, m_actor); // managers', administrators' first
    // A tab reads the database when it is first shown: the hidden ones cost nothing at start.
    m_tabLoaders.clear();
    m_tabLoaders << new LoadOnShow(m_caseloadTab, [tab = m_caseloadTab] { tab->refresh(); })
                 << new LoadOnShow(m_myCaseloadTab, [tab = m_myCaseloadTab] { tab->refresh(); })
                 << new LoadOnShow(m_assistantStartTab,
                                   [tab = m_assistantStartTab] { tab->refresh(); })
                 << new LoadOnShow(m_fosterCareTab, [tab = m_fosterCareTab] { tab->refresh(); })
                 << new LoadOnShow(m_coordinatorTab, [tab = m_coordinatorTab] { tab->refresh(); });
    tabs->setCurrentIndex(currentTab);
    connect(m_familiesTab, &FamiliesTab::assignRequested, this, &MainWindow::assignWorker);
    connect(m_familiesTab, &FamiliesTab::newFamilyRequested, this, &MainWindow::newFamily);
    connect(m_familiesTab, &FamiliesTab::openRequested, this, &MainWindow::openFamily);
    connect(m_myCaseloadTab, &MyCaseloadTab::openFamilyRequested, this, &MainWindow::openFamily);
    connect(m_myCaseloadTab, &MyCaseloadTab::loadFailed, this,
            [this](const QString& message) { showError(tr("Cannot read my caseload"), message); });
    connect(m_familiesTab, &FamiliesTab::loadFailed, this,
            [this](const QString& message) { showError(tr("Cannot read the families"), message); });
    connect(m_caseloadTab, &CaseloadTab::loadFailed, this, [this](const QString& message) {
        showError(tr("Cannot read the caseload report"), message);
    });
    delete takeCentralWidget();
    m_tabs = tabs;
    setCentralWidget(tabs);
}

// Each role sees the desks of its daily work (the services refuse the others anyway): a manager
// every desk, with a worker picker; an administrator no case at all.
void MainWindow::showTabsForRole(QTabWidget* tabs)
{
    const Role role = m_actor.role;
    const bool manager = role == Role::Manager;
    auto show = [tabs](QWidget* tab, bool visible) {
        tabs->setTabVisible(tabs->indexOf(tab), visible);
    };
    show(m_myCaseloadTab, manager || role == Role::SocialWorker);
    show(m_assistantStartTab, manager || role == Role::FamilyAssistant);
    show(m_fosterCareTab, manager || role == Role::FosterCareCoordinator);
    show(m_coordinatorTab, manager || role == Role::FosterCareCoordinator);
    show(m_familiesTab, role != Role::Administrator);
}

// A manager starts on the centre at a glance and has the reports beside the caseload.
void MainWindow::addManagerTabs(QTabWidget* tabs)
{
    m_reportsTab = nullptr;
    m_managerStartTab = nullptr;
    if (!ReportsTab::isFor(m_actor))
        return;
    Database& database = m_workspace->database();
    m_reportsTab = new ReportsTab(database, m_actor, tabs);
    tabs->insertTab(tabs->indexOf(m_caseloadTab) + 1, m_reportsTab, tr("&Reports"));
    connect(m_reportsTab, &ReportsTab::openFamilyRequested, this, &MainWindow::openFamily);
    connect(m_reportsTab, &ReportsTab::showFosterFamilyRequested, this,
            &MainWindow::showFosterFamily);
    // The centre at a glance counts every worker's overdue items: a manager's page.
    if (!Permissions::mayReadDeadlines(m_actor))
        return;
    m_managerStartTab = new ManagerStartTab(database, m_actor, tabs);
    tabs->insertTab(0, m_managerStartTab, tr("Centre at a &glance"));
    connect(m_managerStartTab, &ManagerStartTab::openFamilyRequested, this,
            &MainWindow::openFamily);
    connect(m_managerStartTab, &ManagerStartTab::showFosterFamilyRequested, this,
            &MainWindow::showFosterFamily);
    connect(m_managerStartTab, &ManagerStartTab::showCaseloadRequested, this,
            [this](std::optional<Role> role) {
                m_tabs->setCurrentWidget(m_reportsTab);
                m_reportsTab->showCaseload(role);
            });
    connect(m_managerStartTab, &ManagerStartTab::showDeadlinesRequested, this, [this] {
        m_tabs->setCurrentWidget(m_reportsTab);
        m_reportsTab->showDeadlines();
    });
}

void MainWindow::showFosterFamily(qint64 fosterFamilyId)
{
    m_tabs->setCurrentWidget(m_fosterCareTab);
    m_fosterCareTab->selectFosterFamily(fosterFamilyId);
}

void MainWindow::importCsv()
{
    if (!m_workspace)
        return;
    ImportDialog dialog(m_workspace->database().location(), m_actor, this);
    connect(&dialog, &ImportDialog::imported, this, [this] { refreshLists(); });
    dialog.exec();
}

void MainWindow::assignWorker()
{
    if (!m_workspace) {
        showError(tr("No database"), tr("Open a database first (File › New or Open Database…)."));
        return;
    }
    AssignDialog dialog(*m_workspace, m_actor, m_familiesTab->selectedFamilyId(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Assignment %1 saved.").arg(dialog.assignmentId()), 5000);
    refreshLists();
}

QList<FamilyRecordWindow*> MainWindow::recordWindows() const
{
    QList<FamilyRecordWindow*> open;
    for (const QPointer<FamilyRecordWindow>& record : m_records)
        if (record)
            open << record.data();
    return open;
}

FamilyRecordWindow* MainWindow::openFamily(qint64 familyId)
{
    if (!m_workspace || familyId <= 0)
        return nullptr;
    for (FamilyRecordWindow* record : recordWindows())
        if (record->familyId() == familyId) {
            record->show();
            record->raise();
            record->activateWindow();
            return record;
        }
    // The services refuse a case outside the account's reach; the refusal says why. Opening from
    // outside the family's team is recorded in the audit here.
    if (auto opened = FamilyService(m_workspace->database()).open(m_actor, familyId); !opened) {
        showError(tr("Cannot open the family's record"), opened.error().message);
        return nullptr;
    }
    ViewState::setLastFamily(m_databasePath, familyId);
    m_reopenLastAction->setEnabled(true);
    auto* record = new FamilyRecordWindow(*m_workspace, m_actor, familyId, m_headless, this);
    connect(record, &FamilyRecordWindow::familyChanged, this, [this] { refreshLists(); });
    m_records.removeAll(nullptr);
    m_records << record;
    record->show();
    return record;
}

void MainWindow::newFamily()
{
    if (!m_workspace) {
        showError(tr("No database"), tr("Open a database first (File › New or Open Database…)."));
        return;
    }
    NewFamilyDialog dialog(FamilyService(m_workspace->database()), m_actor, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Family %1 opened.").arg(dialog.familyId()), 5000);
    refreshLists();
    openFamily(dialog.familyId());
}

void MainWindow::reopenLastFamily()
{
    if (!m_workspace)
        return;
    // The same way in as any other: FamilyService::open checks the account's reach again.
    if (const qint64 last = ViewState::lastFamily(m_databasePath); last > 0)
        openFamily(last);
}

void MainWindow::printCurrent()
{
    // The reports are what the main window prints; a family's documents print from its record.
    auto* page = m_reportsTab && m_tabs && m_tabs->currentWidget() == m_reportsTab
                     ? qobject_cast<ReportPage*>(m_reportsTab->pages()->currentWidget())
                     : nullptr;
    if (!page || !page->hasReport()) {
        statusBar()->showMessage(
            tr("Nothing to print here: reports print from the Reports tab, a family's documents "
               "from its record."),
            5000);
        return;
    }
    page->printPreview();
}

void MainWindow::findFamily()
{
    if (!m_workspace || !m_familiesTab || !m_tabs ||
        !m_tabs->isTabVisible(m_tabs->indexOf(m_familiesTab)))
        return;
    m_tabs->setCurrentWidget(m_familiesTab);
    if (auto* search = m_familiesTab->findChild<QLineEdit*>(QStringLiteral("searchEdit"))) {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    ViewState::saveWindow(this);
    QMainWindow::closeEvent(event);
}

void MainWindow::editCentreSettings()
{
    if (!m_workspace) {
        showError(tr("No database"), tr("Open a database first (File › New or Open Database…)."));
        return;
    }
    CentreSettingsDialog dialog(SettingsService(m_workspace->database()), m_actor, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Centre settings saved."), 5000);
    refreshLists();
}

void MainWindow::reloadAfterRestore()
{
    if (!m_workspace)
        return;
    auto same = m_workspace->actingUser(m_actor.login);
    if (!same || same->id != m_actor.id || same->role != m_actor.role) {
        // The restored accounts differ: whoever works on must sign in to them.
        logging::get("ui")->info("the signed-in account changed with the restore");
        if (!openDatabase(m_databasePath))
            close();
        return;
    }
    closeRecordWindows();
    m_actor = *same;
    showWorkspace();
    updateStatus();
}

void MainWindow::closeRecordWindows()
{
    // Closing saves what a record's open dialogs hold (drafts) while the database is there.
    for (FamilyRecordWindow* record : recordWindows()) {
        record->close();
        delete record;
    }
    m_records.clear();
}

void MainWindow::refreshLists(const QWidget* alreadyCurrent)
{
    if (!m_workspace)
        return;
    const qint64 selected = m_familiesTab->selectedFamilyId();
    m_familiesTab->reload();
    if (selected != 0)
        m_familiesTab->selectFamily(selected);
    for (LoadOnShow* loader : m_tabLoaders)
        if (loader->parent() != alreadyCurrent)
            loader->invalidate(); // the visible tab at once, the others when next shown
    if (m_managerStartTab)
        m_managerStartTab->refresh();
}

void MainWindow::chooseDatabase()
{
    const bool onServer = m_workspace && !m_workspace->database().dialect().isSqlite();
    const QString start = m_databasePath.isEmpty() || onServer ? QDir::homePath() : m_databasePath;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New or Open Database"), start, tr("Opieka databases (*.sqlite);;All files (*)"),
        nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        openDatabase(path);
}

bool MainWindow::connectToServer()
{
    ServerConnectionDialog dialog(AppSettings::recentServers(), this);
    while (dialog.exec() == QDialog::Accepted) {
        const QString address = dialog.address();
        // In this process's memory only: the window's connection, its reconnections and the
        // report threads' connections use it; settings keep the address alone.
        if (!dialog.password().isEmpty())
            Database::setServerPassword(address, dialog.password());
        auto opened = Workspace::open(address, Database::OpenMode::MustExist);
        if (!opened) {
            Database::setServerPassword(address, QString());
            logging::get("ui")->warn("connecting to the server failed");
            dialog.showProblem(opened.error().message);
            continue;
        }
        AppSettings::addRecentServer(address);
        return startSession(std::move(*opened), address);
    }
    return false;
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Opieka"),
        tr("<h3>Opieka %1</h3><p>Case management for family-support centres: families, "
           "workers and their caseload limits.</p><p>Qt %2</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::showError(const QString& title, const QString& message)
{
    if (m_headless) {
        QTextStream(stderr) << title << QStringLiteral(": ") << message << Qt::endl;
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorMessageBox"));
    box.exec();
}

void MainWindow::updateStatus()
{
    const bool open = m_workspace != nullptr;
    m_assignAction->setEnabled(open);
    m_newFamilyAction->setEnabled(open);
    m_centreSettingsAction->setEnabled(open);
    m_importAction->setVisible(open && Permissions::mayImport(m_actor).ok());
    m_reopenLastAction->setEnabled(open && ViewState::lastFamily(m_databasePath) > 0);
    m_findFamilyAction->setEnabled(open);
    m_printAction->setEnabled(open);
    m_refreshAction->setEnabled(open);
    updateSectionActions();
    const bool onServer = open && !m_workspace->database().dialect().isSqlite();
    m_databaseLabel->setText(
        !open      ? tr("No database open")
        : onServer ? tr("Database: %1 on the server").arg(m_workspace->database().location())
                   : tr("Database: %1").arg(QDir::toNativeSeparators(m_databasePath)));
    m_userLabel->setText(open ? tr("Signed in as: %1").arg(m_actor.login) : QString());
    m_trust->updateVisibility();
    const QString name =
        onServer ? m_workspace->database().serverName() : QFileInfo(m_databasePath).fileName();
    setWindowTitle(open ? tr("Opieka — %1").arg(name) : tr("Opieka"));
}

} // namespace opieka::ui
