#pragma once

#include "Session.h"
#include "User.h"

#include <QList>
#include <QMainWindow>
#include <QPair>
#include <QPointer>
#include <memory>

class QAction;
class QCloseEvent;
class QLabel;
class QTabWidget;

namespace opieka {
class Workspace;
}

namespace opieka::ui {

class AssistantDeskTab;
class CaseloadTab;
class CoordinatorDeskTab;
class FamiliesTab;
class IdleLock;
class LoadOnShow;
class FamilyRecordWindow;
class FieldCopyActions;
class FosterCareTab;
class ManagerDeskTab;
class SocialWorkerDeskTab;
class ReportsTab;
class TrustActions;

// The main window: a worker's caseload, the families list and the caseload report over one open
// case database; family records open in windows of their own. It acts as the account signed in
// through SessionGate; File › Sign out, Switch user and Lock now serve a shared office computer.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) the database and shows it; on failure tells the user why and keeps
    // whatever was open before. Returns whether the database is now open.
    bool openDatabase(const QString& path);
    // Shows `workspace` to `actor`, replacing what was shown (the records close without asking):
    // after SessionGate, or for a tool that signed in without a dialog (tools/screenshots).
    void enterSession(std::unique_ptr<Workspace> workspace, const QString& path, const User& actor);
    bool hasDatabase() const { return m_workspace != nullptr; }
    Workspace* workspace() const { return m_workspace.get(); }
    const User& actor() const { return m_actor; }
    // The signed-in workspace, asked what the account may do (only while a database is open).
    Session session() const;
    FamiliesTab* familiesTab() const { return m_familiesTab; }
    CaseloadTab* caseloadTab() const { return m_caseloadTab; }
    SocialWorkerDeskTab* myCaseloadTab() const { return m_socialWorkerDeskTab; }
    AssistantDeskTab* assistantStartTab() const { return m_assistantDeskTab; }
    FosterCareTab* fosterCareTab() const { return m_fosterCareTab; }
    CoordinatorDeskTab* coordinatorTab() const { return m_coordinatorDeskTab; }
    // Managers and administrators only (null for other roles).
    ReportsTab* reportsTab() const { return m_reportsTab; }
    ManagerDeskTab* managerStartTab() const { return m_managerDeskTab; }
    // The open record windows (closed ones drop out).
    QList<FamilyRecordWindow*> recordWindows() const;
    QTabWidget* tabs() const { return m_tabs; }
    // Accounts, audit, verification and backups (issue 7).
    TrustActions* trustActions() const { return m_trust; }
    // Field copies (issue 23): taking cases out, syncing, what a copy cannot do.
    FieldCopyActions* fieldCopyActions() const { return m_field; }
    // File › Connect to Centre Server…: asks for the server's address and the password, opens
    // it like a file (sign-in follows) and remembers the address, never the password. Asks again,
    // with the reason, while connecting fails. Returns whether a server database is now open.
    bool connectToServer();
    // After a restore replaced every row: the views are rebuilt; the session goes on when the
    // signed-in account is there as before, otherwise the window asks who signs in.
    void reloadAfterRestore();
    // Closes every record window, asking each with unsaved changes Save / Discard / Cancel.
    // False when the person cancelled: that record (and the ones not asked yet) stay open.
    bool closeRecordsAsking();
    // Whether someone is signed in (false after File › Sign out until the next sign-in).
    bool isSignedIn() const { return m_workspace != nullptr; }
    IdleLock* idleLock() const { return m_idleLock.get(); }

public slots:
    void assignWorker();
    // Opens the family's record, or raises it when it is open already.
    FamilyRecordWindow* openFamily(qint64 familyId);
    void newFamily();
    void editCentreSettings();
    void showCaseloadLimits();
    // Settings › Centre Identity and Partners…: the centre's card and its partner centres.
    void showCentrePartners();
    // File › Reopen Last Family: the record opened last on this database, through openFamily.
    void reopenLastFamily();
    // Cases › Find Family: the families list with the cursor in its search field.
    void findFamily();
    // File › Print… (Ctrl+P): the report the Reports tab shows.
    void printCurrent();
    // File › Sign out: the records close (asking about unsaved changes), nothing of the account
    // stays on screen, and the sign-in dialog asks who works next. Returns whether someone
    // signed in again.
    bool signOut();
    // File › Switch user: the same, and the sign-in dialog offers no remembered login.
    bool switchUser();
    // File › Sign in… while signed out.
    bool signIn();
    // File › Lock now: the idle lock at once (accounts with a password).
    void lockNow();
    // Help › User guide (F1).
    void openUserGuide();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // Signs in on the opened database (SessionGate) and shows it instead of the one before.
    bool startSession(std::unique_ptr<Workspace> workspace, const QString& path);
    void createActions();
    void createStatusBar();
    // Builds the tabs of the signed-in account; `keepCurrentTab` (a restore) stays on the tab
    // shown, otherwise the account lands on its role's desk.
    void showWorkspace(bool keepCurrentTab = false);
    void chooseDatabase();
    void showAbout();
    // True with a database open; otherwise says to open one first and returns false.
    bool hasDatabaseOrSay();
    // A tab could not read its data: said once the event loop runs, never inside show() (a
    // modal box there runs a nested event loop in the middle of showing the window's children).
    void reportLoadFailure(const QString& title, const QString& message);
    void showPendingErrors();
    void updateStatus();
    void closeRecordWindows();
    // Reloads the families list and marks the tabs stale, but for one that is already current.
    void refreshLists(const QWidget* alreadyCurrent = nullptr);
    void importCsv();
    void addManagerTabs(QTabWidget* tabs);
    void addDuplicatesTab(QTabWidget* tabs);
    void showTabsForRole(QTabWidget* tabs);
    // Whether the signed-in role reads `tab` (a tab it may not read is hidden, never current
    // and never loaded).
    bool roleReads(const QWidget* tab) const;
    // The tab the role starts on: its own desk, else the first tab it sees (the administrator's
    // first tab).
    QWidget* landingTab(const QTabWidget* tabs) const;
    // Each tab that reads the database, with how it loads: only those the role reads load.
    void createTabLoaders();
    void createSessionActions(QMenu* file, QAction* before);
    // Signs out: records closed (asking), the session's tabs and lock gone. False when cancelled.
    bool endSession();
    // Asks who signs in on the open database; `offerRemembered` as SessionGate::begin.
    bool signInAgain(bool offerRemembered);
    void updateSessionActions();
    void showFosterFamily(qint64 fosterFamilyId);
    void createViewMenu();
    // View › Go To: Ctrl+1… for the visible tabs, named as they are.
    void updateSectionActions();
    void goToSection(int visibleIndex);

    std::unique_ptr<Workspace> m_workspace;
    // The database kept open while no one is signed in (after Sign out).
    std::unique_ptr<Workspace> m_signedOutWorkspace;
    std::unique_ptr<IdleLock> m_idleLock; // after the workspace: it is destroyed first
    User m_actor;
    QString m_databasePath;
    QTabWidget* m_tabs = nullptr;
    FamiliesTab* m_familiesTab = nullptr;
    CaseloadTab* m_caseloadTab = nullptr;
    SocialWorkerDeskTab* m_socialWorkerDeskTab = nullptr;
    AssistantDeskTab* m_assistantDeskTab = nullptr;
    QAction* m_centreSettingsAction = nullptr;
    QAction* m_caseloadLimitsAction = nullptr;
    QAction* m_centrePartnersAction = nullptr;
    FosterCareTab* m_fosterCareTab = nullptr;
    CoordinatorDeskTab* m_coordinatorDeskTab = nullptr;
    ReportsTab* m_reportsTab = nullptr;
    ManagerDeskTab* m_managerDeskTab = nullptr;
    QList<QPointer<FamilyRecordWindow>> m_records;
    QList<LoadOnShow*> m_tabLoaders; // the desks and the caseload tab, read when first shown
    QAction* m_assignAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_newFamilyAction = nullptr;
    QAction* m_reopenLastAction = nullptr;
    QAction* m_findFamilyAction = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QList<QAction*> m_sectionActions;
    QAction* m_signInAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_switchUserAction = nullptr;
    QAction* m_lockAction = nullptr;
    QList<QPair<QString, QString>> m_pendingErrors; // title, message
    bool m_errorsScheduled = false;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    TrustActions* m_trust = nullptr;
    FieldCopyActions* m_field = nullptr;
};

} // namespace opieka::ui
