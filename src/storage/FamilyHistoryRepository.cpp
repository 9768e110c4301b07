#include "FamilyHistoryRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

namespace opieka {
namespace {
Result<qint64> insertReturningId(Database& database, const QString& text,
                                 const QList<QVariant>& values)
{
    return sql::returnedId(sql::run(database, text + QStringLiteral(" RETURNING id"), values));
}
} // namespace

Result<qint64> FamilyHistoryRepository::addCategoryChange(const CategoryChangeRow& c)
{
    return insertReturningId(
        m_database,
        QStringLiteral("INSERT INTO category_changes (family_id, changed_on, old_category, "
                       "new_category, changed_by) VALUES (?, ?, ?, ?, ?)"),
        {c.familyId, sql::date(c.changedOn),
         c.from ? QVariant(needCategoryName(*c.from)) : QVariant(QMetaType::fromType<QString>()),
         needCategoryName(c.to), c.changedBy});
}

Result<QList<CategoryChangeRow>> FamilyHistoryRepository::categoryChanges(qint64 familyId)
{
    return sql::rows(
        m_database,
        QStringLiteral("SELECT id, family_id, changed_on, old_category, new_category, "
                       "changed_by FROM category_changes WHERE family_id = ? "
                       "ORDER BY changed_on, id"),
        {familyId}, [](const QSqlQuery& q) {
            return CategoryChangeRow{
                q.value(0).toLongLong(),
                q.value(1).toLongLong(),
                sql::requiredDate(q.value(2)),
                q.value(3).isNull() ? std::nullopt : parseNeedCategory(q.value(3).toString()),
                parseNeedCategory(q.value(4).toString()).value_or(NeedCategory::Coping),
                q.value(5).toString()};
        });
}

Result<qint64> FamilyHistoryRepository::startBlueCard(qint64 familyId, const QDate& on)
{
    return insertReturningId(
        m_database, QStringLiteral("INSERT INTO blue_cards (family_id, started_on) VALUES (?, ?)"),
        {familyId, sql::date(on)});
}

Status FamilyHistoryRepository::endBlueCard(qint64 id, const QDate& on)
{
    return sql::run(m_database, QStringLiteral("UPDATE blue_cards SET ended_on = ? WHERE id = ?"),
                    {sql::date(on), id});
}

Result<QList<BlueCardRow>> FamilyHistoryRepository::blueCards(qint64 familyId)
{
    return sql::rows(m_database,
                     QStringLiteral("SELECT id, family_id, started_on, ended_on FROM blue_cards "
                                    "WHERE family_id = ? ORDER BY started_on, id"),
                     {familyId}, [](const QSqlQuery& q) {
                         return BlueCardRow{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                            sql::requiredDate(q.value(2)),
                                            sql::optionalDate(q.value(3))};
                     });
}

Result<qint64> FamilyHistoryRepository::addTeamLink(const TeamLinkRow& link)
{
    return insertReturningId(
        m_database,
        QStringLiteral("INSERT INTO team_links (family_id, worker_id, from_date, "
                       "to_date) VALUES (?, ?, ?, ?)"),
        {link.familyId, link.workerId, sql::date(link.from), sql::date(link.to)});
}

Status FamilyHistoryRepository::endTeamLink(qint64 id, const QDate& on)
{
    return sql::run(m_database, QStringLiteral("UPDATE team_links SET to_date = ? WHERE id = ?"),
                    {sql::date(on), id});
}

Result<QList<TeamLinkRow>> FamilyHistoryRepository::teamLinks(qint64 familyId)
{
    return sql::rows(m_database,
                     QStringLiteral("SELECT id, family_id, worker_id, from_date, to_date FROM "
                                    "team_links WHERE family_id = ? ORDER BY from_date, id"),
                     {familyId}, [](const QSqlQuery& q) {
                         return TeamLinkRow{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                            q.value(2).toLongLong(), sql::requiredDate(q.value(3)),
                                            sql::optionalDate(q.value(4))};
                     });
}

} // namespace opieka
