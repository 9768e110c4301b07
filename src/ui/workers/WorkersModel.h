#pragma once

#include "RowTableModel.h"
#include "WorkerService.h"

#include <QDate>

namespace opieka::ui {

// The centre's workers as the Workers tab lists them: name, role, unit, FTE, employment, the
// leave they are on or their next one, and the account acting as each; those no longer employed
// in quiet text.
class WorkersModel : public RowTableModel<WorkerEntry>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        UnitColumn,
        FteColumn,
        EmploymentColumn,
        LeaveColumn,
        AccountColumn,
        ColumnCount
    };

    explicit WorkersModel(QObject* parent = nullptr);

    // `leaves`: each worker's leave covering `today` or else their next one, by worker id.
    void setWorkers(const QList<WorkerEntry>& workers, const QHash<qint64, WorkerLeave>& leaves,
                    const QDate& today = QDate::currentDate());
    const WorkerEntry& entry(int row) const { return this->row(row); }
    int rowOf(qint64 workerId) const;

    // "from 1.02.2026", "until 30.06.2026", "worked until 28.02.2025" (the last day at work), or
    // "employed".
    static QString employment(const Worker& worker, const QDate& today);
    // "Annual leave until 20.12.2026" (away today), "Sick leave from 07.12.2026 to
    // 20.12.2026" (to come), "… until further notice"; empty without a leave.
    static QString leave(const std::optional<WorkerLeave>& leave, const QDate& today);

private:
    QVariant roleData(const WorkerEntry& entry, int column, int role) const override;

    QHash<qint64, WorkerLeave> m_leaves;
    QDate m_today;
};

} // namespace opieka::ui
