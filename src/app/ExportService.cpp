#include "ExportService.h"

#include "AssignmentRepository.h"
#include "Csv.h"
#include "FamilyRepository.h"
#include "IsoDate.h"
#include "WorkerRepository.h"

namespace opieka {

Result<int> ExportService::exportCsv(DataSet set, QIODevice& out)
{
    int rows = 0;
    bool writeFailed = false;
    auto write = [&](const QStringList& fields) {
        if (out.write(Csv::line(fields)) < 0)
            writeFailed = true;
        return !writeFailed;
    };
    if (!write(columnsOf(set).all))
        return storageError(QStringLiteral("Cannot write the export: %1").arg(out.errorString()));

    Status status;
    switch (set) {
    case DataSet::Workers: {
        auto workers = WorkerRepository(m_database).all();
        if (!workers)
            return workers.error();
        for (const Worker& w : *workers) {
            if (!write({QString::number(w.id), w.firstName, w.lastName, roleName(w.role),
                        QString::number(w.fte)}))
                break;
            ++rows;
        }
        break;
    }
    case DataSet::Families:
        status = FamilyRepository(m_database).forEach([&](const Family& f) {
            ++rows;
            return write({QString::number(f.id), f.name, f.municipality,
                          needCategoryName(f.category), isoDate(f.openedOn), isoDate(f.closedOn)});
        });
        break;
    case DataSet::FosterFamilies:
        status = FosterFamilyRepository(m_database).forEach([&](const FosterFamily& f) {
            ++rows;
            return write({QString::number(f.id), f.name, fosterFamilyKindName(f.kind),
                          f.municipality, isoDate(f.openedOn), isoDate(f.closedOn)});
        });
        break;
    case DataSet::Assignments:
        status = AssignmentRepository(m_database).forEach([&](const Assignment& a) {
            ++rows;
            return write({QString::number(a.workerId), caseKindName(a.caseRef.kind),
                          QString::number(a.caseRef.id), isoDate(a.from), isoDate(a.to)});
        });
        break;
    }
    if (!status)
        return status.error();
    if (writeFailed)
        return storageError(QStringLiteral("Cannot write the export: %1").arg(out.errorString()));
    return rows;
}

} // namespace opieka
