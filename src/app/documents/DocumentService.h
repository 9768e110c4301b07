#pragma once

#include "CaseDocument.h"
#include "Clock.h"
#include "Result.h"
#include "Session.h"
#include "User.h"

#include <QCoreApplication>
#include <QList>

namespace opieka {

class Database;

// Documents kept with the case (issue 25): scanned court orders, signed work plans, health
// certificates and psychologists' opinions, Niebieska Karta forms, letters; PDF, JPEG or PNG,
// told by the content. Stored in the database with a SHA-256 of the content. Every read and
// change is checked as the case it belongs to is (CaseAccess: a family's record, a foster
// family, or a placement, readable by whoever may read the placed child or its foster family);
// attaching, viewing, saving a copy and removal write the audit record.
//
// Attaching a document also does what it stands for:
// - a health certificate or a psychologist's opinion attached to a foster family is that
//   family's latest one presented (foster_families.health_certificate_on /
//   psychologist_opinion_on) when its date is later than the one recorded: the deadline of
//   art. 45a moves two years on from it;
// - a signed work plan attached to a family records the day the family signed the plan version
//   (work_plans.family_signed_on): the version given, or the family's latest agreed one;
// - a court order attached to a placement is that placement's order (placementOrder()).
class DocumentService
{
    Q_DECLARE_TR_FUNCTIONS(DocumentService)

public:
    explicit DocumentService(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    // The largest file accepted, when the centre has not set one (setting "document_max_mb",
    // a centre setting: the statute says nothing): 30 MB; never more than kHardMaxBytes.
    static constexpr qint64 kDefaultMaxBytes = 30LL * 1024 * 1024;
    static constexpr qint64 kHardMaxBytes = 100LL * 1024 * 1024;
    static constexpr int kMaxDescriptionLength = 500;
    static constexpr int kMaxFileNameLength = 255;

    Result<qint64> maxBytes();

    // Why `content` under `fileName` may not be attached (bad input, with what is wrong: empty,
    // too large, not a PDF, JPEG or PNG, or another format than its name says), or its format.
    // Called by attach(); the window calls it too, to refuse a dropped file at once.
    Result<DocumentFormat> checkFile(const QString& fileName, const QByteArray& content);

    // Attaches the document and does what it stands for (above), in one transaction with its
    // audit record ("document.attach": the metadata and the SHA-256, never the content).
    // Refused when the account may not change the case, when the document's date is in the future
    // or before 1900, when the kind does not fit the owner (a health certificate or a
    // psychologist's opinion belongs to a foster family, a signed plan to a family with a plan).
    Result<qint64> attach(NewDocument document, const QDate& today = Clock::today());

    // The documents of one owner, newest document date first, without their content (a family
    // with hundreds opens as fast as one with none). Removed ones only when `withRemoved`.
    Result<QList<CaseDocument>> documents(const DocumentOwner& owner, bool withRemoved = false);
    // One document's metadata (checks the case as documents() does).
    Result<CaseDocument> document(qint64 documentId);
    // The placement's court order: its latest court order document still kept, or none.
    Result<std::optional<CaseDocument>> placementOrder(qint64 placementId);

    // The content, to show it: audited ("document.view"). Refused for a removed document.
    Result<QByteArray> view(qint64 documentId);
    // The content, to write it to a file the user chose (`fileName`: the name only, recorded):
    // audited ("document.save_copy"). The caller writes it through OutputFile.
    Result<QByteArray> copy(qint64 documentId, const QString& fileName);
    // View + write through OutputFile (refuses the database itself, links, devices; 0600).
    Status saveCopy(qint64 documentId, const QString& path);

    // Removes the document: a recorded decision with a reason (who, when, why stay; the content
    // goes). Audited ("document.remove"). Refused without a reason, for an account that may not
    // change the case, and for a document already removed.
    Status remove(qint64 documentId, const QString& reason);

    // Whether the account may attach and remove documents of `owner` (the rule attach() and
    // remove() check): the window offers Attach and Remove only then.
    Status mayChangeDocuments(const DocumentOwner& owner) { return mayChange(owner); }

private:
    Status mayRead(const DocumentOwner& owner);
    Status mayChange(const DocumentOwner& owner);

    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
