#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace opieka {

// Statuses of a family work plan (plan pracy z rodziną).
enum class PlanStatus
{
    Draft,
    Agreed,
    Closed
};
enum class ActionStatus
{
    Planned,
    InProgress,
    Done,
    Abandoned
};
// Who carries out an action.
enum class Responsible
{
    FamilyMember,
    Assistant,
    PartnerInstitution
};

QString planStatusName(PlanStatus status);
std::optional<PlanStatus> parsePlanStatus(const QString& text);
QString actionStatusName(ActionStatus status);
std::optional<ActionStatus> parseActionStatus(const QString& text);
QString responsibleName(Responsible responsible);
std::optional<Responsible> parseResponsible(const QString& text);
// As people call them, in the user's language (for screens and printed documents).
QString planStatusLabel(PlanStatus status);
QString actionStatusLabel(ActionStatus status);
QString responsibleLabel(Responsible responsible);

struct PlanAction
{
    qint64 id = 0;
    QString description; // what is to be done
    Responsible responsibleKind = Responsible::FamilyMember;
    QString responsible; // who by name or institution
    std::optional<QDate> deadline;
    QString expectedEffect;
    ActionStatus status = ActionStatus::Planned;
    QString abandonReason;
    QString progressNotes;
};

struct PlanGoal
{
    qint64 id = 0;
    QString description;
    QList<PlanAction> actions;
};

// One version of a family's work plan. An agreed plan changes only by a new version; earlier
// versions stay readable.
struct WorkPlan
{
    qint64 id = 0;
    qint64 familyId = 0;
    int version = 1;
    PlanStatus status = PlanStatus::Draft;
    QDate createdOn;
    QString createdBy;
    std::optional<QDate> agreedOn;
    bool familyTookPart = false;
    bool socialWorkerConsulted = false;
    QString participants;
    std::optional<QDate> closedOn;
    // The day the family signed this version (a signed plan attached: DocumentService), if known.
    std::optional<QDate> familySignedOn;
    QList<PlanGoal> goals;

    int actionCount() const;
};

// A row of the side-by-side comparison of two versions.
struct PlanComparisonRow
{
    enum class Change
    {
        Same,
        Changed,
        Added,
        Removed
    };
    int goalNumber = 0;   // 1-based
    int actionNumber = 0; // 0 for the goal's own row
    QString older;        // empty when added
    QString newer;        // empty when removed
    Change change = Change::Same;
};

// Aligns goals and their actions by position and marks what changed.
QList<PlanComparisonRow> comparePlans(const WorkPlan& older, const WorkPlan& newer);

// Assessments are due every `intervalMonths` after the first agreed plan, counted from the latest
// assessment when there is one; a month end stays within its month (31 August + 6 → 28/29
// February).
std::optional<QDate> nextAssessmentDue(const std::optional<QDate>& firstAgreed,
                                       const std::optional<QDate>& lastAssessment,
                                       int intervalMonths);

} // namespace opieka
