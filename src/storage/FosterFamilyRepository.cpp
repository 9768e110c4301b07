#include "FosterFamilyRepository.h"

#include "Database.h"
#include "SqlColumns.h"

namespace opieka {
namespace {
const sql::Columns<FosterFamily> kFosterFamilies{
    QStringLiteral("foster_families"),
    {sql::column("id", &FosterFamily::id), sql::column("name", &FosterFamily::name),
     sql::named("kind", &FosterFamily::kind, fosterFamilyKindName, parseFosterFamilyKind,
                FosterFamilyKind::Kinship),
     sql::column("municipality", &FosterFamily::municipality),
     sql::column("opened_on", &FosterFamily::openedOn),
     sql::column("closed_on", &FosterFamily::closedOn),
     sql::optionalText("carers", &FosterFamily::carers),
     sql::optionalText("address", &FosterFamily::address),
     sql::column("qualified_on", &FosterFamily::qualifiedOn),
     sql::optionalText("training", &FosterFamily::training),
     sql::column("capacity", &FosterFamily::capacity),
     sql::column("health_certificate_on", &FosterFamily::healthCertificateOn),
     sql::column("psychologist_opinion_on", &FosterFamily::psychologistOpinionOn)}};
} // namespace

template <> const sql::Columns<FosterFamily>& TableRepository<FosterFamily>::columns()
{
    return kFosterFamilies;
}
template class TableRepository<FosterFamily>;

Status FosterFamilyRepository::insert(const FosterFamily& f)
{
    return kFosterFamilies.insertWithId(m_database, f.id, f);
}

Result<bool> FosterFamilyRepository::exists(qint64 id)
{
    return sql::anyRow(m_database, QStringLiteral("SELECT 1 FROM foster_families WHERE id = ?"),
                       {id});
}

Status FosterFamilyRepository::forEach(const std::function<bool(const FosterFamily&)>& visit)
{
    return kFosterFamilies.table(m_database).each(QStringLiteral("ORDER BY id"), visit);
}

Result<QList<FosterFamily>> FosterFamilyRepository::all()
{
    return kFosterFamilies.table(m_database).list(QStringLiteral("ORDER BY id"));
}

} // namespace opieka
