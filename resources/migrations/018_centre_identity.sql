-- Opieka schema 18: the centre's identity and its trusted partner centres (issue 22 part 1,
-- docs/exchange.md).
--
-- One row: the centre's card (name, kind, area, REGON, public keys, creation time, its
-- self-signature) and its private keys sealed under the centre passphrase (crypto_secretbox under
-- an Argon2id key: the salt and the cost are kept to derive it again). Keys, salt, sealed keys
-- and signatures are Base64 text (standard alphabet, padded), the same on SQLite and PostgreSQL.
-- Nothing here is a secret without the passphrase, which is never stored.
CREATE TABLE centre_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('ops', 'pcpr')),
    area TEXT NOT NULL,
    regon TEXT,
    signing_key TEXT NOT NULL,
    encryption_key TEXT NOT NULL,
    card_signature TEXT NOT NULL,
    sealed_keys TEXT NOT NULL,
    kdf_salt TEXT NOT NULL,
    kdf_operations BIGINT NOT NULL CHECK (kdf_operations > 0),
    kdf_memory_bytes BIGINT NOT NULL CHECK (kdf_memory_bytes > 0),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);

-- The centres this one trusts: each partner's card as it was imported (with its signature, so
-- it can be checked again), its fingerprint as read over the phone, and who added it when.
CREATE TABLE partner_centres (
    id {{AUTO_ID}},
    fingerprint TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('ops', 'pcpr')),
    area TEXT NOT NULL,
    regon TEXT,
    signing_key TEXT NOT NULL UNIQUE,
    encryption_key TEXT NOT NULL,
    card_signature TEXT NOT NULL,
    card_created_at TEXT NOT NULL,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL
);
