#include "PlacementRepository.h"

#include "Database.h"
#include "SqlColumns.h"

namespace opieka {
namespace {
const sql::Columns<Placement> kPlacements{
    QStringLiteral("placements"),
    {sql::column("id", &Placement::id), sql::column("child_member_id", &Placement::childMemberId),
     sql::column("foster_family_id", &Placement::fosterFamilyId),
     sql::optionalText("institution", &Placement::institution),
     sql::column("from_date", &Placement::from), sql::column("to_date", &Placement::to),
     sql::named("basis", &Placement::basis, placementBasisName, parsePlacementBasis,
                PlacementBasis::CourtOrder),
     sql::optionalText("court_order", &Placement::courtOrder),
     sql::column("court_order_date", &Placement::courtOrderDate),
     sql::column("emergency_notice_on", &Placement::emergencyNoticeOn),
     sql::optionalNamed("end_reason", &Placement::endReason, placementEndName, parsePlacementEnd),
     sql::column("extended_until", &Placement::extendedUntil),
     sql::optionalText("over_capacity_consent", &Placement::overCapacityConsent),
     sql::column("starosta_notice_on", &Placement::starostaNoticeOn),
     sql::column("ops_notice_on", &Placement::opsNoticeOn),
     sql::column("extension_consent_on", &Placement::extensionConsentOn),
     sql::optionalText("extension_consent_by", &Placement::extensionConsentBy),
     sql::optionalNamed("extension_ground", &Placement::extensionGround, extensionGroundName,
                        parseExtensionGround),
     sql::column("court_proceedings_ended_on", &Placement::courtProceedingsEndedOn)}};
} // namespace

template <> const sql::Columns<Placement>& TableRepository<Placement>::columns()
{
    return kPlacements;
}
template class TableRepository<Placement>;

Result<qint64> PlacementRepository::insert(const Placement& p)
{
    return kPlacements.insertReturningId(
        m_database, p, QT_TRANSLATE_NOOP("Database", "The placement was not saved."));
}

Result<QList<Placement>> PlacementRepository::select(const QString& where, const QList<QVariant>& v)
{
    return kPlacements.table(m_database).list(where + QStringLiteral(" ORDER BY from_date, id"), v);
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
