#include "SocialWorkerDeskModel.h"

#include "Labels.h"

namespace opieka::ui {

SocialWorkerDeskModel::SocialWorkerDeskModel(QObject* parent)
    : RowTableModel(ToolTips::RepeatText, parent)
{
    using Row = MyCaseloadRow;
    setColumns({
        {NameColumn, QT_TR_NOOP("Family"), [](const Row& r) { return r.family.name; }},
        {CaseNumberColumn, QT_TR_NOOP("Case number"),
         [](const Row& r) { return r.family.caseNumber; }},
        {CategoryColumn, QT_TR_NOOP("Category"),
         [](const Row& r) { return Labels::category(r.family.category); }},
        {LastContactColumn, QT_TR_NOOP("Last contact"),
         [](const Row& r) {
             return r.lastContact ? Labels::date(*r.lastContact) : tr("none yet");
         }},
        {DaysSinceColumn, QT_TR_NOOP("Days since"),
         [](const Row& r) {
             return r.daysSinceContact ? QVariant(*r.daysSinceContact) : QVariant();
         },
         Qt::AlignRight | Qt::AlignVCenter},
        {NextStepColumn, QT_TR_NOOP("Next step"), [](const Row& r) { return r.nextStep; }},
        {DueColumn, QT_TR_NOOP("Due"),
         [](const Row& r) {
             if (!r.nextStepDue)
                 return QString();
             return r.overdue ? tr("%1 (overdue)").arg(Labels::date(*r.nextStepDue))
                              : Labels::date(*r.nextStepDue);
         }},
    });
}

int SocialWorkerDeskModel::overdueCount() const
{
    return countWhere([](const MyCaseloadRow& row) { return row.overdue; });
}

QVariant SocialWorkerDeskModel::roleData(const MyCaseloadRow& row, int, int role) const
{
    switch (role) {
    case FamilyIdRole:
        return row.family.id;
    case OverdueRole:
        return row.overdue;
    case Qt::BackgroundRole:
        return row.overdue ? QVariant(Labels::warningBackground()) : QVariant();
    case Qt::ForegroundRole:
        return row.overdue ? QVariant(Labels::statusForeground()) : QVariant();
    default:
        return {};
    }
}

} // namespace opieka::ui
