#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace opieka {

// An SQLite database file encrypted page by page (a field copy, issue 23; the format is in
// docs/field-work.md "The file"). SQLite reads and writes it through the VFS "opieka-encrypted";
// Database::open uses that VFS for every path unlocked here, so the rest of the program opens an
// encrypted file like any other once it is unlocked.
class EncryptedFile
{
    Q_DECLARE_TR_FUNCTIONS(EncryptedFile)

public:
    // Whether the file at `path` is an encrypted database (the magic "OPKFLD01" at bytes 4072-4079
    // of its first page). A missing or short file is not.
    static bool isEncrypted(const QString& path);

    // Prepares a new encrypted database at `path` (which must not exist): a new salt, the key
    // derived from the passphrase, kept in this process's memory for that path. The next
    // Database::open(path, CreateIfMissing) creates it encrypted. The passphrase must be at least
    // kMinimumPassphraseLength characters.
    static Status create(const QString& path, const QByteArray& passphrase);

    // Unlocks an existing encrypted database for this process: derives the key from the
    // passphrase and the file's salt and checks it against the first page. A wrong passphrase is
    // refused (ErrorKind::Refused) with a message that says so; nothing is kept then.
    static Status unlock(const QString& path, const QByteArray& passphrase);

    // Forgets the key of `path` (after its last connection is closed).
    static void lock(const QString& path);

    // Whether `path` has been created or unlocked in this process (Database::open asks).
    static bool isUnlocked(const QString& path);

    // "file:<path>?vfs=opieka-encrypted", percent-encoded, for QSQLITE_OPEN_URI.
    static QString sqliteUri(const QString& path);

    static constexpr int kPageSize = 4096;
    static constexpr int kReservedBytes = 64;
    static constexpr int kMinimumPassphraseLength = 12;
};

} // namespace opieka
