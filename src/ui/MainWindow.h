#pragma once

#include "User.h"

#include <QList>
#include <QMainWindow>
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

class AssistantStartTab;
class CaseloadTab;
class CoordinatorTab;
class FamiliesTab;
class IdleLock;
class LoadOnShow;
class FamilyRecordWindow;
class FosterCareTab;
class ManagerStartTab;
class MyCaseloadTab;
class ReportsTab;
class TrustActions;

// The main window: a worker's caseload, the families list and the caseload report over one open
// case database; family records open in windows of their own.
// Until sign-in exists (issue 7) it acts as the database's first administrator.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) the database and shows it; on failure tells the user why and keeps
    // whatever was open before. Returns whether the database is now open.
    bool openDatabase(const QString& path);
    // Headless runs (screenshots) print errors to stderr instead of waiting on a message box.
    void setHeadless(bool headless) { m_headless = headless; }
    bool hasDatabase() const { return m_workspace != nullptr; }
    Workspace* workspace() const { return m_workspace.get(); }
    const User& actor() const { return m_actor; }
    FamiliesTab* familiesTab() const { return m_familiesTab; }
    CaseloadTab* caseloadTab() const { return m_caseloadTab; }
    MyCaseloadTab* myCaseloadTab() const { return m_myCaseloadTab; }
    AssistantStartTab* assistantStartTab() const { return m_assistantStartTab; }
    FosterCareTab* fosterCareTab() const { return m_fosterCareTab; }
    CoordinatorTab* coordinatorTab() const { return m_coordinatorTab; }
    // Managers and administrators only (null for other roles).
    ReportsTab* reportsTab() const { return m_reportsTab; }
    ManagerStartTab* managerStartTab() const { return m_managerStartTab; }
    // The open record windows (closed ones drop out).
    QList<FamilyRecordWindow*> recordWindows() const;
    QTabWidget* tabs() const { return m_tabs; }
    // Accounts, audit, verification and backups (issue 7).
    TrustActions* trustActions() const { return m_trust; }
    // File › Connect to Centre Server…: asks for the server's address and the password, opens
    // it like a file (sign-in follows) and remembers the address, never the password. Asks again,
    // with the reason, while connecting fails. Returns whether a server database is now open.
    bool connectToServer();
    // After a restore replaced every row: the views are rebuilt; the session goes on when the
    // signed-in account is there as before, otherwise the window asks who signs in.
    void reloadAfterRestore();

public slots:
    void assignWorker();
    // Opens the family's record, or raises it when it is open already.
    FamilyRecordWindow* openFamily(qint64 familyId);
    void newFamily();
    void editCentreSettings();
    // File › Reopen Last Family: the record opened last on this database, through openFamily.
    void reopenLastFamily();
    // Cases › Find Family: the families list with the cursor in its search field.
    void findFamily();
    // File › Print… (Ctrl+P): the report the Reports tab shows.
    void printCurrent();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // Signs in on the opened database (SessionGate) and shows it instead of the one before.
    bool startSession(std::unique_ptr<Workspace> workspace, const QString& path);
    void createActions();
    void createStatusBar();
    void showWorkspace();
    void chooseDatabase();
    void showAbout();
    void showError(const QString& title, const QString& message);
    void updateStatus();
    void closeRecordWindows();
    // Reloads the families list and marks the tabs stale, but for one that is already current.
    void refreshLists(const QWidget* alreadyCurrent = nullptr);
    void importCsv();
    void addManagerTabs(QTabWidget* tabs);
    void showTabsForRole(QTabWidget* tabs);
    void showFosterFamily(qint64 fosterFamilyId);
    void createViewMenu();
    // View › Go To: Ctrl+1… for the visible tabs, named as they are.
    void updateSectionActions();
    void goToSection(int visibleIndex);

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<IdleLock> m_idleLock; // after the workspace: it is destroyed first
    User m_actor;
    QString m_databasePath;
    QTabWidget* m_tabs = nullptr;
    FamiliesTab* m_familiesTab = nullptr;
    CaseloadTab* m_caseloadTab = nullptr;
    MyCaseloadTab* m_myCaseloadTab = nullptr;
    AssistantStartTab* m_assistantStartTab = nullptr;
    QAction* m_centreSettingsAction = nullptr;
    FosterCareTab* m_fosterCareTab = nullptr;
    CoordinatorTab* m_coordinatorTab = nullptr;
    ReportsTab* m_reportsTab = nullptr;
    ManagerStartTab* m_managerStartTab = nullptr;
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
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    bool m_headless = false;
    TrustActions* m_trust = nullptr;
};

} // namespace opieka::ui
