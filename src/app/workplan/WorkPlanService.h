#pragma once

#include "DateText.h"
#include "Result.h"
#include "Session.h"
#include "User.h"
#include "WorkPlan.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace opieka {

class Database;

// Family work plans (plan pracy z rodziną): a draft is edited freely; agreeing records the date,
// the family's part and the social worker's consultation; an agreed plan changes only through a
// new version (earlier versions stay readable); progress on actions is recorded on the current
// agreed version; a closed plan no longer changes.
class WorkPlanService
{
    Q_DECLARE_TR_FUNCTIONS(WorkPlanService)

public:
    explicit WorkPlanService(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    // The family's first plan, as a draft.
    Result<qint64> createDraft(qint64 familyId, const QDate& on, const QString& participants = {});
    // Replaces a draft's participants, goals and actions.
    Status saveDraft(const WorkPlan& plan);
    Status agree(qint64 planId, const QDate& on, bool familyTookPart, bool socialWorkerConsulted);
    // A draft copy of the latest agreed version, numbered one higher.
    Result<qint64> newVersion(qint64 planId, const QDate& on);
    // Progress on an action of the current agreed version (or a draft): status, note, reason.
    Status updateAction(qint64 actionId, ActionStatus status, const QString& progressNote = {},
                        const QString& abandonReason = {});
    Status close(qint64 planId, const QDate& on);

    // The reads check CaseAccess (the plan's family must be among the signed-in account's cases).
    Result<WorkPlan> plan(qint64 planId);
    Result<QList<WorkPlan>> versions(qint64 familyId); // oldest first
    Result<QList<PlanComparisonRow>> compare(qint64 olderPlanId, qint64 newerPlanId);
    // The plan as a document a family can sign (print preview, PDF), its dates written by `date`
    // (the window's language's format, or isoDates()).
    Result<QString> printableHtml(qint64 planId, const DateText& date);

private:
    Result<WorkPlan> load(qint64 planId);
    Result<QList<WorkPlan>> loadVersions(qint64 familyId);
    Result<WorkPlan> changeable(qint64 planId);
    // The case rule of the plan's family (CaseAccess).
    Status mayChangePlan(qint64 planId);
    Status mayChangeAction(qint64 actionId);

    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
