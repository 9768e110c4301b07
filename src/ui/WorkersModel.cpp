#include "WorkersModel.h"

#include "Labels.h"
#include "Theme.h"

#include <QLocale>

namespace opieka::ui {

WorkersModel::WorkersModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void WorkersModel::setWorkers(const QList<WorkerEntry>& workers,
                              const QHash<qint64, WorkerLeave>& leaves, const QDate& today)
{
    beginResetModel();
    m_workers = workers;
    m_leaves = leaves;
    m_today = today;
    endResetModel();
}

int WorkersModel::rowOf(qint64 workerId) const
{
    for (int row = 0; row < m_workers.size(); ++row)
        if (m_workers.at(row).worker.id == workerId)
            return row;
    return -1;
}

int WorkersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_workers.size());
}

int WorkersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorkersModel::employment(const Worker& w, const QDate& today)
{
    if (w.activeTo && *w.activeTo <= today)
        return tr("worked until %1").arg(Labels::date(w.activeTo->addDays(-1)));
    if (w.activeFrom && today < *w.activeFrom)
        return tr("from %1").arg(Labels::date(*w.activeFrom));
    if (w.activeTo)
        return tr("until %1").arg(Labels::date(w.activeTo->addDays(-1)));
    return tr("employed");
}

QString WorkersModel::leave(const std::optional<WorkerLeave>& leave, const QDate& today)
{
    if (!leave)
        return {};
    const QString kind = leaveKindLabel(leave->kind);
    if (leave->coversDay(today))
        return leave->lastDay ? tr("%1 until %2").arg(kind, Labels::date(*leave->lastDay))
                              : tr("%1 until further notice").arg(kind);
    return leave->lastDay
               ? tr("%1 from %2 to %3")
                     .arg(kind, Labels::date(leave->from), Labels::date(*leave->lastDay))
               : tr("%1 from %2 until further notice").arg(kind, Labels::date(leave->from));
}

QVariant WorkersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkerEntry& entry = m_workers.at(index.row());
    if (role == Qt::DisplayRole)
        return display(entry, index.column());
    if (role == Qt::ForegroundRole && !entry.worker.isActiveOn(m_today))
        return Theme::quietText();
    if (role == Qt::TextAlignmentRole && index.column() == FteColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant WorkersModel::display(const WorkerEntry& entry, int column) const
{
    const Worker& w = entry.worker;
    switch (column) {
    case NameColumn:
        return w.displayName();
    case RoleColumn:
        return Labels::role(w.role);
    case UnitColumn:
        return w.unit;
    case FteColumn:
        return QLocale().toString(w.fte, 'f', 2);
    case EmploymentColumn:
        return employment(w, m_today);
    case LeaveColumn:
        return leave(m_leaves.contains(w.id) ? std::optional<WorkerLeave>(m_leaves.value(w.id))
                                             : std::nullopt,
                     m_today);
    case AccountColumn:
        return entry.login.isEmpty() ? tr("no account") : entry.login;
    default:
        return {};
    }
}

QVariant WorkersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Worker");
    case RoleColumn:
        return tr("Role");
    case UnitColumn:
        return tr("Unit");
    case FteColumn:
        return tr("FTE");
    case EmploymentColumn:
        return tr("Employment");
    case LeaveColumn:
        return tr("Leave");
    case AccountColumn:
        return tr("Account");
    default:
        return {};
    }
}

} // namespace opieka::ui
