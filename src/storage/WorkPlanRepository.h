#pragma once

#include "Result.h"
#include "WorkPlan.h"

#include <QList>
#include <optional>

namespace opieka {

class Database;

// Work plans with their goals and actions (plany pracy z rodziną).
class WorkPlanRepository
{
public:
    explicit WorkPlanRepository(Database& database)
        : m_database(database)
    {}

    // Inserts the plan and its goals and actions; returns the plan id (ids are filled in `plan`).
    Result<qint64> insert(WorkPlan& plan);
    // Replaces the goals and actions of a plan (drafts only: the service checks).
    Status replaceContent(WorkPlan& plan);
    // The plan's own fields (status, dates, participation).
    Status updateHeader(const WorkPlan& plan);
    Status updateAction(const PlanAction& action);
    Result<std::optional<WorkPlan>> find(qint64 planId);
    // The plan that holds an action.
    Result<std::optional<qint64>> planOfAction(qint64 actionId);
    // Every version, oldest first, with goals and actions.
    Result<QList<WorkPlan>> forFamily(qint64 familyId);

private:
    Status loadContent(WorkPlan& plan);

    Database& m_database;
};

// One periodic assessment of a family's situation.
struct FamilyAssessment
{
    qint64 id = 0;
    qint64 familyId = 0;
    QDate assessedOn;
    std::optional<qint64> workerId;
    QString findings;
    std::optional<QDate> sentToSocialWorkerOn;
    std::optional<QDate> sentToCoordinatorOn;
};

class AssessmentRepository
{
public:
    explicit AssessmentRepository(Database& database)
        : m_database(database)
    {}

    Result<qint64> insert(const FamilyAssessment& assessment);
    Result<std::optional<FamilyAssessment>> find(qint64 id);
    // Oldest first.
    Result<QList<FamilyAssessment>> forFamily(qint64 familyId);

private:
    Database& m_database;
};

// The centre's settings (key and text value).
class SettingsRepository
{
public:
    explicit SettingsRepository(Database& database)
        : m_database(database)
    {}

    Result<std::optional<QString>> value(const QString& key);
    Status setValue(const QString& key, const QString& value);

private:
    Database& m_database;
};

} // namespace opieka
