#include "WorkersModel.h"

#include "Labels.h"
#include "Theme.h"

#include <QLocale>

namespace opieka::ui {

WorkersModel::WorkersModel(QObject* parent)
    : RowTableModel(ToolTips::OnlyOwn, parent)
{
    setColumns({
        {NameColumn, QT_TR_NOOP("Worker"),
         [](const WorkerEntry& e) { return e.worker.displayName(); }},
        {RoleColumn, QT_TR_NOOP("Role"),
         [](const WorkerEntry& e) { return Labels::role(e.worker.role); }},
        {UnitColumn, QT_TR_NOOP("Unit"), [](const WorkerEntry& e) { return e.worker.unit; }},
        {FteColumn, QT_TR_NOOP("FTE"),
         [](const WorkerEntry& e) { return QLocale().toString(e.worker.fte, 'f', 2); },
         Qt::AlignRight | Qt::AlignVCenter},
        {EmploymentColumn, QT_TR_NOOP("Employment"),
         [this](const WorkerEntry& e) { return employment(e.worker, m_today); }},
        {LeaveColumn, QT_TR_NOOP("Leave"),
         [this](const WorkerEntry& e) {
             const auto found = m_leaves.constFind(e.worker.id);
             return leave(found == m_leaves.cend() ? std::nullopt
                                                   : std::optional<WorkerLeave>(*found),
                          m_today);
         }},
        {AccountColumn, QT_TR_NOOP("Account"),
         [](const WorkerEntry& e) { return e.login.isEmpty() ? tr("no account") : e.login; }},
    });
}

void WorkersModel::setWorkers(const QList<WorkerEntry>& workers,
                              const QHash<qint64, WorkerLeave>& leaves, const QDate& today)
{
    setRows(workers, [&] {
        m_leaves = leaves;
        m_today = today;
    });
}

int WorkersModel::rowOf(qint64 workerId) const
{
    return rowWhere([workerId](const WorkerEntry& e) { return e.worker.id == workerId; });
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

QVariant WorkersModel::roleData(const WorkerEntry& entry, int, int role) const
{
    if (role == Qt::ForegroundRole && !entry.worker.isActiveOn(m_today))
        return Theme::quietText();
    return {};
}

} // namespace opieka::ui
