#include "ExchangeRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

namespace opieka {
namespace {

QString utc(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QDateTime fromUtc(const QVariant& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate).toUTC();
}

QVariant optionalId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalIdFrom(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

const QString itemColumns = QStringLiteral(
    "id, direction, package_id, sha256, purpose, partner_fingerprint, partner_name, family_id, "
    "partner_family_id, status, reason, summary, legal_basis, package_created_at, created_at, "
    "updated_at, created_by");

StoredExchangeItem itemFrom(const QSqlQuery& q)
{
    StoredExchangeItem item;
    item.id = q.value(0).toLongLong();
    item.direction = q.value(1).toString();
    item.packageId = q.value(2).toString();
    item.sha256 = q.value(3).toString();
    item.purpose = q.value(4).toString();
    item.partnerFingerprint = q.value(5).toString();
    item.partnerName = q.value(6).toString();
    item.familyId = optionalIdFrom(q.value(7));
    item.partnerFamilyId = optionalIdFrom(q.value(8));
    item.status = q.value(9).toString();
    item.reason = q.value(10).toString();
    item.summary = q.value(11).toString();
    item.legalBasis = q.value(12).toString();
    item.packageCreatedAt = fromUtc(q.value(13));
    item.createdAt = fromUtc(q.value(14));
    item.updatedAt = fromUtc(q.value(15));
    item.createdBy = q.value(16).toString();
    return item;
}

const QString planColumns = QStringLiteral(
    "id, family_id, item_id, partner_fingerprint, partner_name, kind, child_name, version, "
    "version_date, received_at, package_id, plan_text, plan_json");

StoredPartnerPlan planFrom(const QSqlQuery& q)
{
    StoredPartnerPlan plan;
    plan.id = q.value(0).toLongLong();
    plan.familyId = q.value(1).toLongLong();
    plan.itemId = q.value(2).toLongLong();
    plan.partnerFingerprint = q.value(3).toString();
    plan.partnerName = q.value(4).toString();
    plan.kind = q.value(5).toString();
    plan.childName = q.value(6).toString();
    plan.version = q.value(7).toInt();
    plan.versionDate = sql::optionalDate(q.value(8));
    plan.receivedAt = fromUtc(q.value(9));
    plan.packageId = q.value(10).toString();
    plan.text = q.value(11).toString();
    plan.json = q.value(12).toString();
    return plan;
}

} // namespace

Result<qint64> ExchangeRepository::insertItem(const StoredExchangeItem& item)
{
    return sql::returnedId(sql::run(
        m_database,
        QStringLiteral("INSERT INTO exchange_items (direction, package_id, sha256, purpose, "
                       "partner_fingerprint, partner_name, family_id, partner_family_id, status, "
                       "reason, summary, legal_basis, package_created_at, created_at, updated_at, "
                       "created_by) VALUES (?, ?, ?, ?, ?, ?, CAST(? AS INTEGER), "
                       "CAST(? AS INTEGER), ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {item.direction, item.packageId, item.sha256, item.purpose, item.partnerFingerprint,
         item.partnerName, optionalId(item.familyId), optionalId(item.partnerFamilyId), item.status,
         sql::text(item.reason), item.summary, sql::text(item.legalBasis),
         utc(item.packageCreatedAt), utc(item.createdAt), utc(item.updatedAt), item.createdBy}));
}

Result<std::optional<StoredExchangeItem>> ExchangeRepository::item(qint64 id)
{
    return sql::firstRow(m_database,
                         QStringLiteral("SELECT ") + itemColumns +
                             QStringLiteral(" FROM exchange_items WHERE id = ?"),
                         {id}, itemFrom);
}

Result<std::optional<StoredExchangeItem>>
ExchangeRepository::itemByPackage(const QString& direction, const QString& packageId)
{
    return sql::firstRow(m_database,
                         QStringLiteral("SELECT ") + itemColumns +
                             QStringLiteral(" FROM exchange_items WHERE direction = ? AND "
                                            "package_id = ?"),
                         {direction, packageId}, itemFrom);
}

Result<QList<StoredExchangeItem>> ExchangeRepository::items()
{
    return sql::rows(m_database,
                     QStringLiteral("SELECT ") + itemColumns +
                         QStringLiteral(" FROM exchange_items ORDER BY created_at DESC, id DESC"),
                     {}, itemFrom);
}

Status ExchangeRepository::updateStatus(qint64 id, const QString& status, const QString& reason,
                                        std::optional<qint64> familyId, const QDateTime& at)
{
    auto query = sql::run(m_database,
                          QStringLiteral("UPDATE exchange_items SET status = ?, reason = ?, "
                                         "family_id = CAST(? AS INTEGER), updated_at = ? "
                                         "WHERE id = ?"),
                          {status, sql::text(reason), optionalId(familyId), utc(at), id});
    if (!query)
        return query.error();
    return {};
}

Status ExchangeRepository::insertContent(qint64 itemId, const QString& content)
{
    auto query =
        sql::run(m_database,
                 QStringLiteral("INSERT INTO exchange_contents (item_id, content) VALUES (?, ?)"),
                 {itemId, content});
    if (!query)
        return query.error();
    return {};
}

Result<std::optional<QString>> ExchangeRepository::content(qint64 itemId)
{
    return sql::firstRow(m_database,
                         QStringLiteral("SELECT content FROM exchange_contents WHERE item_id = ?"),
                         {itemId}, sql::textColumn);
}

Result<qint64> ExchangeRepository::insertReceipt(qint64 itemId, qint64 receiptItemId,
                                                 const QString& decision, const QString& reason,
                                                 const QDateTime& decidedAt)
{
    return sql::returnedId(sql::run(
        m_database,
        QStringLiteral("INSERT INTO exchange_receipts (item_id, receipt_item_id, decision, reason, "
                       "decided_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {itemId, receiptItemId, decision, sql::text(reason), utc(decidedAt)}));
}

Result<std::optional<qint64>> ExchangeRepository::linkedFamily(const QString& partnerFingerprint,
                                                               qint64 partnerFamilyId)
{
    return sql::firstRow(m_database,
                         QStringLiteral("SELECT family_id FROM exchange_family_links WHERE "
                                        "partner_fingerprint = ? AND partner_family_id = ?"),
                         {partnerFingerprint, partnerFamilyId}, sql::idColumn);
}

Status ExchangeRepository::link(const QString& partnerFingerprint, qint64 partnerFamilyId,
                                qint64 familyId, const QDateTime& at, const QString& by)
{
    auto removed = sql::run(m_database,
                            QStringLiteral("DELETE FROM exchange_family_links WHERE "
                                           "partner_fingerprint = ? AND partner_family_id = ?"),
                            {partnerFingerprint, partnerFamilyId});
    if (!removed)
        return removed.error();
    auto query =
        sql::run(m_database,
                 QStringLiteral(
                     "INSERT INTO exchange_family_links (partner_fingerprint, "
                     "partner_family_id, family_id, linked_at, linked_by) VALUES (?, ?, ?, ?, ?)"),
                 {partnerFingerprint, partnerFamilyId, familyId, utc(at), by});
    if (!query)
        return query.error();
    return {};
}

Status ExchangeRepository::insertRecord(qint64 itemId, const QString& entity, qint64 localId,
                                        std::optional<qint64> partnerId)
{
    auto query = sql::run(m_database,
                          QStringLiteral("INSERT INTO exchange_records (item_id, entity, local_id, "
                                         "partner_id) VALUES (?, ?, ?, CAST(? AS INTEGER))"),
                          {itemId, entity, localId, optionalId(partnerId)});
    if (!query)
        return query.error();
    return {};
}

Result<QList<qint64>> ExchangeRepository::recordedPartnerIds(const QString& partnerFingerprint,
                                                             qint64 familyId, const QString& entity)
{
    return sql::rows(m_database,
                     QStringLiteral("SELECT r.partner_id FROM exchange_records r JOIN "
                                    "exchange_items i ON i.id = r.item_id WHERE "
                                    "i.partner_fingerprint = ? AND i.family_id = ? AND "
                                    "r.entity = ? AND r.partner_id IS NOT NULL"),
                     {partnerFingerprint, familyId, entity}, sql::idColumn);
}

Result<qint64> ExchangeRepository::insertPartnerPlan(const StoredPartnerPlan& plan)
{
    return sql::returnedId(sql::run(
        m_database,
        QStringLiteral("INSERT INTO partner_plans (family_id, item_id, partner_fingerprint, "
                       "partner_name, kind, child_name, version, version_date, received_at, "
                       "package_id, plan_text, plan_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?) RETURNING id"),
        {plan.familyId, plan.itemId, plan.partnerFingerprint, plan.partnerName, plan.kind,
         sql::text(plan.childName), plan.version, sql::date(plan.versionDate), utc(plan.receivedAt),
         plan.packageId, plan.text, plan.json}));
}

Result<QList<StoredPartnerPlan>> ExchangeRepository::partnerPlans(qint64 familyId)
{
    return sql::rows(m_database,
                     QStringLiteral("SELECT ") + planColumns +
                         QStringLiteral(" FROM partner_plans WHERE family_id = ? ORDER BY "
                                        "received_at DESC, id DESC"),
                     {familyId}, planFrom);
}

Result<QList<std::pair<qint64, QString>>> ExchangeRepository::contents()
{
    return sql::rows(m_database,
                     QStringLiteral("SELECT item_id, content FROM exchange_contents ORDER BY "
                                    "item_id"),
                     QList<QVariant>{}, [](const QSqlQuery& q) {
                         return std::pair<qint64, QString>(q.value(0).toLongLong(),
                                                           q.value(1).toString());
                     });
}

Status ExchangeRepository::replaceContent(qint64 itemId, const QString& content)
{
    return sql::run(m_database,
                    QStringLiteral("UPDATE exchange_contents SET content = ? WHERE item_id = ?"),
                    {content, itemId});
}

Result<QList<qint64>> ExchangeRepository::itemsRecording(const QString& entity, qint64 localId)
{
    return sql::rows(m_database,
                     QStringLiteral("SELECT DISTINCT item_id FROM exchange_records WHERE "
                                    "entity = ? AND local_id = ? ORDER BY item_id"),
                     {entity, localId}, sql::idColumn);
}

Result<QList<StoredPartnerPlan>> ExchangeRepository::allPartnerPlans()
{
    return sql::rows(m_database,
                     QStringLiteral("SELECT ") + planColumns +
                         QStringLiteral(" FROM partner_plans ORDER BY id"),
                     QList<QVariant>{}, planFrom);
}

Status ExchangeRepository::replacePartnerPlan(qint64 planId, const QString& text,
                                              const QString& json)
{
    return sql::run(m_database,
                    QStringLiteral("UPDATE partner_plans SET child_name = NULL, plan_text = ?, "
                                   "plan_json = ? WHERE id = ?"),
                    {text, json, planId});
}

} // namespace opieka
