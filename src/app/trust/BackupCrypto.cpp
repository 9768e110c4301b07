#include "BackupCrypto.h"

#include "Logging.h"

#include <QIODevice>
#include <QtEndian>
#include <array>
#include <sodium.h>
#include <vector>

namespace opieka {
namespace {

constexpr char magic[] = "OPIEKABK";
constexpr qsizetype magicBytes = 8;
constexpr char formatVersion = 1;
// magic, version, algorithm, opslimit (u64 LE), memlimit (u64 LE), salt, secretstream header.
constexpr qsizetype headerBytes = magicBytes + 1 + 1 + 8 + 8 + crypto_pwhash_SALTBYTES +
                                  crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype lengthBytes = 4; // each chunk: u32 LE length of its ciphertext, then it
constexpr qsizetype chunkOverhead = crypto_secretstream_xchacha20poly1305_ABYTES;
// A header may not make us spend more than this on a key (a crafted file must not exhaust us).
constexpr quint64 maxOperations = 16;
constexpr quint64 maxMemoryBytes = quint64{1} << 30;

using Bytes = std::vector<unsigned char>;

// The derived key, wiped when it goes.
struct SecretKey
{
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES> bytes{};
    ~SecretKey() { sodium_memzero(bytes.data(), bytes.size()); }
};

bool deriveKey(SecretKey& key, const QByteArray& passphrase, const unsigned char* salt,
               const KeyDerivationCost& cost)
{
    return crypto_pwhash(key.bytes.data(), key.bytes.size(), passphrase.constData(),
                         static_cast<unsigned long long>(passphrase.size()), salt, cost.operations,
                         static_cast<size_t>(cost.memoryBytes), crypto_pwhash_ALG_ARGON2ID13) == 0;
}

unsigned char* bytesOf(QByteArray& array)
{
    return reinterpret_cast<unsigned char*>(array.data());
}

const unsigned char* bytesOf(const QByteArray& array)
{
    return reinterpret_cast<const unsigned char*>(array.constData());
}

// Reads until `size` bytes or the end; -1 on a read error.
qint64 readUpTo(QIODevice& device, unsigned char* into, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 n = device.read(reinterpret_cast<char*>(into) + done, size - done);
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        done += n;
    }
    return done;
}

bool writeAll(QIODevice& device, const unsigned char* data, qint64 size)
{
    return device.write(reinterpret_cast<const char*>(data), size) == size;
}

QString mebibytes(quint64 bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

} // namespace

KeyDerivationCost KeyDerivationCost::standard()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KeyDerivationCost KeyDerivationCost::minimal()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

Status BackupCrypto::encrypt(QIODevice& plain, QIODevice& out, const QByteArray& metadata,
                             const QByteArray& passphrase, const KeyDerivationCost& cost,
                             const QString& target)
{
    if (sodium_init() < 0)
        return storageError(tr("The encryption library could not start."));
    const auto cannotWrite = [&] {
        return storageError(tr("Cannot write the backup %1: %2").arg(target, out.errorString()));
    };

    QByteArray header(magic, magicBytes);
    header.append(formatVersion);
    header.append(static_cast<char>(crypto_pwhash_ALG_ARGON2ID13));
    const quint64 operations = qToLittleEndian(cost.operations);
    const quint64 memory = qToLittleEndian(cost.memoryBytes);
    header.append(reinterpret_cast<const char*>(&operations), sizeof operations);
    header.append(reinterpret_cast<const char*>(&memory), sizeof memory);
    std::array<unsigned char, crypto_pwhash_SALTBYTES> salt{};
    randombytes_buf(salt.data(), salt.size());
    header.append(reinterpret_cast<const char*>(salt.data()), salt.size());

    SecretKey key;
    if (!deriveKey(key, passphrase, salt.data(), cost))
        return storageError(tr("Not enough memory to derive the backup key (it needs %1 MiB).")
                                .arg(mebibytes(cost.memoryBytes)));
    crypto_secretstream_xchacha20poly1305_state state;
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_HEADERBYTES> streamHeader{};
    crypto_secretstream_xchacha20poly1305_init_push(&state, streamHeader.data(), key.bytes.data());
    header.append(reinterpret_cast<const char*>(streamHeader.data()), streamHeader.size());
    if (!writeAll(out, bytesOf(header), header.size()))
        return cannotWrite();

    Bytes sealed(lengthBytes + chunkBytes + chunkOverhead);
    // The first chunk (the metadata) also authenticates the header, so no field of it can change.
    const auto push = [&](const unsigned char* data, qsizetype size, unsigned char tag,
                          const QByteArray& associated) {
        unsigned long long sealedSize = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, sealed.data() + lengthBytes, &sealedSize, data,
            static_cast<unsigned long long>(size), bytesOf(associated),
            static_cast<unsigned long long>(associated.size()), tag);
        qToLittleEndian(static_cast<quint32>(sealedSize), sealed.data());
        return writeAll(out, sealed.data(), lengthBytes + static_cast<qint64>(sealedSize));
    };
    if (metadata.size() > chunkBytes)
        return storageError(tr("The backup's description is too long."));
    if (!push(bytesOf(metadata), metadata.size(), crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
              header))
        return cannotWrite();

    // Read one chunk ahead: the last chunk (perhaps empty) carries the FINAL tag.
    Bytes current(chunkBytes);
    Bytes next(chunkBytes);
    qint64 currentSize = readUpTo(plain, current.data(), chunkBytes);
    while (true) {
        if (currentSize < 0)
            return storageError(tr("Cannot read the copy to back up: %1").arg(plain.errorString()));
        const qint64 nextSize =
            currentSize == chunkBytes ? readUpTo(plain, next.data(), chunkBytes) : 0;
        if (nextSize < 0)
            return storageError(tr("Cannot read the copy to back up: %1").arg(plain.errorString()));
        const bool last = nextSize == 0;
        if (!push(current.data(), currentSize,
                  last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                       : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
                  {}))
            return cannotWrite();
        if (last)
            break;
        current.swap(next);
        currentSize = nextSize;
    }
    sodium_memzero(current.data(), current.size());
    sodium_memzero(next.data(), next.size());
    return {};
}

Result<QByteArray> BackupCrypto::decrypt(QIODevice& in, QIODevice& plain,
                                         const QByteArray& passphrase, const QString& source)
{
    if (sodium_init() < 0)
        return storageError(tr("The encryption library could not start."));
    auto log = logging::get("app");
    const auto damaged = [&](const QString& what) {
        return badInput(tr("The backup %1 is damaged: %2. Nothing was restored; use another "
                           "copy of the backup.")
                            .arg(source, what));
    };
    const auto truncated = [&] {
        log->warn("backup refused: it ends before its final chunk");
        return badInput(tr("The backup %1 is incomplete: it ends before its last part (the copy "
                           "was cut short). Nothing was restored; use another copy of the backup.")
                            .arg(source));
    };

    QByteArray header(headerBytes, Qt::Uninitialized);
    const qint64 headerRead = readUpTo(in, bytesOf(header), headerBytes);
    if (headerRead < 0)
        return badInput(tr("Cannot read the backup %1: %2").arg(source, in.errorString()));
    if (headerRead < magicBytes || header.left(magicBytes) != QByteArray(magic, magicBytes))
        return badInput(tr("%1 is not an Opieka backup: it does not start with the mark of one. "
                           "Choose a file written by 'opieka-cli backup'.")
                            .arg(source));
    if (headerRead < headerBytes)
        return truncated();
    if (header.at(magicBytes) != formatVersion)
        return badInput(
            tr("The backup %1 has format %2, which this version of Opieka cannot "
               "read. Restore it with a newer version.")
                .arg(source)
                .arg(static_cast<int>(static_cast<unsigned char>(header.at(magicBytes)))));
    const auto* fields = bytesOf(header) + magicBytes + 1;
    const int algorithm = fields[0];
    KeyDerivationCost cost;
    cost.operations = qFromLittleEndian<quint64>(fields + 1);
    cost.memoryBytes = qFromLittleEndian<quint64>(fields + 9);
    const unsigned char* salt = fields + 17;
    const unsigned char* streamHeader = salt + crypto_pwhash_SALTBYTES;
    if (algorithm != crypto_pwhash_ALG_ARGON2ID13 || cost.operations < crypto_pwhash_OPSLIMIT_MIN ||
        cost.operations > maxOperations || cost.memoryBytes < crypto_pwhash_MEMLIMIT_MIN ||
        cost.memoryBytes > maxMemoryBytes)
        return damaged(tr("its key parameters are not valid"));

    SecretKey key;
    if (!deriveKey(key, passphrase, salt, cost))
        return storageError(tr("Not enough memory to derive the backup key (it needs %1 MiB).")
                                .arg(mebibytes(cost.memoryBytes)));
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, streamHeader, key.bytes.data()) !=
        0)
        return damaged(tr("its header is not valid"));

    QByteArray metadata;
    Bytes sealed(chunkBytes + chunkOverhead);
    Bytes opened(chunkBytes);
    for (qint64 index = 0;; ++index) {
        std::array<unsigned char, lengthBytes> length{};
        const qint64 lengthRead = readUpTo(in, length.data(), lengthBytes);
        if (lengthRead < 0)
            return badInput(tr("Cannot read the backup %1: %2").arg(source, in.errorString()));
        if (lengthRead < lengthBytes)
            return truncated();
        const quint32 sealedSize = qFromLittleEndian<quint32>(length.data());
        if (sealedSize < chunkOverhead || sealedSize > chunkBytes + chunkOverhead)
            return damaged(tr("part %1 has an impossible length").arg(index));
        const qint64 sealedRead = readUpTo(in, sealed.data(), sealedSize);
        if (sealedRead < 0)
            return badInput(tr("Cannot read the backup %1: %2").arg(source, in.errorString()));
        if (sealedRead < sealedSize)
            return truncated();

        unsigned long long openedSize = 0;
        unsigned char tag = 0;
        const QByteArray associated = index == 0 ? header : QByteArray();
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, opened.data(), &openedSize, &tag, sealed.data(), sealedSize,
                bytesOf(associated), static_cast<unsigned long long>(associated.size())) != 0) {
            log->warn("backup refused: chunk {} failed authentication", index);
            if (index == 0)
                return badInput(tr("The passphrase is wrong, or the backup %1 is damaged at its "
                                   "start. Nothing was restored.")
                                    .arg(source));
            return damaged(
                tr("part %1 fails its check (the file was changed or corrupted)").arg(index));
        }
        if (index == 0) {
            if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
                return damaged(tr("it holds no data"));
            metadata = QByteArray(reinterpret_cast<const char*>(opened.data()),
                                  static_cast<qsizetype>(openedSize));
            continue;
        }
        if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE &&
            tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            return damaged(tr("part %1 has an unknown mark").arg(index));
        const bool written = writeAll(plain, opened.data(), static_cast<qint64>(openedSize));
        sodium_memzero(opened.data(), opened.size());
        if (!written)
            return storageError(tr("Cannot write the restored copy: %1").arg(plain.errorString()));
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            break;
    }
    std::array<unsigned char, 1> extra{};
    if (readUpTo(in, extra.data(), 1) != 0)
        return damaged(tr("it goes on after its last part"));
    return metadata;
}

} // namespace opieka
