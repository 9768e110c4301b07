#pragma once

#include "CaseDocument.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <functional>
#include <optional>

namespace opieka {

class AuditedWrite;
class Database;

// One document as a transfer package carries it (docs/exchange-content.md, "documents"): the
// sender's ids, the metadata and the content, checked.
struct PackageDocument
{
    qint64 id = 0;                  // the sender's id
    std::optional<qint64> memberId; // the sender's id of the member it is about, if one
    DocumentKind kind = DocumentKind::Other;
    QDate date;
    QString description;
    QString fileName;
    DocumentFormat format = DocumentFormat::Pdf;
    QString sha256; // lower-case hexadecimal, as the package says and the content gives
    QByteArray content;
};

// The documents of a family's record in exchange packages (issue 25): a transfer carries the
// kept ones, content included, in the content's "documents" array; a referral and a plan carry
// none, and their readers ignore the field.
class ExchangeDocuments
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeDocuments)

public:
    // The family's kept documents (not the removed ones), oldest first: what a transfer carries.
    // The caller has checked that its actor may change the family; no content is read.
    static Result<QList<CaseDocument>> keptOfFamily(Database& database, qint64 familyId);

    // The "documents" array for `documents`, each with its content in Base64 (read now).
    static Result<QJsonArray> toJson(Database& database, const QList<CaseDocument>& documents);
    // One element of that array.
    static QJsonObject toJson(const CaseDocument& document, const QByteArray& content);

    // Reads and checks the "documents" array of a transfer's content (none when it has no such
    // field): every element an object with the fields of docs/exchange-content.md, a kind this
    // program knows, a real date, a file name without a folder whose extension says its format,
    // canonical Base64 content of at most DocumentService::kHardMaxBytes whose SHA-256 is
    // "sha256" and whose first bytes are the "media_type", a sender's id not repeated. The first
    // document that fails is bad input naming the package (`source`) and the document (the
    // sender's id and its place in the array, never its file name or description).
    static Result<QList<PackageDocument>> read(const QJsonObject& content, const QString& source);

    // Attaches `documents` to the local family `familyId` inside the accept's transaction
    // (`write`; the caller checked that its actor may change the family): each one a
    // "document.attach" audit record naming the package. Skips those whose sender's id is in
    // `broughtBefore` (an earlier package of the same family brought them). A member id becomes
    // the local member in `localMembers` (the sender's member id -> the member this accept made),
    // none otherwise. `made(localId, senderId)` records each document attached. How many were.
    static Result<int> attach(Database& database, AuditedWrite& write,
                              const QList<PackageDocument>& documents, qint64 familyId,
                              const QHash<qint64, qint64>& localMembers,
                              const QSet<qint64>& broughtBefore, const QString& packageId,
                              const std::function<Status(qint64, qint64)>& made);

    // The preview's lines of what leaves: "12.05.2026 court order — postanowienie.pdf (2.1 MB)".
    static QStringList previewLines(const QList<CaseDocument>& documents);
};

} // namespace opieka
