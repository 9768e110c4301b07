#pragma once

#include "Repository.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace opieka {

// An inbox or outbox item as stored (schema 19, exchange_items): the app layer
// (ExchangeService) decides what the words mean; here they are only kept.
struct StoredExchangeItem
{
    qint64 id = 0;
    QString direction; // "in", "out"
    QString packageId;
    QString sha256;
    QString purpose; // "referral", "plan", "transfer", "receipt"
    QString partnerFingerprint;
    QString partnerName;
    std::optional<qint64> familyId;        // the local family
    std::optional<qint64> partnerFamilyId; // the partner's id of it
    QString status;
    QString reason;
    QString summary;
    QString legalBasis;
    QDateTime packageCreatedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString createdBy;
};

// A read-only copy of a partner's plan (partner_plans).
struct StoredPartnerPlan
{
    qint64 id = 0;
    qint64 familyId = 0;
    qint64 itemId = 0;
    QString partnerFingerprint;
    QString partnerName;
    QString kind; // "work_plan", "help_plan"
    QString childName;
    int version = 0;
    std::optional<QDate> versionDate;
    QDateTime receivedAt;
    QString packageId;
    QString text;
    QString json;
};

// The exchange's inbox and outbox, the opened content of received items, receipts, the
// cross-centre family links, the records accepted items made, and the partner plan copies.
class ExchangeRepository : public Repository
{
public:
    using Repository::Repository;

    Result<qint64> insertItem(const StoredExchangeItem& item);
    Result<std::optional<StoredExchangeItem>> item(qint64 id);
    // The item of `direction` with this package id.
    Result<std::optional<StoredExchangeItem>> itemByPackage(const QString& direction,
                                                            const QString& packageId);
    // Every item, newest first.
    Result<QList<StoredExchangeItem>> items();
    Status updateStatus(qint64 id, const QString& status, const QString& reason,
                        std::optional<qint64> familyId, const QDateTime& at);

    Status insertContent(qint64 itemId, const QString& content);
    Result<std::optional<QString>> content(qint64 itemId);

    // Every stored content: (item id, content), by item.
    Result<QList<std::pair<qint64, QString>>> contents();
    // Puts `content` in place of an item's stored content (an erasure, MemberService::erase).
    Status replaceContent(qint64 itemId, const QString& content);

    Result<qint64> insertReceipt(qint64 itemId, qint64 receiptItemId, const QString& decision,
                                 const QString& reason, const QDateTime& decidedAt);

    // The local family linked to the partner's family, if any.
    Result<std::optional<qint64>> linkedFamily(const QString& partnerFingerprint,
                                               qint64 partnerFamilyId);
    // Links (or re-links) the partner's family to a local one.
    Status link(const QString& partnerFingerprint, qint64 partnerFamilyId, qint64 familyId,
                const QDateTime& at, const QString& by);

    // A record an accepted item made; `partnerId`: the partner's id of it, when it has one.
    Status insertRecord(qint64 itemId, const QString& entity, qint64 localId,
                        std::optional<qint64> partnerId = std::nullopt);
    // The partner's ids of the `entity` records that earlier packages from that partner brought
    // into local family `familyId`.
    Result<QList<qint64>> recordedPartnerIds(const QString& partnerFingerprint, qint64 familyId,
                                             const QString& entity);

    // The items whose acceptance made the `entity` record with local id `localId`.
    Result<QList<qint64>> itemsRecording(const QString& entity, qint64 localId);

    Result<qint64> insertPartnerPlan(const StoredPartnerPlan& plan);
    // A family's partner plan copies, newest first.
    Result<QList<StoredPartnerPlan>> partnerPlans(qint64 familyId);
    // Every partner plan copy, by id.
    Result<QList<StoredPartnerPlan>> allPartnerPlans();
    // Puts `text` and `json` in place of a plan copy's and clears its child's name (an erasure).
    Status replacePartnerPlan(qint64 planId, const QString& text, const QString& json);
};

} // namespace opieka
