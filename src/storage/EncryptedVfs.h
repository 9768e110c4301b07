#pragma once

#include <QByteArray>
#include <QString>
#include <array>
#include <cstdint>
#include <memory>

// The SQLite VFS "opieka-encrypted" and the keys it uses (docs/field-work.md "The file"). Private
// to EncryptedFile: the rest of the program asks EncryptedFile.
namespace opieka::encrypted {

inline constexpr int kPageSize = 4096;
inline constexpr int kCipherBytes = 4032; // the page's bytes SQLite uses, encrypted
inline constexpr int kNonceAt = 4032;
inline constexpr int kTagAt = 4056;
inline constexpr int kMagicAt = 4072;
inline constexpr int kSaltAt = 4080;
inline constexpr int kSaltBytes = 16;
inline constexpr int kKeyBytes = 32;
inline constexpr char kMagic[] = "OPKFLD01"; // 8 bytes, no terminator in the file

inline constexpr char kVfsName[] = "opieka-encrypted";

// A key and the salt it came from, in memory that sodium_malloc guards (never swapped out, no
// copy left behind when freed).
struct Secret
{
    unsigned char key[kKeyBytes];
    unsigned char salt[kSaltBytes];
};
struct SecretFree
{
    void operator()(Secret* secret) const;
};
using SecretPtr = std::unique_ptr<Secret, SecretFree>;
// nullptr when guarded memory cannot be had.
SecretPtr newSecret();

// Registers the VFS with SQLite (once per process; later calls do nothing). False when libsodium
// or SQLite cannot be set up.
bool registerVfs();

// The path a key is kept under: absolute, with links and ".." resolved (the folder's, when the
// file does not exist yet).
QString canonicalPath(const QString& path);

// The keys of the unlocked files, by canonical path.
void remember(const QString& path, SecretPtr secret);
void forget(const QString& path);
bool isRemembered(const QString& path);

// Seals the first kCipherBytes of `plain` into `out` (a whole stored page) for the byte offset
// `offset` of its file. False only when libsodium fails.
bool sealPage(const unsigned char* plain, unsigned char* out, std::int64_t offset,
              const Secret& secret);
// Opens a stored page into `plain` (kPageSize bytes, the reserved ones zero). False when it
// does not authenticate with this key at this offset.
bool openPage(const unsigned char* stored, unsigned char* plain, std::int64_t offset,
              const Secret& secret);

} // namespace opieka::encrypted
