#include "PlanLabels.h"

#include "Labels.h"

namespace opieka::ui {

QString PlanLabels::version(const WorkPlan& plan)
{
    switch (plan.status) {
    case PlanStatus::Draft:
        return tr("Version %1 — draft").arg(plan.version);
    case PlanStatus::Agreed:
        return tr("Version %1 — agreed on %2")
            .arg(plan.version)
            .arg(plan.agreedOn ? Labels::date(*plan.agreedOn) : QString());
    case PlanStatus::Closed:
        return tr("Version %1 — closed on %2")
            .arg(plan.version)
            .arg(plan.closedOn ? Labels::date(*plan.closedOn) : QString());
    }
    return tr("Version %1").arg(plan.version);
}

QString PlanLabels::change(PlanComparisonRow::Change change)
{
    switch (change) {
    case PlanComparisonRow::Change::Same:
        return tr("unchanged");
    case PlanComparisonRow::Change::Changed:
        return tr("changed");
    case PlanComparisonRow::Change::Added:
        return tr("added");
    case PlanComparisonRow::Change::Removed:
        return tr("removed");
    }
    return {};
}

QColor PlanLabels::changeBackground(PlanComparisonRow::Change change)
{
    switch (change) {
    case PlanComparisonRow::Change::Same:
        return {};
    case PlanComparisonRow::Change::Changed:
        return dueSoonBackground();
    case PlanComparisonRow::Change::Added:
        return QColor(0xdf, 0xf2, 0xdf); // green-ish
    case PlanComparisonRow::Change::Removed:
        return Labels::warningBackground();
    }
    return {};
}

QString PlanLabels::assessmentDue(const std::optional<QDate>& due, bool overdue, bool dueSoon)
{
    if (!due)
        return tr("after the first agreed plan");
    if (overdue)
        return tr("%1 (overdue)").arg(Labels::date(*due));
    if (dueSoon)
        return tr("%1 (due soon)").arg(Labels::date(*due));
    return Labels::date(*due);
}

QColor PlanLabels::overdueForeground()
{
    return Labels::warningForeground();
}

QColor PlanLabels::dueSoonBackground()
{
    return QColor(0xff, 0xf0, 0xc2); // amber, as the caseload's "near the limit"
}

} // namespace opieka::ui
