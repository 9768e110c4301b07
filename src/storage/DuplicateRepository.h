#pragma once

#include "Repository.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <utility>

namespace opieka {

// What duplicate detection keeps and reads beside the records themselves (schema 17): the pairs
// marked "someone else" (duplicate_dismissals), and the little it shows of a match's case.
class DuplicateRepository : public Repository
{
public:
    using Repository::Repository;

    // `recordKind` is "member" or "family" (the table's kind column); the ids in either order.
    Status dismiss(const QString& recordKind, qint64 a, qint64 b, const QString& byLogin,
                   const QDateTime& at);
    // The records marked "someone else" with record `id`.
    Result<QSet<qint64>> dismissedWith(const QString& recordKind, qint64 id);
    // Every pair marked (lower id, higher id).
    Result<QSet<std::pair<qint64, qint64>>> dismissedPairs(const QString& recordKind);

    // The names ("Anna Nowak") of the workers each of `familyIds` is assigned to on `day`.
    Result<QHash<qint64, QStringList>> workersOfFamilies(const QList<qint64>& familyIds,
                                                         const QDate& day);
    // Name, case number and municipality of each of `familyIds`.
    struct FamilyShown
    {
        QString name;
        QString caseNumber;
        QString municipality;
    };
    Result<QHash<qint64, FamilyShown>> familiesShown(const QList<qint64>& familyIds);
};

} // namespace opieka
