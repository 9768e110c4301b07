#pragma once

#include "CentreIdentity.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace opieka {

// Why a package travels (issue 22 part 2, docs/exchange.md "Package"): the words of the
// manifest and of `opieka-cli exchange send --purpose`.
enum class PackagePurpose
{
    Referral, // "referral": OPS asks PCPR (or PCPR informs OPS) about a family
    Plan,     // "plan": a new version of a family's work plan or a child's help plan
    Transfer, // "transfer": the whole case of a family that moved to another gmina
    Receipt,  // "receipt": accepted or declined (or delivered), with the reason
};

QString packagePurposeName(PackagePurpose purpose);
std::optional<PackagePurpose> parsePackagePurpose(const QString& text);

// What a package says of itself: signed by the sender together with the content, and carried
// inside the encryption. The id, the sender's and the recipient's fingerprints and the creation
// time are repeated in clear on the envelope (to route it and to refuse it before opening); a
// reader refuses a package whose envelope and manifest disagree.
struct PackageManifest
{
    static constexpr int formatVersion = 1;

    QString id; // a random UUID, lower case, without braces: the replay key
    PackagePurpose purpose = PackagePurpose::Referral;
    QString legalBasis; // as text, e.g. "art. 15 ust. 1 pkt 3 ustawy o wspieraniu rodziny…"
    QString senderFingerprint; // CentreIdentity::fingerprint of the sender's card
    QString recipientFingerprint;
    QString senderName; // the sender's card name, for people reading the inbox
    QString recipientName;
    QDateTime createdAt; // UTC, whole seconds

    bool operator==(const PackageManifest& other) const = default;
};

// An opened package: its manifest and its content (a UTF-8 JSON document whose shape depends on
// the purpose, docs/exchange.md "Content"), with the SHA-256 of the package file as received
// (lower-case hex), which both centres' audits name.
struct OpenedPackage
{
    PackageManifest manifest;
    QByteArray content;
    QString sha256;
};

// What the envelope says in clear, read without any key (to say whom a package is from and for,
// and to refuse a replay before opening).
struct PackageEnvelope
{
    int version = PackageManifest::formatVersion;
    QString id;
    QString senderFingerprint;
    QString recipientFingerprint;
    QDateTime createdAt;
    QString sha256; // of the whole file
};

// The package file (issue 22 part 2): sign-then-encrypt with libsodium. With CentreIdentity and
// BackupCrypto, the only place that knows libsodium; knows no database.
class Package
{
    Q_DECLARE_TR_FUNCTIONS(Package)

public:
    static constexpr qsizetype maxPackageBytes = 256LL * 1024 * 1024; // 256 MiB

    // The package file for `recipient`: the manifest and the content signed with the sender's
    // signing key, then encrypted with crypto_box to the recipient's encryption key. The
    // manifest's fingerprints must be the sender's keys' and the recipient card's.
    static Result<QByteArray> seal(const PackageManifest& manifest, const QByteArray& content,
                                   const CentreKeys& sender, const CentreCard& recipient);

    // Reads the envelope only: bad input when the bytes are not a package (naming `source`).
    static Result<PackageEnvelope> readEnvelope(const QByteArray& bytes, const QString& source);

    // Opens a package sent to `self` (this centre's keys) by `sender` (a trusted partner's card,
    // found by the envelope's sender fingerprint): refused when it is meant for another centre;
    // bad input when any byte was changed (the box does not open, the signature does not verify,
    // or the envelope disagrees with the manifest).
    static Result<OpenedPackage> open(const QByteArray& bytes, const QString& source,
                                      const CentreKeys& self, const CentreCard& sender);

    // The bytes the sender's signature covers (docs/exchange.md, "What is signed"): the
    // manifest's fields and the content, each as a u32 big-endian length then its bytes.
    static QByteArray signedBytes(const PackageManifest& manifest, const QByteArray& content);

    // SHA-256 of `bytes`, lower-case hex.
    static QString sha256(const QByteArray& bytes);
    // A new random package id (UUID v4, lower case, no braces).
    static QString newId();
};

} // namespace opieka
