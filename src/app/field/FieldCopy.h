#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace opieka {

class Database;

// Where a field copy came from (field_copy_info, docs/field-work.md).
struct FieldCopyInfo
{
    QString copyId;
    QString centreDatabaseId;
    QString centreName;     // the centre's name (setting centre_name), else its location
    QString centreLocation; // the centre database's path or server address (no password)
    qint64 workerId = 0;
    QString takenBy;   // login
    QDateTime takenAt; // UTC
    std::optional<QDateTime> lastSyncedAt;
};

// A field copy as the rest of the program sees it: whether a database is one, what it says about
// itself, and what cannot be done in it.
class FieldCopy
{
    Q_DECLARE_TR_FUNCTIONS(FieldCopy)

public:
    // nullopt for a centre's database.
    static Result<std::optional<FieldCopyInfo>> info(Database& database);
    static bool isFieldCopy(Database& database);

    // What needs the whole centre and is refused in a field copy (the services call this; the
    // window disables the action with the same text as its tooltip).
    enum class CentreOnly
    {
        Assignments,    // assigning, releasing and transferring cases, and the limits
        CentreReports,  // reports over the whole centre
        Exchange,       // packages to and from partner centres
        Administration, // imports, accounts, backups, erasure
        Documents       // attaching and removing documents (a field copy shows them, read-only)
    };
    // OK in a centre's database; in a field copy ErrorKind::Refused with a sentence that says
    // why and where it can be done ("Assignments are changed at the centre: this is a field copy
    // of ... Sync it and do it in the centre's database.").
    static Status refuseOffline(Database& database, CentreOnly what);
    static QString offlineReason(CentreOnly what, const FieldCopyInfo& info);

    // The front ends' way to the encrypted file (storage is private to the app layer):
    // whether `path` is a field copy's file, and unlocking it for this process before
    // Workspace::open (EncryptedFile::isEncrypted / unlock).
    static bool isFieldCopyFile(const QString& path);
    static Status unlockFile(const QString& path, const QByteArray& passphrase);

    // Who acts in the copy now (the change triggers' "who"); set at sign-in. No-op at a centre.
    static Status setActingLogin(Database& database, const QString& login);
};

} // namespace opieka
