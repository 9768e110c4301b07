#include "CentreIdentity.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QStringList>
#include <QtEndian>
#include <sodium.h>

namespace opieka {
namespace {

static_assert(CentreKeys::signingSecretBytes == crypto_sign_SECRETKEYBYTES);
static_assert(CentreKeys::encryptionSecretBytes == crypto_box_SECRETKEYBYTES);
static_assert(CentreKeys::publicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(CentreKeys::publicKeyBytes == crypto_box_PUBLICKEYBYTES);

constexpr char cardFormat[] = "opieka-centre-card";
constexpr qsizetype secretBytes =
    CentreKeys::signingSecretBytes + CentreKeys::encryptionSecretBytes;
constexpr qsizetype sealedBytes =
    crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + secretBytes;
constexpr int fingerprintBytes = CentreIdentity::fingerprintGroups * 5;
// Stored parameters may not make us spend more than this on a key (as BackupCrypto).
constexpr quint64 maxOperations = 16;
constexpr quint64 maxMemoryBytes = quint64{1} << 30;
constexpr quint64 mebibyte = quint64{1} << 20;
constexpr qsizetype maxNameLength = 200;
constexpr qsizetype maxAreaLength = 100;

// The derived key and the opened secrets, wiped when they go.
template <std::size_t N> struct Wiped
{
    std::array<unsigned char, N> bytes{};
    ~Wiped() { sodium_memzero(bytes.data(), bytes.size()); }
};

const unsigned char* bytesOf(const QByteArray& array)
{
    return reinterpret_cast<const unsigned char*>(array.constData());
}

QByteArray arrayOf(const unsigned char* data, qsizetype size)
{
    return {reinterpret_cast<const char*>(data), size};
}

bool started()
{
    return sodium_init() >= 0;
}

bool deriveKey(Wiped<crypto_secretbox_KEYBYTES>& key, const QByteArray& passphrase,
               const QByteArray& salt, const KeyDerivationCost& cost)
{
    return crypto_pwhash(key.bytes.data(), key.bytes.size(), passphrase.constData(),
                         static_cast<unsigned long long>(passphrase.size()), bytesOf(salt),
                         cost.operations, static_cast<size_t>(cost.memoryBytes),
                         crypto_pwhash_ALG_ARGON2ID13) == 0;
}

// A signed field: its length (u32 big-endian), then its bytes.
void appendField(QByteArray& message, const QByteArray& field)
{
    const quint32 length = qToBigEndian(static_cast<quint32>(field.size()));
    message.append(reinterpret_cast<const char*>(&length), sizeof length);
    message.append(field);
}

QString utcText(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

bool hasControlCharacter(const QString& text)
{
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line ||
            c.category() == QChar::Separator_Paragraph)
            return true;
    return false;
}

int regonCheckDigit(const QString& digits, std::initializer_list<int> weights)
{
    int sum = 0;
    int i = 0;
    for (int weight : weights)
        sum += weight * digits.at(i++).digitValue();
    return sum % 11 % 10;
}

} // namespace

QString centreKindName(CentreKind kind)
{
    return kind == CentreKind::Pcpr ? QStringLiteral("pcpr") : QStringLiteral("ops");
}

std::optional<CentreKind> parseCentreKind(const QString& text)
{
    if (text == QLatin1String("ops"))
        return CentreKind::Ops;
    if (text == QLatin1String("pcpr"))
        return CentreKind::Pcpr;
    return std::nullopt;
}

CentreKeys::~CentreKeys()
{
    wipe();
}

CentreKeys::CentreKeys(CentreKeys&& other) noexcept
    : m_signingSecret(other.m_signingSecret)
    , m_encryptionSecret(other.m_encryptionSecret)
    , m_signingPublic(other.m_signingPublic)
    , m_encryptionPublic(other.m_encryptionPublic)
{
    other.wipe();
}

CentreKeys& CentreKeys::operator=(CentreKeys&& other) noexcept
{
    if (this != &other) {
        m_signingSecret = other.m_signingSecret;
        m_encryptionSecret = other.m_encryptionSecret;
        m_signingPublic = other.m_signingPublic;
        m_encryptionPublic = other.m_encryptionPublic;
        other.wipe();
    }
    return *this;
}

void CentreKeys::wipe()
{
    sodium_memzero(m_signingSecret.data(), m_signingSecret.size());
    sodium_memzero(m_encryptionSecret.data(), m_encryptionSecret.size());
    m_signingPublic.clear();
    m_encryptionPublic.clear();
}

QByteArray CentreKeys::sign(const QByteArray& message) const
{
    std::array<unsigned char, crypto_sign_BYTES> signature{};
    crypto_sign_detached(signature.data(), nullptr, bytesOf(message),
                         static_cast<unsigned long long>(message.size()), m_signingSecret.data());
    return arrayOf(signature.data(), signature.size());
}

Result<CentreKeys> CentreIdentity::generate()
{
    if (!started())
        return storageError(tr("The encryption library could not start."));
    CentreKeys keys;
    std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> signingPublic{};
    std::array<unsigned char, crypto_box_PUBLICKEYBYTES> encryptionPublic{};
    if (crypto_sign_keypair(signingPublic.data(), keys.m_signingSecret.data()) != 0 ||
        crypto_box_keypair(encryptionPublic.data(), keys.m_encryptionSecret.data()) != 0)
        return storageError(tr("The centre's keys could not be made."));
    keys.m_signingPublic = arrayOf(signingPublic.data(), signingPublic.size());
    keys.m_encryptionPublic = arrayOf(encryptionPublic.data(), encryptionPublic.size());
    return keys;
}

Result<SealedCentreKeys> CentreIdentity::seal(const CentreKeys& keys, const QByteArray& passphrase,
                                              const KeyDerivationCost& cost)
{
    if (!started())
        return storageError(tr("The encryption library could not start."));
    SealedCentreKeys out;
    out.cost = cost;
    out.salt = QByteArray(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(out.salt.data(), static_cast<size_t>(out.salt.size()));
    Wiped<crypto_secretbox_KEYBYTES> key;
    if (!deriveKey(key, passphrase, out.salt, cost))
        return storageError(tr("Not enough memory to derive the key of the centre passphrase (it "
                               "needs %1 MiB).")
                                .arg(cost.memoryBytes / mebibyte));
    Wiped<secretBytes> secrets;
    std::copy(keys.m_signingSecret.begin(), keys.m_signingSecret.end(), secrets.bytes.begin());
    std::copy(keys.m_encryptionSecret.begin(), keys.m_encryptionSecret.end(),
              secrets.bytes.begin() + CentreKeys::signingSecretBytes);
    out.sealed = QByteArray(sealedBytes, Qt::Uninitialized);
    auto* sealed = reinterpret_cast<unsigned char*>(out.sealed.data());
    randombytes_buf(sealed, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(sealed + crypto_secretbox_NONCEBYTES, secrets.bytes.data(),
                          secrets.bytes.size(), sealed, key.bytes.data());
    return out;
}

Result<CentreKeys> CentreIdentity::unseal(const SealedCentreKeys& sealed,
                                          const QByteArray& passphrase,
                                          const QByteArray& signingKey,
                                          const QByteArray& encryptionKey)
{
    if (!started())
        return storageError(tr("The encryption library could not start."));
    const auto damaged = [] {
        return badInput(tr("The centre's stored keys are damaged or are not the keys of its card "
                           "(the database was changed). Restore a backup made before the change."));
    };
    const KeyDerivationCost& cost = sealed.cost;
    if (sealed.salt.size() != crypto_pwhash_SALTBYTES || sealed.sealed.size() != sealedBytes ||
        signingKey.size() != CentreKeys::publicKeyBytes ||
        encryptionKey.size() != CentreKeys::publicKeyBytes ||
        cost.operations < crypto_pwhash_OPSLIMIT_MIN || cost.operations > maxOperations ||
        cost.memoryBytes < crypto_pwhash_MEMLIMIT_MIN || cost.memoryBytes > maxMemoryBytes)
        return damaged();
    Wiped<crypto_secretbox_KEYBYTES> key;
    if (!deriveKey(key, passphrase, sealed.salt, cost))
        return storageError(tr("Not enough memory to derive the key of the centre passphrase (it "
                               "needs %1 MiB).")
                                .arg(cost.memoryBytes / mebibyte));
    Wiped<secretBytes> secrets;
    const unsigned char* box = bytesOf(sealed.sealed);
    if (crypto_secretbox_open_easy(secrets.bytes.data(), box + crypto_secretbox_NONCEBYTES,
                                   sealedBytes - crypto_secretbox_NONCEBYTES, box,
                                   key.bytes.data()) != 0)
        return wrongPassphrase();

    CentreKeys keys;
    std::copy(secrets.bytes.begin(), secrets.bytes.begin() + CentreKeys::signingSecretBytes,
              keys.m_signingSecret.begin());
    std::copy(secrets.bytes.begin() + CentreKeys::signingSecretBytes, secrets.bytes.end(),
              keys.m_encryptionSecret.begin());
    std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> signingPublic{};
    std::array<unsigned char, crypto_box_PUBLICKEYBYTES> encryptionPublic{};
    if (crypto_sign_ed25519_sk_to_pk(signingPublic.data(), keys.m_signingSecret.data()) != 0 ||
        crypto_scalarmult_base(encryptionPublic.data(), keys.m_encryptionSecret.data()) != 0)
        return damaged();
    keys.m_signingPublic = arrayOf(signingPublic.data(), signingPublic.size());
    keys.m_encryptionPublic = arrayOf(encryptionPublic.data(), encryptionPublic.size());
    if (keys.m_signingPublic != signingKey || keys.m_encryptionPublic != encryptionKey)
        return damaged();
    return keys;
}

Error CentreIdentity::wrongPassphrase()
{
    return badInput(tr("The centre passphrase is wrong: the centre's keys stay locked."));
}

bool CentreIdentity::isWrongPassphrase(const Error& error)
{
    return error.kind == ErrorKind::BadInput && error.message == wrongPassphrase().message;
}

bool CentreIdentity::isValidRegon(const QString& regon)
{
    for (const QChar c : regon)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    const auto nine = [](const QString& digits) {
        return regonCheckDigit(digits, {8, 9, 2, 3, 4, 5, 6, 7}) == digits.at(8).digitValue();
    };
    if (regon.size() == 9)
        return nine(regon);
    if (regon.size() == 14)
        return nine(regon.left(9)) && regonCheckDigit(regon, {2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4,
                                                              8}) == regon.at(13).digitValue();
    return false;
}

Status CentreIdentity::checkDetails(const CentreDetails& details)
{
    if (details.name.trimmed().isEmpty())
        return badInput(tr("The centre's name is missing."));
    if (details.name.size() > maxNameLength)
        return badInput(tr("The centre's name is longer than %1 characters.").arg(maxNameLength));
    if (details.area.trimmed().isEmpty())
        return badInput(tr("The centre's area (the gmina or the powiat) is missing."));
    if (details.area.size() > maxAreaLength)
        return badInput(tr("The centre's area is longer than %1 characters.").arg(maxAreaLength));
    if (hasControlCharacter(details.name) || hasControlCharacter(details.area))
        return badInput(tr("The centre's name and area must be one line of text each."));
    if (!details.regon.isEmpty() && !isValidRegon(details.regon))
        return badInput(tr("'%1' is not a REGON number: it has 9 or 14 digits, the last of which "
                           "is a check digit. Leave it out if the number is not known.")
                            .arg(details.regon));
    return {};
}

Result<CentreCard> CentreIdentity::makeCard(const CentreKeys& keys, const CentreDetails& details,
                                            const QDateTime& createdAt)
{
    OPIEKA_TRY(checkDetails(details));
    if (!started())
        return storageError(tr("The encryption library could not start."));
    CentreCard card;
    card.details = details;
    // Whole seconds, as the card writes it.
    card.createdAt = QDateTime::fromSecsSinceEpoch(createdAt.toSecsSinceEpoch()).toUTC();
    card.signingKey = keys.signingKey();
    card.encryptionKey = keys.encryptionKey();
    card.signature = keys.sign(signedBytes(card));
    return card;
}

QByteArray CentreIdentity::signedBytes(const CentreCard& card)
{
    QByteArray message;
    appendField(message, QByteArray(cardFormat));
    appendField(message, QByteArray::number(card.version));
    appendField(message, card.details.name.toUtf8());
    appendField(message, centreKindName(card.details.kind).toUtf8());
    appendField(message, card.details.area.toUtf8());
    appendField(message, card.details.regon.toUtf8());
    appendField(message, utcText(card.createdAt).toUtf8());
    appendField(message, card.signingKey);
    appendField(message, card.encryptionKey);
    return message;
}

bool CentreIdentity::verify(const CentreCard& card)
{
    if (!started() || card.signature.size() != crypto_sign_BYTES ||
        card.signingKey.size() != crypto_sign_PUBLICKEYBYTES ||
        card.encryptionKey.size() != crypto_box_PUBLICKEYBYTES)
        return false;
    const QByteArray message = signedBytes(card);
    return crypto_sign_verify_detached(bytesOf(card.signature), bytesOf(message),
                                       static_cast<unsigned long long>(message.size()),
                                       bytesOf(card.signingKey)) == 0;
}

QByteArray CentreIdentity::toJson(const CentreCard& card)
{
    QJsonObject object{
        {QStringLiteral("format"), QString::fromLatin1(cardFormat)},
        {QStringLiteral("version"), card.version},
        {QStringLiteral("name"), card.details.name},
        {QStringLiteral("kind"), centreKindName(card.details.kind)},
        {QStringLiteral("area"), card.details.area},
        {QStringLiteral("created_at"), utcText(card.createdAt)},
        {QStringLiteral("signing_key"), QString::fromLatin1(card.signingKey.toBase64())},
        {QStringLiteral("encryption_key"), QString::fromLatin1(card.encryptionKey.toBase64())},
        {QStringLiteral("signature"), QString::fromLatin1(card.signature.toBase64())},
    };
    if (!card.details.regon.isEmpty())
        object.insert(QStringLiteral("regon"), card.details.regon);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<CentreCard> CentreIdentity::parseCard(const QByteArray& bytes, const QString& source)
{
    const auto notACard = [&](const QString& why) {
        return badInput(tr("%1 is not a centre card: %2. Ask the partner centre for the file "
                           "'opieka-cli centre card' writes.")
                            .arg(source, why));
    };
    const auto changed = [&](const QString& why) {
        return badInput(tr("The centre card %1 was changed or damaged: %2. Nothing was added; ask "
                           "the partner centre for its card again.")
                            .arg(source, why));
    };
    if (bytes.size() > maxCardBytes)
        return notACard(tr("it is larger than any card"));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return notACard(tr("it is not a JSON object"));
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("format")) != QJsonValue(QString::fromLatin1(cardFormat)))
        return notACard(tr("it has no \"format\": \"%1\"").arg(QString::fromLatin1(cardFormat)));
    const QJsonValue version = object.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != version.toInt())
        return changed(tr("its version is not a whole number"));
    if (version.toInt() != CentreCard::formatVersion)
        return badInput(tr("The centre card %1 has version %2, which this version of Opieka cannot "
                           "read (it reads version %3).")
                            .arg(source)
                            .arg(version.toInt())
                            .arg(CentreCard::formatVersion));

    static const QSet<QString> fields{
        QStringLiteral("format"),         QStringLiteral("version"),
        QStringLiteral("name"),           QStringLiteral("kind"),
        QStringLiteral("area"),           QStringLiteral("regon"),
        QStringLiteral("created_at"),     QStringLiteral("signing_key"),
        QStringLiteral("encryption_key"), QStringLiteral("signature")};
    for (const QString& key : object.keys())
        if (!fields.contains(key))
            return changed(tr("it has an unknown field \"%1\"").arg(key));
    const auto text = [&](const char* key, QString& into) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isString())
            return false;
        into = value.toString();
        return true;
    };
    CentreCard card;
    QString kind;
    QString createdAt;
    QString signingKey;
    QString encryptionKey;
    QString signature;
    if (!text("name", card.details.name) || !text("kind", kind) ||
        !text("area", card.details.area) || !text("created_at", createdAt) ||
        !text("signing_key", signingKey) || !text("encryption_key", encryptionKey) ||
        !text("signature", signature))
        return changed(tr("a field is missing or is not text"));
    if (object.contains(QStringLiteral("regon")) &&
        (!text("regon", card.details.regon) || card.details.regon.isEmpty()))
        return changed(tr("its REGON is not text"));
    const auto parsedKind = parseCentreKind(kind);
    if (!parsedKind)
        return changed(tr("its kind is neither \"ops\" nor \"pcpr\""));
    card.details.kind = *parsedKind;
    if (Status details = checkDetails(card.details); !details) {
        QString why = details.error().message;
        if (why.endsWith(QLatin1Char('.')))
            why.chop(1);
        return changed(why);
    }
    card.createdAt = QDateTime::fromString(createdAt, Qt::ISODate);
    if (!card.createdAt.isValid() || utcText(card.createdAt) != createdAt)
        return changed(tr("its creation time is not a UTC time like 2026-05-12T09:30:00Z"));
    card.createdAt = card.createdAt.toUTC();
    // Base64 of exactly `size` bytes, in its one spelling: no other text passes for the same card.
    const auto decode = [](const QString& base64, qsizetype size, QByteArray& into) {
        auto result = QByteArray::fromBase64Encoding(base64.toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
        if (!result || result.decoded.size() != size ||
            QString::fromLatin1(result.decoded.toBase64()) != base64)
            return false;
        into = result.decoded;
        return true;
    };
    if (!decode(signingKey, crypto_sign_PUBLICKEYBYTES, card.signingKey) ||
        !decode(encryptionKey, crypto_box_PUBLICKEYBYTES, card.encryptionKey))
        return changed(tr("a key is not %1 bytes in Base64").arg(CentreKeys::publicKeyBytes));
    if (!decode(signature, crypto_sign_BYTES, card.signature))
        return changed(tr("its signature is not %1 bytes in Base64").arg(crypto_sign_BYTES));
    if (!verify(card))
        return changed(tr("its signature does not match what it says"));
    return card;
}

QString CentreIdentity::fingerprint(const QByteArray& signingKey, const QByteArray& encryptionKey)
{
    if (!started())
        return {};
    const QByteArray keys = signingKey + encryptionKey;
    std::array<unsigned char, fingerprintBytes> hash{};
    crypto_generichash(hash.data(), hash.size(), bytesOf(keys),
                       static_cast<unsigned long long>(keys.size()), nullptr, 0);
    QStringList groups;
    for (std::size_t group = 0; group < fingerprintGroups; ++group) {
        quint64 value = 0;
        for (std::size_t i = 0; i < 5; ++i)
            value = (value << 8) | hash[group * 5 + i];
        groups << QStringLiteral("%1").arg(value % 100000, 5, 10, QLatin1Char('0'));
    }
    return groups.join(QLatin1Char(' '));
}

} // namespace opieka
