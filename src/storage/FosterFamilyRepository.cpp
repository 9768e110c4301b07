#include "FosterFamilyRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

namespace opieka {
namespace {
const QString kFosterColumns = QStringLiteral(
    "id, name, kind, municipality, opened_on, closed_on, carers, address, qualified_on, training, "
    "capacity, health_certificate_on, psychologist_opinion_on");

FosterFamily fosterFromRow(const QSqlQuery& q)
{
    FosterFamily f;
    f.id = q.value(0).toLongLong();
    f.name = q.value(1).toString();
    f.kind = parseFosterFamilyKind(q.value(2).toString()).value_or(FosterFamilyKind::Kinship);
    f.municipality = q.value(3).toString();
    f.openedOn = sql::requiredDate(q.value(4));
    f.closedOn = sql::optionalDate(q.value(5));
    f.carers = q.value(6).toString();
    f.address = q.value(7).toString();
    f.qualifiedOn = sql::optionalDate(q.value(8));
    f.training = q.value(9).toString();
    if (!q.value(10).isNull())
        f.capacity = q.value(10).toInt();
    f.healthCertificateOn = sql::optionalDate(q.value(11));
    f.psychologistOpinionOn = sql::optionalDate(q.value(12));
    return f;
}

sql::Table<FosterFamily> fosterFamilies(const Database& database)
{
    return {database, QStringLiteral("foster_families"), kFosterColumns, fosterFromRow};
}

QList<QVariant> fosterValues(const FosterFamily& f)
{
    return {f.name,
            fosterFamilyKindName(f.kind),
            f.municipality,
            sql::date(f.openedOn),
            sql::date(f.closedOn),
            sql::text(f.carers),
            sql::text(f.address),
            sql::date(f.qualifiedOn),
            sql::text(f.training),
            f.capacity ? QVariant(*f.capacity) : QVariant(QMetaType::fromType<int>()),
            sql::date(f.healthCertificateOn),
            sql::date(f.psychologistOpinionOn)};
}
} // namespace

Status FosterFamilyRepository::insert(const FosterFamily& f)
{
    return sql::run(m_database,
                    QStringLiteral("INSERT INTO foster_families (") + kFosterColumns +
                        QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    QList<QVariant>{f.id} + fosterValues(f));
}

Status FosterFamilyRepository::update(const FosterFamily& f)
{
    return sql::run(
        m_database,
        QStringLiteral("UPDATE foster_families SET name = ?, kind = ?, municipality = ?, "
                       "opened_on = ?, closed_on = ?, carers = ?, address = ?, "
                       "qualified_on = ?, training = ?, capacity = ?, "
                       "health_certificate_on = ?, psychologist_opinion_on = ? WHERE id = ?"),
        fosterValues(f) + QList<QVariant>{f.id});
}

Result<std::optional<FosterFamily>> FosterFamilyRepository::find(qint64 id)
{
    return fosterFamilies(m_database).find(id);
}

Result<bool> FosterFamilyRepository::exists(qint64 id)
{
    return sql::anyRow(m_database, QStringLiteral("SELECT 1 FROM foster_families WHERE id = ?"),
                       {id});
}

Status FosterFamilyRepository::forEach(const std::function<bool(const FosterFamily&)>& visit)
{
    return fosterFamilies(m_database).each(QStringLiteral("ORDER BY id"), visit);
}

Result<QList<FosterFamily>> FosterFamilyRepository::all()
{
    return fosterFamilies(m_database).list(QStringLiteral("ORDER BY id"));
}

} // namespace opieka
