-- Opieka schema 8: sign-in. A password is kept only as an Argon2id hash (libsodium's
-- crypto_pwhash_str: algorithm, parameters and salt inside the string), never in clear. Failed
-- sign-ins are counted per account; after several the account waits until locked_until.

ALTER TABLE users ADD COLUMN password_hash TEXT;
ALTER TABLE users ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until TEXT;
