#include "ExportService.h"

#include "AssignmentRepository.h"
#include "AuditedWrite.h"
#include "ContactRepository.h"
#include "Csv.h"
#include "FamilyRepository.h"
#include "FosterFamilyRepository.h"
#include "IsoDate.h"
#include "MemberRepository.h"
#include "Permissions.h"
#include "PlacementRepository.h"
#include "WorkerRepository.h"

#include <algorithm>

namespace opieka {

Result<int> ExportService::exportCsv(DataSet set, QIODevice& out)
{
    const auto rule = [&] {
        return set == DataSet::Workers ? Permissions::mayImport(m_actor)
                                       : Permissions::mayExport(m_actor);
    };
    // Its audit record is a write: the write lock is taken before a row is given out, so that
    // while another change is being saved (an import) the export waits and, after the wait,
    // gives out nothing rather than data nobody recorded.
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& audited) -> Result<int> {
        int rows = 0;
        bool writeFailed = false;
        auto write = [&](const QStringList& fields) {
            if (out.write(Csv::line(fields)) < 0)
                writeFailed = true;
            return !writeFailed;
        };
        // Workers' optional `unit` column is written only when some worker has a unit, so that
        // centres without units keep the five published columns.
        QList<Worker> workers;
        bool withUnits = false;
        QStringList header = columnsOf(set).all;
        if (set == DataSet::Workers) {
            auto all = WorkerRepository(m_database).all();
            if (!all)
                return all.error();
            workers = *all;
            withUnits = std::any_of(workers.cbegin(), workers.cend(),
                                    [](const Worker& w) { return !w.unit.isEmpty(); });
            if (!withUnits)
                header.removeAll(QStringLiteral("unit"));
        }
        if (!write(header))
            return storageError(
                QStringLiteral("Cannot write the export: %1").arg(out.errorString()));

        Status status;
        switch (set) {
        case DataSet::Workers: {
            for (const Worker& w : workers) {
                QStringList fields{QString::number(w.id), w.firstName, w.lastName, roleName(w.role),
                                   QString::number(w.fte)};
                if (withUnits)
                    fields << w.unit;
                if (!write(fields))
                    break;
                ++rows;
            }
            break;
        }
        case DataSet::Families:
            status = FamilyRepository(m_database).forEach([&](const Family& f) {
                ++rows;
                return write({QString::number(f.id), f.name, f.municipality,
                              needCategoryName(f.category), isoDate(f.openedOn),
                              isoDate(f.closedOn)});
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
        case DataSet::Members:
            status = MemberRepository(m_database).forEach([&](const Member& m) {
                ++rows;
                return write({QString::number(m.familyId), m.pesel, m.firstName, m.lastName,
                              isoDate(m.birthDate), m.sex ? sexName(*m.sex) : QString(),
                              relationName(m.relation)});
            });
            break;
        case DataSet::Placements: {
            MemberRepository members(m_database);
            status = PlacementRepository(m_database).forEach([&](const Placement& p) {
                if (!p.fosterFamilyId)
                    return true; // institutions are not part of this data set
                auto child = members.find(p.childMemberId);
                ++rows;
                return write({child && *child ? (*child)->pesel : QString(),
                              QString::number(*p.fosterFamilyId), isoDate(p.from), isoDate(p.to),
                              p.courtOrder,
                              p.endReason ? placementEndName(*p.endReason) : QString()});
            });
            break;
        }
        case DataSet::Visits:
            status = ContactRepository(m_database).forEach([&](const Contact& c) {
                ++rows;
                QString when = isoDate(c.date);
                if (c.time)
                    when += QLatin1Char('T') + c.time->toString(QStringLiteral("HH:mm"));
                return write({QString::number(c.familyId), QString::number(c.workerId), when,
                              contactKindName(c.kind), c.notes});
            });
            break;
        }
        if (!status)
            return status.error();
        if (writeFailed)
            return storageError(
                QStringLiteral("Cannot write the export: %1").arg(out.errorString()));
        // Personal data leaving the system: the audit says who took which data set and how
        // much.
        OPIEKA_TRY(audited.record(QStringLiteral("export"), QStringLiteral("data_set"),
                                  dataSetName(set), {}, {{QStringLiteral("rows"), rows}}));
        return rows;
    });
}

} // namespace opieka
