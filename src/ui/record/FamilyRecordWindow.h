#pragma once

#include "Chronology.h"
#include "Family.h"
#include "FamilyService.h"
#include "Session.h"

#include <QList>
#include <QSet>
#include <QWidget>
#include <memory>

class QCloseEvent;
class QTabWidget;

namespace Ui {
class FamilyRecordWindow;
}

namespace opieka::ui {

class AssessmentsTab;
class ChronologyModel;
class ChronologyTab;
class ContactsModel;
class ContactsTab;
class DocumentsTab;
class FormUndo;
class MembersModel;
class MembersTab;
class RecordDetailsTab;
class RecordTab;
class TeamModel;
class TeamTab;
class WorkPlanTab;

// The family record (kartoteka rodziny) in a window of its own: the frame around the tabs. The
// header with the Niebieska Karta and team flags, the tabs (details, members, contacts,
// chronology, team, work plan, assessments: each a widget of its own), the record's menu, and the
// question about unsaved changes when it closes.
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
        Assessments,
        Documents
    };

    FamilyRecordWindow(const Session& session, qint64 familyId, QWidget* parent = nullptr);
    ~FamilyRecordWindow() override;

    qint64 familyId() const { return m_familyId; }
    const Family& family() const { return m_family; }
    void showTab(Tab tab);
    QTabWidget* tabs() const;
    MembersModel* membersModel() const;
    ContactsModel* contactsModel() const;
    ChronologyModel* chronologyModel() const;
    TeamModel* currentTeamModel() const;
    WorkPlanTab* workPlanTab() const { return m_workPlanTab; }
    AssessmentsTab* assessmentsTab() const { return m_assessmentsTab; }
    DocumentsTab* documentsTab() const { return m_documentsTab; }
    // The kinds the chronology shows now (all of them when every box is ticked).
    QSet<ChronologyKind> chronologyKinds() const;
    // Writes the chronology, as filtered, into a PDF file (atomically).
    bool exportChronologyPdf(const QString& path, QString* error);
    // The details form's undo (Ctrl+Z or the Undo button): a field edit at a time.
    FormUndo* detailsUndo() const;
    // Whether the details form holds edits not saved yet.
    bool detailsEdited() const;
    // Whether anything typed here is not saved: the details, or the work plan's draft.
    bool hasUnsavedChanges() const;
    // Closes without the unsaved-changes question: the main window's teardown, after it asked.
    void closeDiscarding();

public slots:
    void reload();
    // Ctrl+W or Esc: close(), which asks first when something typed is not saved yet.
    void closeRecord();
    // Ctrl+P: the work plan or the selected assessment on their tabs, the chronology elsewhere.
    void printCurrent();
    // Record › Send to Partner Centre… (issue 22): SendToPartnerDialog.
    void sendToPartner();

protected:
    // Every way of closing (the title bar's button, Ctrl+W, Esc, the main window quitting) asks
    // Save / Discard / Cancel when something is unsaved; Cancel or a refused save keeps it open.
    void closeEvent(QCloseEvent* event) override;

signals:
    // Something in the record changed: lists elsewhere may need a refresh.
    void familyChanged(qint64 familyId);
    // The person chose to open another family's record (a member already in the register there).
    void openFamilyRequested(qint64 familyId);

private:
    void setUpTabs();
    void createMenu();
    void loadFamily();
    void showTeamCheck(const QString& warning, bool read);
    void updateButtons();
    // Something was stored: the record is read again and the lists elsewhere are told.
    void recordChanged();
    // Asks what to do with unsaved changes; true when the record may close.
    bool settleUnsavedChanges();
    void startBlueCard();
    void endBlueCard();
    // Shows the error and returns false when `status` failed; reloads and signals on success.
    bool handle(const Status& status, const QString& title);

    std::unique_ptr<::Ui::FamilyRecordWindow> m_ui;
    Session m_session;
    qint64 m_familyId = 0;
    Family m_family;
    bool m_blueCardActive = false;
    bool m_discardOnClose = false; // the person chose Discard (or the main window closes it)
    FamilyService m_familyService;
    RecordDetailsTab* m_detailsTab = nullptr;
    MembersTab* m_membersTab = nullptr;
    ContactsTab* m_contactsTab = nullptr;
    ChronologyTab* m_chronologyTab = nullptr;
    TeamTab* m_teamTab = nullptr;
    QList<RecordTab*> m_recordTabs; // the five above, in their order
    WorkPlanTab* m_workPlanTab = nullptr;
    AssessmentsTab* m_assessmentsTab = nullptr;
    DocumentsTab* m_documentsTab = nullptr;
};

} // namespace opieka::ui
