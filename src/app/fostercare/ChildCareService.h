#pragma once

#include "ChildCare.h"
#include "Clock.h"
#include "FosterCare.h"
#include "Member.h"
#include "Result.h"
#include "Session.h"
#include "User.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

namespace opieka {

class Database;

// A placed child's deadlines.
struct ChildDeadlines
{
    Member child;
    std::optional<Placement> placement; // the active one
    std::optional<QDate> nextReview;
    std::optional<QDate> emergencyStayEnds; // none while it runs until the court's proceedings end
    bool emergencyStayAwaitsCourt = false;  // the consent: until the court's proceedings end
    QList<IntakeNotice> missingNotices;     // art. 58 ust. 3, each due the day after the intake
    bool toReportForAdoption = false;       // legal situation settled, not yet reported
    std::optional<QDate> guardianDue;       // leaving care, while not yet done
    std::optional<QDate> programmeDue;
};

// The care of a placed child: the reviews of the child's situation, the help plan, leaving care
// (the guardian of independence and the programme) and the child's deadlines. Every read and
// change checks CaseAccess: the child's family's rule. What is recorded about adoption reporting
// and leaving care, and the foster family's assessments: ChildCareQuery.
class ChildCareService
{
    Q_DECLARE_TR_FUNCTIONS(ChildCareService)

public:
    explicit ChildCareService(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    Result<FosterCareSettings> settings();

    Result<qint64> recordReview(const ChildReview& review, const QDate& today = Clock::today());
    Result<QList<ChildReview>> reviews(qint64 childMemberId);
    Result<ChildDeadlines> deadlines(qint64 childMemberId, const QDate& today = Clock::today());
    // The same with the centre's settings already read (settings()): a desk listing many
    // children reads them once (issue 24).
    Result<ChildDeadlines> deadlines(qint64 childMemberId, const QDate& today,
                                     const FosterCareSettings& settings);

    Status saveHelpPlan(qint64 childMemberId, const QList<HelpPlanItem>& items);
    Result<QList<HelpPlanItem>> helpPlan(qint64 childMemberId);

    Status recordLeavingCare(qint64 childMemberId, const QString& guardian,
                             const std::optional<QDate>& guardianChosenOn,
                             const std::optional<QDate>& programmeReadyOn);

private:
    Result<ChildDeadlines> loadDeadlines(qint64 childMemberId, const QDate& today,
                                         const FosterCareSettings& settings);

    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
