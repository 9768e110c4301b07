#include "EncryptedFile.h"

#include "EncryptedVfs.h"
#include "Logging.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>
#include <array>
#include <cstring>
#include <sodium.h>

namespace opieka {
namespace {

static_assert(EncryptedFile::kPageSize == encrypted::kPageSize);
static_assert(EncryptedFile::kReservedBytes == encrypted::kPageSize - encrypted::kCipherBytes);

// The first page as stored, or empty when the file is shorter than a page.
QByteArray storedFirstPage(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray page = file.read(encrypted::kPageSize);
    if (page.size() != encrypted::kPageSize)
        return {};
    return page;
}

bool hasMagic(const QByteArray& page)
{
    return page.size() == encrypted::kPageSize &&
           std::memcmp(page.constData() + encrypted::kMagicAt, encrypted::kMagic,
                       sizeof(encrypted::kMagic) - 1) == 0;
}

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

// Argon2id, interactive limits (some 64 MiB and a fraction of a second).
bool deriveKey(const QByteArray& passphrase, encrypted::Secret& secret)
{
    return crypto_pwhash(secret.key, sizeof secret.key, passphrase.constData(),
                         static_cast<unsigned long long>(passphrase.size()), secret.salt,
                         crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                         crypto_pwhash_ALG_ARGON2ID13) == 0;
}

bool opens(const unsigned char* stored, std::int64_t offset, const encrypted::Secret& secret)
{
    std::array<unsigned char, encrypted::kPageSize> plain{};
    const bool ok = encrypted::openPage(stored, plain.data(), offset, secret);
    sodium_memzero(plain.data(), plain.size());
    return ok;
}

// A process killed while it wrote page 1 may leave it unreadable until SQLite rolls the hot
// journal back; the key is then checked against a page image in that journal.
bool opensAJournalPage(const QString& path, const encrypted::Secret& secret)
{
    QFile journal(path + QLatin1String("-journal"));
    if (!journal.open(QIODevice::ReadOnly))
        return false;
    const QByteArray content = journal.readAll();
    const QByteArray magic(encrypted::kMagic, sizeof(encrypted::kMagic) - 1);
    for (qsizetype at = content.indexOf(magic); at >= 0; at = content.indexOf(magic, at + 1)) {
        const qsizetype start = at - encrypted::kMagicAt;
        if (start >= 0 && start + encrypted::kPageSize <= content.size() &&
            opens(bytes(content) + start, start, secret))
            return true;
    }
    return false;
}

Status checkPassphraseLength(const QByteArray& passphrase)
{
    if (QString::fromUtf8(passphrase).size() < EncryptedFile::kMinimumPassphraseLength)
        return badInput(EncryptedFile::tr("The passphrase of a field copy must be at least %1 "
                                          "characters long.")
                            .arg(EncryptedFile::kMinimumPassphraseLength));
    return {};
}

Error cannotSetUp()
{
    return storageError(EncryptedFile::tr("The encryption of field copies cannot be set up in "
                                          "this process (not enough memory?)."));
}

} // namespace

bool EncryptedFile::isEncrypted(const QString& path)
{
    return hasMagic(storedFirstPage(path));
}

Status EncryptedFile::create(const QString& path, const QByteArray& passphrase)
{
    if (Status length = checkPassphraseLength(passphrase); !length)
        return length;
    if (QFileInfo::exists(path))
        return refused(
            tr("%1 already exists; a field copy is only ever made as a new file.").arg(path));
    if (!encrypted::registerVfs())
        return cannotSetUp();
    encrypted::SecretPtr secret = encrypted::newSecret();
    if (!secret)
        return cannotSetUp();
    randombytes_buf(secret->salt, sizeof secret->salt);
    if (!deriveKey(passphrase, *secret))
        return cannotSetUp();
    encrypted::remember(encrypted::canonicalPath(path), std::move(secret));
    logging::get("storage")->info("a new encrypted database was prepared");
    return {};
}

Status EncryptedFile::unlock(const QString& path, const QByteArray& passphrase)
{
    const QByteArray page = storedFirstPage(path);
    if (!hasMagic(page))
        return badInput(tr("%1 is not a field copy (an encrypted Opieka database).").arg(path));
    if (Status length = checkPassphraseLength(passphrase); !length)
        return length;
    if (!encrypted::registerVfs())
        return cannotSetUp();
    encrypted::SecretPtr secret = encrypted::newSecret();
    if (!secret)
        return cannotSetUp();
    std::memcpy(secret->salt, page.constData() + encrypted::kSaltAt, sizeof secret->salt);
    if (!deriveKey(passphrase, *secret))
        return cannotSetUp();
    if (!opens(bytes(page), 0, *secret) && !opensAJournalPage(path, *secret)) {
        logging::get("storage")->warn("a passphrase did not open an encrypted database");
        return refused(tr("The passphrase does not open the field copy %1.").arg(path));
    }
    encrypted::remember(encrypted::canonicalPath(path), std::move(secret));
    logging::get("storage")->info("an encrypted database was unlocked");
    return {};
}

void EncryptedFile::lock(const QString& path)
{
    encrypted::forget(encrypted::canonicalPath(path));
}

bool EncryptedFile::isUnlocked(const QString& path)
{
    return encrypted::isRemembered(encrypted::canonicalPath(path));
}

QString EncryptedFile::sqliteUri(const QString& path)
{
    QUrl url = QUrl::fromLocalFile(encrypted::canonicalPath(path));
    url.setQuery(QStringLiteral("vfs=") + QLatin1String(encrypted::kVfsName));
    return url.toString(QUrl::FullyEncoded);
}

} // namespace opieka
