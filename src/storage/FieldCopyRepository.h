#pragma once

#include "Repository.h"
#include "Result.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace opieka {

// field_copy_info's one row: what makes a database a field copy (issue 23).
struct FieldCopyRecord
{
    QString copyId;
    QString centreDatabaseId;
    QString centreName;
    QString centreLocation;
    qint64 workerId = 0;
    QString takenBy;
    QDateTime takenAt; // UTC
    std::optional<QDateTime> lastSyncedAt;
    bool recording = true;
    QString actingLogin;
};

// Where a field copy came from (in the copy) and the copies taken (at the centre).
class FieldCopyRepository : public Repository
{
public:
    using Repository::Repository;

    // The copy's own row; none in a centre's database.
    Result<std::optional<FieldCopyRecord>> info();
    Status insertInfo(const FieldCopyRecord& record);
    // While off, the change triggers record nothing (check-out, a sync's refresh).
    Status setRecording(bool on);
    Status setActingLogin(const QString& login);

    // At the centre: a copy taken (field_copies).
    Status insertCentreCopy(const QString& copyId, qint64 workerId, const QString& takenBy,
                            const QDateTime& takenAt);

    // The text a timestamp is stored as here (and by the change triggers): UTC, whole seconds.
    static QString timestamp(const QDateTime& at);
};

} // namespace opieka
