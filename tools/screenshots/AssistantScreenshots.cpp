#include "AssistantScreenshots.h"

#include "AssessmentsTab.h"
#include "AssistantDeskService.h"
#include "AssistantDeskTab.h"
#include "Capture.h"
#include "DirectoryService.h"
#include "FamilyRecordWindow.h"
#include "MainWindow.h"
#include "PlanCompareDialog.h"
#include "WorkPlanService.h"
#include "WorkPlanTab.h"
#include "Workspace.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

namespace opieka::screenshots {
using namespace ui;

namespace {
// The first family assistant (by id) with a full desk: the desk's example.
std::optional<qint64> exampleAssistant(Workspace& workspace, const User& actor)
{
    const Session session(workspace.database(), actor);
    auto workers = DirectoryService(session).workers();
    if (!workers)
        return std::nullopt;
    AssistantDeskService desk(session);
    for (const Worker& worker : *workers) {
        if (worker.role != Role::FamilyAssistant || !worker.isActiveOn(QDate::currentDate()))
            continue;
        auto page = desk.forWorker(worker.id);
        if (page && page->families.size() >= 5)
            return worker.id;
    }
    return std::nullopt;
}

// Of the assistant's families, the one whose agreed plan shows the most (actions, some overdue).
std::optional<qint64> exampleFamily(Workspace& workspace, const User& actor, qint64 assistantId)
{
    auto page = AssistantDeskService(Session(workspace.database(), actor)).forWorker(assistantId);
    if (!page)
        return std::nullopt;
    WorkPlanService plans(Session(workspace.database(), actor));
    std::optional<qint64> best;
    int bestScore = -1;
    for (const AssistantFamilyRow& row : page->families) {
        auto versions = plans.versions(row.family.id);
        if (!versions || versions->isEmpty() || versions->first().status != PlanStatus::Agreed)
            continue;
        const int score = std::min(versions->first().actionCount(), 6) +
                          (row.actionsOverdue > 0 ? 3 : 0) + (row.assessmentDueSoon ? 1 : 0);
        if (score > bestScore) {
            bestScore = score;
            best = row.family.id;
        }
    }
    return best;
}

// Version 2 of the example plan, drafted with one action changed and one added (once: both
// language runs share the demo database).
bool ensureSecondVersion(Workspace& workspace, const User& actor, qint64 familyId, QString* error)
{
    WorkPlanService plans(Session(workspace.database(), actor));
    auto versions = plans.versions(familyId);
    if (!versions || versions->isEmpty()) {
        *error = versions ? AssistantScreenshots::tr("The example family has no plan.")
                          : versions.error().message;
        return false;
    }
    if (versions->size() >= 2)
        return true;
    auto id = plans.newVersion(versions->first().id, QDate::currentDate());
    if (!id) {
        *error = id.error().message;
        return false;
    }
    auto draft = plans.plan(*id);
    if (!draft || draft->goals.isEmpty()) {
        *error = draft ? AssistantScreenshots::tr("The example plan has no goals.")
                       : draft.error().message;
        return false;
    }
    // Demo data, in the users' language like the rest of the demo database.
    PlanGoal& first = draft->goals.first();
    if (!first.actions.isEmpty()) {
        first.actions.first().deadline = QDate::currentDate().addMonths(2);
        first.actions.first().expectedEffect = QStringLiteral("Frekwencja powyżej 95%");
    }
    PlanAction added;
    added.description = QStringLiteral("Zajęcia wyrównawcze w świetlicy środowiskowej");
    added.responsibleKind = Responsible::PartnerInstitution;
    added.responsible = QStringLiteral("świetlica „Promyk”");
    added.deadline = QDate::currentDate().addMonths(3);
    added.expectedEffect = QStringLiteral("Zaległości w nauce nadrobione");
    first.actions << added;
    if (Status saved = plans.saveDraft(*draft); !saved) {
        *error = saved.error().message;
        return false;
    }
    return true;
}
} // namespace

bool AssistantScreenshots::save(MainWindow& window, const QString& directory, QString* error)
{
    const QDir dir(directory);
    Workspace& workspace = *window.workspace();
    const auto assistant = exampleAssistant(workspace, window.actor());
    const auto familyId =
        assistant ? exampleFamily(workspace, window.actor(), *assistant) : std::nullopt;
    if (!assistant || !familyId) {
        *error = tr("The database has no family assistant with agreed plans to show.");
        return false;
    }
    if (!ensureSecondVersion(workspace, window.actor(), *familyId, error))
        return false;

    AssistantDeskTab* desk = window.assistantStartTab();
    desk->selectWorker(*assistant);
    desk->refresh();
    window.tabs()->setCurrentWidget(desk);
    settle();
    if (!saveImage(window, dir.filePath(QStringLiteral("assistant-desk.png")), error))
        return false;

    FamilyRecordWindow* record = window.openFamily(*familyId);
    if (!record) {
        *error = tr("The family record could not be opened.");
        return false;
    }
    record->resize(1024, 768);
    record->showTab(FamilyRecordWindow::Tab::WorkPlan);
    WorkPlanTab* plan = record->workPlanTab();
    plan->reload();
    plan->selectVersion(1);
    plan->selectItem(1, 1);
    settle();
    if (!saveImage(*record, dir.filePath(QStringLiteral("family-work-plan.png")), error))
        return false;
    plan->selectVersion(2);
    plan->selectItem(1, static_cast<int>(plan->shownPlan()->goals.first().actions.size()));
    settle();
    if (!saveImage(*record, dir.filePath(QStringLiteral("family-work-plan-draft.png")), error))
        return false;

    {
        const QList<WorkPlan>& versions = plan->versions();
        PlanCompareDialog compare(WorkPlanService(window.session()), versions, versions.at(0).id,
                                  versions.at(1).id, record);
        compare.resize(980, 560);
        if (!saveShown(compare, dir.filePath(QStringLiteral("plan-compare.png")), error))
            return false;
    }

    // The agreed version as the family signs it.
    plan->selectVersion(1);
    if (!plan->exportPlanPdf(dir.filePath(QStringLiteral("work-plan.pdf")), error))
        return false;

    record->showTab(FamilyRecordWindow::Tab::Assessments);
    if (auto* table = record->findChild<QTableWidget*>(QStringLiteral("assessmentsTable")))
        table->selectRow(0);
    settle();
    if (!saveImage(*record, dir.filePath(QStringLiteral("family-assessments.png")), error))
        return false;
    record->closeDiscarding();
    settle();
    return true;
}

} // namespace opieka::screenshots
