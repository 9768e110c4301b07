#include "CentreService.h"

#include "AuditedWrite.h"
#include "CentreIdentityRepository.h"
#include "FieldCopy.h"
#include "Logging.h"
#include "PastDates.h"
#include "Permissions.h"
#include "StoredCentreCard.h"

#include <QJsonObject>

namespace opieka {
namespace {

StoredCard stored(const CentreCard& card)
{
    return {card.details.name,  centreKindName(card.details.kind),
            card.details.area,  card.details.regon,
            card.createdAt,     card.signingKey,
            card.encryptionKey, card.signature};
}

// What the audit says of a card: its details and fingerprint (public), never a key.
QJsonObject audited(const CentreCard& card)
{
    QJsonObject values{{QStringLiteral("name"), card.details.name},
                       {QStringLiteral("kind"), centreKindName(card.details.kind)},
                       {QStringLiteral("area"), card.details.area},
                       {QStringLiteral("fingerprint"), CentreIdentity::fingerprint(card)}};
    if (!card.details.regon.isEmpty())
        values.insert(QStringLiteral("regon"), card.details.regon);
    return values;
}

CentrePartner partnerOf(const StoredPartner& stored)
{
    return {stored.id, cardOf(stored.card), stored.fingerprint, stored.addedAt, stored.addedBy};
}

} // namespace

Status CentreService::mayInit() const
{
    if (!m_actor.active)
        return refused(tr("The account '%1' is disabled.").arg(m_actor.login));
    if (m_actor.awaitingConfirmation)
        return Permissions::awaitingConfirmation(m_actor);
    if (m_actor.role != Role::Administrator)
        return refused(tr("Only an administrator can make the centre's keys; the account '%1' has "
                          "the role '%2'.")
                           .arg(m_actor.login, roleLabel(m_actor.role)));
    return {};
}

Status CentreService::mayManagePartners() const
{
    if (!m_actor.active)
        return refused(tr("The account '%1' is disabled.").arg(m_actor.login));
    if (m_actor.awaitingConfirmation)
        return Permissions::awaitingConfirmation(m_actor);
    if (m_actor.role != Role::Administrator && m_actor.role != Role::Manager)
        return refused(tr("Only an administrator or a manager can use the centre's keys, its card "
                          "and its partner centres; the account '%1' has the role '%2'.")
                           .arg(m_actor.login, roleLabel(m_actor.role)));
    return {};
}

Status CentreService::mayUseKeys() const
{
    // Administrators keep the partners (they may list them); the workers who exchange packages
    // list them to choose one and unlock the keys to sign and open packages.
    if (m_actor.role == Role::Administrator)
        return mayManagePartners();
    Status exchanges = Permissions::mayExchange(m_actor);
    if (exchanges || !m_actor.active || m_actor.awaitingConfirmation)
        return exchanges;
    return refused(tr("Only an administrator, a manager or the workers of a case can list the "
                      "partner centres and unlock the centre's keys; the account '%1' has the role "
                      "'%2'.")
                       .arg(m_actor.login, roleLabel(m_actor.role)));
}

Result<CentreCard> CentreService::init(const CentreDetails& details, const QByteArray& passphrase)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::Exchange));
    OPIEKA_TRY(mayInit());
    const auto already = [](const StoredCentre& centre) {
        return refused(
            tr("The centre already has its keys (made by '%1' on %2); they are made "
               "once, as partner centres trust their fingerprint.")
                .arg(centre.createdBy, localDate(centre.card.createdAt.toLocalTime().date())));
    };
    // Asked before the keys are made, as deriving the sealing key takes a second or two.
    auto existing = CentreIdentityRepository(m_database).centre();
    if (!existing)
        return existing.error();
    if (*existing)
        return already(**existing);

    CentreDetails given = details;
    given.name = given.name.trimmed();
    given.area = given.area.trimmed();
    given.regon = given.regon.trimmed();
    OPIEKA_TRY(CentreIdentity::checkDetails(given));
    if (passphrase.size() < minimumPassphraseLength)
        return badInput(tr("The centre passphrase must have at least %1 characters.")
                            .arg(minimumPassphraseLength));
    auto keys = CentreIdentity::generate();
    if (!keys)
        return keys.error();
    auto card = CentreIdentity::makeCard(*keys, given, QDateTime::currentDateTimeUtc());
    if (!card)
        return card.error();
    auto sealed = CentreIdentity::seal(*keys, passphrase, m_cost);
    if (!sealed)
        return sealed.error();

    return AuditedWrite(m_database, m_actor).run([&](AuditedWrite& write) -> Result<CentreCard> {
        CentreIdentityRepository repository(m_database);
        auto again = repository.centre();
        if (!again)
            return again.error();
        if (*again)
            return already(**again);
        StoredCentre centre{stored(*card),           sealed->sealed,           sealed->salt,
                            sealed->cost.operations, sealed->cost.memoryBytes, m_actor.login};
        OPIEKA_TRY(repository.insertCentre(centre));
        OPIEKA_TRY(write.record(QStringLiteral("centre.init"), QStringLiteral("centre"),
                                QStringLiteral("1"), {}, audited(*card)));
        logging::get("app")->info("centre identity made");
        return *card;
    });
}

Result<CentreCard> CentreService::card()
{
    OPIEKA_TRY(mayManagePartners());
    auto centre = CentreIdentityRepository(m_database).centre();
    if (!centre)
        return centre.error();
    if (!*centre)
        return refused(tr("The centre has no keys yet: an administrator makes them first "
                          "(opieka-cli centre init)."));
    const CentreCard card = cardOf((*centre)->card);
    if (!CentreIdentity::verify(card))
        return storageError(tr("The centre's card in the database does not match its signature "
                               "(the database was changed). Restore a backup made before the "
                               "change."));
    return card;
}

Result<CentreKeys> CentreService::unlock(const QByteArray& passphrase)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::Exchange));
    OPIEKA_TRY(mayUseKeys());
    auto centre = CentreIdentityRepository(m_database).centre();
    if (!centre)
        return centre.error();
    if (!*centre)
        return refused(tr("The centre has no keys yet: an administrator makes them first "
                          "(opieka-cli centre init)."));
    const StoredCentre& stored = **centre;
    const SealedCentreKeys sealed{
        stored.salt, {stored.operations, stored.memoryBytes}, stored.sealedKeys};
    auto keys = CentreIdentity::unseal(sealed, passphrase, stored.card.signingKey,
                                       stored.card.encryptionKey);
    if (!keys)
        logging::get("app")->warn("centre keys not unlocked");
    return keys;
}

Result<CentrePartner> CentreService::addPartner(const QByteArray& cardBytes, const QString& source)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::Exchange));
    OPIEKA_TRY(mayManagePartners());
    auto card = CentreIdentity::parseCard(cardBytes, source);
    if (!card)
        return card.error();
    const QString fingerprint = CentreIdentity::fingerprint(*card);
    return AuditedWrite(m_database, m_actor).run([&](AuditedWrite& write) -> Result<CentrePartner> {
        CentreIdentityRepository repository(m_database);
        auto own = repository.centre();
        if (!own)
            return own.error();
        if (*own && ((*own)->card.signingKey == card->signingKey ||
                     (*own)->card.encryptionKey == card->encryptionKey))
            return refused(tr("%1 is this centre's own card; a partner's card comes from the "
                              "partner centre.")
                               .arg(source));
        auto known = repository.partnerKnown(fingerprint, card->signingKey);
        if (!known)
            return known.error();
        if (*known)
            return refused(tr("The centre '%1' (fingerprint %2) is already a partner.")
                               .arg(card->details.name, fingerprint));
        StoredPartner partner{0, stored(*card), fingerprint, QDateTime::currentDateTimeUtc(),
                              m_actor.login};
        auto id = write.recordNew(repository.insertPartner(partner), QStringLiteral("partner.add"),
                                  QStringLiteral("partner_centre"), audited(*card));
        if (!id)
            return id.error();
        partner.id = *id;
        return partnerOf(partner);
    });
}

Result<QList<CentrePartner>> CentreService::partners()
{
    OPIEKA_TRY(mayUseKeys());
    auto stored = CentreIdentityRepository(m_database).partners();
    if (!stored)
        return stored.error();
    QList<CentrePartner> partners;
    for (const StoredPartner& partner : *stored)
        partners << partnerOf(partner);
    return partners;
}

} // namespace opieka
