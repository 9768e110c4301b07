#include "Staff.h"

#include <algorithm>

namespace opieka::test {

QByteArray workersCsv(std::initializer_list<StaffMember> workers)
{
    const bool withUnits = std::any_of(workers.begin(), workers.end(),
                                       [](const StaffMember& worker) { return worker.unit; });
    QByteArray csv = withUnits ? "id,first_name,last_name,role,fte,unit\n"
                               : "id,first_name,last_name,role,fte\n";
    int id = 0;
    for (const StaffMember& worker : workers) {
        csv += QByteArray::number(++id) + ',' + worker.firstName + ',' + worker.lastName + ',' +
               roleName(worker.role).toLatin1() + ",1";
        if (withUnits)
            csv += QByteArray(",") + (worker.unit ? worker.unit : "");
        csv += '\n';
    }
    return csv;
}

} // namespace opieka::test
