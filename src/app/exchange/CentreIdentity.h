#pragma once

#include "BackupCrypto.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <array>
#include <optional>

namespace opieka {

// Which institution a centre is (issue 22): a gmina's social assistance centre (OPS) or a
// powiat's family support centre (PCPR).
enum class CentreKind
{
    Ops,
    Pcpr,
};

// "ops", "pcpr": the words of the card and of `opieka-cli centre init --kind`.
QString centreKindName(CentreKind kind);
std::optional<CentreKind> parseCentreKind(const QString& text);

// What an administrator says of the centre when making its identity.
struct CentreDetails
{
    QString name; // "Ośrodek Pomocy Społecznej w Testowie"
    CentreKind kind = CentreKind::Ops;
    QString area;  // the gmina's (OPS) or the powiat's (PCPR) name
    QString regon; // 9 or 14 digits; empty when not known

    bool operator==(const CentreDetails& other) const = default;
};

// A centre card (docs/exchange.md, "Centre card"): the public half of a centre's identity, which
// another centre imports to trust it. Self-signed with the signing key: `signature` is Ed25519
// over CentreIdentity::signedBytes(card).
struct CentreCard
{
    static constexpr int formatVersion = 1;

    int version = formatVersion;
    CentreDetails details;
    QDateTime createdAt;      // UTC, whole seconds
    QByteArray signingKey;    // Ed25519 public key, 32 bytes
    QByteArray encryptionKey; // X25519 public key, 32 bytes
    QByteArray signature;     // 64 bytes

    bool operator==(const CentreCard& other) const = default;
};

// The centre's private keys in memory: made or unsealed, used, and wiped (sodium_memzero) when
// the object goes. Moved, never copied.
class CentreKeys
{
public:
    static constexpr int signingSecretBytes = 64;    // crypto_sign_SECRETKEYBYTES
    static constexpr int encryptionSecretBytes = 32; // crypto_box_SECRETKEYBYTES
    static constexpr int publicKeyBytes = 32;

    CentreKeys() = default;
    ~CentreKeys();
    CentreKeys(CentreKeys&& other) noexcept;
    CentreKeys& operator=(CentreKeys&& other) noexcept;
    CentreKeys(const CentreKeys&) = delete;
    CentreKeys& operator=(const CentreKeys&) = delete;

    QByteArray signingKey() const { return m_signingPublic; }
    QByteArray encryptionKey() const { return m_encryptionPublic; }
    // The Ed25519 signature (64 bytes) of `message`.
    QByteArray sign(const QByteArray& message) const;

private:
    friend class CentreIdentity;
    friend class Package;
    void wipe();

    std::array<unsigned char, signingSecretBytes> m_signingSecret{};
    std::array<unsigned char, encryptionSecretBytes> m_encryptionSecret{};
    QByteArray m_signingPublic;
    QByteArray m_encryptionPublic;
};

// The private keys as the database keeps them: sealed (crypto_secretbox, XSalsa20-Poly1305)
// under a key derived with Argon2id from the centre passphrase.
struct SealedCentreKeys
{
    QByteArray salt; // crypto_pwhash_SALTBYTES (16)
    KeyDerivationCost cost;
    QByteArray sealed; // the nonce (24 bytes), then the box of both secret keys (96 + 16 bytes)
};

// The centre's identity (issue 22 part 1): its key pairs, the sealing of the private ones, and
// its card with its fingerprint. With BackupCrypto, the only place that knows libsodium.
class CentreIdentity
{
    Q_DECLARE_TR_FUNCTIONS(CentreIdentity)

public:
    static constexpr qsizetype maxCardBytes = 16384; // 16 KiB
    static constexpr int fingerprintGroups = 8;

    // A new signing (Ed25519) and encryption (X25519) key pair.
    static Result<CentreKeys> generate();
    // Seals the private keys under `passphrase` with a new random salt and nonce.
    static Result<SealedCentreKeys> seal(const CentreKeys& keys, const QByteArray& passphrase,
                                         const KeyDerivationCost& cost);
    // Opens sealed keys; they must belong to the public keys given (the stored card's). A wrong
    // passphrase, or sealed keys that are not the card's, is bad input.
    static Result<CentreKeys> unseal(const SealedCentreKeys& sealed, const QByteArray& passphrase,
                                     const QByteArray& signingKey, const QByteArray& encryptionKey);
    // The error unseal gives for a wrong passphrase, the services pass it on unchanged.
    static Error wrongPassphrase();
    // Whether `error` is the centre passphrase being wrong (to be typed again), rather than a
    // refusal of what the keys were wanted for: the error wrongPassphrase() makes, recognised by
    // its kind and its whole message (made by this one function, in the language in use), so a
    // wording changed here cannot leave callers comparing an older text.
    static bool isWrongPassphrase(const Error& error);

    // The details as a card may carry them (name and area given, no control characters, a
    // REGON of 9 or 14 digits with its check digits); bad input saying what is wrong otherwise.
    static Status checkDetails(const CentreDetails& details);
    // Whether `regon` is a REGON: 9 digits whose last is the check digit of the first 8 (weights
    // 8 9 2 3 4 5 6 7, sum mod 11, 10 counting as 0), or 14 digits whose first 9 are a REGON and
    // whose last is the check digit of the first 13 (weights 2 4 8 5 0 9 7 3 6 1 2 4 8).
    static bool isValidRegon(const QString& regon);

    // The centre's card, signed with its keys.
    static Result<CentreCard> makeCard(const CentreKeys& keys, const CentreDetails& details,
                                       const QDateTime& createdAt);
    // The bytes the card's signature covers (docs/exchange.md, "Signature").
    static QByteArray signedBytes(const CentreCard& card);
    // The card file: a JSON object (docs/exchange.md), UTF-8, ending with a newline.
    static QByteArray toJson(const CentreCard& card);
    // Reads a card file: its format mark and version, every field, and its self-signature. Any
    // change to what it says is bad input naming `source`.
    static Result<CentreCard> parseCard(const QByteArray& bytes, const QString& source);
    // Whether the card's signature is its signing key's, over its fields.
    static bool verify(const CentreCard& card);

    // The fingerprint of a card's public keys: BLAKE2b (crypto_generichash, 40 bytes) of the
    // signing key then the encryption key, read as 8 groups of 5 digits ("12345 67890 ...").
    static QString fingerprint(const QByteArray& signingKey, const QByteArray& encryptionKey);
    static QString fingerprint(const CentreCard& card)
    {
        return fingerprint(card.signingKey, card.encryptionKey);
    }
};

} // namespace opieka
