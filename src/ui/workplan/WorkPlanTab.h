#pragma once

#include "Session.h"
#include "WorkPlanService.h"

#include <QList>
#include <QWidget>
#include <memory>
#include <optional>

class QTreeWidgetItem;

namespace Ui {
class WorkPlanTab;
}

namespace opieka::ui {

class PartnerPlansBox;

// The family work plan (plan pracy z rodziną) in the family record: its versions, goals and
// actions. A draft is edited here and saved with "Save draft"; agreeing it needs the family's
// part and the social worker's consultation; progress is recorded on the version in force; a
// new version changes an agreed plan; a closed or replaced version is read only.
class WorkPlanTab : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        DescriptionColumn,
        ResponsibleColumn,
        DeadlineColumn,
        EffectColumn,
        StatusColumn,
        NotesColumn,
        ColumnCount
    };

    WorkPlanTab(const Session& session, qint64 familyId, QWidget* parent = nullptr);
    ~WorkPlanTab() override;

    const QList<WorkPlan>& versions() const { return m_versions; }
    // The version shown, with unsaved edits of a draft (none without a plan).
    std::optional<WorkPlan> shownPlan() const;
    bool hasUnsavedChanges() const { return m_dirty; }
    bool selectVersion(int version);
    // Selects a goal (action 0) or one of its actions, both 1-based.
    bool selectItem(int goal, int action = 0);
    // The partner centres' plans shown beside the family's own (issue 22).
    PartnerPlansBox* partnerPlans() const { return m_partnerPlans; }
    // Writes the shown version as a PDF file a family can sign.
    bool exportPlanPdf(const QString& path, QString* error);

public slots:
    void reload();
    void createPlan();
    void addGoal();
    void addAction();
    void editItem();
    void removeItem();
    bool saveDraft();
    void agree();
    void markDone();
    void markInProgress();
    void abandon();
    void addProgressNote();
    void newVersion();
    void closePlan();
    void compareVersions();
    void printPlan();
    void exportPdf();

signals:
    // A plan was saved, agreed, versioned, closed or progressed (the chronology shows it).
    void planChanged();

private:
    void showVersion();
    void fillTree();
    // The help plans of the family's children placed in foster care today (read only).
    void fillChildrenPlans();
    void updateState();
    void updateButtons();
    void versionPicked();
    void markDirty();
    // The goal and action (0: the goal itself) of the selected row, 1-based.
    std::optional<std::pair<int, int>> selectedItem() const;
    std::optional<PlanAction> selectedAction() const;
    // The latest version that is not a draft (the one in force), if any.
    const WorkPlan* inForce() const;
    bool isDraft() const;
    bool isProgressable() const;
    void progress(ActionStatus status);
    void openProgressDialog(std::optional<ActionStatus> status);
    bool handle(const Status& status, const QString& title);

    std::unique_ptr<::Ui::WorkPlanTab> m_ui;
    Session m_session;
    qint64 m_familyId = 0;
    WorkPlanService m_plans;
    QList<WorkPlan> m_versions; // oldest first
    int m_shown = -1;           // index into m_versions
    WorkPlan m_edited;          // the shown version, with unsaved edits of a draft
    bool m_dirty = false;
    PartnerPlansBox* m_partnerPlans = nullptr;
};

} // namespace opieka::ui
