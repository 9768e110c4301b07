#include "ExchangeDocuments.h"

#include "AuditedWrite.h"
#include "DocumentRepository.h"
#include "DocumentService.h"
#include "IsoDate.h"
#include "PastDates.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonValue>
#include <algorithm>

namespace opieka {
namespace {

QString key(const char* text)
{
    return QString::fromLatin1(text);
}

QString sha256Of(const QByteArray& content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

bool isSha256Text(const QString& text)
{
    if (text.size() != 64)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
               (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

// A whole positive number (a JSON number such as 7, not 7.5, "7" or -1), or none.
std::optional<qint64> positiveId(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const qint64 id = value.toInteger(-1);
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

// Base64 in its one spelling (standard alphabet, padded, no spaces or line breaks), decoded.
std::optional<QByteArray> canonicalBase64(const QString& text)
{
    const QByteArray ascii = text.toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(ascii, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64() != ascii)
        return std::nullopt;
    return decoded.decoded;
}

// Why one element of "documents" cannot be kept, or the document it is.
Result<PackageDocument> documentFrom(const QJsonValue& value)
{
    if (!value.isObject())
        return badInput(ExchangeDocuments::tr("it is not a JSON object"));
    const QJsonObject o = value.toObject();
    PackageDocument d;
    const auto id = positiveId(o.value(key("id")));
    if (!id)
        return badInput(ExchangeDocuments::tr("it has no id"));
    d.id = *id;
    const QJsonValue member = o.value(key("member_id"));
    if (!member.isNull() && !member.isUndefined()) {
        d.memberId = positiveId(member);
        if (!d.memberId)
            return badInput(
                ExchangeDocuments::tr("its member_id is neither a member's id nor null"));
    }
    const auto kind = parseDocumentKind(o.value(key("kind")).toString());
    if (!kind)
        return badInput(ExchangeDocuments::tr("its kind '%1' is not one this program knows")
                            .arg(o.value(key("kind")).toString().left(40)));
    d.kind = *kind;
    const auto date = parseIsoDate(o.value(key("date")).toString());
    if (!date)
        return badInput(ExchangeDocuments::tr("its date is not a date written YYYY-MM-DD"));
    d.date = *date;
    if (!o.value(key("description")).isString())
        return badInput(
            ExchangeDocuments::tr("it has no description (an empty one is written \"\")"));
    d.description = o.value(key("description")).toString();
    if (d.description.size() > DocumentService::kMaxDescriptionLength)
        return badInput(ExchangeDocuments::tr("its description is longer than %1 characters")
                            .arg(DocumentService::kMaxDescriptionLength));
    d.fileName = o.value(key("file_name")).toString();
    if (d.fileName.trimmed().isEmpty() || d.fileName.size() > DocumentService::kMaxFileNameLength ||
        d.fileName.contains(QLatin1Char('/')) || d.fileName.contains(QLatin1Char('\\')))
        return badInput(
            ExchangeDocuments::tr("its file name is empty, longer than %1 characters or names a "
                                  "folder")
                .arg(DocumentService::kMaxFileNameLength));
    const auto format = parseMediaType(o.value(key("media_type")).toString());
    if (!format)
        return badInput(ExchangeDocuments::tr(
            "its media type is not application/pdf, image/jpeg or image/png"));
    d.format = *format;
    // As DocumentService::checkFile: a name without an extension says nothing, one with an
    // extension must say the format.
    if (!QFileInfo(d.fileName).suffix().isEmpty() && formatOfName(d.fileName) != d.format)
        return badInput(
            ExchangeDocuments::tr("its file name does not end as a file of type %1 does")
                .arg(mediaType(d.format)));
    d.sha256 = o.value(key("sha256")).toString();
    if (!isSha256Text(d.sha256))
        return badInput(
            ExchangeDocuments::tr("its sha256 is not 64 lower-case hexadecimal digits"));
    const QJsonValue content = o.value(key("content"));
    // Base64 takes 4 characters for 3 bytes: a longer text is too large before it is decoded.
    if (!content.isString() ||
        content.toString().size() > (DocumentService::kHardMaxBytes + 2) / 3 * 4)
        return badInput(ExchangeDocuments::tr("its content is missing or larger than %1 MB")
                            .arg(DocumentService::kHardMaxBytes / (1024LL * 1024)));
    auto bytes = canonicalBase64(content.toString());
    if (!bytes)
        return badInput(ExchangeDocuments::tr("its content is not written in Base64"));
    if (bytes->isEmpty())
        return badInput(ExchangeDocuments::tr("its content is empty"));
    d.content = *bytes;
    if (sha256Of(d.content) != d.sha256)
        return badInput(
            ExchangeDocuments::tr("its content is not what its SHA-256 says: it was changed or "
                                  "damaged"));
    if (formatOfContent(d.content) != d.format)
        return badInput(ExchangeDocuments::tr("its content is not the %1 its media type says")
                            .arg(mediaType(d.format)));
    return d;
}

} // namespace

Result<QList<CaseDocument>> ExchangeDocuments::keptOfFamily(Database& database, qint64 familyId)
{
    auto documents = DocumentRepository(database).forOwner(DocumentOwner::family(familyId), false);
    if (!documents)
        return documents.error();
    QList<CaseDocument> sorted = *documents;
    std::sort(sorted.begin(), sorted.end(), [](const CaseDocument& a, const CaseDocument& b) {
        return a.date < b.date || (a.date == b.date && a.id < b.id);
    });
    return sorted;
}

QJsonObject ExchangeDocuments::toJson(const CaseDocument& d, const QByteArray& content)
{
    return {{key("id"), d.id},
            {key("kind"), documentKindName(d.kind)},
            {key("date"), isoDate(d.date)},
            {key("description"), d.description},
            {key("file_name"), d.fileName},
            {key("media_type"), mediaType(d.format)},
            {key("sha256"), d.sha256},
            {key("member_id"), d.memberId ? QJsonValue(*d.memberId) : QJsonValue(QJsonValue::Null)},
            {key("content"), QString::fromLatin1(content.toBase64())}};
}

Result<QJsonArray> ExchangeDocuments::toJson(Database& database,
                                             const QList<CaseDocument>& documents)
{
    DocumentRepository repository(database);
    QJsonArray array;
    for (const CaseDocument& d : documents) {
        auto content = repository.content(d.id);
        if (!content)
            return content.error();
        if (!*content)
            return refused(tr("Document %1 was removed while the package was being made; make "
                              "the package again.")
                               .arg(d.id));
        array.append(toJson(d, **content));
    }
    return array;
}

Result<QList<PackageDocument>> ExchangeDocuments::read(const QJsonObject& content,
                                                       const QString& source)
{
    const QJsonValue field = content.value(key("documents"));
    if (field.isUndefined())
        return QList<PackageDocument>();
    if (!field.isArray())
        return badInput(tr("%1 carries \"documents\" that are not a list; nothing of it was "
                           "accepted. Ask the partner centre to send it again.")
                            .arg(source));
    const QJsonArray array = field.toArray();
    QList<PackageDocument> documents;
    QSet<qint64> ids;
    for (qsizetype index = 0; index < array.size(); ++index) {
        auto document = documentFrom(array.at(index));
        if (document && ids.contains(document->id))
            document = badInput(tr("its id is that of another document of the package"));
        if (!document) {
            const auto id = positiveId(array.at(index).toObject().value(key("id")));
            const QString which =
                id ? tr("the sender's document no. %1 (item %2 of %3)")
                         .arg(*id)
                         .arg(index + 1)
                         .arg(array.size())
                   : tr("item %1 of %2 of its documents").arg(index + 1).arg(array.size());
            return badInput(tr("%1 carries a document that cannot be kept: %2, %3. Nothing of "
                               "the package was accepted; ask the partner centre to send it "
                               "again.")
                                .arg(source, which, document.error().message));
        }
        ids.insert(document->id);
        documents << *document;
    }
    return documents;
}

Result<int> ExchangeDocuments::attach(Database& database, AuditedWrite& write,
                                      const QList<PackageDocument>& documents, qint64 familyId,
                                      const QHash<qint64, qint64>& localMembers,
                                      const QSet<qint64>& broughtBefore, const QString& packageId,
                                      const std::function<Status(qint64, qint64)>& made)
{
    DocumentRepository repository(database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int attached = 0;
    for (const PackageDocument& incoming : documents) {
        if (broughtBefore.contains(incoming.id))
            continue;
        CaseDocument d;
        d.owner = DocumentOwner::family(familyId);
        if (incoming.memberId && localMembers.contains(*incoming.memberId))
            d.memberId = localMembers.value(*incoming.memberId);
        d.kind = incoming.kind;
        d.date = incoming.date;
        // Never a null text: the column is NOT NULL, and a null QString binds as NULL.
        d.description =
            incoming.description.isNull() ? QString::fromLatin1("") : incoming.description;
        d.fileName = incoming.fileName;
        d.format = incoming.format;
        d.bytes = incoming.content.size();
        d.sha256 = incoming.sha256;
        d.addedBy = write.actor().login;
        d.addedAt = now.addMSecs(-now.time().msec());
        // The values DocumentService's attach records, and the package it came in.
        QJsonObject values{{key("kind"), documentKindName(d.kind)},
                           {key("date"), isoDate(d.date)},
                           {key("file_name"), d.fileName},
                           {key("bytes"), d.bytes},
                           {key("sha256"), d.sha256},
                           {key("owner"), QStringLiteral("family")},
                           {key("owner_id"), familyId},
                           {key("package_id"), packageId}};
        if (d.memberId)
            values.insert(key("member_id"), *d.memberId);
        auto id =
            write.recordNew(repository.insert(d, incoming.content),
                            QStringLiteral("document.attach"), QStringLiteral("document"), values);
        if (!id)
            return id.error();
        OPIEKA_TRY(made(*id, incoming.id));
        ++attached;
    }
    return attached;
}

QStringList ExchangeDocuments::previewLines(const QList<CaseDocument>& documents)
{
    QStringList lines;
    for (const CaseDocument& d : documents)
        lines << tr("%1 %2 — %3 (%4 kB)")
                     .arg(localDate(d.date), documentKindLabel(d.kind), d.fileName)
                     .arg((d.bytes + 1023) / 1024);
    return lines;
}

} // namespace opieka
