#include "Staff.h"

#include <algorithm>
#include <vector>

namespace opieka::test {

namespace {
QByteArray csvOf(const std::vector<WorkerRow>& workers)
{
    const bool withUnits = std::any_of(workers.begin(), workers.end(),
                                       [](const WorkerRow& worker) { return worker.unit; });
    QByteArray csv = withUnits ? "id,first_name,last_name,role,fte,unit\n"
                               : "id,first_name,last_name,role,fte\n";
    for (const WorkerRow& worker : workers) {
        csv += QByteArray::number(worker.id) + ',' + worker.firstName + ',' + worker.lastName +
               ',' + roleName(worker.role).toLatin1() + ',' + QByteArray::number(worker.fte);
        if (withUnits)
            csv += QByteArray(",") + (worker.unit ? worker.unit : "");
        csv += '\n';
    }
    return csv;
}
} // namespace

QByteArray workersCsv(std::initializer_list<StaffMember> workers)
{
    std::vector<WorkerRow> rows;
    qint64 id = 0;
    for (const StaffMember& worker : workers)
        rows.push_back({++id, worker.firstName, worker.lastName, worker.role, 1.0, worker.unit});
    return csvOf(rows);
}

QByteArray numberedWorkersCsv(std::initializer_list<WorkerRow> workers)
{
    return csvOf(std::vector<WorkerRow>(workers));
}

} // namespace opieka::test
