#include "DuplicateRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <algorithm>
#include <functional>

namespace opieka {
namespace {

// Runs `each` over `ids` (sorted, each once) in slices, with "?, ?, ?" for the slice's ids:
// well under the number of values a statement may bind.
Status inSlices(const QList<qint64>& ids,
                const std::function<Status(const QString&, const QList<QVariant>&)>& each)
{
    constexpr qsizetype kSlice = 500;
    QList<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    for (qsizetype start = 0; start < sorted.size(); start += kSlice) {
        QStringList marks;
        QList<QVariant> values;
        for (qint64 id : sorted.mid(start, kSlice)) {
            marks << QStringLiteral("?");
            values << id;
        }
        OPIEKA_TRY(each(marks.join(QStringLiteral(", ")), values));
    }
    return {};
}

} // namespace

Status DuplicateRepository::dismiss(const QString& recordKind, qint64 a, qint64 b,
                                    const QString& byLogin, const QDateTime& at)
{
    const auto [lower, higher] = std::minmax(a, b);
    auto known = sql::anyRow(m_database,
                             QStringLiteral("SELECT 1 FROM duplicate_dismissals WHERE kind = ? "
                                            "AND lower_id = ? AND higher_id = ?"),
                             {recordKind, lower, higher});
    if (!known)
        return known.error();
    if (*known)
        return {};
    return sql::run(m_database,
                    QStringLiteral("INSERT INTO duplicate_dismissals (kind, lower_id, higher_id, "
                                   "dismissed_by, dismissed_at) VALUES (?, ?, ?, ?, ?)"),
                    {recordKind, lower, higher, byLogin, at.toUTC().toString(Qt::ISODate)});
}

Result<QSet<qint64>> DuplicateRepository::dismissedWith(const QString& recordKind, qint64 id)
{
    auto others = sql::rows(m_database,
                            QStringLiteral("SELECT CASE WHEN lower_id = ? THEN higher_id ELSE "
                                           "lower_id END FROM duplicate_dismissals WHERE kind = ? "
                                           "AND (lower_id = ? OR higher_id = ?)"),
                            {id, recordKind, id, id}, sql::idColumn);
    if (!others)
        return others.error();
    return QSet<qint64>(others->begin(), others->end());
}

Result<QSet<std::pair<qint64, qint64>>>
DuplicateRepository::dismissedPairs(const QString& recordKind)
{
    auto pairs = sql::rows(m_database,
                           QStringLiteral("SELECT lower_id, higher_id FROM duplicate_dismissals "
                                          "WHERE kind = ?"),
                           {recordKind}, [](const QSqlQuery& q) {
                               return std::pair(q.value(0).toLongLong(), q.value(1).toLongLong());
                           });
    if (!pairs)
        return pairs.error();
    return QSet<std::pair<qint64, qint64>>(pairs->begin(), pairs->end());
}

Result<QHash<qint64, QStringList>>
DuplicateRepository::workersOfFamilies(const QList<qint64>& familyIds, const QDate& day)
{
    QHash<qint64, QStringList> workers;
    OPIEKA_TRY(inSlices(familyIds, [&](const QString& marks, const QList<QVariant>& ids) -> Status {
        const QList<QVariant> values = QList<QVariant>{sql::date(day), sql::date(day)} + ids;
        auto rows = sql::rows(
            m_database,
            QStringLiteral("SELECT a.family_id, w.first_name, w.last_name FROM assignments a "
                           "JOIN workers w ON w.id = a.worker_id WHERE a.from_date <= ? AND "
                           "(a.to_date IS NULL OR a.to_date > ?) AND a.family_id IN (") +
                marks + QStringLiteral(") ORDER BY a.family_id, w.last_name, w.first_name"),
            values, [](const QSqlQuery& q) {
                return std::pair(q.value(0).toLongLong(),
                                 q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString());
            });
        if (!rows)
            return rows.error();
        for (const auto& [family, name] : *rows)
            if (!workers[family].contains(name))
                workers[family] << name;
        return {};
    }));
    return workers;
}

Result<QHash<qint64, DuplicateRepository::FamilyShown>>
DuplicateRepository::familiesShown(const QList<qint64>& familyIds)
{
    QHash<qint64, FamilyShown> shown;
    OPIEKA_TRY(inSlices(familyIds, [&](const QString& marks, const QList<QVariant>& ids) -> Status {
        auto rows =
            sql::rows(m_database,
                      QStringLiteral("SELECT id, name, case_number, municipality FROM "
                                     "families WHERE id IN (") +
                          marks + QStringLiteral(")"),
                      ids, [](const QSqlQuery& q) {
                          return std::pair(q.value(0).toLongLong(),
                                           FamilyShown{q.value(1).toString(), q.value(2).toString(),
                                                       q.value(3).toString()});
                      });
        if (!rows)
            return rows.error();
        for (const auto& [id, family] : *rows)
            shown.insert(id, family);
        return {};
    }));
    return shown;
}

} // namespace opieka
