// libFuzzer target: the exchange package file and the centre card (issue 22). Each input is read
// three ways, with a fixed pair of centres (a sender and a recipient whose keys are made from
// fixed seeds, so that the seeds below stay valid packages from run to run):
//
// 1. as a package file: Package::readEnvelope, then Package::open with the recipient's keys and
//    the sender's card. Never a crash; a refusal is bad input (or refused: meant for another
//    centre, or from another than the card's) with a message; an opened package agrees with its
//    envelope, names both centres, and holds no more than the file;
// 2. as a card file: CentreIdentity::parseCard. A refusal is bad input with a message; a card
//    read verifies, and its file written again reads back the same card;
// 3. as a manifest and content: the first byte picks the purpose, the bytes up to the first
//    newline are the legal basis, the rest the content; Package::seal either refuses the
//    manifest as bad input or makes a package that Package::open gives back exactly.
//
// The seeds (tests/fuzz/corpus/package) are written by the target itself:
// OPIEKA_FUZZ_WRITE_SEEDS=tests/fuzz/corpus/package build/fuzz/tests/fuzz/package_fuzzer
#include "CentreIdentity.h"
#include "FuzzChecks.h"
#include "Logging.h"
#include "Package.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <sodium.h>

using namespace opieka;
using opieka::fuzz::require;

namespace {

const QByteArray kPassphrase("fuzz-centre-passphrase");

struct Centre
{
    CentreKeys keys;
    CentreCard card;
    QString fingerprint;
};

// A centre whose keys come from `seed` (the same keys every run), sealed and unsealed through
// CentreIdentity as the database keeps them (docs/exchange.md, "Centre identity").
Centre fixedCentre(unsigned char seed, const QString& name, CentreKind kind)
{
    require(sodium_init() >= 0, "libsodium starts");
    unsigned char signSeed[crypto_sign_SEEDBYTES];
    unsigned char boxSeed[crypto_box_SEEDBYTES];
    std::fill(std::begin(signSeed), std::end(signSeed), seed);
    std::fill(std::begin(boxSeed), std::end(boxSeed), static_cast<unsigned char>(seed + 1));
    unsigned char signPublic[crypto_sign_PUBLICKEYBYTES];
    unsigned char signSecret[crypto_sign_SECRETKEYBYTES];
    unsigned char boxPublic[crypto_box_PUBLICKEYBYTES];
    unsigned char boxSecret[crypto_box_SECRETKEYBYTES];
    crypto_sign_seed_keypair(signPublic, signSecret, signSeed);
    crypto_box_seed_keypair(boxPublic, boxSecret, boxSeed);

    SealedCentreKeys sealed;
    sealed.cost = KeyDerivationCost::minimal();
    sealed.salt = QByteArray(crypto_pwhash_SALTBYTES, char(seed));
    unsigned char key[crypto_secretbox_KEYBYTES];
    require(crypto_pwhash(key, sizeof key, kPassphrase.constData(),
                          static_cast<unsigned long long>(kPassphrase.size()),
                          reinterpret_cast<const unsigned char*>(sealed.salt.constData()),
                          sealed.cost.operations, static_cast<size_t>(sealed.cost.memoryBytes),
                          crypto_pwhash_ALG_ARGON2ID13) == 0,
            "the fixed keys' sealing key is derived");
    unsigned char secrets[crypto_sign_SECRETKEYBYTES + crypto_box_SECRETKEYBYTES];
    std::copy(std::begin(signSecret), std::end(signSecret), secrets);
    std::copy(std::begin(boxSecret), std::end(boxSecret), secrets + crypto_sign_SECRETKEYBYTES);
    sealed.sealed =
        QByteArray(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + sizeof secrets, '\0');
    auto* box = reinterpret_cast<unsigned char*>(sealed.sealed.data());
    crypto_secretbox_easy(box + crypto_secretbox_NONCEBYTES, secrets, sizeof secrets, box, key);

    auto keys = CentreIdentity::unseal(
        sealed, kPassphrase,
        QByteArray(reinterpret_cast<const char*>(signPublic), sizeof signPublic),
        QByteArray(reinterpret_cast<const char*>(boxPublic), sizeof boxPublic));
    require(keys.ok(), "the fixed keys unseal");
    auto card = CentreIdentity::makeCard(*keys, {name, kind, QStringLiteral("Testowo"), QString()},
                                         QDateTime(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC));
    require(card.ok(), "the fixed card is made");
    const QString fingerprint = CentreIdentity::fingerprint(*card);
    return {std::move(*keys), *card, fingerprint};
}

const Centre& sender()
{
    static const Centre centre =
        fixedCentre(7, QStringLiteral("Ośrodek Pomocy Społecznej w Testowie"), CentreKind::Ops);
    return centre;
}

const Centre& recipient()
{
    static const Centre centre = fixedCentre(
        41, QStringLiteral("Powiatowe Centrum Pomocy Rodzinie w Przykładowie"), CentreKind::Pcpr);
    return centre;
}

PackageManifest manifestOf(PackagePurpose purpose, const QString& legalBasis)
{
    PackageManifest manifest;
    manifest.id = QStringLiteral("0b7c3f9e-1d2a-4c5b-8e6f-a1b2c3d4e5f6");
    manifest.purpose = purpose;
    manifest.legalBasis = legalBasis;
    manifest.senderFingerprint = sender().fingerprint;
    manifest.recipientFingerprint = recipient().fingerprint;
    manifest.senderName = sender().card.details.name;
    manifest.recipientName = recipient().card.details.name;
    manifest.createdAt = QDateTime(QDate(2026, 5, 12), QTime(9, 30), Qt::UTC);
    return manifest;
}

QByteArray sealed(PackagePurpose purpose, const QByteArray& content)
{
    auto bytes = Package::seal(manifestOf(purpose, QStringLiteral("art. 15 ust. 1 u.w.r.s.p.z.")),
                               content, sender().keys, recipient().card);
    require(bytes.ok(), "a seed package is sealed");
    return *bytes;
}

void writeSeeds(const QString& folder)
{
    QDir().mkpath(folder);
    const QByteArray referral(
        R"({"format":"opieka-exchange-content","version":1,"purpose":"referral",)"
        R"("family":{"id":12,"name":"Testowa","municipality":"Testowo","address":"ul. Polna 3"},)"
        R"("members":[{"id":31,"first_name":"Anna","last_name":"Testowa","pesel":null,)"
        R"("birth_date":"1988-03-01","sex":"F","relation":"parent"}],"visits":[]})");
    const QByteArray receipt(
        R"({"format":"opieka-exchange-content","version":1,"purpose":"receipt",)"
        R"("package_id":"0b7c3f9e-1d2a-4c5b-8e6f-a1b2c3d4e5f6","package_sha256":"00",)"
        R"("decision":"accepted","reason":"","decided_at":"2026-05-13T10:00:00Z"})");
    const QByteArray package = sealed(PackagePurpose::Referral, referral);
    QByteArray changed = package;
    changed[changed.size() / 2] = char(changed[changed.size() / 2] ^ 0x01);
    const QList<std::pair<const char*, QByteArray>> seeds{
        {"referral", package},
        {"receipt", sealed(PackagePurpose::Receipt, receipt)},
        {"empty-content", sealed(PackagePurpose::Plan, {})},
        {"changed-byte", changed},
        {"cut", package.left(package.size() * 2 / 3)},
        {"card", CentreIdentity::toJson(sender().card)},
        {"manifest", QByteArray("\x01") + "art. 101 ust. 1 u.p.s.\n" + referral},
        {"not-a-package", QByteArray("{\"format\":\"opieka-package\"}")},
    };
    for (const auto& [name, bytes] : seeds) {
        QFile file(QDir(folder).filePath(QLatin1String(name)));
        require(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size(),
                "a seed is written");
    }
}

void readAsPackage(const QByteArray& bytes)
{
    const QString source = QStringLiteral("fuzz.opx");
    auto envelope = Package::readEnvelope(bytes, source);
    if (!envelope) {
        require(envelope.error().kind == ErrorKind::BadInput, "a refused envelope is bad input");
        require(!envelope.error().message.isEmpty(), "a refused envelope has a message");
    } else {
        require(envelope->sha256 == Package::sha256(bytes), "the envelope names the file's hash");
    }
    auto opened = Package::open(bytes, source, recipient().keys, sender().card);
    if (!opened) {
        const ErrorKind kind = opened.error().kind;
        require(kind == ErrorKind::BadInput || kind == ErrorKind::Refused,
                "a package not opened is bad input or refused");
        require(!opened.error().message.isEmpty(), "a package not opened has a message");
        if (kind == ErrorKind::Refused)
            require(envelope.ok() && (envelope->recipientFingerprint != recipient().fingerprint ||
                                      envelope->senderFingerprint != sender().fingerprint),
                    "only a package meant for another centre, or from another, is refused");
        return;
    }
    require(envelope.ok(), "an opened package has an envelope");
    require(opened->manifest.id == envelope->id, "the opened id is the envelope's");
    require(opened->manifest.createdAt == envelope->createdAt, "the opened time is the envelope's");
    require(opened->manifest.senderFingerprint == sender().fingerprint, "it is the sender's");
    require(opened->manifest.recipientFingerprint == recipient().fingerprint, "it is for us");
    require(opened->sha256 == Package::sha256(bytes), "the opened package names its hash");
    require(opened->content.size() < bytes.size(), "no more is opened than the file holds");
}

void readAsCard(const QByteArray& bytes)
{
    auto card = CentreIdentity::parseCard(bytes, QStringLiteral("fuzz.card"));
    if (!card) {
        require(card.error().kind == ErrorKind::BadInput, "a refused card is bad input");
        require(!card.error().message.isEmpty(), "a refused card has a message");
        return;
    }
    require(CentreIdentity::verify(*card), "a card read verifies");
    auto again = CentreIdentity::parseCard(CentreIdentity::toJson(*card), QStringLiteral("again"));
    require(again.ok() && *again == *card, "a card written again reads back the same");
}

void sealAndOpen(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return;
    static const PackagePurpose purposes[] = {PackagePurpose::Referral, PackagePurpose::Plan,
                                              PackagePurpose::Transfer, PackagePurpose::Receipt};
    const PackagePurpose purpose = purposes[static_cast<unsigned char>(bytes.at(0)) % 4];
    const QByteArray rest = bytes.mid(1);
    const qsizetype newline = rest.indexOf('\n');
    const QString legalBasis = QString::fromUtf8(newline < 0 ? rest : rest.left(newline));
    const QByteArray content = newline < 0 ? QByteArray() : rest.mid(newline + 1);
    const PackageManifest manifest = manifestOf(purpose, legalBasis);
    auto package = Package::seal(manifest, content, sender().keys, recipient().card);
    if (!package) {
        require(package.error().kind == ErrorKind::BadInput, "a manifest not sealed is bad input");
        require(!package.error().message.isEmpty(), "a manifest not sealed has a message");
        return;
    }
    auto opened =
        Package::open(*package, QStringLiteral("sealed.opx"), recipient().keys, sender().card);
    require(opened.ok(), "a sealed package opens");
    require(opened->manifest == manifest, "the manifest comes back as sealed");
    require(opened->content == content, "the content comes back as sealed");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    qInstallMessageHandler(fuzz::failOnQtWarnings);
    logging::silence();
    sender();
    recipient();
    if (qEnvironmentVariableIsSet("OPIEKA_FUZZ_WRITE_SEEDS")) {
        writeSeeds(qEnvironmentVariable("OPIEKA_FUZZ_WRITE_SEEDS"));
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    readAsPackage(bytes);
    readAsCard(bytes);
    sealAndOpen(bytes);
    return 0;
}
