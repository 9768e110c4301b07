#pragma once

#include "CaseDocument.h"
#include "Repository.h"
#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <optional>

namespace opieka {

// Documents kept with the case (documents, document_contents): the metadata in one table, the
// content in another, so that a list reads no content. No rules here: the service checks who may
// and holds the transaction (insert() and removeAllOfMember() write both tables).
class DocumentRepository : public Repository
{
public:
    using Repository::Repository;

    // The metadata (its id ignored) and the content; the new document's id.
    Result<qint64> insert(const CaseDocument& document, const QByteArray& content);
    // One owner's documents, newest document date first (then newest attached), without content.
    Result<QList<CaseDocument>> forOwner(const DocumentOwner& owner, bool withRemoved);
    Result<std::optional<CaseDocument>> find(qint64 documentId);
    // The content, or none when the document has none (removed, or no such document).
    Result<std::optional<QByteArray>> content(qint64 documentId);
    // A removal: who, when and why recorded on the row; the content deleted.
    Status markRemoved(qint64 documentId, const QDateTime& at, const QString& by,
                       const QString& reason);
    // The ids of the documents about a person (member_id), removed ones included.
    Result<QList<qint64>> idsOfMember(qint64 memberId);
    // Deletes the documents about a person, rows and content (an erasure); how many.
    Result<int> removeAllOfMember(qint64 memberId);
    // A member removed as entered by mistake (not an erasure): the documents about them stay in
    // the case's file, about nobody in particular; how many.
    Result<int> unlinkMember(qint64 memberId);
    // The documents of a duplicate placement a merge removes, now the kept placement's; how many.
    Result<int> movePlacement(qint64 fromPlacement, qint64 toPlacement);
    // The placement's latest court order still kept (document date, then the latest attached).
    Result<std::optional<CaseDocument>> latestCourtOrder(qint64 placementId);

    // The text an instant is stored as: UTC ISO 8601, whole seconds ("2026-12-08T01:02:03Z").
    static QString timestamp(const QDateTime& at);
};

} // namespace opieka
