#pragma once

#include "CentreIdentity.h"
#include "CentreIdentityRepository.h"

namespace opieka {

// A card as the database keeps it (schema 18), read back as the app's CentreCard: for the
// services of src/app/exchange only (storage stays out of the window's and the CLI's reach).
inline CentreCard cardOf(const StoredCard& stored)
{
    CentreCard card;
    card.details.name = stored.name;
    card.details.kind = parseCentreKind(stored.kind).value_or(CentreKind::Ops);
    card.details.area = stored.area;
    card.details.regon = stored.regon;
    card.createdAt = stored.createdAt;
    card.signingKey = stored.signingKey;
    card.encryptionKey = stored.encryptionKey;
    card.signature = stored.signature;
    return card;
}

} // namespace opieka
