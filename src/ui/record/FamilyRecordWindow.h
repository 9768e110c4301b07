#pragma once

#include "CaseloadService.h"
#include "Chronology.h"
#include "ChronologyService.h"
#include "ContactService.h"
#include "DirectoryService.h"
#include "Family.h"
#include "FamilyService.h"
#include "MemberService.h"
#include "TeamService.h"
#include "User.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QWidget>
#include <memory>

class QAction;
class QCheckBox;
class QCloseEvent;
class QTabWidget;

namespace Ui {
class FamilyRecordWindow;
}

namespace opieka {
class Workspace;
}

namespace opieka::ui {

class AssessmentsTab;
class ChronologyModel;
class ContactsModel;
class FormUndo;
class MembersModel;
class TeamModel;
class WorkPlanTab;

// The family record (kartoteka rodziny) in a window of its own: the header with the
// Niebieska Karta and team flags, and tabs for details, members, contacts, chronology and team.
class FamilyRecordWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Tab
    {
        Details,
        Members,
        Contacts,
        Chronology,
        Team,
        WorkPlan,
        Assessments
    };

    FamilyRecordWindow(Workspace& workspace, User actor, qint64 familyId,
                       QWidget* parent = nullptr);
    ~FamilyRecordWindow() override;

    qint64 familyId() const { return m_familyId; }
    const Family& family() const { return m_family; }
    void showTab(Tab tab);
    QTabWidget* tabs() const;
    MembersModel* membersModel() const { return m_members; }
    ContactsModel* contactsModel() const { return m_contacts; }
    ChronologyModel* chronologyModel() const { return m_chronology; }
    TeamModel* currentTeamModel() const { return m_currentTeam; }
    WorkPlanTab* workPlanTab() const { return m_workPlanTab; }
    AssessmentsTab* assessmentsTab() const { return m_assessmentsTab; }
    // The kinds the chronology shows now (all of them when every box is ticked).
    QSet<ChronologyKind> chronologyKinds() const;
    // Writes the chronology, as filtered, into a PDF file (atomically).
    bool exportChronologyPdf(const QString& path, QString* error);
    // The details form's undo (Ctrl+Z or the Undo button): a field edit at a time.
    FormUndo* detailsUndo() const { return m_detailsUndo; }
    // Whether the details form holds edits not saved yet.
    bool detailsEdited() const;
    // Whether anything typed here is not saved: the details, or the work plan's draft.
    bool hasUnsavedChanges() const;
    // Closes without the unsaved-changes question: the main window's teardown, after it asked.
    void closeDiscarding();

public slots:
    void reload();
    void addMember();
    void editMember();
    void removeMember();
    void logContact();
    void editContact();
    void printChronology();
    void exportPdf();
    void assignWorker();
    void transfer();
    void addCoordinator();
    void endTeamMember();
    // Ctrl+W or Esc: close(), which asks first when something typed is not saved yet.
    void closeRecord();
    // Ctrl+P: the work plan or the selected assessment on their tabs, the chronology elsewhere.
    void printCurrent();

protected:
    // Every way of closing (the title bar's button, Ctrl+W, Esc, the main window quitting) asks
    // Save / Discard / Cancel when something is unsaved; Cancel or a refused save keeps it open.
    void closeEvent(QCloseEvent* event) override;

signals:
    // Something in the record changed: lists elsewhere may need a refresh.
    void familyChanged(qint64 familyId);

private:
    void setUpTables();
    void setUpChronologyFilter();
    void setUpPlanTabs();
    void createMenu();
    void setUpDetailsUndo();
    void loadFamily();
    void loadMembers();
    void loadContacts();
    void loadChronology();
    void loadTeam();
    void showSelectedContact();
    void updateButtons();
    // Returns whether the details were stored.
    bool saveDetails();
    // Asks what to do with unsaved changes; true when the record may close.
    bool settleUnsavedChanges();
    void changeCategory();
    void closeCase();
    void reopenCase();
    void startBlueCard();
    void endBlueCard();
    // Shows the error and returns false when `status` failed; reloads and signals on success.
    bool handle(const Status& status, const QString& title);
    std::optional<TeamMember> selectedTeamMember() const;

    std::unique_ptr<::Ui::FamilyRecordWindow> m_ui;
    Workspace& m_workspace;
    User m_actor;
    qint64 m_familyId = 0;
    Family m_family;
    bool m_blueCardActive = false;
    bool m_discardOnClose = false; // the person chose Discard (or the main window closes it)
    FamilyService m_familyService;
    MemberService m_memberService;
    ContactService m_contactService;
    ChronologyService m_chronologyService;
    TeamService m_teamService;
    CaseloadService m_caseloads;
    DirectoryService m_directory;
    MembersModel* m_members = nullptr;
    ContactsModel* m_contacts = nullptr;
    ChronologyModel* m_chronology = nullptr;
    TeamModel* m_currentTeam = nullptr;
    TeamModel* m_pastTeam = nullptr;
    QList<QPair<ChronologyKind, QCheckBox*>> m_kindChecks;
    WorkPlanTab* m_workPlanTab = nullptr;
    AssessmentsTab* m_assessmentsTab = nullptr;
    FormUndo* m_detailsUndo = nullptr;
};

} // namespace opieka::ui
