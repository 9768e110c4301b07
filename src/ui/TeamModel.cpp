#include "TeamModel.h"

#include "Labels.h"

namespace opieka::ui {

TeamModel::TeamModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void TeamModel::setMembers(const QList<TeamMember>& members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
}

std::optional<TeamMember> TeamModel::memberAt(int row) const
{
    if (row < 0 || row >= m_members.size())
        return std::nullopt;
    return m_members.at(row);
}

int TeamModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_members.size());
}

int TeamModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TeamMember& member = m_members.at(index.row());
    if (role == WorkerIdRole)
        return member.worker.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return member.worker.displayName();
    case RoleColumn:
        return Labels::role(member.worker.role);
    case FromColumn:
        return Labels::date(member.from);
    case ToColumn:
        return member.to ? Labels::date(*member.to) : QString();
    case NoteColumn:
        return member.countsAgainstLimit ? QString()
                                         : tr("Working team, not counted in the caseload");
    default:
        return {};
    }
}

QVariant TeamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("Until");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace opieka::ui
