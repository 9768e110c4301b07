#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace opieka {

// The cost of turning a passphrase into a key (Argon2id). Stored in each backup's header, so a
// backup is read back with the cost it was written with.
struct KeyDerivationCost
{
    quint64 operations = 0;  // crypto_pwhash opslimit
    quint64 memoryBytes = 0; // crypto_pwhash memlimit
    // libsodium's MODERATE: 3 passes over 256 MiB (under a second or two on an office PC).
    static KeyDerivationCost standard();
    // The smallest cost libsodium allows: for tests only, never for real backups.
    static KeyDerivationCost minimal();
};

// The encrypted backup file (docs/data-protection.md, "Backups"): a header with the Argon2id
// parameters and salt, then libsodium secretstream (XChaCha20-Poly1305) chunks; the first chunk
// carries the metadata, the last one the FINAL tag. The only place that knows libsodium.
class BackupCrypto
{
    Q_DECLARE_TR_FUNCTIONS(BackupCrypto)

public:
    static constexpr int chunkBytes = 64 * 1024;

    // Encrypts everything `plain` holds after `metadata`. `target` names the output in messages.
    static Status encrypt(QIODevice& plain, QIODevice& out, const QByteArray& metadata,
                          const QByteArray& passphrase, const KeyDerivationCost& cost,
                          const QString& target);
    // Authenticates and decrypts a backup into `plain`; returns its metadata. A wrong passphrase,
    // a damaged, truncated or foreign file is bad input naming `source`; `plain` then holds
    // an unusable part that the caller must throw away.
    static Result<QByteArray> decrypt(QIODevice& in, QIODevice& plain, const QByteArray& passphrase,
                                      const QString& source);
};

} // namespace opieka
