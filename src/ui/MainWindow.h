#pragma once

#include "User.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QTabWidget;

namespace opieka {
class Workspace;
}

namespace opieka::ui {

class CaseloadTab;
class FamiliesTab;

// The main window: the families list and the caseload report over one open case database.
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
    QTabWidget* tabs() const { return m_tabs; }

public slots:
    void assignWorker();

private:
    void createActions();
    void createStatusBar();
    void showWorkspace();
    void chooseDatabase();
    void showAbout();
    void showError(const QString& title, const QString& message);
    void updateStatus();

    std::unique_ptr<Workspace> m_workspace;
    User m_actor;
    QString m_databasePath;
    QTabWidget* m_tabs = nullptr;
    FamiliesTab* m_familiesTab = nullptr;
    CaseloadTab* m_caseloadTab = nullptr;
    QAction* m_assignAction = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    bool m_headless = false;
};

} // namespace opieka::ui
