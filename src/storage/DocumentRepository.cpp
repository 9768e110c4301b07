#include "DocumentRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

namespace opieka {
namespace {

// Every column but the content, in the order fromRow reads them.
const QString kSelect = QStringLiteral(
    "SELECT id, family_id, foster_family_id, placement_id, member_id, plan_id, kind, "
    "document_date, description, file_name, media_type, bytes, sha256, added_by, added_at, "
    "removed_at, removed_by, removal_reason FROM documents ");

QString ownerColumn(DocumentOwner::Kind kind)
{
    switch (kind) {
    case DocumentOwner::Kind::Family:
        return QStringLiteral("family_id");
    case DocumentOwner::Kind::FosterFamily:
        return QStringLiteral("foster_family_id");
    case DocumentOwner::Kind::Placement:
        return QStringLiteral("placement_id");
    }
    return QStringLiteral("family_id");
}

std::optional<qint64> optionalId(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QVariant idOrNull(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qlonglong>());
}

QVariant ownerId(const DocumentOwner& owner, DocumentOwner::Kind kind)
{
    return owner.kind == kind ? QVariant(owner.id) : QVariant(QMetaType::fromType<qlonglong>());
}

// An empty text as '' (the column is NOT NULL), not as the NULL a null QString binds.
QVariant notNull(const QString& text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QDateTime instant(const QVariant& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate).toUTC();
}

CaseDocument fromRow(const QSqlQuery& q)
{
    CaseDocument d;
    d.id = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        d.owner = DocumentOwner::family(q.value(1).toLongLong());
    else if (!q.value(2).isNull())
        d.owner = DocumentOwner::fosterFamily(q.value(2).toLongLong());
    else
        d.owner = DocumentOwner::placement(q.value(3).toLongLong());
    d.memberId = optionalId(q.value(4));
    d.planId = optionalId(q.value(5));
    d.kind = parseDocumentKind(q.value(6).toString()).value_or(DocumentKind::Other);
    d.date = sql::requiredDate(q.value(7));
    d.description = q.value(8).toString();
    d.fileName = q.value(9).toString();
    d.format = parseMediaType(q.value(10).toString()).value_or(DocumentFormat::Pdf);
    d.bytes = q.value(11).toLongLong();
    d.sha256 = q.value(12).toString();
    d.addedBy = q.value(13).toString();
    d.addedAt = instant(q.value(14));
    if (!q.value(15).isNull())
        d.removedAt = instant(q.value(15));
    d.removedBy = q.value(16).toString();
    d.removalReason = q.value(17).toString();
    return d;
}

} // namespace

QString DocumentRepository::timestamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate); // no milliseconds
}

Result<qint64> DocumentRepository::insert(const CaseDocument& d, const QByteArray& content)
{
    using Kind = DocumentOwner::Kind;
    auto id = sql::returnedId(
        sql::run(m_database,
                 QStringLiteral(
                     "INSERT INTO documents (family_id, foster_family_id, placement_id, "
                     "member_id, plan_id, kind, document_date, description, file_name, "
                     "media_type, bytes, sha256, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                     "?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 {ownerId(d.owner, Kind::Family), ownerId(d.owner, Kind::FosterFamily),
                  ownerId(d.owner, Kind::Placement), idOrNull(d.memberId), idOrNull(d.planId),
                  documentKindName(d.kind), sql::date(d.date), notNull(d.description), d.fileName,
                  mediaType(d.format), d.bytes, d.sha256, d.addedBy, timestamp(d.addedAt)}),
        QT_TRANSLATE_NOOP("Database", "The document was not saved."));
    if (!id)
        return id.error();
    OPIEKA_TRY(sql::run(
        m_database,
        QStringLiteral("INSERT INTO document_contents (document_id, content) VALUES (?, ?)"),
        {*id, content}));
    return id;
}

Result<QList<CaseDocument>> DocumentRepository::forOwner(const DocumentOwner& owner,
                                                         bool withRemoved)
{
    return sql::rows(
        m_database,
        kSelect + QStringLiteral("WHERE %1 = ?%2 ORDER BY document_date DESC, id DESC")
                      .arg(ownerColumn(owner.kind),
                           withRemoved ? QString() : QStringLiteral(" AND removed_at IS NULL")),
        {owner.id}, fromRow);
}

Result<std::optional<CaseDocument>> DocumentRepository::find(qint64 documentId)
{
    return sql::firstRow(m_database, kSelect + QStringLiteral("WHERE id = ?"), {documentId},
                         fromRow);
}

Result<std::optional<QByteArray>> DocumentRepository::content(qint64 documentId)
{
    return sql::firstRow(
        m_database, QStringLiteral("SELECT content FROM document_contents WHERE document_id = ?"),
        {documentId}, [](const QSqlQuery& q) { return q.value(0).toByteArray(); });
}

Status DocumentRepository::markRemoved(qint64 documentId, const QDateTime& at, const QString& by,
                                       const QString& reason)
{
    OPIEKA_TRY(sql::run(m_database,
                        QStringLiteral("UPDATE documents SET removed_at = ?, removed_by = ?, "
                                       "removal_reason = ? WHERE id = ?"),
                        {timestamp(at), by, reason, documentId}));
    return sql::run(m_database,
                    QStringLiteral("DELETE FROM document_contents WHERE document_id = ?"),
                    {documentId});
}

Result<QList<qint64>> DocumentRepository::idsOfMember(qint64 memberId)
{
    return sql::rows(m_database,
                     QStringLiteral("SELECT id FROM documents WHERE member_id = ? ORDER BY id"),
                     {memberId}, sql::idColumn);
}

Result<int> DocumentRepository::removeAllOfMember(qint64 memberId)
{
    OPIEKA_TRY(sql::run(m_database,
                        QStringLiteral("DELETE FROM document_contents WHERE document_id IN "
                                       "(SELECT id FROM documents WHERE member_id = ?)"),
                        {memberId}));
    auto deleted = sql::run(m_database, QStringLiteral("DELETE FROM documents WHERE member_id = ?"),
                            {memberId});
    if (!deleted)
        return deleted.error();
    return deleted->numRowsAffected();
}

Result<int> DocumentRepository::unlinkMember(qint64 memberId)
{
    auto updated = sql::run(
        m_database, QStringLiteral("UPDATE documents SET member_id = NULL WHERE member_id = ?"),
        {memberId});
    if (!updated)
        return updated.error();
    return updated->numRowsAffected();
}

Result<int> DocumentRepository::movePlacement(qint64 fromPlacement, qint64 toPlacement)
{
    auto updated = sql::run(
        m_database, QStringLiteral("UPDATE documents SET placement_id = ? WHERE placement_id = ?"),
        {toPlacement, fromPlacement});
    if (!updated)
        return updated.error();
    return updated->numRowsAffected();
}

Result<std::optional<CaseDocument>> DocumentRepository::latestCourtOrder(qint64 placementId)
{
    return sql::firstRow(m_database,
                         kSelect + QStringLiteral("WHERE placement_id = ? AND kind = ? AND "
                                                  "removed_at IS NULL ORDER BY document_date "
                                                  "DESC, id DESC LIMIT 1"),
                         {placementId, documentKindName(DocumentKind::CourtOrder)}, fromRow);
}

} // namespace opieka
