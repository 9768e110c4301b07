#include "DocumentService.h"

#include "AuditedWrite.h"
#include "Database.h"
#include "DocumentChecks.h"
#include "DocumentRepository.h"
#include "FieldCopy.h"
#include "FosterFamilyRepository.h"
#include "IsoDate.h"
#include "OutputFile.h"
#include "PastDates.h"
#include "PlacementRepository.h"
#include "SettingsRepository.h"
#include "WorkPlanRepository.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonObject>
#include <algorithm>

namespace opieka {
namespace {

using document_checks::baseName;

const QString kEntity = QStringLiteral("document");
constexpr int kMaxReasonLength = 1000;
constexpr qint64 kMegabyte = 1024LL * 1024;

QString ownerName(DocumentOwner::Kind kind)
{
    switch (kind) {
    case DocumentOwner::Kind::Family:
        return QStringLiteral("family");
    case DocumentOwner::Kind::FosterFamily:
        return QStringLiteral("foster_family");
    case DocumentOwner::Kind::Placement:
        return QStringLiteral("placement");
    }
    return QStringLiteral("family");
}

QString formatLabel(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Pdf:
        return QStringLiteral("PDF");
    case DocumentFormat::Jpeg:
        return QStringLiteral("JPEG");
    case DocumentFormat::Png:
        return QStringLiteral("PNG");
    }
    return QStringLiteral("PDF");
}

QString megabytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / static_cast<double>(kMegabyte), 'f', 1);
}

QString sha256Hex(const QByteArray& content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

// What the audit keeps of a document: never its content nor its description.
QJsonObject auditValues(const CaseDocument& d)
{
    QJsonObject values{{QStringLiteral("kind"), documentKindName(d.kind)},
                       {QStringLiteral("date"), isoDate(d.date)},
                       {QStringLiteral("file_name"), d.fileName},
                       {QStringLiteral("bytes"), d.bytes},
                       {QStringLiteral("sha256"), d.sha256},
                       {QStringLiteral("owner"), ownerName(d.owner.kind)},
                       {QStringLiteral("owner_id"), d.owner.id}};
    if (d.memberId)
        values.insert(QStringLiteral("member_id"), *d.memberId);
    if (d.planId)
        values.insert(QStringLiteral("plan_id"), *d.planId);
    return values;
}

Error noDocument(qint64 documentId)
{
    return badInput(DocumentService::tr("There is no document %1.").arg(documentId));
}

} // namespace

Result<qint64> DocumentService::maxBytes()
{
    auto setting = SettingsRepository(m_database).value(QStringLiteral("document_max_mb"));
    if (!setting)
        return setting.error();
    if (!*setting)
        return kDefaultMaxBytes;
    bool ok = false;
    const double mb = (*setting)->trimmed().toDouble(&ok);
    if (!ok || mb <= 0)
        return kDefaultMaxBytes;
    return std::min(kHardMaxBytes, static_cast<qint64>(mb * static_cast<double>(kMegabyte)));
}

Result<DocumentFormat> DocumentService::checkFile(const QString& fileName,
                                                  const QByteArray& content)
{
    const QString name = baseName(fileName);
    if (content.isEmpty())
        return badInput(tr("The file %1 is empty: choose the scanned document itself.").arg(name));
    auto limit = maxBytes();
    if (!limit)
        return limit.error();
    if (content.size() > *limit)
        return badInput(tr("The file %1 is %2 MB; the largest file accepted is %3 MB. Scan it "
                           "at a lower resolution or split it.")
                            .arg(name, megabytes(content.size()), megabytes(*limit)));
    const auto format = formatOfContent(content);
    if (!format)
        return badInput(tr("The file %1 is not a PDF, JPEG or PNG file (told by its content, "
                           "not its name). Save or scan it as PDF, JPEG or PNG.")
                            .arg(name));
    const QString suffix = QFileInfo(name).suffix();
    const auto named = formatOfName(name);
    if (!suffix.isEmpty() && named != format)
        return badInput(tr("The file %1 is named as a .%2 file, but its content is %3. Rename "
                           "it to what it is, or choose the right file.")
                            .arg(name, suffix, formatLabel(*format)));
    return *format;
}

Status DocumentService::mayRead(const DocumentOwner& owner)
{
    return document_checks::ownerRule(m_database, m_actor, owner, false);
}

Status DocumentService::mayChange(const DocumentOwner& owner)
{
    return document_checks::ownerRule(m_database, m_actor, owner, true);
}

namespace {

// What the document stands for (DocumentService.h), with the dates before and after for the
// audit record.
Status applyEffect(Database& database, const CaseDocument& d, QJsonObject& before,
                   QJsonObject& after)
{
    if (d.kind == DocumentKind::HealthCertificate || d.kind == DocumentKind::PsychologistOpinion) {
        FosterFamilyRepository families(database);
        auto family = families.find(d.owner.id);
        if (!family)
            return family.error();
        if (!*family)
            return badInput(DocumentService::tr("There is no foster family %1.").arg(d.owner.id));
        const bool health = d.kind == DocumentKind::HealthCertificate;
        std::optional<QDate>& recorded =
            health ? (*family)->healthCertificateOn : (*family)->psychologistOpinionOn;
        if (recorded && *recorded >= d.date)
            return {}; // an older one: the latest presented stays
        const QString key = health ? QStringLiteral("health_certificate_on")
                                   : QStringLiteral("psychologist_opinion_on");
        before.insert(key, isoDate(recorded));
        recorded = d.date;
        after.insert(key, isoDate(d.date));
        return families.update(**family);
    }
    if (d.kind == DocumentKind::SignedWorkPlan && d.planId) {
        WorkPlanRepository plans(database);
        auto plan = plans.find(*d.planId);
        if (!plan)
            return plan.error();
        before.insert(QStringLiteral("family_signed_on"),
                      *plan ? isoDate((*plan)->familySignedOn) : QString());
        after.insert(QStringLiteral("family_signed_on"), isoDate(d.date));
        return plans.setFamilySignedOn(*d.planId, d.date);
    }
    return {};
}

} // namespace

Result<qint64> DocumentService::attach(NewDocument d, const QDate& today)
{
    d.description = d.description.trimmed();
    CaseDocument stored;
    stored.owner = d.owner;
    stored.memberId = d.memberId;
    stored.kind = d.kind;
    stored.date = d.date;
    stored.description = d.description;
    stored.fileName = baseName(d.fileName);
    stored.bytes = d.content.size();
    stored.addedBy = m_actor.login;
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::Documents));
        OPIEKA_TRY(mayChange(d.owner));
        OPIEKA_TRY(document_checks::checkDetails(d, stored.fileName, today));
        auto format = checkFile(stored.fileName, d.content);
        if (!format)
            return format.error();
        stored.format = *format;
        stored.sha256 = sha256Hex(d.content);
        return {};
    };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Result<qint64> {
        QJsonObject before;
        QJsonObject after;
        OPIEKA_TRY(document_checks::checkOwner(m_database, d, stored.planId));
        // A placement's document is about the placed child (merges and erasure look at it).
        if (d.owner.kind == DocumentOwner::Kind::Placement && !stored.memberId) {
            auto placement = PlacementRepository(m_database).find(d.owner.id);
            if (!placement)
                return placement.error();
            if (*placement)
                stored.memberId = (*placement)->childMemberId;
        }
        stored.addedAt = QDateTime::currentDateTimeUtc();
        auto id = DocumentRepository(m_database).insert(stored, d.content);
        if (!id)
            return id.error();
        stored.id = *id;
        OPIEKA_TRY(applyEffect(m_database, stored, before, after));
        const QJsonObject values = auditValues(stored);
        for (auto it = values.begin(); it != values.end(); ++it)
            after.insert(it.key(), it.value());
        OPIEKA_TRY(write.record(QStringLiteral("document.attach"), kEntity, *id, before, after));
        return id;
    });
}

Result<QList<CaseDocument>> DocumentService::documents(const DocumentOwner& owner, bool withRemoved)
{
    OPIEKA_TRY(mayRead(owner));
    return DocumentRepository(m_database).forOwner(owner, withRemoved);
}

Result<CaseDocument> DocumentService::document(qint64 documentId)
{
    auto found = DocumentRepository(m_database).find(documentId);
    if (!found)
        return found.error();
    if (!*found)
        return noDocument(documentId);
    OPIEKA_TRY(mayRead((*found)->owner));
    return **found;
}

Result<std::optional<CaseDocument>> DocumentService::placementOrder(qint64 placementId)
{
    OPIEKA_TRY(mayRead(DocumentOwner::placement(placementId)));
    return DocumentRepository(m_database).latestCourtOrder(placementId);
}

namespace {

// The content of a document `service` may read, with its audit record (`action`, `values`).
Result<QByteArray> readContent(DocumentService& service, Database& database, const User& actor,
                               qint64 documentId, const QString& action, const QJsonObject& values)
{
    auto found = service.document(documentId);
    if (!found)
        return found.error();
    if (found->removed())
        return refused(
            DocumentService::tr(
                "Document %1 was removed on %2 (%3); its content is no longer kept.")
                .arg(documentId)
                .arg(localDate(found->removedAt->toLocalTime().date()), found->removalReason));
    return AuditedWrite(database, actor).run([&](AuditedWrite& write) -> Result<QByteArray> {
        auto content = DocumentRepository(database).content(documentId);
        if (!content)
            return content.error();
        if (!*content)
            return refused(
                DocumentService::tr("Document %1 was removed; its content is no longer kept.")
                    .arg(documentId));
        if (sha256Hex(**content) != found->sha256)
            return storageError(
                DocumentService::tr("The stored content of document %1 does not match its "
                                    "SHA-256: the copy in the database is damaged. Restore it "
                                    "from a backup.")
                    .arg(documentId));
        QJsonObject recorded{{QStringLiteral("file_name"), found->fileName},
                             {QStringLiteral("sha256"), found->sha256}};
        for (auto it = values.begin(); it != values.end(); ++it)
            recorded.insert(it.key(), it.value());
        OPIEKA_TRY(write.record(action, kEntity, documentId, {}, recorded));
        return std::move(**content);
    });
}

} // namespace

Result<QByteArray> DocumentService::view(qint64 documentId)
{
    return readContent(*this, m_database, m_actor, documentId, QStringLiteral("document.view"), {});
}

Result<QByteArray> DocumentService::copy(qint64 documentId, const QString& fileName)
{
    return readContent(*this, m_database, m_actor, documentId, QStringLiteral("document.save_copy"),
                       {{QStringLiteral("copy_file_name"), baseName(fileName)}});
}

Status DocumentService::saveCopy(qint64 documentId, const QString& path)
{
    OutputFile out(path);
    OPIEKA_TRY(out.open());
    auto content = copy(documentId, QFileInfo(path).fileName());
    if (!content)
        return content.error();
    if (out.device().write(*content) != content->size())
        return storageError(tr("Could not write %1: %2").arg(path, out.device().errorString()));
    return out.commit();
}

Status DocumentService::remove(qint64 documentId, const QString& reason)
{
    const QString why = reason.trimmed();
    auto found = document(documentId);
    if (!found)
        return found.error();
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::Documents));
        OPIEKA_TRY(mayChange(found->owner));
        if (why.isEmpty())
            return badInput(tr("Say why the document is removed: the removal is a recorded "
                               "decision."));
        if (why.size() > kMaxReasonLength)
            return badInput(tr("The reason is longer than %1 characters.").arg(kMaxReasonLength));
        if (why.contains(QChar(0)))
            return badInput(tr("The reason holds a NUL character."));
        return {};
    };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Status {
        DocumentRepository repo(m_database);
        auto current = repo.find(documentId);
        if (!current)
            return current.error();
        if (!*current)
            return noDocument(documentId);
        if ((*current)->removed())
            return refused(tr("Document %1 was already removed by %2.")
                               .arg(documentId)
                               .arg((*current)->removedBy));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        OPIEKA_TRY(repo.markRemoved(documentId, now, m_actor.login, why));
        return write.record(QStringLiteral("document.remove"), kEntity, documentId,
                            auditValues(**current),
                            {{QStringLiteral("removed_at"), DocumentRepository::timestamp(now)},
                             {QStringLiteral("removal_reason"), why}});
    });
}

} // namespace opieka
