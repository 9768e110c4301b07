#pragma once

#include "BackupCrypto.h"
#include "CentreIdentity.h"
#include "Result.h"
#include "Session.h"
#include "User.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace opieka {

class Database;

// A centre this one trusts: its card as imported, the fingerprint read over the phone before
// adding it, and who added it when.
struct CentrePartner
{
    qint64 id = 0;
    CentreCard card;
    QString fingerprint;
    QDateTime addedAt; // UTC
    QString addedBy;   // the login
};

// The centre's identity and its partner centres (issue 22 part 1, docs/exchange.md). Every
// change is audited ("centre.init", "partner.add": the card's details and fingerprint, never a
// key or the passphrase).
class CentreService
{
    Q_DECLARE_TR_FUNCTIONS(CentreService)

public:
    static constexpr int minimumPassphraseLength = 12;

    // `cost`: how hard the centre passphrase is to guess from the sealed keys; the standard cost
    // outside tests.
    explicit CentreService(const Session& session,
                           KeyDerivationCost cost = KeyDerivationCost::standard())
        : m_database(session.database())
        , m_actor(session.actor())
        , m_cost(cost)
    {}

    // Makes the centre's key pairs and its card, and stores them with the private keys sealed
    // under `passphrase` (at least minimumPassphraseLength characters). An administrator only;
    // refused when the centre already has an identity (there is one, for good: partners trust
    // its fingerprint).
    Result<CentreCard> init(const CentreDetails& details, const QByteArray& passphrase);
    // The centre's card, to give to partners (administrators and managers); refused when the
    // centre has no identity yet.
    Result<CentreCard> card();
    // The centre's private keys, unsealed with `passphrase` (to sign and open packages): bad
    // input when the passphrase is wrong (CentreIdentity::isWrongPassphrase). Administrators, and
    // whoever may exchange packages (Permissions::mayExchange: managers, social workers, family
    // assistants). Nothing is audited: the keys are read, not changed.
    Result<CentreKeys> unlock(const QByteArray& passphrase);

    // Trusts the centre whose card file holds `cardBytes` (`source` names the file in
    // messages): administrators and managers. A file that is not a card, or whose signature
    // does not match what it says, is bad input; this centre's own card, or a partner already
    // trusted, is refused.
    Result<CentrePartner> addPartner(const QByteArray& cardBytes, const QString& source);
    // The partners, by name: administrators, and whoever may exchange packages (to choose the
    // partner a package goes to). A read: nothing is audited.
    Result<QList<CentrePartner>> partners();

private:
    Status mayInit() const;
    Status mayManagePartners() const;
    Status mayUseKeys() const; // listing the partners, unlocking the keys

    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
    KeyDerivationCost m_cost;
};

} // namespace opieka
