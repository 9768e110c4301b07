// The package file (issue 22 part 2): what one centre sends another opens only at the recipient,
// only from the sender's card, and only unchanged; every refusal names the file and says why,
// never what the package holds.
#include "Package.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtEndian>
#include <array>
#include <gtest/gtest.h>
#include <sodium.h>

using namespace opieka;

namespace {

const QString kSource = QStringLiteral("skierowanie-kowalscy.opk");
// A piece of content a refusal must never repeat.
const QByteArray kContent =
    QStringLiteral(R"({"family":{"name":"Testowscy"},"note":"Zuzanna Testowska, ul. Próbna 7"})")
        .toUtf8();
const QString kSecretWord = QStringLiteral("Próbna");

const QDateTime kCreatedAt(QDate(2026, 5, 12), QTime(9, 30, 15), Qt::UTC);

CentreDetails details(const QString& name, CentreKind kind, const QString& area)
{
    return {name, kind, area, {}};
}

struct Centre
{
    CentreKeys keys;
    CentreCard card;
    QString fingerprint;
};

Centre newCentre(const QString& name, CentreKind kind, const QString& area)
{
    Centre centre;
    auto keys = CentreIdentity::generate();
    EXPECT_TRUE(keys.ok());
    if (!keys.ok())
        return centre;
    centre.keys = std::move(*keys);
    auto card = CentreIdentity::makeCard(centre.keys, details(name, kind, area), kCreatedAt);
    EXPECT_TRUE(card.ok()) << (card.ok() ? "" : qPrintable(card.error().message));
    if (card.ok())
        centre.card = *card;
    centre.fingerprint = CentreIdentity::fingerprint(centre.card);
    return centre;
}

Centre ops()
{
    return newCentre(QStringLiteral("Ośrodek Pomocy Społecznej w Testowie"), CentreKind::Ops,
                     QStringLiteral("Testowo"));
}

Centre pcpr()
{
    return newCentre(QStringLiteral("Powiatowe Centrum Pomocy Rodzinie w Przykładowie"),
                     CentreKind::Pcpr, QStringLiteral("powiat przykładowski"));
}

PackageManifest manifestFor(const Centre& from, const Centre& to,
                            PackagePurpose purpose = PackagePurpose::Referral)
{
    PackageManifest manifest;
    manifest.id = Package::newId();
    manifest.purpose = purpose;
    manifest.legalBasis = QStringLiteral("art. 15 ust. 1 pkt 3 ustawy o wspieraniu rodziny i "
                                         "systemie pieczy zastępczej");
    manifest.senderFingerprint = from.fingerprint;
    manifest.recipientFingerprint = to.fingerprint;
    manifest.senderName = from.card.details.name;
    manifest.recipientName = to.card.details.name;
    manifest.createdAt = kCreatedAt;
    return manifest;
}

QByteArray sealed(const PackageManifest& manifest, const Centre& from, const Centre& to,
                  const QByteArray& content = kContent)
{
    auto bytes = Package::seal(manifest, content, from.keys, to.card);
    EXPECT_TRUE(bytes.ok()) << (bytes.ok() ? "" : qPrintable(bytes.error().message));
    return bytes.ok() ? *bytes : QByteArray();
}

void expectBadInput(const Result<OpenedPackage>& opened, const QString& says)
{
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, ErrorKind::BadInput) << qPrintable(opened.error().message);
    EXPECT_TRUE(opened.error().message.contains(kSource)) << qPrintable(opened.error().message);
    EXPECT_TRUE(opened.error().message.contains(says)) << qPrintable(opened.error().message);
    EXPECT_FALSE(opened.error().message.contains(kSecretWord));
}

TEST(PackageTest, TheRecipientOpensWhatTheSenderSealed)
{
    const Centre sender = ops();
    const Centre recipient = pcpr();
    const PackageManifest manifest = manifestFor(sender, recipient);
    const QByteArray bytes = sealed(manifest, sender, recipient);

    // The envelope: one line of JSON that says, in clear, only whom it is from and for.
    EXPECT_TRUE(bytes.startsWith(R"({"format":"opieka-package","version":1,"id":")"));
    EXPECT_TRUE(bytes.endsWith("\"}\n"));
    EXPECT_EQ(bytes.count('\n'), 1);
    EXPECT_FALSE(bytes.contains("Testowscy"));
    EXPECT_FALSE(bytes.contains(manifest.legalBasis.toUtf8()));
    auto envelope = Package::readEnvelope(bytes, kSource);
    ASSERT_TRUE(envelope.ok()) << qPrintable(envelope.error().message);
    EXPECT_EQ(envelope->version, 1);
    EXPECT_EQ(envelope->id, manifest.id);
    EXPECT_EQ(envelope->senderFingerprint, sender.fingerprint);
    EXPECT_EQ(envelope->recipientFingerprint, recipient.fingerprint);
    EXPECT_EQ(envelope->createdAt, kCreatedAt);
    EXPECT_EQ(envelope->sha256, Package::sha256(bytes));
    std::array<unsigned char, crypto_hash_sha256_BYTES> hash{};
    crypto_hash_sha256(hash.data(), reinterpret_cast<const unsigned char*>(bytes.constData()),
                       static_cast<unsigned long long>(bytes.size()));
    EXPECT_EQ(envelope->sha256,
              QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(hash.data()),
                                             static_cast<qsizetype>(hash.size()))
                                      .toHex()));

    auto opened = Package::open(bytes, kSource, recipient.keys, sender.card);
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().message);
    EXPECT_EQ(opened->manifest, manifest);
    EXPECT_EQ(opened->content, kContent);
    EXPECT_EQ(opened->sha256, Package::sha256(bytes));

    // Sealing again gives other bytes (a new nonce) that open to the same.
    const QByteArray again = sealed(manifest, sender, recipient);
    EXPECT_NE(again, bytes);
    auto openedAgain = Package::open(again, kSource, recipient.keys, sender.card);
    ASSERT_TRUE(openedAgain.ok());
    EXPECT_EQ(openedAgain->content, kContent);
}

TEST(PackageTest, AReceiptIsSealedAndCheckedTheSameWay)
{
    const Centre ops1 = ops();
    const Centre pcpr1 = pcpr();
    PackageManifest manifest = manifestFor(pcpr1, ops1, PackagePurpose::Receipt);
    manifest.legalBasis.clear(); // a receipt may leave it out
    const QByteArray receipt = QByteArrayLiteral(R"({"decision":"accepted"})");
    const QByteArray bytes = sealed(manifest, pcpr1, ops1, receipt);
    auto opened = Package::open(bytes, kSource, ops1.keys, pcpr1.card);
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().message);
    EXPECT_EQ(opened->manifest.purpose, PackagePurpose::Receipt);
    EXPECT_EQ(opened->content, receipt);

    // A receipt whose bytes changed is refused like any package.
    QByteArray changed = bytes;
    changed[changed.size() - 10] = changed.at(changed.size() - 10) == 'A' ? 'B' : 'A';
    expectBadInput(Package::open(changed, kSource, ops1.keys, pcpr1.card),
                   QStringLiteral("was changed after it was sent"));
}

TEST(PackageTest, EveryChangedByteIsRefused)
{
    const Centre sender = ops();
    const Centre recipient = pcpr();
    const QByteArray bytes = sealed(manifestFor(sender, recipient), sender, recipient,
                                    QByteArrayLiteral(R"({"note":"Próbna"})"));
    ASSERT_TRUE(Package::open(bytes, kSource, recipient.keys, sender.card).ok());
    int opened = 0;
    int refusals = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        for (const char change : {char(0x01), char(0x80), char(0x20)}) {
            QByteArray changed = bytes;
            changed[i] = static_cast<char>(changed.at(i) ^ change);
            auto result = Package::open(changed, kSource, recipient.keys, sender.card);
            if (result.ok()) {
                ++opened;
                ADD_FAILURE() << "byte " << i << " ^ " << int(change) << " still opens";
                continue;
            }
            ++refusals;
            EXPECT_TRUE(result.error().message.contains(kSource));
            EXPECT_FALSE(result.error().message.contains(kSecretWord));
        }
    }
    EXPECT_EQ(opened, 0);
    EXPECT_EQ(refusals, bytes.size() * 3);
}

TEST(PackageTest, APackageForAnotherCentreIsRefusedUnopened)
{
    const Centre sender = ops();
    const Centre recipient = pcpr();
    const Centre third = newCentre(QStringLiteral("Ośrodek Pomocy Społecznej w Próbkowie"),
                                   CentreKind::Ops, QStringLiteral("Próbków"));
    const QByteArray bytes = sealed(manifestFor(sender, third), sender, third);
    auto opened = Package::open(bytes, kSource, recipient.keys, sender.card);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(opened.error().message.contains(kSource));
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("meant for another centre")));
    EXPECT_TRUE(opened.error().message.contains(third.fingerprint));
    // The third centre itself opens it.
    EXPECT_TRUE(Package::open(bytes, kSource, third.keys, sender.card).ok());
}

TEST(PackageTest, APackageOpenedWithAnotherSendersCardIsRefused)
{
    const Centre sender = ops();
    const Centre recipient = pcpr();
    const Centre other = newCentre(QStringLiteral("Ośrodek Pomocy Społecznej w Próbkowie"),
                                   CentreKind::Ops, QStringLiteral("Próbków"));
    const QByteArray bytes = sealed(manifestFor(sender, recipient), sender, recipient);
    auto opened = Package::open(bytes, kSource, recipient.keys, other.card);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().kind, ErrorKind::Refused);
    EXPECT_TRUE(opened.error().message.contains(kSource));
    EXPECT_TRUE(opened.error().message.contains(other.card.details.name));
}

// The envelope as a person would edit it: parsed, one field changed, written back.
QByteArray edited(const QByteArray& bytes, const char* key, const QString& value,
                  QJsonDocument::JsonFormat layout)
{
    QJsonObject object = QJsonDocument::fromJson(bytes).object();
    object.insert(QLatin1String(key), value);
    return QJsonDocument(object).toJson(layout);
}

// The same field changed in the one layout a package is written in.
QByteArray replaced(const QByteArray& bytes, const QString& from, const QString& to)
{
    QByteArray out = bytes;
    return out.replace(from.toLatin1(), to.toLatin1());
}

TEST(PackageTest, AnEditedEnvelopeIsRefused)
{
    const Centre sender = ops();
    const Centre recipient = pcpr();
    const PackageManifest manifest = manifestFor(sender, recipient);
    const QByteArray bytes = sealed(manifest, sender, recipient);
    const QString otherId = Package::newId();

    // Re-encoded JSON (Qt's own layout) is not a package's layout.
    expectBadInput(Package::open(edited(bytes, "id", otherId, QJsonDocument::Compact), kSource,
                                 recipient.keys, sender.card),
                   QStringLiteral("layout"));
    expectBadInput(Package::open(edited(bytes, "id", manifest.id, QJsonDocument::Indented), kSource,
                                 recipient.keys, sender.card),
                   QStringLiteral("layout"));
    // In the package's own layout, the envelope no longer agrees with the signed manifest.
    expectBadInput(
        Package::open(replaced(bytes, manifest.id, otherId), kSource, recipient.keys, sender.card),
        QStringLiteral("the id on its envelope"));
    expectBadInput(Package::open(replaced(bytes, QStringLiteral("2026-05-12T09:30:15Z"),
                                          QStringLiteral("2026-05-13T09:30:15Z")),
                                 kSource, recipient.keys, sender.card),
                   QStringLiteral("the creation time on its envelope"));
    // A replayed id is what the service refuses; readEnvelope gives it before any key is used.
    auto envelope = Package::readEnvelope(replaced(bytes, manifest.id, otherId), kSource);
    ASSERT_TRUE(envelope.ok());
    EXPECT_EQ(envelope->id, otherId);
}

TEST(PackageTest, WhatIsNotAWholePackageIsBadInputNamingTheFile)
{
    const Centre sender = ops();
    const Centre recipient = pcpr();
    const QByteArray bytes = sealed(manifestFor(sender, recipient), sender, recipient);

    expectBadInput(
        Package::open(bytes.left(bytes.size() / 2), kSource, recipient.keys, sender.card),
        QStringLiteral("cut short"));
    expectBadInput(
        Package::open(bytes.left(bytes.size() - 1), kSource, recipient.keys, sender.card),
        QStringLiteral("layout"));
    expectBadInput(Package::open(QByteArray(), kSource, recipient.keys, sender.card),
                   QStringLiteral("is empty"));
    expectBadInput(Package::open(QByteArrayLiteral("Dzień dobry,\nw załączeniu skierowanie.\n"),
                                 kSource, recipient.keys, sender.card),
                   QStringLiteral("is not an exchange package"));
    expectBadInput(
        Package::open(CentreIdentity::toJson(sender.card), kSource, recipient.keys, sender.card),
        QStringLiteral("has no \"format\": \"opieka-package\""));
    expectBadInput(Package::open(replaced(bytes, QStringLiteral("\"version\":1"),
                                          QStringLiteral("\"version\":2")),
                                 kSource, recipient.keys, sender.card),
                   QStringLiteral("has version 2"));
    auto envelope = Package::readEnvelope(QByteArray(), kSource);
    ASSERT_FALSE(envelope.ok());
    EXPECT_EQ(envelope.error().kind, ErrorKind::BadInput);
}

TEST(PackageTest, AFileLargerThanAnyPackageIsRefusedBeforeItIsRead)
{
    const Centre sender = ops();
    const Centre recipient = pcpr();
    // Valid JSON, so only the size can refuse it.
    QByteArray huge(Package::maxPackageBytes + 1, ' ');
    huge[0] = '{';
    huge[huge.size() - 1] = '}';
    auto opened = Package::open(huge, kSource, recipient.keys, sender.card);
    expectBadInput(opened, QStringLiteral("256 MiB"));
}

// --- An independent writer: the package built from docs/exchange.md with libsodium alone. ---

QByteArray field(const QByteArray& bytes, quint32 declared)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(declared, out.data());
    return out + bytes;
}

QByteArray field(const QByteArray& bytes)
{
    return field(bytes, static_cast<quint32>(bytes.size()));
}

// A sender whose secret keys the test holds, with a card signed as docs/exchange.md says.
struct RawCentre
{
    std::array<unsigned char, crypto_sign_SECRETKEYBYTES> signingSecret{};
    std::array<unsigned char, crypto_box_SECRETKEYBYTES> encryptionSecret{};
    CentreCard card;
    QString fingerprint;
};

QByteArray signatureOf(const QByteArray& message, const unsigned char* secret)
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         static_cast<unsigned long long>(message.size()), secret);
    return signature;
}

RawCentre rawCentre()
{
    EXPECT_GE(sodium_init(), 0);
    RawCentre centre;
    QByteArray signingKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray encryptionKey(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(signingKey.data()),
                        centre.signingSecret.data());
    crypto_box_keypair(reinterpret_cast<unsigned char*>(encryptionKey.data()),
                       centre.encryptionSecret.data());
    centre.card.details = details(QStringLiteral("Ośrodek Pomocy Społecznej w Wzorcowie"),
                                  CentreKind::Ops, QStringLiteral("Wzorcowo"));
    centre.card.createdAt = kCreatedAt;
    centre.card.signingKey = signingKey;
    centre.card.encryptionKey = encryptionKey;
    centre.card.signature =
        signatureOf(CentreIdentity::signedBytes(centre.card), centre.signingSecret.data());
    EXPECT_TRUE(CentreIdentity::verify(centre.card));
    centre.fingerprint = CentreIdentity::fingerprint(centre.card);
    return centre;
}

struct RawFields
{
    QString id = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    QString createdAt = QStringLiteral("2026-05-12T09:30:15Z");
    QString envelopeCreatedAt = QStringLiteral("2026-05-12T09:30:15Z");
};

QByteArray rawSignedPart(const RawCentre& from, const Centre& to, const RawFields& fields,
                         std::optional<quint32> contentDeclared = std::nullopt)
{
    return field("opieka-package") + field("1") + field(fields.id.toLatin1()) + field("referral") +
           field(fields.createdAt.toLatin1()) + field(from.fingerprint.toLatin1()) +
           field(from.card.details.name.toUtf8()) + field(to.fingerprint.toLatin1()) +
           field(to.card.details.name.toUtf8()) +
           field(QStringLiteral("art. 15 ustawy o wspieraniu rodziny").toUtf8()) +
           field(kContent, contentDeclared.value_or(static_cast<quint32>(kContent.size())));
}

QByteArray rawPackage(const RawCentre& from, const Centre& to, const QByteArray& signedPart,
                      const RawFields& fields, const unsigned char* signingSecret = nullptr)
{
    const QByteArray plain =
        signatureOf(signedPart, signingSecret ? signingSecret : from.signingSecret.data()) +
        signedPart;
    QByteArray nonce(crypto_box_NONCEBYTES, Qt::Uninitialized);
    randombytes_buf(nonce.data(), static_cast<size_t>(nonce.size()));
    QByteArray ciphertext(crypto_box_MACBYTES + plain.size(), Qt::Uninitialized);
    EXPECT_EQ(
        crypto_box_easy(reinterpret_cast<unsigned char*>(ciphertext.data()),
                        reinterpret_cast<const unsigned char*>(plain.constData()),
                        static_cast<unsigned long long>(plain.size()),
                        reinterpret_cast<const unsigned char*>(nonce.constData()),
                        reinterpret_cast<const unsigned char*>(to.card.encryptionKey.constData()),
                        from.encryptionSecret.data()),
        0);
    return QStringLiteral(R"({"format":"opieka-package","version":1,"id":"%1","created_at":"%2",)"
                          R"("sender_fingerprint":"%3","recipient_fingerprint":"%4",)"
                          R"("nonce":"%5","ciphertext":"%6"})"
                          "\n")
        .arg(fields.id, fields.envelopeCreatedAt, from.fingerprint, to.fingerprint,
             QString::fromLatin1(nonce.toBase64()), QString::fromLatin1(ciphertext.toBase64()))
        .toLatin1();
}

TEST(PackageFormatTest, APackageWrittenFromTheDocsOpens)
{
    const RawCentre sender = rawCentre();
    const Centre recipient = pcpr();
    const RawFields fields;
    const QByteArray signedPart = rawSignedPart(sender, recipient, fields);

    PackageManifest manifest;
    manifest.id = fields.id;
    manifest.purpose = PackagePurpose::Referral;
    manifest.legalBasis = QStringLiteral("art. 15 ustawy o wspieraniu rodziny");
    manifest.senderFingerprint = sender.fingerprint;
    manifest.recipientFingerprint = recipient.fingerprint;
    manifest.senderName = sender.card.details.name;
    manifest.recipientName = recipient.card.details.name;
    manifest.createdAt = kCreatedAt;
    EXPECT_EQ(Package::signedBytes(manifest, kContent).toHex(), signedPart.toHex());

    const QByteArray bytes = rawPackage(sender, recipient, signedPart, fields);
    auto opened = Package::open(bytes, kSource, recipient.keys, sender.card);
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().message);
    EXPECT_EQ(opened->manifest, manifest);
    EXPECT_EQ(opened->content, kContent);
}

TEST(PackageFormatTest, TheSignedPartBeginsAsDocsExchangeSays)
{
    PackageManifest manifest;
    manifest.id = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    manifest.purpose = PackagePurpose::Plan;
    manifest.createdAt = kCreatedAt;
    // 0000000e "opieka-package", 00000001 "1", 00000024 the id, 00000004 "plan"
    EXPECT_TRUE(Package::signedBytes(manifest, {})
                    .toHex()
                    .startsWith("0000000e6f7069656b612d7061636b616765"
                                "0000000131"
                                "00000024"
                                "30663866616435622d643963622d343639662d613136352d373038363737"
                                "3238393530650000000470"
                                "6c616e"));
}

TEST(PackageFormatTest, AHugeDeclaredLengthInsideIsBadInput)
{
    const RawCentre sender = rawCentre();
    const Centre recipient = pcpr();
    const RawFields fields;
    const QByteArray bytes = rawPackage(
        sender, recipient, rawSignedPart(sender, recipient, fields, 0xfffffff0u), fields);
    expectBadInput(Package::open(bytes, kSource, recipient.keys, sender.card),
                   QStringLiteral("is not made as a package must be"));
}

TEST(PackageFormatTest, ASignatureByAnotherKeyIsBadInput)
{
    const RawCentre sender = rawCentre();
    const RawCentre impostor = rawCentre();
    const Centre recipient = pcpr();
    const RawFields fields;
    const QByteArray bytes = rawPackage(sender, recipient, rawSignedPart(sender, recipient, fields),
                                        fields, impostor.signingSecret.data());
    expectBadInput(Package::open(bytes, kSource, recipient.keys, sender.card),
                   QStringLiteral("is not signed with"));
}

TEST(PackageFormatTest, AnEnvelopeThatDisagreesWithTheSignedManifestIsBadInput)
{
    const RawCentre sender = rawCentre();
    const Centre recipient = pcpr();
    RawFields fields;
    fields.envelopeCreatedAt = QStringLiteral("2026-05-12T09:30:16Z");
    const QByteArray bytes =
        rawPackage(sender, recipient, rawSignedPart(sender, recipient, fields), fields);
    expectBadInput(Package::open(bytes, kSource, recipient.keys, sender.card),
                   QStringLiteral("the creation time on its envelope"));
}

TEST(PackageIdTest, TheSha256IsThatOfTheFile)
{
    // FIPS 180-2's example: SHA-256 of "abc".
    EXPECT_EQ(Package::sha256("abc"),
              QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

TEST(PackageIdTest, NewIdsAreUniqueRandomUuids)
{
    static const QRegularExpression v4(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QSet<QString> ids;
    for (int i = 0; i < 1000; ++i) {
        const QString id = Package::newId();
        EXPECT_TRUE(v4.match(id).hasMatch()) << qPrintable(id);
        ids.insert(id);
    }
    EXPECT_EQ(ids.size(), 1000);
}

TEST(PackageTest, SealingChecksTheManifest)
{
    const Centre sender = ops();
    const Centre recipient = pcpr();
    PackageManifest manifest = manifestFor(sender, recipient);
    manifest.senderFingerprint = recipient.fingerprint;
    auto bytes = Package::seal(manifest, kContent, sender.keys, recipient.card);
    ASSERT_FALSE(bytes.ok());
    EXPECT_EQ(bytes.error().kind, ErrorKind::BadInput);

    manifest = manifestFor(sender, recipient);
    manifest.legalBasis.clear();
    bytes = Package::seal(manifest, kContent, sender.keys, recipient.card);
    ASSERT_FALSE(bytes.ok());
    EXPECT_TRUE(bytes.error().message.contains(QStringLiteral("legal basis")));

    manifest = manifestFor(sender, recipient);
    manifest.id = QStringLiteral("{0F8FAD5B-D9CB-469F-A165-70867728950E}");
    bytes = Package::seal(manifest, kContent, sender.keys, recipient.card);
    ASSERT_FALSE(bytes.ok());
    EXPECT_TRUE(bytes.error().message.contains(QStringLiteral("package id")));
}

TEST(PackageTest, PurposesHaveTheirWords)
{
    for (PackagePurpose purpose : {PackagePurpose::Referral, PackagePurpose::Plan,
                                   PackagePurpose::Transfer, PackagePurpose::Receipt})
        EXPECT_EQ(parsePackagePurpose(packagePurposeName(purpose)), purpose);
    EXPECT_EQ(packagePurposeName(PackagePurpose::Receipt), QStringLiteral("receipt"));
    EXPECT_FALSE(parsePackagePurpose(QStringLiteral("Referral")).has_value());
}

} // namespace
