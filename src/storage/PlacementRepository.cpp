#include "PlacementRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

namespace opieka {
namespace {
const QString kColumns = QStringLiteral(
    "id, child_member_id, foster_family_id, institution, from_date, to_date, basis, court_order, "
    "court_order_date, emergency_notice_on, end_reason, extended_until, over_capacity_consent, "
    "starosta_notice_on, ops_notice_on, extension_consent_on, extension_consent_by, "
    "extension_ground, court_proceedings_ended_on");

Placement fromRow(const QSqlQuery& q)
{
    Placement p;
    p.id = q.value(0).toLongLong();
    p.childMemberId = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        p.fosterFamilyId = q.value(2).toLongLong();
    p.institution = q.value(3).toString();
    p.from = sql::requiredDate(q.value(4));
    p.to = sql::optionalDate(q.value(5));
    p.basis = parsePlacementBasis(q.value(6).toString()).value_or(PlacementBasis::CourtOrder);
    p.courtOrder = q.value(7).toString();
    p.courtOrderDate = sql::optionalDate(q.value(8));
    p.emergencyNoticeOn = sql::optionalDate(q.value(9));
    if (!q.value(10).isNull())
        p.endReason = parsePlacementEnd(q.value(10).toString());
    p.extendedUntil = sql::optionalDate(q.value(11));
    p.overCapacityConsent = q.value(12).toString();
    p.starostaNoticeOn = sql::optionalDate(q.value(13));
    p.opsNoticeOn = sql::optionalDate(q.value(14));
    p.extensionConsentOn = sql::optionalDate(q.value(15));
    p.extensionConsentBy = q.value(16).toString();
    if (!q.value(17).isNull())
        p.extensionGround = parseExtensionGround(q.value(17).toString());
    p.courtProceedingsEndedOn = sql::optionalDate(q.value(18));
    return p;
}

sql::Table<Placement> placements(const Database& database)
{
    return {database, QStringLiteral("placements"), kColumns, fromRow};
}

QList<QVariant> values(const Placement& p)
{
    return {p.childMemberId,
            p.fosterFamilyId ? QVariant(*p.fosterFamilyId)
                             : QVariant(QMetaType::fromType<qlonglong>()),
            sql::text(p.institution),
            sql::date(p.from),
            sql::date(p.to),
            placementBasisName(p.basis),
            sql::text(p.courtOrder),
            sql::date(p.courtOrderDate),
            sql::date(p.emergencyNoticeOn),
            p.endReason ? QVariant(placementEndName(*p.endReason))
                        : QVariant(QMetaType::fromType<QString>()),
            sql::date(p.extendedUntil),
            sql::text(p.overCapacityConsent),
            sql::date(p.starostaNoticeOn),
            sql::date(p.opsNoticeOn),
            sql::date(p.extensionConsentOn),
            sql::text(p.extensionConsentBy),
            p.extensionGround ? QVariant(extensionGroundName(*p.extensionGround))
                              : QVariant(QMetaType::fromType<QString>()),
            sql::date(p.courtProceedingsEndedOn)};
}
} // namespace

Result<qint64> PlacementRepository::insert(const Placement& p)
{
    return sql::returnedId(
        sql::run(m_database,
                 QStringLiteral("INSERT INTO placements (child_member_id, foster_family_id, "
                                "institution, from_date, to_date, basis, court_order, "
                                "court_order_date, emergency_notice_on, end_reason, "
                                "extended_until, over_capacity_consent, starosta_notice_on, "
                                "ops_notice_on, extension_consent_on, extension_consent_by, "
                                "extension_ground, court_proceedings_ended_on) VALUES (?, ?, ?, "
                                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 values(p)),
        QT_TRANSLATE_NOOP("Database", "The placement was not saved."));
}

Status PlacementRepository::update(const Placement& p)
{
    return sql::run(
        m_database,
        QStringLiteral("UPDATE placements SET child_member_id = ?, foster_family_id = ?, "
                       "institution = ?, from_date = ?, to_date = ?, basis = ?, "
                       "court_order = ?, court_order_date = ?, emergency_notice_on = ?, "
                       "end_reason = ?, extended_until = ?, over_capacity_consent = ?, "
                       "starosta_notice_on = ?, ops_notice_on = ?, extension_consent_on = ?, "
                       "extension_consent_by = ?, extension_ground = ?, "
                       "court_proceedings_ended_on = ? WHERE id = ?"),
        values(p) + QList<QVariant>{p.id});
}

Result<QList<Placement>> PlacementRepository::select(const QString& where, const QList<QVariant>& v)
{
    return placements(m_database).list(where + QStringLiteral(" ORDER BY from_date, id"), v);
}

Result<std::optional<Placement>> PlacementRepository::find(qint64 id)
{
    auto list = select(QStringLiteral("WHERE id = ?"), {id});
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Placement>() : std::optional<Placement>(list->first());
}

Result<QList<Placement>> PlacementRepository::forChild(qint64 childMemberId)
{
    return select(QStringLiteral("WHERE child_member_id = ?"), {childMemberId});
}

Result<QList<Placement>> PlacementRepository::forFosterFamily(qint64 fosterFamilyId)
{
    return select(QStringLiteral("WHERE foster_family_id = ?"), {fosterFamilyId});
}

Result<QList<Placement>> PlacementRepository::activeOn(const QDate& day)
{
    return select(QStringLiteral("WHERE from_date <= ? AND (to_date IS NULL OR to_date > ?)"),
                  {sql::date(day), sql::date(day)});
}

Status PlacementRepository::forEach(const std::function<bool(const Placement&)>& visit)
{
    auto list = select(QString(), {});
    if (!list)
        return list.error();
    for (const Placement& p : *list)
        if (!visit(p))
            break;
    return {};
}

} // namespace opieka
