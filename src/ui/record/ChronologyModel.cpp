#include "ChronologyModel.h"

#include "Labels.h"

namespace opieka::ui {

ChronologyModel::ChronologyModel(QObject* parent)
    : RowTableModel(ToolTips::RepeatText, parent)
{
    setColumns({
        {DateColumn, QT_TR_NOOP("Date"),
         [](const ChronologyEntry& e) { return Labels::date(e.date); }},
        {TimeColumn, QT_TR_NOOP("Time"),
         [](const ChronologyEntry& e) { return e.time ? Labels::time(*e.time) : QString(); }},
        {KindColumn, QT_TR_NOOP("Kind"),
         [](const ChronologyEntry& e) { return Labels::chronologyKind(e.kind); }},
        {TitleColumn, QT_TR_NOOP("Event"), [](const ChronologyEntry& e) { return e.title; }},
        // One line in the table; the tooltip keeps the whole text.
        {DetailColumn,
         QT_TR_NOOP("Details"),
         [](const ChronologyEntry& e) { return e.detail.simplified(); },
         {},
         [](const ChronologyEntry& e) { return e.detail; }},
    });
}

QVariant ChronologyModel::roleData(const ChronologyEntry& entry, int, int role) const
{
    return role == KindRole ? QVariant(chronologyKindName(entry.kind)) : QVariant();
}

} // namespace opieka::ui
