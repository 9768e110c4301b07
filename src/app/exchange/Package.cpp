#include "Package.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <QtEndian>
#include <array>
#include <sodium.h>

namespace opieka {
namespace {

constexpr char packageFormat[] = "opieka-package";
constexpr qsizetype signatureBytes = crypto_sign_BYTES;
constexpr qsizetype nonceBytes = crypto_box_NONCEBYTES;
constexpr qsizetype macBytes = crypto_box_MACBYTES;
constexpr qsizetype lengthBytes = 4;
constexpr int signedFieldCount = 11;
constexpr qsizetype maxNameLength = 200;
constexpr qsizetype maxLegalBasisLength = 1000;
constexpr qsizetype mebibyte = qsizetype{1024} * 1024;

const unsigned char* bytesOf(const QByteArray& array)
{
    return reinterpret_cast<const unsigned char*>(array.constData());
}

unsigned char* bytesOf(QByteArray& array)
{
    return reinterpret_cast<unsigned char*>(array.data());
}

bool started()
{
    return sodium_init() >= 0;
}

// The opened plaintext (the signature and the signed content), wiped when it goes.
struct WipedBytes
{
    QByteArray bytes;
    ~WipedBytes()
    {
        if (!bytes.isEmpty())
            sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    }
};

QString utcText(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

// A UTC time exactly as written: YYYY-MM-DDTHH:MM:SSZ.
std::optional<QDateTime> parseUtc(const QString& text)
{
    const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid() || utcText(at) != text)
        return std::nullopt;
    return at.toUTC();
}

bool isPackageId(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch();
}

bool isFingerprint(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{5}( [0-9]{5}){7}$"));
    return pattern.match(text).hasMatch();
}

bool hasControlCharacter(const QString& text)
{
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line ||
            c.category() == QChar::Separator_Paragraph)
            return true;
    return false;
}

// UTF-8 that decodes and encodes back to the same bytes.
std::optional<QString> utf8Text(QByteArrayView bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return std::nullopt;
    return text;
}

// Base64 of `size` bytes or more (`exact` or not), in its one spelling.
std::optional<QByteArray> decodeBase64(const QString& base64, qsizetype size, bool exact)
{
    const QByteArray latin = base64.toLatin1();
    auto result = QByteArray::fromBase64Encoding(latin, QByteArray::AbortOnBase64DecodingErrors);
    if (!result || result.decoded.size() < size || (exact && result.decoded.size() != size) ||
        result.decoded.toBase64() != latin)
        return std::nullopt;
    return std::move(result.decoded);
}

void appendField(QByteArray& message, QByteArrayView field)
{
    const quint32 length = qToBigEndian(static_cast<quint32>(field.size()));
    message.append(reinterpret_cast<const char*>(&length), sizeof length);
    message.append(field);
}

// The envelope fields a file carries in clear.
struct Envelope
{
    PackageEnvelope envelope;
    QByteArray nonce;
    QByteArray ciphertext;
};

// The start of every package file, which tells a damaged package from some other file.
QByteArray envelopeStart()
{
    return QByteArrayLiteral("{\"format\":\"") + packageFormat + QByteArrayLiteral("\",");
}

// The envelope in its one layout (docs/exchange.md, "Envelope"): one line of JSON, the fields in
// this order, no spaces, then a line feed. Every value is ASCII that needs no escaping.
QByteArray envelopeHead(const PackageEnvelope& envelope, const QByteArray& nonce)
{
    QByteArray out = envelopeStart();
    out += "\"version\":" + QByteArray::number(envelope.version);
    out += ",\"id\":\"" + envelope.id.toLatin1();
    out += "\",\"created_at\":\"" + utcText(envelope.createdAt).toLatin1();
    out += "\",\"sender_fingerprint\":\"" + envelope.senderFingerprint.toLatin1();
    out += "\",\"recipient_fingerprint\":\"" + envelope.recipientFingerprint.toLatin1();
    out += "\",\"nonce\":\"" + nonce.toBase64();
    out += "\",\"ciphertext\":\"";
    return out;
}

const QByteArray envelopeTail = QByteArrayLiteral("\"}\n");

QByteArray envelopeBytes(const PackageEnvelope& envelope, const QByteArray& nonce,
                         const QByteArray& ciphertext)
{
    return envelopeHead(envelope, nonce) + ciphertext.toBase64() + envelopeTail;
}

// What is wrong with a manifest, or nothing.
std::optional<QString> manifestProblem(const PackageManifest& manifest)
{
    if (!isPackageId(manifest.id))
        return Package::tr("its id is not a package id (a UUID in lower case)");
    if (!isFingerprint(manifest.senderFingerprint) || !isFingerprint(manifest.recipientFingerprint))
        return Package::tr("a centre's fingerprint is not 8 groups of 5 digits");
    if (!manifest.createdAt.isValid())
        return Package::tr("its creation time is missing");
    for (const QString* name : {&manifest.senderName, &manifest.recipientName})
        if (name->trimmed().isEmpty() || name->size() > maxNameLength || hasControlCharacter(*name))
            return Package::tr("a centre's name is missing, longer than %1 characters or more "
                               "than one line")
                .arg(maxNameLength);
    if (manifest.purpose != PackagePurpose::Receipt && manifest.legalBasis.trimmed().isEmpty())
        return Package::tr("its legal basis is missing");
    if (manifest.legalBasis.size() > maxLegalBasisLength ||
        hasControlCharacter(manifest.legalBasis))
        return Package::tr("its legal basis is longer than %1 characters or more than one line")
            .arg(maxLegalBasisLength);
    return std::nullopt;
}

// Splits the signed bytes into their fields; false when the lengths do not add up exactly.
bool splitFields(const char* data, qsizetype size, QList<QByteArrayView>& fields)
{
    qsizetype at = 0;
    while (at < size) {
        if (size - at < lengthBytes || fields.size() == signedFieldCount)
            return false;
        const quint32 length = qFromBigEndian<quint32>(data + at);
        at += lengthBytes;
        if (static_cast<quint64>(length) > static_cast<quint64>(size - at))
            return false;
        fields.append(QByteArrayView(data + at, static_cast<qsizetype>(length)));
        at += static_cast<qsizetype>(length);
    }
    return fields.size() == signedFieldCount;
}

// Reads the signed bytes back into a manifest and content; the reason otherwise.
std::variant<QString, OpenedPackage> parseSigned(const char* data, qsizetype size)
{
    QList<QByteArrayView> fields;
    if (!splitFields(data, size, fields))
        return Package::tr("its signed part is not %1 fields of the lengths they declare")
            .arg(signedFieldCount);
    if (fields.at(0) != QByteArrayView(packageFormat) || fields.at(1) != QByteArrayView("1"))
        return Package::tr("its signed part does not begin with \"%1\", version 1")
            .arg(QString::fromLatin1(packageFormat));
    OpenedPackage opened;
    PackageManifest& manifest = opened.manifest;
    std::optional<QString> texts[8];
    for (int i = 0; i < 8; ++i)
        texts[i] = utf8Text(fields.at(2 + i));
    for (const auto& text : texts)
        if (!text)
            return Package::tr("a field of its signed part is not UTF-8 text");
    manifest.id = *texts[0];
    const auto purpose = parsePackagePurpose(*texts[1]);
    if (!purpose)
        return Package::tr("its purpose \"%1\" is not one this version of Opieka knows")
            .arg(texts[1]->left(20));
    manifest.purpose = *purpose;
    const auto createdAt = parseUtc(*texts[2]);
    if (!createdAt)
        return Package::tr("its creation time is not a UTC time like 2026-05-12T09:30:00Z");
    manifest.createdAt = *createdAt;
    manifest.senderFingerprint = *texts[3];
    manifest.senderName = *texts[4];
    manifest.recipientFingerprint = *texts[5];
    manifest.recipientName = *texts[6];
    manifest.legalBasis = *texts[7];
    if (auto problem = manifestProblem(manifest))
        return *problem;
    opened.content = fields.at(10).toByteArray();
    return opened;
}

} // namespace

QString packagePurposeName(PackagePurpose purpose)
{
    switch (purpose) {
    case PackagePurpose::Referral:
        return QStringLiteral("referral");
    case PackagePurpose::Plan:
        return QStringLiteral("plan");
    case PackagePurpose::Transfer:
        return QStringLiteral("transfer");
    case PackagePurpose::Receipt:
        return QStringLiteral("receipt");
    }
    return QStringLiteral("referral");
}

std::optional<PackagePurpose> parsePackagePurpose(const QString& text)
{
    for (PackagePurpose purpose : {PackagePurpose::Referral, PackagePurpose::Plan,
                                   PackagePurpose::Transfer, PackagePurpose::Receipt})
        if (text == packagePurposeName(purpose))
            return purpose;
    return std::nullopt;
}

QByteArray Package::signedBytes(const PackageManifest& manifest, const QByteArray& content)
{
    QByteArray message;
    message.reserve(content.size() + 1024);
    appendField(message, packageFormat);
    appendField(message, QByteArray::number(PackageManifest::formatVersion));
    appendField(message, manifest.id.toUtf8());
    appendField(message, packagePurposeName(manifest.purpose).toUtf8());
    appendField(message, utcText(manifest.createdAt).toUtf8());
    appendField(message, manifest.senderFingerprint.toUtf8());
    appendField(message, manifest.senderName.toUtf8());
    appendField(message, manifest.recipientFingerprint.toUtf8());
    appendField(message, manifest.recipientName.toUtf8());
    appendField(message, manifest.legalBasis.toUtf8());
    appendField(message, content);
    return message;
}

Result<QByteArray> Package::seal(const PackageManifest& manifest, const QByteArray& content,
                                 const CentreKeys& sender, const CentreCard& recipient)
{
    if (!started())
        return storageError(tr("The encryption library could not start."));
    if (sender.signingKey().size() != CentreKeys::publicKeyBytes ||
        sender.encryptionKey().size() != CentreKeys::publicKeyBytes)
        return badInput(tr("The centre's keys are not unlocked: the package cannot be made."));
    if (recipient.signingKey.size() != CentreKeys::publicKeyBytes ||
        recipient.encryptionKey.size() != CentreKeys::publicKeyBytes)
        return badInput(tr("The partner centre's card has no keys: the package cannot be made."));
    if (auto problem = manifestProblem(manifest))
        return badInput(tr("The package cannot be made: %1.").arg(*problem));
    if (manifest.senderFingerprint !=
        CentreIdentity::fingerprint(sender.signingKey(), sender.encryptionKey()))
        return badInput(tr("The package cannot be made: its sender's fingerprint is not this "
                           "centre's."));
    if (manifest.recipientFingerprint != CentreIdentity::fingerprint(recipient))
        return badInput(tr("The package cannot be made: its recipient's fingerprint is not that "
                           "of the card of %1.")
                            .arg(recipient.details.name));

    PackageManifest whole = manifest;
    whole.createdAt = QDateTime::fromSecsSinceEpoch(manifest.createdAt.toSecsSinceEpoch()).toUTC();
    const PackageEnvelope envelope{
        PackageManifest::formatVersion, whole.id,        whole.senderFingerprint,
        whole.recipientFingerprint,     whole.createdAt, {}};
    QByteArray nonce(nonceBytes, Qt::Uninitialized);
    randombytes_buf(nonce.data(), static_cast<size_t>(nonce.size()));

    WipedBytes plain;
    const QByteArray message = signedBytes(whole, content);
    const qsizetype plainSize = signatureBytes + message.size();
    const qsizetype fileSize = envelopeHead(envelope, nonce).size() +
                               (macBytes + plainSize + 2) / 3 * 4 + envelopeTail.size();
    if (fileSize > maxPackageBytes)
        return badInput(tr("The package would be larger than %1 MiB, the most a package may be: "
                           "send less (fewer visits or notes) or in several packages.")
                            .arg(maxPackageBytes / mebibyte));
    plain.bytes = sender.sign(message);
    plain.bytes.append(message);
    QByteArray ciphertext(macBytes + plain.bytes.size(), Qt::Uninitialized);
    if (crypto_box_easy(bytesOf(ciphertext), bytesOf(plain.bytes),
                        static_cast<unsigned long long>(plain.bytes.size()), bytesOf(nonce),
                        bytesOf(recipient.encryptionKey), sender.m_encryptionSecret.data()) != 0)
        return badInput(tr("The package cannot be encrypted to the key of %1 (the card's key is "
                           "not a usable key).")
                            .arg(recipient.details.name));
    return envelopeBytes(envelope, nonce, ciphertext);
}

namespace {

Result<Envelope> parseEnvelope(const QByteArray& bytes, const QString& source)
{
    const auto notAPackage = [&](const QString& why) {
        return badInput(Package::tr("%1 is not an exchange package: %2. Ask the sending centre for "
                                    "the file 'opieka-cli exchange send' writes.")
                            .arg(source, why));
    };
    const auto changed = [&](const QString& why) {
        return badInput(Package::tr("The package %1 was changed after it was sent, or is damaged: "
                                    "%2. It cannot be opened; ask the sending centre to send it "
                                    "again.")
                            .arg(source, why));
    };
    if (bytes.size() > Package::maxPackageBytes)
        return badInput(Package::tr("%1 is larger than %2 MiB, more than any exchange package: it "
                                    "was not read.")
                            .arg(source)
                            .arg(Package::maxPackageBytes / mebibyte));
    if (bytes.isEmpty())
        return notAPackage(Package::tr("the file is empty"));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        if (bytes.startsWith(envelopeStart()))
            return changed(Package::tr("it is cut short or is not valid JSON"));
        return notAPackage(Package::tr("it is not a JSON object"));
    }
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("format")) != QJsonValue(QString::fromLatin1(packageFormat)))
        return notAPackage(
            Package::tr("it has no \"format\": \"%1\"").arg(QString::fromLatin1(packageFormat)));
    const QJsonValue version = object.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != version.toInt())
        return changed(Package::tr("its version is not a whole number"));
    if (version.toInt() != PackageManifest::formatVersion)
        return badInput(Package::tr("The package %1 has version %2, which this version of Opieka "
                                    "cannot read (it reads version %3).")
                            .arg(source)
                            .arg(version.toInt())
                            .arg(PackageManifest::formatVersion));
    static const QSet<QString> fields{QStringLiteral("format"),
                                      QStringLiteral("version"),
                                      QStringLiteral("id"),
                                      QStringLiteral("created_at"),
                                      QStringLiteral("sender_fingerprint"),
                                      QStringLiteral("recipient_fingerprint"),
                                      QStringLiteral("nonce"),
                                      QStringLiteral("ciphertext")};
    for (const QString& key : object.keys())
        if (!fields.contains(key))
            return changed(Package::tr("it has an unknown field \"%1\"").arg(key.left(40)));
    const auto text = [&](const char* key, QString& into) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isString())
            return false;
        into = value.toString();
        return true;
    };
    Envelope out;
    PackageEnvelope& envelope = out.envelope;
    envelope.version = version.toInt();
    QString createdAt;
    QString nonce;
    QString ciphertext;
    if (!text("id", envelope.id) || !text("created_at", createdAt) ||
        !text("sender_fingerprint", envelope.senderFingerprint) ||
        !text("recipient_fingerprint", envelope.recipientFingerprint) || !text("nonce", nonce) ||
        !text("ciphertext", ciphertext))
        return changed(Package::tr("a field is missing or is not text"));
    if (!isPackageId(envelope.id))
        return changed(Package::tr("its id is not a package id (a UUID in lower case)"));
    const auto at = parseUtc(createdAt);
    if (!at)
        return changed(
            Package::tr("its creation time is not a UTC time like 2026-05-12T09:30:00Z"));
    envelope.createdAt = *at;
    if (!isFingerprint(envelope.senderFingerprint) || !isFingerprint(envelope.recipientFingerprint))
        return changed(Package::tr("a centre's fingerprint is not 8 groups of 5 digits"));
    auto decodedNonce = decodeBase64(nonce, nonceBytes, true);
    if (!decodedNonce)
        return changed(Package::tr("its nonce is not %1 bytes in Base64").arg(nonceBytes));
    out.nonce = std::move(*decodedNonce);
    auto decodedCiphertext = decodeBase64(ciphertext, macBytes + signatureBytes, false);
    if (!decodedCiphertext)
        return changed(Package::tr("its encrypted part is not Base64 or is too short"));
    out.ciphertext = std::move(*decodedCiphertext);
    if (envelopeBytes(envelope, out.nonce, out.ciphertext) != bytes)
        return changed(Package::tr("it is not written in the one layout of a package (a space, a "
                                   "line break or the order of its fields differs)"));
    envelope.sha256 = Package::sha256(bytes);
    return out;
}

} // namespace

Result<PackageEnvelope> Package::readEnvelope(const QByteArray& bytes, const QString& source)
{
    auto parsed = parseEnvelope(bytes, source);
    if (!parsed)
        return parsed.error();
    return parsed->envelope;
}

Result<OpenedPackage> Package::open(const QByteArray& bytes, const QString& source,
                                    const CentreKeys& self, const CentreCard& sender)
{
    if (!started())
        return storageError(tr("The encryption library could not start."));
    auto parsed = parseEnvelope(bytes, source);
    if (!parsed)
        return parsed.error();
    const PackageEnvelope& envelope = parsed->envelope;
    const auto changed = [&](const QString& why) {
        return badInput(tr("The package %1 was changed after it was sent, or is damaged: %2. It "
                           "cannot be opened; ask the sending centre to send it again.")
                            .arg(source, why));
    };

    if (self.signingKey().size() != CentreKeys::publicKeyBytes ||
        self.encryptionKey().size() != CentreKeys::publicKeyBytes)
        return badInput(tr("The centre's keys are not unlocked: the package cannot be opened."));
    const QString selfFingerprint =
        CentreIdentity::fingerprint(self.signingKey(), self.encryptionKey());
    if (envelope.recipientFingerprint != selfFingerprint)
        return refused(tr("The package %1 is meant for another centre (fingerprint %2), not for "
                          "this one: it was not opened. Return it to the centre that sent it.")
                           .arg(source, envelope.recipientFingerprint));
    if (sender.signingKey.size() != CentreKeys::publicKeyBytes ||
        sender.encryptionKey.size() != CentreKeys::publicKeyBytes ||
        envelope.senderFingerprint != CentreIdentity::fingerprint(sender))
        return refused(tr("The package %1 says it comes from the centre with fingerprint %2, not "
                          "from %3: it was not opened.")
                           .arg(source, envelope.senderFingerprint, sender.details.name));

    const QByteArray& ciphertext = parsed->ciphertext;
    WipedBytes plain;
    plain.bytes = QByteArray(ciphertext.size() - macBytes, Qt::Uninitialized);
    if (crypto_box_open_easy(bytesOf(plain.bytes), bytesOf(ciphertext),
                             static_cast<unsigned long long>(ciphertext.size()),
                             bytesOf(parsed->nonce), bytesOf(sender.encryptionKey),
                             self.m_encryptionSecret.data()) != 0)
        return changed(
            tr("its encrypted part does not open with this centre's key and the sender's (%1)")
                .arg(sender.details.name));
    const auto* signature = reinterpret_cast<const unsigned char*>(plain.bytes.constData());
    const char* message = plain.bytes.constData() + signatureBytes;
    const qsizetype messageSize = plain.bytes.size() - signatureBytes;
    if (crypto_sign_verify_detached(signature, reinterpret_cast<const unsigned char*>(message),
                                    static_cast<unsigned long long>(messageSize),
                                    bytesOf(sender.signingKey)) != 0)
        return changed(tr("it is not signed with the signing key of the sender's card (%1)")
                           .arg(sender.details.name));

    auto signedPart = parseSigned(message, messageSize);
    // Signed by the sender's key, so not changed on the way: the sender's program wrote it wrong.
    if (const QString* why = std::get_if<QString>(&signedPart))
        return badInput(tr("The package %1 is signed by %2 but is not made as a package must be: "
                           "%3. It cannot be opened; tell the sending centre, whose program wrote "
                           "it.")
                            .arg(source, sender.details.name, *why));
    OpenedPackage opened = std::get<OpenedPackage>(std::move(signedPart));
    const PackageManifest& manifest = opened.manifest;
    if (manifest.id != envelope.id)
        return changed(tr("the id on its envelope is not the id signed inside"));
    if (manifest.senderFingerprint != envelope.senderFingerprint ||
        manifest.recipientFingerprint != envelope.recipientFingerprint)
        return changed(tr("the fingerprints on its envelope are not those signed inside"));
    if (manifest.createdAt != envelope.createdAt)
        return changed(tr("the creation time on its envelope is not the one signed inside"));
    opened.sha256 = envelope.sha256;
    return opened;
}

QString Package::sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString Package::newId()
{
    if (!started())
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::array<unsigned char, 16> random{};
    randombytes_buf(random.data(), random.size());
    random[6] = static_cast<unsigned char>((random[6] & 0x0f) | 0x40); // version 4
    random[8] = static_cast<unsigned char>((random[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(QByteArrayView(random.data(), random.size()))
        .toString(QUuid::WithoutBraces);
}

} // namespace opieka
