#include "MemberRepository.h"

#include "Database.h"
#include "SqlColumns.h"

namespace opieka {
namespace {
const sql::Columns<Member> kMembers{
    QStringLiteral("members"),
    {sql::column("id", &Member::id),
     sql::column("family_id", &Member::familyId, sql::Written::OnInsert),
     sql::column("first_name", &Member::firstName), sql::column("last_name", &Member::lastName),
     sql::optionalText("pesel", &Member::pesel), sql::column("birth_date", &Member::birthDate),
     sql::optionalNamed("sex", &Member::sex, sexName, parseSex),
     sql::named("relation", &Member::relation, relationName, parseRelation, Relation::Other),
     sql::column("row_version", &Member::rowVersion, sql::Written::Never)}};
} // namespace

Result<qint64> MemberRepository::insert(const Member& m)
{
    return kMembers.insertReturningId(m_database, m,
                                      QT_TRANSLATE_NOOP("Database", "The member was not saved."));
}

Status MemberRepository::update(const Member& m)
{
    return sql::updatedOrConflict(
        sql::run(m_database,
                 QStringLiteral("UPDATE members SET ") + kMembers.assignments() +
                     QStringLiteral(", row_version = row_version + 1 WHERE id = ? AND "
                                    "row_version = ?"),
                 kMembers.updatedValues(m) + QList<QVariant>{m.id, m.rowVersion}),
        QT_TRANSLATE_NOOP("Database",
                          "The member's details were changed elsewhere since they were read."));
}

Status MemberRepository::remove(qint64 id)
{
    return sql::run(m_database, QStringLiteral("DELETE FROM members WHERE id = ?"), {id});
}

Result<std::optional<Member>> MemberRepository::find(qint64 id)
{
    return kMembers.table(m_database).find(id);
}

Result<std::optional<Member>> MemberRepository::findByPesel(const QString& pesel)
{
    return kMembers.table(m_database).first(QStringLiteral("WHERE pesel = ?"), {pesel});
}

Result<QList<Member>> MemberRepository::forFamily(qint64 familyId)
{
    return kMembers.table(m_database)
        .list(QStringLiteral("WHERE family_id = ? ORDER BY id"), {familyId});
}

Status MemberRepository::forEach(const std::function<bool(const Member&)>& visit)
{
    return kMembers.table(m_database).each(QStringLiteral("ORDER BY family_id, id"), visit);
}

} // namespace opieka
