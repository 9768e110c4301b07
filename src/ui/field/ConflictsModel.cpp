#include "ConflictsModel.h"

#include "FieldLabels.h"

namespace opieka::ui {

ConflictsModel::ConflictsModel(QObject* parent)
    : RowTableModel(ToolTips::RepeatText, parent)
{
    setColumns({
        {RecordColumn, QT_TR_NOOP("Record"),
         [](const FieldConflict& c) {
             return FieldLabels::recordField(c.table, c.recordId, c.field);
         }},
        {CentreColumn, QT_TR_NOOP("At the centre"),
         [](const FieldConflict& c) {
             return FieldLabels::changedValue(c.centreValue, c.centreChangedBy, c.centreChangedAt);
         }},
        {CopyColumn, QT_TR_NOOP("In this copy"),
         [](const FieldConflict& c) {
             return FieldLabels::changedValue(c.fieldValue, c.fieldChangedBy, c.fieldChangedAt);
         }},
        {DecisionColumn, QT_TR_NOOP("Decision"),
         [](const FieldConflict& c) { return decision(c); }},
    });
}

QString ConflictsModel::decision(const FieldConflict& conflict)
{
    if (conflict.resolution == QLatin1String("centre"))
        return tr("Keep the centre's (at the next sync)");
    if (conflict.resolution == QLatin1String("field"))
        return tr("Keep mine (at the next sync)");
    if (conflict.resolution == QLatin1String("value"))
        return tr("Use “%1” (at the next sync)").arg(FieldLabels::value(conflict.resolvedValue));
    return tr("Not decided");
}

} // namespace opieka::ui
