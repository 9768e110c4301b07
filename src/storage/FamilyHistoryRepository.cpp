#include "FamilyHistoryRepository.h"

#include "Database.h"
#include "SqlColumns.h"

namespace opieka {
namespace {
const sql::Columns<CategoryChangeRow> kCategoryChanges{
    QStringLiteral("category_changes"),
    {sql::column("id", &CategoryChangeRow::id),
     sql::column("family_id", &CategoryChangeRow::familyId),
     sql::column("changed_on", &CategoryChangeRow::changedOn),
     sql::optionalNamed("old_category", &CategoryChangeRow::from, needCategoryName,
                        parseNeedCategory),
     sql::named("new_category", &CategoryChangeRow::to, needCategoryName, parseNeedCategory,
                NeedCategory::Coping),
     sql::column("changed_by", &CategoryChangeRow::changedBy)}};

const sql::Columns<BlueCardRow> kBlueCards{QStringLiteral("blue_cards"),
                                           {sql::column("id", &BlueCardRow::id),
                                            sql::column("family_id", &BlueCardRow::familyId),
                                            sql::column("started_on", &BlueCardRow::startedOn),
                                            sql::column("ended_on", &BlueCardRow::endedOn)}};

const sql::Columns<TeamLinkRow> kTeamLinks{
    QStringLiteral("team_links"),
    {sql::column("id", &TeamLinkRow::id), sql::column("family_id", &TeamLinkRow::familyId),
     sql::column("worker_id", &TeamLinkRow::workerId), sql::column("from_date", &TeamLinkRow::from),
     sql::column("to_date", &TeamLinkRow::to)}};
} // namespace

Result<qint64> FamilyHistoryRepository::addCategoryChange(const CategoryChangeRow& c)
{
    return kCategoryChanges.insertReturningId(m_database, c);
}

Result<QList<CategoryChangeRow>> FamilyHistoryRepository::categoryChanges(qint64 familyId)
{
    return kCategoryChanges.table(m_database)
        .list(QStringLiteral("WHERE family_id = ? ORDER BY changed_on, id"), {familyId});
}

Result<qint64> FamilyHistoryRepository::startBlueCard(qint64 familyId, const QDate& on)
{
    return kBlueCards.insertReturningId(m_database, BlueCardRow{0, familyId, on, std::nullopt});
}

Status FamilyHistoryRepository::endBlueCard(qint64 id, const QDate& on)
{
    return sql::run(m_database, QStringLiteral("UPDATE blue_cards SET ended_on = ? WHERE id = ?"),
                    {sql::date(on), id});
}

Result<QList<BlueCardRow>> FamilyHistoryRepository::blueCards(qint64 familyId)
{
    return kBlueCards.table(m_database)
        .list(QStringLiteral("WHERE family_id = ? ORDER BY started_on, id"), {familyId});
}

Result<qint64> FamilyHistoryRepository::addTeamLink(const TeamLinkRow& link)
{
    return kTeamLinks.insertReturningId(m_database, link);
}

Status FamilyHistoryRepository::endTeamLink(qint64 id, const QDate& on)
{
    return sql::run(m_database, QStringLiteral("UPDATE team_links SET to_date = ? WHERE id = ?"),
                    {sql::date(on), id});
}

Result<QList<TeamLinkRow>> FamilyHistoryRepository::teamLinks(qint64 familyId)
{
    return kTeamLinks.table(m_database)
        .list(QStringLiteral("WHERE family_id = ? ORDER BY from_date, id"), {familyId});
}

} // namespace opieka
