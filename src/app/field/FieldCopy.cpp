#include "FieldCopy.h"

#include "Database.h"
#include "EncryptedFile.h"
#include "FieldCopyRepository.h"

namespace opieka {

Result<std::optional<FieldCopyInfo>> FieldCopy::info(Database& database)
{
    auto stored = FieldCopyRepository(database).info();
    if (!stored)
        return stored.error();
    if (!*stored)
        return std::optional<FieldCopyInfo>();
    const FieldCopyRecord& r = **stored;
    FieldCopyInfo info;
    info.copyId = r.copyId;
    info.centreDatabaseId = r.centreDatabaseId;
    info.centreName = r.centreName;
    info.centreLocation = r.centreLocation;
    info.workerId = r.workerId;
    info.takenBy = r.takenBy;
    info.takenAt = r.takenAt;
    info.lastSyncedAt = r.lastSyncedAt;
    return std::optional<FieldCopyInfo>(info);
}

bool FieldCopy::isFieldCopy(Database& database)
{
    auto found = info(database);
    return found.ok() && found->has_value();
}

QString FieldCopy::offlineReason(CentreOnly what, const FieldCopyInfo& info)
{
    QString reason;
    switch (what) {
    case CentreOnly::Assignments:
        reason = tr("Assignments and caseload limits are changed at the centre: this is a field "
                    "copy of %1. Sync it and do it in the centre's database.");
        break;
    case CentreOnly::CentreReports:
        reason = tr("Reports over the whole centre are made at the centre: this is a field copy "
                    "of %1. Sync it and make them in the centre's database.");
        break;
    case CentreOnly::Exchange:
        reason = tr("Packages to and from partner centres go through the centre: this is a field "
                    "copy of %1. Sync it and do it in the centre's database.");
        break;
    case CentreOnly::Administration:
        reason = tr("Imports, accounts, backups and erasure are done at the centre: this is a "
                    "field copy of %1. Sync it and do it in the centre's database.");
        break;
    case CentreOnly::Documents:
        reason = tr("Documents are attached and removed at the centre: this is a field copy of "
                    "%1, which shows them but does not bring new ones back. Sync it and do it in "
                    "the centre's database.");
        break;
    }
    return reason.arg(info.centreName);
}

Status FieldCopy::refuseOffline(Database& database, CentreOnly what)
{
    auto copy = info(database);
    if (!copy)
        return copy.error();
    if (!*copy)
        return {};
    return refused(offlineReason(what, **copy));
}

bool FieldCopy::isFieldCopyFile(const QString& path)
{
    return EncryptedFile::isEncrypted(path);
}

Status FieldCopy::unlockFile(const QString& path, const QByteArray& passphrase)
{
    return EncryptedFile::unlock(path, passphrase);
}

Status FieldCopy::setActingLogin(Database& database, const QString& login)
{
    auto copy = FieldCopyRepository(database).info();
    if (!copy)
        return copy.error();
    if (!*copy || (*copy)->actingLogin == login)
        return {};
    return FieldCopyRepository(database).setActingLogin(login);
}

} // namespace opieka
