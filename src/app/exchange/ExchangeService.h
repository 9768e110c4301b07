#pragma once

#include "BackupCrypto.h"
#include "Package.h"
#include "Result.h"
#include "Session.h"
#include "User.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace opieka {

class Database;

// What a worker asks to send (issue 22 parts 2 and 3; `opieka-cli exchange send`, the window's
// "Send to a partner centre" dialog). Receipts are not sent this way: see receipt().
struct SendRequest
{
    qint64 familyId = 0;
    // The partner centre: its fingerprint ("12345 67890 ...", spaces optional) or its name as on
    // its card (case-insensitive; refused when two partners have that name).
    QString partner;
    PackagePurpose purpose = PackagePurpose::Referral; // referral, plan or transfer
    // The chronology excerpt of a referral: the family's visits/contacts by id. Empty = the
    // default excerpt (the visits of the last 12 months). A transfer ignores it (it carries
    // every visit), a plan package carries no visits.
    QList<qint64> visitIds;
    // The visits whose confidential notes go too, ticked one by one (each must also be in the
    // excerpt). Without it a visit travels with its date, kind, who and summary, not its notes.
    QList<qint64> noteVisitIds;
    // Every sent visit's notes (CLI --include-notes). A transfer always carries them.
    bool includeAllNotes = false;
    // A plan package about a child's help plan rather than the family's work plan: the child's
    // member id (help plans are kept per child, ChildCareRepository). Empty = the family's
    // current work plan.
    std::optional<qint64> helpPlanChildId;
    // The legal basis written into the manifest, as the sender confirmed or changed it for this
    // package; empty = the centre's setting for the purpose (SettingsService::legalBasis).
    QString legalBasis;
};

// What will leave, in lines a person reads before saying "send" (no content is sent by
// preview; nothing is stored or audited).
struct PackagePreview
{
    QString partnerName;
    QString partnerFingerprint;
    PackagePurpose purpose = PackagePurpose::Referral;
    QString legalBasis;
    QString familyLabel;     // "Family no. 12 (Nowak), Testowo, ul. Polna 3"
    QStringList members;     // one line per member: "Anna Nowak, mother, born 1988"
    QString workPlan;        // "Work plan version 2 (agreed 12.05.2026), 3 goals" or empty
    QStringList assessments; // one line per assessment
    QStringList visits;      // one line per visit: "12.05.2026 home visit — with notes"
    int visitsWithNotes = 0;
    QStringList lines; // everything above as the lines shown / printed, in order
};

// One inbox (direction "in") or outbox ("out") item, as the list, the window and the CSV show it.
struct ExchangeItem
{
    qint64 id = 0;
    QString direction; // "in", "out"
    QString partner;   // the partner centre's name
    QString partnerFingerprint;
    PackagePurpose purpose = PackagePurpose::Referral;
    // The local family: the one sent (out), or the one created / linked on accepting (in); for a
    // received plan package, the family linked to the partner's family, if any.
    std::optional<qint64> familyId;
    // in: "received" -> "accepted" | "declined"; out: "sent" -> "delivered" -> "accepted" |
    // "declined". A received receipt is stored as an "in" item with status "accepted" (applied).
    QString status;
    QDateTime createdAt; // UTC: when sent / received here
    QDateTime updatedAt; // UTC: the last change of status
    QString packageId;
    QString sha256; // of the package file
    QString reason; // a decline's reason (ours for "in", the partner's for "out")
    // One line naming records by number, never a person (it stays when a person's data are
    // erased): "Referral: family no. 12, 3 members, 2 visits" (sent), "Referral: the partner's
    // family no. 45, 3 members, 2 visits" (received).
    QString summary;
};

// A package made by send(): its outbox item and the file's bytes, which the caller writes out.
struct SentPackage
{
    ExchangeItem item;
    QByteArray bytes;
};

// A read-only copy of a partner centre's plan for a family linked to it (issue 22: "PCPR's help
// plan for Kasia, version 3 of 12.05.2026"), stored apart from the centre's own plans.
struct PartnerPlan
{
    qint64 id = 0;
    QString partner; // the partner centre's name
    QString partnerFingerprint;
    QString kind;      // "work_plan" | "help_plan"
    QString childName; // help plan: the child's name; empty for a work plan
    int version = 0;
    std::optional<QDate> versionDate; // the version's date (agreed on / created on)
    QDateTime receivedAt;             // UTC: when the package was accepted
    QString packageId;
    QString text;     // the plan as readable text: goals, actions, deadlines, one per line
    QString planJson; // the plan object as it came (docs/exchange-content.md)
};

// The exchange between centres (issue 22 parts 2 and 3): the content of packages
// (docs/exchange-content.md), the outbox and inbox, accepting (which applies a referral or
// transfer, or stores a partner's plan copy), declining, receipts.
//
// Permissions (docs/exchange.md): send, accept, decline, receipt — managers, and the social
// workers, assistants and foster-care coordinators whose case the family is
// (Permissions::mayExchange, CaseAccess::mayChangeFamily: a coordinator through the family's
// team or a placed child's foster family); accepting an
// unlinked referral or transfer (which creates a family) — managers and social workers;
// receive and list — managers and case workers (a worker's list shows the items of her cases and
// the inbox items not yet linked to a family). Administrators read no case and exchange nothing.
//
// Every send / receive / accept / decline / receipt / refusal is audited here ("exchange.send",
// "exchange.receive", "exchange.accept", "exchange.decline", "exchange.receipt",
// "exchange.refuse") with the package id and sha256, never content, keys or the passphrase.
// A refused package stores nothing but its refusal's audit record.
class ExchangeService
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeService)

public:
    // `cost`: the Argon2id cost CentreService uses to unlock the centre's keys (the fast one in
    // tests).
    explicit ExchangeService(const Session& session,
                             KeyDerivationCost cost = KeyDerivationCost::standard());

    // What send() would put in the package, without the passphrase; refused as send() would be.
    Result<PackagePreview> preview(const SendRequest& request);
    // Builds the content, seals it for the partner with the centre's keys (unlocked with
    // `passphrase`: a wrong one is bad input), stores the outbox item ("sent") and audits
    // "exchange.send". The caller writes `bytes` to the file.
    Result<SentPackage> send(const SendRequest& request, const QByteArray& passphrase);

    // Receives a package file (`source` names it in messages): opened with the centre's keys and
    // the sender's card (a trusted partner, found by the envelope's sender fingerprint). Refused:
    // meant for another centre, unknown sender, the same package id received before, a receipt
    // for no package we sent to that partner. Bad input: changed bytes, not a package, wrong
    // passphrase, content of another format or version. Either way nothing is stored but the
    // "exchange.refuse" audit record (the file's SHA-256, the package id when the envelope could
    // be read, the reason). A referral / transfer / plan becomes an inbox item ("received",
    // showing the family when the partner's family is linked already); a receipt updates its
    // outbox item and is kept as an "in" item of purpose receipt.
    Result<ExchangeItem> receive(const QByteArray& bytes, const QString& source,
                                 const QByteArray& passphrase);

    // Accepts a received item (docs/exchange-content.md "Accepting"), in one transaction through
    // the app's services. Referral / transfer: creates the family (a manager only), its members,
    // the plan, the assessments and the visits — or adds what is new to `linkFamilyId` (or to the
    // family already linked to the partner's family) — and records the link (partner, partner's
    // family id) -> local family. Without a link, when the duplicate check (issue 21) finds a
    // likely match, refused naming the family so the user accepts again with --link. Visits are
    // written under the accepting account's worker (refused when it has none). Plan: stores the
    // partner's plan copy (the family must be linked, or `linkFamilyId` given, which links it).
    Result<ExchangeItem> accept(qint64 inboxId, std::optional<qint64> linkFamilyId);
    // Declines a received item with a reason (required); nothing of its content is applied.
    Result<ExchangeItem> decline(qint64 inboxId, const QString& reason);
    // The receipt package for inbox item `inboxId` in its current state (received ->
    // "delivered", accepted / declined -> that, with the reason), sealed to the sender; audited
    // "exchange.receipt". The caller writes the bytes.
    Result<QByteArray> receipt(qint64 inboxId, const QByteArray& passphrase);

    // The inbox and the outbox, newest first, as the actor may see them.
    Result<QList<ExchangeItem>> list();
    // One item (as list() would show it): refused when the actor may not see it.
    Result<ExchangeItem> item(qint64 id);
    // The partner plan copies of a local family, newest first (readers of the family).
    Result<QList<PartnerPlan>> partnerPlans(qint64 familyId);

private:
    Status mayExchange() const;

    Session m_session;
    Database& m_database;
    User m_actor;
    KeyDerivationCost m_cost;
};

} // namespace opieka
