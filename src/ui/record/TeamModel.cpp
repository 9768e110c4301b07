#include "TeamModel.h"

#include "Labels.h"

namespace opieka::ui {

TeamModel::TeamModel(QObject* parent)
    : RowTableModel(ToolTips::RepeatText, parent)
{
    setColumns({
        {NameColumn, QT_TR_NOOP("Name"),
         [](const TeamMember& m) { return m.worker.displayName(); }},
        {RoleColumn, QT_TR_NOOP("Role"),
         [](const TeamMember& m) { return Labels::role(m.worker.role); }},
        {FromColumn, QT_TR_NOOP("From"), [](const TeamMember& m) { return Labels::date(m.from); }},
        {ToColumn, QT_TR_NOOP("Until"),
         [](const TeamMember& m) { return m.to ? Labels::date(*m.to) : QString(); }},
        {NoteColumn, QT_TR_NOOP("Note"),
         [](const TeamMember& m) {
             return m.countsAgainstLimit ? QString()
                                         : tr("Working team, not counted in the caseload");
         }},
    });
}

QVariant TeamModel::roleData(const TeamMember& member, int, int role) const
{
    return role == WorkerIdRole ? QVariant(member.worker.id) : QVariant();
}

} // namespace opieka::ui
