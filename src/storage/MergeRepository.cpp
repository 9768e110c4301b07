#include "MergeRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QSet>

namespace opieka {
namespace {

// The tables a merge moves rows of, by the column that points at the record.
bool movable(const QString& table, const QString& column)
{
    static const QSet<QString> byFamily{QStringLiteral("members"),
                                        QStringLiteral("contacts"),
                                        QStringLiteral("category_changes"),
                                        QStringLiteral("blue_cards"),
                                        QStringLiteral("team_links"),
                                        QStringLiteral("contact_drafts"),
                                        QStringLiteral("family_assessments"),
                                        QStringLiteral("assignments"),
                                        QStringLiteral("exchange_items"),
                                        QStringLiteral("exchange_family_links"),
                                        QStringLiteral("partner_plans"),
                                        QStringLiteral("documents")};
    static const QSet<QString> byChild{QStringLiteral("placements"),
                                       QStringLiteral("child_reviews")};
    if (column == QLatin1String("member_id")) // the person a document is about
        return table == QLatin1String("documents");
    return column == QLatin1String("family_id") ? byFamily.contains(table)
                                                : byChild.contains(table);
}

Result<int> moveRows(const Database& database, const QString& table, const QString& column,
                     qint64 from, qint64 to)
{
    if (!movable(table, column))
        return storageError(QStringLiteral("No rows of %1 are moved by a merge.").arg(table));
    auto query = sql::run(database,
                          QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") + column +
                              QStringLiteral(" = ? WHERE ") + column + QStringLiteral(" = ?"),
                          {QVariant(to), QVariant(from)});
    if (!query)
        return query.error();
    return query->numRowsAffected();
}

// The table, its worker column ("0" for none) and its columns of the first and last day.
struct PeriodColumns
{
    QString table;
    QString worker;
    QString from;
    QString to;
    bool inclusiveEnd = false;
};

PeriodColumns columnsOf(MergePeriodTable table)
{
    switch (table) {
    case MergePeriodTable::Assignments:
        return {QStringLiteral("assignments"), QStringLiteral("worker_id"),
                QStringLiteral("from_date"), QStringLiteral("to_date"), false};
    case MergePeriodTable::TeamLinks:
        return {QStringLiteral("team_links"), QStringLiteral("worker_id"),
                QStringLiteral("from_date"), QStringLiteral("to_date"), false};
    case MergePeriodTable::BlueCards:
        break;
    }
    return {QStringLiteral("blue_cards"), QStringLiteral("0"), QStringLiteral("started_on"),
            QStringLiteral("ended_on"), true};
}

} // namespace

Result<int> MergeRepository::moveFamilyRows(const QString& table, qint64 fromFamily,
                                            qint64 toFamily)
{
    return moveRows(m_database, table, QStringLiteral("family_id"), fromFamily, toFamily);
}

Result<int> MergeRepository::moveChildRows(const QString& table, qint64 fromMember, qint64 toMember)
{
    return moveRows(m_database, table, QStringLiteral("child_member_id"), fromMember, toMember);
}

Result<int> MergeRepository::moveMemberDocuments(qint64 fromMember, qint64 toMember)
{
    return moveRows(m_database, QStringLiteral("documents"), QStringLiteral("member_id"),
                    fromMember, toMember);
}

Result<int> MergeRepository::moveExchangeRecords(const QString& entity, qint64 fromId, qint64 toId)
{
    auto query =
        sql::run(m_database,
                 QStringLiteral("UPDATE exchange_records SET local_id = ? WHERE entity = ? "
                                "AND local_id = ?"),
                 {QVariant(toId), QVariant(entity), QVariant(fromId)});
    if (!query)
        return query.error();
    return query->numRowsAffected();
}

Result<int> MergeRepository::moveHelpPlanItems(qint64 fromMember, qint64 toMember)
{
    // The moved items keep their order and come after the kept child's last one.
    auto last = sql::number(m_database,
                            QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM "
                                           "help_plan_items WHERE child_member_id = ?"),
                            QList<QVariant>{QVariant(toMember)});
    if (!last)
        return last.error();
    auto first = sql::number(m_database,
                             QStringLiteral("SELECT COALESCE(MIN(position), 0) FROM "
                                            "help_plan_items WHERE child_member_id = ?"),
                             QList<QVariant>{QVariant(fromMember)});
    if (!first)
        return first.error();
    auto query = sql::run(m_database,
                          QStringLiteral("UPDATE help_plan_items SET child_member_id = ?, "
                                         "position = position + ? WHERE child_member_id = ?"),
                          {toMember, *last + 1 - *first, fromMember});
    if (!query)
        return query.error();
    return query->numRowsAffected();
}

Result<int> MergeRepository::dropOlderDrafts(qint64 keptFamily, qint64 removedFamily)
{
    auto removed = sql::run(
        m_database,
        QStringLiteral("DELETE FROM contact_drafts WHERE family_id = ? AND EXISTS (SELECT 1 FROM "
                       "contact_drafts k WHERE k.family_id = ? AND k.user_login = "
                       "contact_drafts.user_login AND k.saved_at >= contact_drafts.saved_at)"),
        {QVariant(removedFamily), QVariant(keptFamily)});
    if (!removed)
        return removed.error();
    const int fromRemoved = removed->numRowsAffected();
    auto kept = sql::run(
        m_database,
        QStringLiteral("DELETE FROM contact_drafts WHERE family_id = ? AND EXISTS (SELECT 1 FROM "
                       "contact_drafts r WHERE r.family_id = ? AND r.user_login = "
                       "contact_drafts.user_login)"),
        {QVariant(keptFamily), QVariant(removedFamily)});
    if (!kept)
        return kept.error();
    return fromRemoved + kept->numRowsAffected();
}

Result<QList<MergePeriod>> MergeRepository::periods(MergePeriodTable table, qint64 familyId)
{
    const PeriodColumns c = columnsOf(table);
    return sql::rows(m_database,
                     QStringLiteral("SELECT id, ") + c.worker + QStringLiteral(", ") + c.from +
                         QStringLiteral(", ") + c.to + QStringLiteral(" FROM ") + c.table +
                         QStringLiteral(" WHERE family_id = ? ORDER BY 2, 3, 1"),
                     QList<QVariant>{QVariant(familyId)}, [&](const QSqlQuery& q) {
                         MergePeriod p;
                         p.id = q.value(0).toLongLong();
                         p.workerId = q.value(1).toLongLong();
                         p.from = sql::requiredDate(q.value(2));
                         p.to = sql::optionalDate(q.value(3));
                         if (p.to && c.inclusiveEnd)
                             p.to = p.to->addDays(1);
                         return p;
                     });
}

Status MergeRepository::setPeriod(MergePeriodTable table, qint64 id, const QDate& from,
                                  const std::optional<QDate>& to)
{
    const PeriodColumns c = columnsOf(table);
    std::optional<QDate> stored = to;
    if (stored && c.inclusiveEnd)
        stored = stored->addDays(-1);
    return sql::run(m_database,
                    QStringLiteral("UPDATE ") + c.table + QStringLiteral(" SET ") + c.from +
                        QStringLiteral(" = ?, ") + c.to + QStringLiteral(" = ? WHERE id = ?"),
                    {sql::date(from), sql::date(stored), id});
}

Status MergeRepository::removePeriod(MergePeriodTable table, qint64 id)
{
    return sql::run(m_database,
                    QStringLiteral("DELETE FROM ") + columnsOf(table).table +
                        QStringLiteral(" WHERE id = ?"),
                    QList<QVariant>{QVariant(id)});
}

Result<QList<MergePlanVersion>> MergeRepository::planVersions(qint64 familyId)
{
    return sql::rows(m_database,
                     QStringLiteral("SELECT id, version, status, created_on FROM work_plans "
                                    "WHERE family_id = ? ORDER BY version"),
                     QList<QVariant>{QVariant(familyId)}, [](const QSqlQuery& q) {
                         return MergePlanVersion{q.value(0).toLongLong(), q.value(1).toInt(),
                                                 q.value(2).toString(),
                                                 sql::requiredDate(q.value(3))};
                     });
}

Status MergeRepository::renumberPlans(qint64 familyId,
                                      const QList<std::pair<qint64, int>>& versionOfPlan)
{
    // First out of the way (a negative version no plan has), then to their places, so that no
    // step holds one family's version twice.
    for (const auto& [id, version] : versionOfPlan)
        OPIEKA_TRY(sql::run(m_database,
                            QStringLiteral("UPDATE work_plans SET version = ? WHERE id = ?"),
                            {QVariant(-id), QVariant(id)}));
    for (const auto& [id, version] : versionOfPlan)
        OPIEKA_TRY(sql::run(
            m_database,
            QStringLiteral("UPDATE work_plans SET family_id = ?, version = ? WHERE id = ?"),
            {familyId, version, id}));
    return {};
}

Status MergeRepository::removePlacement(qint64 placementId)
{
    return sql::run(m_database, QStringLiteral("DELETE FROM placements WHERE id = ?"),
                    QList<QVariant>{QVariant(placementId)});
}

Status MergeRepository::removeChildStatus(qint64 childMemberId)
{
    return sql::run(m_database,
                    QStringLiteral("DELETE FROM child_status WHERE child_member_id = ?"),
                    QList<QVariant>{QVariant(childMemberId)});
}

Result<int> MergeRepository::removeDismissals(const QString& recordKind, qint64 id)
{
    auto query = sql::run(m_database,
                          QStringLiteral("DELETE FROM duplicate_dismissals WHERE kind = ? AND "
                                         "(lower_id = ? OR higher_id = ?)"),
                          {recordKind, id, id});
    if (!query)
        return query.error();
    return query->numRowsAffected();
}

Status MergeRepository::removeFamily(qint64 familyId)
{
    return sql::run(m_database, QStringLiteral("DELETE FROM families WHERE id = ?"),
                    QList<QVariant>{QVariant(familyId)});
}

} // namespace opieka
