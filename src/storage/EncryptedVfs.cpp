#include "EncryptedVfs.h"

#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cstring>
#include <map>
#include <mutex>
#include <sodium.h>
#include <sqlite3.h>
#include <vector>

namespace opieka::encrypted {

static_assert(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES == kTagAt - kNonceAt);
static_assert(crypto_aead_xchacha20poly1305_ietf_ABYTES == kMagicAt - kTagAt);
static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == kKeyBytes);
static_assert(crypto_stream_xchacha20_KEYBYTES == kKeyBytes);
static_assert(crypto_pwhash_SALTBYTES == kSaltBytes);
static_assert(kSaltAt + kSaltBytes == kPageSize && kSaltAt - kMagicAt == sizeof(kMagic) - 1);

void SecretFree::operator()(Secret* secret) const
{
    sodium_free(secret);
}

SecretPtr newSecret()
{
    return SecretPtr(static_cast<Secret*>(sodium_malloc(sizeof(Secret))));
}

namespace {

// The keys of unlocked files. Each open file takes a copy of its key, so forgetting one never
// pulls it from under a connection.
struct Registry
{
    std::mutex mutex;
    std::map<QString, SecretPtr> byPath;
};

Registry& registry()
{
    static Registry keys;
    return keys;
}

// A copy of the key of `path` (a main database), or of the database whose journal `path` is
// (SQLite names it after the database: "-journal", "-wal", "-mj..."): the longest registered
// path followed by '-'.
SecretPtr keyFor(const QString& path, bool mainDatabase)
{
    Registry& keys = registry();
    const std::lock_guard lock(keys.mutex);
    const Secret* found = nullptr;
    qsizetype foundLength = 0;
    for (const auto& [registered, secret] : keys.byPath) {
        const bool matches = mainDatabase
                                 ? path == registered
                                 : path.size() > registered.size() && path.startsWith(registered) &&
                                       path.at(registered.size()) == QLatin1Char('-');
        if (matches && registered.size() > foundLength) {
            found = secret.get();
            foundLength = registered.size();
        }
    }
    if (found == nullptr)
        return nullptr;
    SecretPtr copy = newSecret();
    if (copy)
        std::memcpy(copy.get(), found, sizeof(Secret));
    return copy;
}

std::array<unsigned char, 8> offsetBytes(std::int64_t offset)
{
    std::array<unsigned char, 8> bytes{};
    auto value = static_cast<std::uint64_t>(offset);
    for (unsigned char& byte : bytes) {
        byte = static_cast<unsigned char>(value & 0xffU);
        value >>= 8;
    }
    return bytes;
}

// How a file SQLite opens is kept.
enum class Mode
{
    Pages,   // the main database: every page sealed
    Journal, // rollback journals: page-sized writes sealed, the rest (headers, page numbers,
             // checksums) in clear
    Stream,  // temporary files: XChaCha20 by offset under a key of this open only
};

struct File
{
    sqlite3_file base;  // first: SQLite sees a File as an sqlite3_file
    sqlite3_file* real; // the default VFS's file
    Mode mode;
    Secret* secret; // this open's copy of the key (guarded memory)
    unsigned char nonce[crypto_stream_xchacha20_NONCEBYTES]; // Stream only
};

File* asFile(sqlite3_file* file)
{
    return reinterpret_cast<File*>(file);
}

sqlite3_vfs* rootVfs = nullptr;

// A page buffer whose plaintext is wiped when it goes.
struct PageBuffer
{
    std::array<unsigned char, kPageSize> bytes{};
    PageBuffer() = default;
    PageBuffer(const PageBuffer&) = delete;
    PageBuffer& operator=(const PageBuffer&) = delete;
    ~PageBuffer() { sodium_memzero(bytes.data(), bytes.size()); }
    unsigned char* data() { return bytes.data(); }
};

void reportUnreadable(std::int64_t offset)
{
    // The offset only: never a path (it may name a person) nor content.
    logging::get("storage")->error(
        "a page of an encrypted database (offset {}) does not authenticate: changed, or not "
        "written with this key",
        offset);
}

// XChaCha20 keystream from byte `offset` on, over `length` bytes of `data`.
void streamXor(const File& file, unsigned char* data, std::size_t length, std::int64_t offset)
{
    const auto start = static_cast<std::uint64_t>(offset);
    const std::uint64_t block = start / 64;
    const std::size_t skip = start % 64;
    std::vector<unsigned char> buffer(skip + length, 0);
    std::memcpy(buffer.data() + skip, data, length);
    crypto_stream_xchacha20_xor_ic(buffer.data(), buffer.data(), buffer.size(), file.nonce, block,
                                   file.secret->key);
    std::memcpy(data, buffer.data() + skip, length);
    sodium_memzero(buffer.data(), buffer.size());
}

int fileClose(sqlite3_file* base)
{
    File* file = asFile(base);
    const int rc = file->real->pMethods->xClose(file->real);
    sqlite3_free(file->real);
    file->real = nullptr;
    sodium_free(file->secret);
    file->secret = nullptr;
    return rc;
}

int readPages(File& file, unsigned char* out, int amount, sqlite3_int64 offset)
{
    sqlite3_int64 size = 0;
    if (int rc = file.real->pMethods->xFileSize(file.real, &size); rc != SQLITE_OK)
        return rc;
    PageBuffer stored;
    PageBuffer plain;
    while (amount > 0) {
        const sqlite3_int64 pageStart = offset - offset % kPageSize;
        const int within = static_cast<int>(offset - pageStart);
        const int count = std::min(amount, kPageSize - within);
        if (pageStart >= size) { // past the end: as the default VFS does, zeros and a short read
            std::memset(out, 0, static_cast<std::size_t>(amount));
            return SQLITE_IOERR_SHORT_READ;
        }
        const int rc = file.real->pMethods->xRead(file.real, stored.data(), kPageSize, pageStart);
        if (rc == SQLITE_IOERR_SHORT_READ) { // a page cut short can never authenticate
            reportUnreadable(pageStart);
            return SQLITE_IOERR_READ;
        }
        if (rc != SQLITE_OK)
            return rc;
        if (!openPage(stored.data(), plain.data(), pageStart, *file.secret)) {
            reportUnreadable(pageStart);
            return SQLITE_IOERR_READ;
        }
        std::memcpy(out, plain.data() + within, static_cast<std::size_t>(count));
        out += count;
        offset += count;
        amount -= count;
    }
    return SQLITE_OK;
}

int fileRead(sqlite3_file* base, void* buffer, int amount, sqlite3_int64 offset)
{
    File& file = *asFile(base);
    auto* out = static_cast<unsigned char*>(buffer);
    switch (file.mode) {
    case Mode::Pages:
        return readPages(file, out, amount, offset);
    case Mode::Journal: {
        if (amount != kPageSize)
            return file.real->pMethods->xRead(file.real, buffer, amount, offset);
        PageBuffer stored;
        const int rc = file.real->pMethods->xRead(file.real, stored.data(), kPageSize, offset);
        if (rc != SQLITE_OK) {
            std::memcpy(out, stored.data(), kPageSize); // a short read: the zeros SQLite expects
            return rc;
        }
        PageBuffer plain;
        if (!openPage(stored.data(), plain.data(), offset, *file.secret)) {
            reportUnreadable(offset);
            return SQLITE_IOERR_READ;
        }
        std::memcpy(out, plain.data(), kPageSize);
        return SQLITE_OK;
    }
    case Mode::Stream: {
        const int rc = file.real->pMethods->xRead(file.real, buffer, amount, offset);
        if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
            return rc;
        sqlite3_int64 size = 0;
        if (int sized = file.real->pMethods->xFileSize(file.real, &size); sized != SQLITE_OK)
            return sized;
        // Only what was in the file is decrypted; the zeros past its end stay zeros.
        const sqlite3_int64 stored = std::clamp<sqlite3_int64>(size - offset, 0, amount);
        streamXor(file, out, static_cast<std::size_t>(stored), offset);
        return rc;
    }
    }
    return SQLITE_IOERR_READ;
}

// Page 1 must say 4096-byte pages with the 64 reserved bytes the seal lives in: otherwise SQLite
// would keep data in them, and it would be lost.
bool reservesTheSeal(const unsigned char* page1)
{
    return page1[16] == 0x10 && page1[17] == 0x00 && page1[20] == kPageSize - kCipherBytes;
}

int fileWrite(sqlite3_file* base, const void* buffer, int amount, sqlite3_int64 offset)
{
    File& file = *asFile(base);
    const auto* in = static_cast<const unsigned char*>(buffer);
    switch (file.mode) {
    case Mode::Pages:
        if (amount != kPageSize || offset % kPageSize != 0) {
            logging::get("storage")->error(
                "refused a write of {} bytes at {} to an encrypted database: not a whole page",
                amount, offset);
            return SQLITE_IOERR_WRITE;
        }
        if (offset == 0 && !reservesTheSeal(in)) {
            logging::get("storage")->error(
                "refused to write an encrypted database without its reserved bytes");
            return SQLITE_IOERR_WRITE;
        }
        [[fallthrough]];
    case Mode::Journal: {
        if (amount != kPageSize)
            return file.real->pMethods->xWrite(file.real, buffer, amount, offset);
        PageBuffer stored;
        if (!sealPage(in, stored.data(), offset, *file.secret))
            return SQLITE_IOERR_WRITE;
        return file.real->pMethods->xWrite(file.real, stored.data(), kPageSize, offset);
    }
    case Mode::Stream: {
        std::vector<unsigned char> sealed(in, in + amount);
        streamXor(file, sealed.data(), sealed.size(), offset);
        return file.real->pMethods->xWrite(file.real, sealed.data(), amount, offset);
    }
    }
    return SQLITE_IOERR_WRITE;
}

int fileTruncate(sqlite3_file* base, sqlite3_int64 size)
{
    File* file = asFile(base);
    return file->real->pMethods->xTruncate(file->real, size);
}

int fileSync(sqlite3_file* base, int flags)
{
    File* file = asFile(base);
    return file->real->pMethods->xSync(file->real, flags);
}

int fileSize(sqlite3_file* base, sqlite3_int64* size)
{
    File* file = asFile(base);
    return file->real->pMethods->xFileSize(file->real, size);
}

int fileLock(sqlite3_file* base, int level)
{
    File* file = asFile(base);
    return file->real->pMethods->xLock(file->real, level);
}

int fileUnlock(sqlite3_file* base, int level)
{
    File* file = asFile(base);
    return file->real->pMethods->xUnlock(file->real, level);
}

int fileCheckReservedLock(sqlite3_file* base, int* reserved)
{
    File* file = asFile(base);
    return file->real->pMethods->xCheckReservedLock(file->real, reserved);
}

int fileControl(sqlite3_file* base, int op, void* argument)
{
    // Growing the file ahead (size hints, chunks) would leave zeros where a sealed page belongs.
    if (op == SQLITE_FCNTL_SIZE_HINT || op == SQLITE_FCNTL_CHUNK_SIZE)
        return SQLITE_OK;
    File* file = asFile(base);
    return file->real->pMethods->xFileControl(file->real, op, argument);
}

// 512, so that no journal header is ever page sized (and taken for a page image).
int fileSectorSize(sqlite3_file*)
{
    return 512;
}

int fileDeviceCharacteristics(sqlite3_file* base)
{
    // No atomic or append-only guarantees: a sealed page is rewritten whole, and the journal's
    // record count is always written (never taken from the file's size).
    File* file = asFile(base);
    return file->real->pMethods->xDeviceCharacteristics(file->real) &
           (SQLITE_IOCAP_POWERSAFE_OVERWRITE | SQLITE_IOCAP_UNDELETABLE_WHEN_OPEN);
}

const sqlite3_io_methods fileMethods = {
    1, // no WAL, no memory mapping
    fileClose,
    fileRead,
    fileWrite,
    fileTruncate,
    fileSync,
    fileSize,
    fileLock,
    fileUnlock,
    fileCheckReservedLock,
    fileControl,
    fileSectorSize,
    fileDeviceCharacteristics,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
};

bool isTemporary(const char* name, int flags)
{
    return name == nullptr || (flags & (SQLITE_OPEN_TEMP_DB | SQLITE_OPEN_TEMP_JOURNAL |
                                        SQLITE_OPEN_TRANSIENT_DB)) != 0;
}

int vfsOpen(sqlite3_vfs*, const char* name, sqlite3_file* base, int flags, int* outFlags)
{
    File* file = asFile(base);
    file->base.pMethods = nullptr;
    file->real = nullptr;
    file->secret = nullptr;

    SecretPtr secret;
    if (isTemporary(name, flags)) {
        file->mode = Mode::Stream;
        secret = newSecret();
        if (secret) {
            crypto_stream_xchacha20_keygen(secret->key);
            randombytes_buf(file->nonce, sizeof file->nonce);
        }
    } else {
        const bool mainDatabase = (flags & SQLITE_OPEN_MAIN_DB) != 0;
        file->mode = mainDatabase ? Mode::Pages : Mode::Journal;
        secret = keyFor(canonicalPath(QFile::decodeName(name)), mainDatabase);
        if (!secret) {
            logging::get("storage")->error(
                "refused to open a file of an encrypted database: it is not unlocked");
            return SQLITE_CANTOPEN;
        }
    }
    if (!secret)
        return SQLITE_NOMEM;

    auto* real = static_cast<sqlite3_file*>(sqlite3_malloc(rootVfs->szOsFile));
    if (real == nullptr)
        return SQLITE_NOMEM;
    std::memset(real, 0, static_cast<std::size_t>(rootVfs->szOsFile));
    const int rc = rootVfs->xOpen(rootVfs, name, real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (real->pMethods != nullptr)
            real->pMethods->xClose(real);
        sqlite3_free(real);
        return rc;
    }
    file->real = real;
    file->secret = secret.release();
    file->base.pMethods = &fileMethods;
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return rootVfs->xDelete(rootVfs, name, syncDir);
}

int vfsAccess(sqlite3_vfs*, const char* name, int flags, int* result)
{
    return rootVfs->xAccess(rootVfs, name, flags, result);
}

int vfsFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return rootVfs->xFullPathname(rootVfs, name, size, out);
}

void* vfsDlOpen(sqlite3_vfs*, const char* name)
{
    return rootVfs->xDlOpen(rootVfs, name);
}

void vfsDlError(sqlite3_vfs*, int size, char* message)
{
    rootVfs->xDlError(rootVfs, size, message);
}

void (*vfsDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return rootVfs->xDlSym(rootVfs, handle, symbol);
}

void vfsDlClose(sqlite3_vfs*, void* handle)
{
    rootVfs->xDlClose(rootVfs, handle);
}

int vfsRandomness(sqlite3_vfs*, int size, char* out)
{
    return rootVfs->xRandomness(rootVfs, size, out);
}

int vfsSleep(sqlite3_vfs*, int microseconds)
{
    return rootVfs->xSleep(rootVfs, microseconds);
}

int vfsCurrentTime(sqlite3_vfs*, double* now)
{
    return rootVfs->xCurrentTime(rootVfs, now);
}

int vfsGetLastError(sqlite3_vfs*, int size, char* message)
{
    return rootVfs->xGetLastError != nullptr ? rootVfs->xGetLastError(rootVfs, size, message) : 0;
}

int vfsCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* now)
{
    if (rootVfs->iVersion >= 2 && rootVfs->xCurrentTimeInt64 != nullptr)
        return rootVfs->xCurrentTimeInt64(rootVfs, now);
    double days = 0;
    const int rc = rootVfs->xCurrentTime(rootVfs, &days);
    *now = static_cast<sqlite3_int64>(days * 86400000.0);
    return rc;
}

sqlite3_vfs encryptedVfs = {};

} // namespace

bool registerVfs()
{
    static std::once_flag once;
    static bool registered = false;
    std::call_once(once, [] {
        if (sodium_init() < 0 || sqlite3_initialize() != SQLITE_OK)
            return;
        rootVfs = sqlite3_vfs_find(nullptr);
        if (rootVfs == nullptr)
            return;
        encryptedVfs.iVersion = 2;
        encryptedVfs.szOsFile = static_cast<int>(sizeof(File));
        encryptedVfs.mxPathname = rootVfs->mxPathname;
        encryptedVfs.zName = kVfsName;
        encryptedVfs.xOpen = vfsOpen;
        encryptedVfs.xDelete = vfsDelete;
        encryptedVfs.xAccess = vfsAccess;
        encryptedVfs.xFullPathname = vfsFullPathname;
        encryptedVfs.xDlOpen = vfsDlOpen;
        encryptedVfs.xDlError = vfsDlError;
        encryptedVfs.xDlSym = vfsDlSym;
        encryptedVfs.xDlClose = vfsDlClose;
        encryptedVfs.xRandomness = vfsRandomness;
        encryptedVfs.xSleep = vfsSleep;
        encryptedVfs.xCurrentTime = vfsCurrentTime;
        encryptedVfs.xGetLastError = vfsGetLastError;
        encryptedVfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
        registered = sqlite3_vfs_register(&encryptedVfs, 0) == SQLITE_OK;
    });
    return registered;
}

QString canonicalPath(const QString& path)
{
    const QFileInfo file(path);
    if (file.exists())
        return file.canonicalFilePath();
    const QString folder = file.absoluteDir().canonicalPath();
    if (folder.isEmpty())
        return QDir::cleanPath(file.absoluteFilePath());
    return folder + QLatin1Char('/') + file.fileName();
}

void remember(const QString& path, SecretPtr secret)
{
    Registry& keys = registry();
    const std::lock_guard lock(keys.mutex);
    keys.byPath[path] = std::move(secret);
}

void forget(const QString& path)
{
    Registry& keys = registry();
    const std::lock_guard lock(keys.mutex);
    keys.byPath.erase(path);
}

bool isRemembered(const QString& path)
{
    Registry& keys = registry();
    const std::lock_guard lock(keys.mutex);
    return keys.byPath.count(path) > 0;
}

bool sealPage(const unsigned char* plain, unsigned char* out, std::int64_t offset,
              const Secret& secret)
{
    const auto associated = offsetBytes(offset);
    unsigned char* nonce = out + kNonceAt;
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    if (crypto_aead_xchacha20poly1305_ietf_encrypt_detached(
            out, out + kTagAt, nullptr, plain, kCipherBytes, associated.data(), associated.size(),
            nullptr, nonce, secret.key) != 0)
        return false;
    std::memcpy(out + kMagicAt, kMagic, sizeof(kMagic) - 1);
    std::memcpy(out + kSaltAt, secret.salt, kSaltBytes);
    return true;
}

bool openPage(const unsigned char* stored, unsigned char* plain, std::int64_t offset,
              const Secret& secret)
{
    const auto associated = offsetBytes(offset);
    std::memset(plain + kCipherBytes, 0, kPageSize - kCipherBytes);
    return crypto_aead_xchacha20poly1305_ietf_decrypt_detached(
               plain, nullptr, stored, kCipherBytes, stored + kTagAt, associated.data(),
               associated.size(), stored + kNonceAt, secret.key) == 0;
}

} // namespace opieka::encrypted
