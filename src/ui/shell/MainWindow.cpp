#include "MainWindow.h"

#include "AppSettings.h"
#include "AssignDialog.h"
#include "AssistantDeskService.h"
#include "AssistantDeskTab.h"
#include "CaseloadLimitsDialog.h"
#include "CaseloadService.h"
#include "CaseloadTab.h"
#include "CentrePartnersDialog.h"
#include "CentreSettingsDialog.h"
#include "Clock.h"
#include "CoordinatorDeskTab.h"
#include "DirectoryService.h"
#include "DuplicatesTab.h"
#include "ExchangeTab.h"
#include "FamiliesTab.h"
#include "FamilyRecordWindow.h"
#include "FamilyService.h"
#include "FieldCopyActions.h"
#include "FosterCareTab.h"
#include "IdleLock.h"
#include "ImportDialog.h"
#include "LoadOnShow.h"
#include "LocaleFormat.h"
#include "Logging.h"
#include "ManagerDeskTab.h"
#include "Messages.h"
#include "NewFamilyDialog.h"
#include "ReportPage.h"
#include "ReportsTab.h"
#include "ServerConnectionDialog.h"
#include "SessionGate.h"
#include "SettingsService.h"
#include "SignInService.h"
#include "SocialWorkerDeskService.h"
#include "SocialWorkerDeskTab.h"
#include "TeamService.h"
#include "Theme.h"
#include "TrustActions.h"
#include "UserGuide.h"
#include "ViewState.h"
#include "WindowSize.h"
#include "WorkersTab.h"
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
#include <QTimer>
#include <functional>
#include <tuple>

namespace opieka::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Opieka"));
    // The record windows and dialogs take it from here.
    setWindowIcon(QIcon(QStringLiteral(":/icons/opieka.svg")));
    resizeToFitScreen(this, QSize(1100, 700));
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
    m_caseloadLimitsAction =
        settings->addAction(tr("Caseload &Limits…"), this, &MainWindow::showCaseloadLimits);
    m_caseloadLimitsAction->setObjectName(QStringLiteral("caseloadLimitsAction"));
    m_centrePartnersAction = settings->addAction(tr("Centre &Identity and Partners…"), this,
                                                 &MainWindow::showCentrePartners);
    m_centrePartnersAction->setObjectName(QStringLiteral("centrePartnersAction"));
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
    m_field = new FieldCopyActions(*this, file, m_importAction); // issue 23
    createSessionActions(file, quit);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User Guide"), this, &MainWindow::openUserGuide);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction* about = help->addAction(tr("&About Opieka"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
}

// A shared office computer: the next person signs in, the present one steps away.
void MainWindow::createSessionActions(QMenu* file, QAction* before)
{
    m_signInAction = new QAction(tr("Si&gn In…"), this);
    m_signInAction->setObjectName(QStringLiteral("signInAction"));
    connect(m_signInAction, &QAction::triggered, this, &MainWindow::signIn);
    m_signOutAction = new QAction(tr("Sign O&ut"), this);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    m_switchUserAction = new QAction(tr("S&witch User…"), this);
    m_switchUserAction->setObjectName(QStringLiteral("switchUserAction"));
    connect(m_switchUserAction, &QAction::triggered, this, &MainWindow::switchUser);
    m_lockAction = new QAction(tr("Loc&k Now"), this);
    m_lockAction->setObjectName(QStringLiteral("lockNowAction"));
    // Not Ctrl+L: a family record logs a contact with it. From every window of the program.
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockNow);
    file->insertSeparator(before);
    for (QAction* action : {m_signInAction, m_signOutAction, m_switchUserAction, m_lockAction})
        file->insertAction(before, action);
    file->insertSeparator(before);
}

void MainWindow::updateSessionActions()
{
    // Without passwords the database opens as its first manager again at once: nothing to sign
    // out of, nothing to lock.
    bool passwords = false;
    if (Workspace* workspace = m_workspace ? m_workspace.get() : m_signedOutWorkspace.get())
        if (auto any = SignInService(workspace->database()).anyPasswordSet(); any)
            passwords = *any;
    const bool signedIn = m_workspace != nullptr;
    m_signInAction->setVisible(!signedIn && m_signedOutWorkspace != nullptr);
    m_signOutAction->setEnabled(signedIn && passwords);
    m_switchUserAction->setEnabled(signedIn && passwords);
    m_lockAction->setEnabled(signedIn && m_idleLock && m_idleLock->canLock());
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
    if (!FieldCopyActions::unlockToOpen(path, this))
        return false; // a field copy whose passphrase was not given: what was open stays
    auto opened = Workspace::open(path, Workspace::OpenMode::CreateIfMissing);
    if (!opened) {
        log->warn("database could not be opened");
        ui::showError(this, tr("Cannot open the database"), opened.error().message);
        return false;
    }
    return startSession(std::move(*opened), path);
}

bool MainWindow::startSession(std::unique_ptr<Workspace> workspace, const QString& path)
{
    auto log = logging::get("ui");
    // Another database replaces this one: its records close first, asking about what is unsaved.
    if (!closeRecordsAsking())
        return false;
    // Who works in the window: the first run's administrator, a signed-in account, or (while no
    // account has a password) the first administrator.
    auto signedIn = SessionGate::begin(*workspace, this, true);
    if (!signedIn) {
        log->warn("no acting user in the database");
        ui::showError(this, tr("Cannot open the database"), signedIn.error().message);
        return false;
    }
    if (!*signedIn)
        return false; // the person cancelled: the open database stays as it was
    enterSession(std::move(workspace), path, **signedIn);
    log->info("database opened in the main window");
    return true;
}

void MainWindow::enterSession(std::unique_ptr<Workspace> workspace, const QString& path,
                              const User& actor)
{
    // The old tabs and records refer to the old workspace: replace them before it goes.
    closeRecordWindows();
    std::unique_ptr<Workspace> previous = std::move(m_workspace);
    std::unique_ptr<Workspace> signedOut = std::move(m_signedOutWorkspace);
    m_workspace = std::move(workspace);
    m_actor = actor;
    m_databasePath = path;
    m_idleLock.reset();
    // Idle minutes 0: no lock after idle time, but File › Lock now still locks.
    m_idleLock = std::make_unique<IdleLock>(*m_workspace, m_actor,
                                            AppSettings::idleLockMinutes() * 60 * 1000);
    m_field->sessionStarted();
    showWorkspace();
    previous.reset();
    signedOut.reset();
    updateStatus();
    m_trust->sessionStarted();
}

bool MainWindow::endSession()
{
    if (!m_workspace || !closeRecordsAsking())
        return false;
    closeRecordWindows();
    m_idleLock.reset();
    m_pendingErrors.clear();
    logging::get("ui")->info("account {} signed out", m_actor.id);
    // Nothing of the account's work stays on screen: the tabs go with their data.
    m_tabLoaders.clear();
    m_tabs = nullptr;
    m_familiesTab = nullptr;
    m_caseloadTab = nullptr;
    m_socialWorkerDeskTab = nullptr;
    m_assistantDeskTab = nullptr;
    m_fosterCareTab = nullptr;
    m_coordinatorDeskTab = nullptr;
    m_reportsTab = nullptr;
    m_managerDeskTab = nullptr;
    auto* placeholder =
        new QLabel(tr("No one is signed in. Use File › Sign In… to continue."), this);
    placeholder->setObjectName(QStringLiteral("signedOutLabel"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    delete takeCentralWidget();
    setCentralWidget(placeholder);
    m_signedOutWorkspace = std::move(m_workspace);
    m_actor = User{};
    updateStatus();
    return true;
}

bool MainWindow::signInAgain(bool offerRemembered)
{
    if (!m_signedOutWorkspace)
        return false;
    auto signedIn = SessionGate::begin(*m_signedOutWorkspace, this, true, offerRemembered);
    if (!signedIn) {
        ui::showError(this, tr("Cannot sign in"), signedIn.error().message);
        return false;
    }
    if (!*signedIn)
        return false; // cancelled: no one is signed in, the window says how to sign in
    enterSession(std::move(m_signedOutWorkspace), m_databasePath, **signedIn);
    return true;
}

bool MainWindow::signOut()
{
    return endSession() && signInAgain(true);
}

bool MainWindow::switchUser()
{
    return endSession() && signInAgain(false);
}

bool MainWindow::signIn()
{
    return signInAgain(true);
}

void MainWindow::lockNow()
{
    if (m_idleLock && m_idleLock->canLock())
        m_idleLock->lockNow();
}

void MainWindow::openUserGuide()
{
    UserGuide::open(this);
}

void MainWindow::showWorkspace(bool keepCurrentTab)
{
    const int currentTab = keepCurrentTab && m_tabs ? m_tabs->currentIndex() : -1;
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("mainTabs"));
    tabs->setAccessibleName(tr("Main sections"));
    m_familiesTab = new FamiliesTab(DirectoryService(session()), TeamService(session()), tabs);
    m_caseloadTab = new CaseloadTab(CaseloadService(session()), tabs);
    m_socialWorkerDeskTab = new SocialWorkerDeskTab(session(), tabs);
    // A worker starts on their own caseload; the administrator on the families list.
    if (m_actor.workerId)
        tabs->addTab(m_socialWorkerDeskTab, tr("&My caseload"));
    tabs->addTab(m_familiesTab, tr("&Families"));
    tabs->addTab(m_caseloadTab, tr("Case&load"));
    if (!m_actor.workerId)
        tabs->addTab(m_socialWorkerDeskTab, tr("&My caseload"));
    m_assistantDeskTab = new AssistantDeskTab(session(), tabs);
    tabs->addTab(m_assistantDeskTab, tr("&Assistant's desk"));
    connect(m_assistantDeskTab, &AssistantDeskTab::openFamilyRequested, this,
            &MainWindow::openFamily);
    connect(m_assistantDeskTab, &AssistantDeskTab::loadFailed, this,
            [this](const QString& message) {
                reportLoadFailure(tr("Cannot read the assistant's desk"), message);
            });
    m_fosterCareTab = new FosterCareTab(session(), tabs);
    m_coordinatorDeskTab = new CoordinatorDeskTab(session(), tabs);
    tabs->addTab(m_fosterCareTab, tr("F&oster care"));
    tabs->addTab(m_coordinatorDeskTab, tr("Coor&dinator"));
    // The foster-care tab has just reloaded itself, keeping its selection.
    connect(m_fosterCareTab, &FosterCareTab::changed, this,
            [this] { refreshLists(m_fosterCareTab); });
    connect(m_fosterCareTab, &FosterCareTab::loadFailed, this, [this](const QString& message) {
        reportLoadFailure(tr("Cannot read the foster families"), message);
    });
    connect(m_coordinatorDeskTab, &CoordinatorDeskTab::loadFailed, this,
            [this](const QString& message) {
                reportLoadFailure(tr("Cannot read the coordinator's page"), message);
            });
    connect(m_coordinatorDeskTab, &CoordinatorDeskTab::showFosterFamilyRequested, this,
            &MainWindow::showFosterFamily);
    // A notice recorded on the desk: the register and the deadlines show the same items.
    connect(m_coordinatorDeskTab, &CoordinatorDeskTab::changed, this,
            [this] { refreshLists(m_coordinatorDeskTab); });
    addManagerTabs(tabs);
    showTabsForRole(tabs);
    // Managers' and administrators' (first for the latter). A worker changed there (an FTE, a
    // unit, the end of employment) changes the limits and lists the other tabs show.
    if (WorkersTab* workers = WorkersTab::install(*this, tabs, session()))
        connect(workers, &WorkersTab::changed, this, [this, workers] { refreshLists(workers); });
    createTabLoaders();
    addDuplicatesTab(tabs);
    // Cases › Exchange with Partner Centres… (issue 22): a tab of its own, opened when needed.
    if (ExchangeTab* exchange = ExchangeTab::install(*this, tabs, session())) {
        connect(exchange, &ExchangeTab::familiesChanged, this,
                [this, exchange] { refreshLists(exchange); });
        connect(exchange, &ExchangeTab::openFamilyRequested, this, &MainWindow::openFamily);
        connect(exchange, &ExchangeTab::statusMessage, this,
                [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    }
    // The role's own desk (or, after a restore, the tab shown before when the role sees it):
    // never a hidden tab, whose page would be shown and loaded without its tab.
    if (currentTab >= 0 && currentTab < tabs->count() && tabs->isTabVisible(currentTab))
        tabs->setCurrentIndex(currentTab);
    else if (QWidget* landing = landingTab(tabs))
        tabs->setCurrentWidget(landing);
    connect(m_familiesTab, &FamiliesTab::assignRequested, this, &MainWindow::assignWorker);
    connect(m_familiesTab, &FamiliesTab::newFamilyRequested, this, &MainWindow::newFamily);
    connect(m_familiesTab, &FamiliesTab::openRequested, this, &MainWindow::openFamily);
    connect(m_socialWorkerDeskTab, &SocialWorkerDeskTab::openFamilyRequested, this,
            &MainWindow::openFamily);
    connect(m_socialWorkerDeskTab, &SocialWorkerDeskTab::loadFailed, this,
            [this](const QString& message) {
                reportLoadFailure(tr("Cannot read my caseload"), message);
            });
    connect(m_familiesTab, &FamiliesTab::loadFailed, this, [this](const QString& message) {
        reportLoadFailure(tr("Cannot read the families"), message);
    });
    connect(m_caseloadTab, &CaseloadTab::loadFailed, this, [this](const QString& message) {
        reportLoadFailure(tr("Cannot read the caseload report"), message);
    });
    delete takeCentralWidget();
    m_tabs = tabs;
    setCentralWidget(tabs);
}

// Each role sees the desks of its daily work (the services refuse the others anyway): a manager
// every desk, with a worker picker; an administrator no case at all.
void MainWindow::showTabsForRole(QTabWidget* tabs)
{
    const QList<QWidget*> roleTabs{m_socialWorkerDeskTab, m_assistantDeskTab, m_fosterCareTab,
                                   m_coordinatorDeskTab,  m_familiesTab,      m_caseloadTab};
    for (QWidget* tab : roleTabs)
        tabs->setTabVisible(tabs->indexOf(tab), roleReads(tab));
}

bool MainWindow::hasDatabaseOrSay()
{
    if (m_workspace)
        return true;
    ui::showError(this, tr("No database"),
                  tr("Open a database first (File › New or Open Database…)."));
    return false;
}

Session MainWindow::session() const
{
    return Session(m_workspace->database(), m_actor);
}

bool MainWindow::roleReads(const QWidget* tab) const
{
    if (!m_workspace)
        return false; // no one is signed in
    const Role role = m_actor.role;
    const bool manager = role == Role::Manager;
    // A desk is a worker's own start page: only for an account linked to a worker of the desk's
    // role (the services refuse other workers' pages to everyone but managers).
    const Session now = session();
    if (tab == m_socialWorkerDeskTab)
        return now.hasDesk(Role::SocialWorker);
    if (tab == m_assistantDeskTab)
        return now.hasDesk(Role::FamilyAssistant);
    if (tab == m_coordinatorDeskTab)
        return now.hasDesk(Role::FosterCareCoordinator);
    if (tab == m_fosterCareTab)
        return manager || role == Role::FosterCareCoordinator;
    if (tab == m_familiesTab)
        return role != Role::Administrator;
    // Every worker's caseload is a report, as the CLI's `caseload` says.
    if (tab == m_caseloadTab)
        return static_cast<bool>(now.may(Capability::ReadReports));
    return tab != nullptr; // the manager's tabs: built only for who reads them
}

QWidget* MainWindow::landingTab(const QTabWidget* tabs) const
{
    QWidget* desk = nullptr;
    switch (m_actor.role) {
    case Role::Manager:
        desk = m_managerDeskTab;
        break;
    case Role::SocialWorker:
        desk = m_socialWorkerDeskTab;
        break;
    case Role::FamilyAssistant:
        desk = m_assistantDeskTab;
        break;
    case Role::FosterCareCoordinator:
        desk = m_coordinatorDeskTab;
        break;
    case Role::Administrator:
        break; // no case: the first tab it sees
    }
    if (desk && tabs->isTabVisible(tabs->indexOf(desk)))
        return desk;
    for (int index = 0; index < tabs->count(); ++index)
        if (tabs->isTabVisible(index))
            return tabs->widget(index);
    return nullptr;
}

void MainWindow::createTabLoaders()
{
    // A tab reads the database when it is first shown: the hidden ones cost nothing at start,
    // and one the role may not read is never read at all.
    m_tabLoaders.clear();
    const QList<QPair<QWidget*, std::function<void()>>> loads{
        {m_caseloadTab, [tab = m_caseloadTab] { tab->refresh(); }},
        {m_socialWorkerDeskTab, [tab = m_socialWorkerDeskTab] { tab->refresh(); }},
        {m_assistantDeskTab, [tab = m_assistantDeskTab] { tab->refresh(); }},
        {m_fosterCareTab, [tab = m_fosterCareTab] { tab->refresh(); }},
        {m_coordinatorDeskTab, [tab = m_coordinatorDeskTab] { tab->refresh(); }},
    };
    for (const auto& [tab, load] : loads)
        if (roleReads(tab))
            m_tabLoaders << new LoadOnShow(tab, load);
}

// A manager starts on the centre at a glance and has the reports beside the caseload.
void MainWindow::addManagerTabs(QTabWidget* tabs)
{
    m_reportsTab = nullptr;
    m_managerDeskTab = nullptr;
    const Session now = session();
    if (!ReportsTab::isFor(now))
        return;
    m_reportsTab = new ReportsTab(now, tabs);
    tabs->insertTab(tabs->indexOf(m_caseloadTab) + 1, m_reportsTab, tr("&Reports"));
    connect(m_reportsTab, &ReportsTab::openFamilyRequested, this, &MainWindow::openFamily);
    connect(m_reportsTab, &ReportsTab::showFosterFamilyRequested, this,
            &MainWindow::showFosterFamily);
    // The centre at a glance counts every worker's overdue items: a manager's page.
    if (!now.may(Capability::ReadDeadlines))
        return;
    m_managerDeskTab = new ManagerDeskTab(now, tabs);
    tabs->insertTab(0, m_managerDeskTab, tr("Centre at a &glance"));
    connect(m_managerDeskTab, &ManagerDeskTab::openFamilyRequested, this, &MainWindow::openFamily);
    connect(m_managerDeskTab, &ManagerDeskTab::showFosterFamilyRequested, this,
            &MainWindow::showFosterFamily);
    connect(m_managerDeskTab, &ManagerDeskTab::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    connect(m_managerDeskTab, &ManagerDeskTab::showCaseloadRequested, this,
            [this](std::optional<Role> role) {
                m_tabs->setCurrentWidget(m_reportsTab);
                m_reportsTab->showCaseload(role);
            });
    connect(m_managerDeskTab, &ManagerDeskTab::showDeadlinesRequested, this, [this] {
        m_tabs->setCurrentWidget(m_reportsTab);
        m_reportsTab->showDeadlines();
    });
}

// A manager's likely duplicates (Cases › Likely Duplicates…). A merge removes one of two records:
// the records open on either family close first, asking about what is unsaved, and the lists
// read again after it.
void MainWindow::addDuplicatesTab(QTabWidget* tabs)
{
    DuplicatesTab* duplicates = DuplicatesTab::install(*this, tabs, session());
    if (!duplicates)
        return;
    m_tabLoaders << new LoadOnShow(duplicates, [duplicates] { duplicates->refresh(); });
    duplicates->setCloseRecords([this](const QList<qint64>& familyIds) {
        for (FamilyRecordWindow* record : recordWindows())
            if (familyIds.contains(record->familyId()) && !record->close())
                return false;
        return true;
    });
    connect(duplicates, &DuplicatesTab::merged, this,
            [this, duplicates] { refreshLists(duplicates); });
    connect(duplicates, &DuplicatesTab::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
}

void MainWindow::showFosterFamily(qint64 fosterFamilyId)
{
    if (!m_tabs || !m_fosterCareTab || !roleReads(m_fosterCareTab))
        return; // the foster-care register is the coordinators' and managers'
    m_tabs->setCurrentWidget(m_fosterCareTab);
    m_fosterCareTab->selectFosterFamily(fosterFamilyId);
}

void MainWindow::importCsv()
{
    if (!m_workspace)
        return;
    ImportDialog dialog(m_workspace->location(), m_actor, this);
    connect(&dialog, &ImportDialog::imported, this, [this] { refreshLists(); });
    dialog.exec();
}

void MainWindow::assignWorker()
{
    if (!hasDatabaseOrSay())
        return;
    AssignDialog dialog(session(), m_familiesTab->selectedFamilyId(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(dialog.savedText(), 5000);
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
    if (auto opened = FamilyService(session()).open(familyId); !opened) {
        ui::showError(this, tr("Cannot open the family's record"), opened.error().message);
        return nullptr;
    }
    ViewState::setLastFamily(m_databasePath, familyId);
    m_reopenLastAction->setEnabled(true);
    auto* record = new FamilyRecordWindow(session(), familyId, this);
    connect(record, &FamilyRecordWindow::familyChanged, this, [this] { refreshLists(); });
    // A member already in the register elsewhere: that family's record, at its members.
    connect(record, &FamilyRecordWindow::openFamilyRequested, this, [this](qint64 other) {
        if (FamilyRecordWindow* opened = openFamily(other))
            opened->showTab(FamilyRecordWindow::Tab::Members);
    });
    m_records.removeAll(nullptr);
    m_records << record;
    record->show();
    return record;
}

void MainWindow::newFamily()
{
    if (!hasDatabaseOrSay())
        return;
    NewFamilyDialog dialog(FamilyService(session()), DuplicateService{session()}, this);
    if (dialog.exec() != QDialog::Accepted) {
        // The family was already in the register: its record instead of a second case.
        if (dialog.openFamilyId() > 0)
            openFamily(dialog.openFamilyId());
        return;
    }
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
    // Ctrl+Q, File › Quit and the window manager's close: each record asks about what is
    // unsaved; Cancel keeps the program running.
    if (!closeRecordsAsking()) {
        event->ignore();
        return;
    }
    ViewState::saveWindow(this);
    QMainWindow::closeEvent(event);
}

bool MainWindow::closeRecordsAsking()
{
    for (FamilyRecordWindow* record : recordWindows())
        if (!record->close())
            return false;
    return true;
}

void MainWindow::editCentreSettings()
{
    if (!hasDatabaseOrSay())
        return;
    CentreSettingsDialog dialog(SettingsService(session()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Centre settings saved."), 5000);
    refreshLists();
}

// Settings › Centre Identity and Partners… (issue 22): administrators and managers.
void MainWindow::showCentrePartners()
{
    if (!hasDatabaseOrSay())
        return;
    CentrePartnersDialog dialog(session(), KeyDerivationCost::standard(), this);
    connect(&dialog, &CentrePartnersDialog::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    dialog.exec();
}

void MainWindow::showCaseloadLimits()
{
    if (!hasDatabaseOrSay())
        return;
    CaseloadService caseloads(session());
    QString error;
    auto dialog = CaseloadLimitsDialog::create(caseloads, Clock::today(), this, &error);
    if (!dialog) {
        ui::showError(this, tr("Caseload limits"), error);
        return;
    }
    dialog->exec();
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
    showWorkspace(true);
    updateStatus();
}

void MainWindow::closeRecordWindows()
{
    // Closing saves what a record's open dialogs hold (drafts) while the database is there.
    // Unsaved edits were asked about before (closeRecordsAsking), or the window is going.
    for (FamilyRecordWindow* record : recordWindows()) {
        record->closeDiscarding();
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
    if (m_managerDeskTab)
        m_managerDeskTab->refresh();
    if (m_reportsTab)
        m_reportsTab->invalidate(); // the report on screen at once, the others when shown
}

void MainWindow::chooseDatabase()
{
    const bool onServer = m_workspace && m_workspace->isOnServer();
    const QString start = m_databasePath.isEmpty() || onServer ? QDir::homePath() : m_databasePath;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New or Open Database"), start,
        tr("Opieka databases and field copies (*.sqlite *.opieka);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
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
            Workspace::setServerPassword(address, dialog.password());
        auto opened = Workspace::open(address, Workspace::OpenMode::MustExist);
        if (!opened) {
            Workspace::setServerPassword(address, QString());
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

void MainWindow::reportLoadFailure(const QString& title, const QString& message)
{
    const QPair<QString, QString> failure{title, message};
    if (!m_pendingErrors.contains(failure))
        m_pendingErrors << failure;
    if (!m_errorsScheduled) {
        m_errorsScheduled = true;
        QTimer::singleShot(0, this, &MainWindow::showPendingErrors);
    }
}

void MainWindow::showPendingErrors()
{
    // Failures that come while a box is open join the queue and are shown after it.
    while (!m_pendingErrors.isEmpty()) {
        const auto [title, message] = m_pendingErrors.takeFirst();
        ui::showError(this, title, message);
    }
    m_errorsScheduled = false;
}

void MainWindow::updateStatus()
{
    const bool open = m_workspace != nullptr;
    m_assignAction->setEnabled(open);
    m_newFamilyAction->setEnabled(open);
    m_centreSettingsAction->setEnabled(open);
    m_caseloadLimitsAction->setEnabled(open);
    m_centrePartnersAction->setVisible(open && CentrePartnersDialog::isFor(session()));
    m_importAction->setVisible(open && session().may(Capability::Import).ok());
    m_reopenLastAction->setEnabled(open && ViewState::lastFamily(m_databasePath) > 0);
    m_findFamilyAction->setEnabled(open);
    m_printAction->setEnabled(open);
    m_refreshAction->setEnabled(open);
    updateSectionActions();
    const bool onServer = open && m_workspace->isOnServer();
    m_databaseLabel->setText(
        m_signedOutWorkspace ? tr("No one is signed in")
        : !open              ? tr("No database open")
        : onServer           ? tr("Database: %1 on the server").arg(m_workspace->location())
                             : tr("Database: %1").arg(QDir::toNativeSeparators(m_databasePath)));
    m_userLabel->setText(open ? tr("Signed in as: %1").arg(m_actor.login) : QString());
    updateSessionActions();
    m_trust->updateVisibility();
    const QString name =
        onServer ? m_workspace->serverName() : QFileInfo(m_databasePath).fileName();
    setWindowTitle(open ? tr("Opieka — %1").arg(name) : tr("Opieka"));
    m_field->update(); // a field copy's name, and what it cannot do
}

} // namespace opieka::ui
