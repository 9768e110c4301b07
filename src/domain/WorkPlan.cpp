#include "WorkPlan.h"

#include "EnumNames.h"

#include <QCoreApplication>
#include <algorithm>

namespace opieka {
namespace {
constexpr EnumNames<PlanStatus, 3> kPlanStatuses{
    "WorkPlan",
    {{
        {PlanStatus::Draft, "draft", QT_TRANSLATE_NOOP("WorkPlan", "draft")},
        {PlanStatus::Agreed, "agreed", QT_TRANSLATE_NOOP("WorkPlan", "agreed")},
        {PlanStatus::Closed, "closed", QT_TRANSLATE_NOOP("WorkPlan", "closed")},
    }}};
constexpr EnumNames<ActionStatus, 4> kActionStatuses{
    "WorkPlan",
    {{
        {ActionStatus::Planned, "planned", QT_TRANSLATE_NOOP("WorkPlan", "planned")},
        {ActionStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("WorkPlan", "in progress")},
        {ActionStatus::Done, "done", QT_TRANSLATE_NOOP("WorkPlan", "done")},
        {ActionStatus::Abandoned, "abandoned", QT_TRANSLATE_NOOP("WorkPlan", "abandoned")},
    }}};
constexpr EnumNames<Responsible, 3> kResponsible{
    "WorkPlan",
    {{
        {Responsible::FamilyMember, "family_member",
         QT_TRANSLATE_NOOP("WorkPlan", "family member")},
        {Responsible::Assistant, "assistant", QT_TRANSLATE_NOOP("WorkPlan", "family assistant")},
        {Responsible::PartnerInstitution, "partner_institution",
         QT_TRANSLATE_NOOP("WorkPlan", "partner institution")},
    }}};

QString describe(const PlanAction& a)
{
    QStringList parts{a.description,
                      responsibleName(a.responsibleKind) + QLatin1Char(':') + a.responsible,
                      a.deadline ? a.deadline->toString(Qt::ISODate) : QString(), a.expectedEffect};
    return parts.join(QStringLiteral(" | "));
}

PlanComparisonRow::Change changeOf(const QString& older, const QString& newer)
{
    if (older.isNull())
        return PlanComparisonRow::Change::Added;
    if (newer.isNull())
        return PlanComparisonRow::Change::Removed;
    return older == newer ? PlanComparisonRow::Change::Same : PlanComparisonRow::Change::Changed;
}
} // namespace

QString planStatusName(PlanStatus status)
{
    return kPlanStatuses.name(status);
}
std::optional<PlanStatus> parsePlanStatus(const QString& text)
{
    return kPlanStatuses.parse(text);
}
QString actionStatusName(ActionStatus status)
{
    return kActionStatuses.name(status);
}
std::optional<ActionStatus> parseActionStatus(const QString& text)
{
    return kActionStatuses.parse(text);
}
QString responsibleName(Responsible responsible)
{
    return kResponsible.name(responsible);
}
std::optional<Responsible> parseResponsible(const QString& text)
{
    return kResponsible.parse(text);
}

QString planStatusLabel(PlanStatus status)
{
    return kPlanStatuses.label(status);
}

QString actionStatusLabel(ActionStatus status)
{
    return kActionStatuses.label(status);
}

QString responsibleLabel(Responsible responsible)
{
    return kResponsible.label(responsible);
}

int WorkPlan::actionCount() const
{
    int count = 0;
    for (const PlanGoal& g : goals)
        count += static_cast<int>(g.actions.size());
    return count;
}

QList<PlanComparisonRow> comparePlans(const WorkPlan& older, const WorkPlan& newer)
{
    QList<PlanComparisonRow> rows;
    const qsizetype goals = std::max(older.goals.size(), newer.goals.size());
    for (qsizetype g = 0; g < goals; ++g) {
        const PlanGoal* a = g < older.goals.size() ? &older.goals[g] : nullptr;
        const PlanGoal* b = g < newer.goals.size() ? &newer.goals[g] : nullptr;
        const QString oldText = a ? a->description : QString();
        const QString newText = b ? b->description : QString();
        rows << PlanComparisonRow{static_cast<int>(g + 1), 0, oldText, newText,
                                  changeOf(a ? oldText : QString(), b ? newText : QString())};
        const qsizetype actions = std::max(a ? a->actions.size() : 0, b ? b->actions.size() : 0);
        for (qsizetype i = 0; i < actions; ++i) {
            const bool inOld = a && i < a->actions.size();
            const bool inNew = b && i < b->actions.size();
            const QString o = inOld ? describe(a->actions[i]) : QString();
            const QString n = inNew ? describe(b->actions[i]) : QString();
            rows << PlanComparisonRow{static_cast<int>(g + 1), static_cast<int>(i + 1),
                                      inOld ? a->actions[i].description : QString(),
                                      inNew ? b->actions[i].description : QString(),
                                      changeOf(o, n)};
        }
    }
    return rows;
}

std::optional<QDate> nextAssessmentDue(const std::optional<QDate>& firstAgreed,
                                       const std::optional<QDate>& lastAssessment,
                                       int intervalMonths)
{
    if (!firstAgreed || intervalMonths <= 0)
        return std::nullopt;
    const QDate from =
        lastAssessment && *lastAssessment > *firstAgreed ? *lastAssessment : *firstAgreed;
    return from.addMonths(intervalMonths); // QDate clamps a month end to the shorter month
}

} // namespace opieka
