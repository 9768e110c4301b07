#include "RuleRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

namespace opieka {

namespace {
Result<RuleBook> readRules(Database& database, const QString& table)
{
    auto q = sql::run(database, QStringLiteral("SELECT id, role, case_limit, prorated, valid_from, "
                                               "source FROM %1 ORDER BY role, valid_from")
                                    .arg(table));
    if (!q)
        return q.error();
    QList<CaseloadRule> rules;
    while (q->next()) {
        const auto role = parseRole(q->value(1).toString());
        if (!role)
            continue;
        rules << CaseloadRule{q->value(0).toLongLong(),
                              *role,
                              q->value(2).toInt(),
                              q->value(3).toInt() != 0,
                              sql::requiredDate(q->value(4)),
                              q->value(5).toString()};
    }
    return RuleBook(rules);
}
} // namespace

Result<RuleBook> RuleRepository::all()
{
    return readRules(m_database, QStringLiteral("caseload_rules"));
}

Result<RuleBook> RuleRepository::statute()
{
    return readRules(m_database, QStringLiteral("statute_rules"));
}

Result<qint64> RuleRepository::insert(const CaseloadRule& rule)
{
    return sql::returnedId(
        sql::run(m_database,
                 QStringLiteral("INSERT INTO caseload_rules (role, case_limit, prorated, "
                                "valid_from, source) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                 {roleName(rule.role), rule.limit, rule.prorated ? 1 : 0, sql::date(rule.validFrom),
                  sql::text(rule.source)}),
        QT_TRANSLATE_NOOP("Database", "The rule was not saved."));
}

Result<bool> RuleRepository::exists(Role role, const QDate& validFrom)
{
    return sql::anyRow(
        m_database,
        QStringLiteral("SELECT 1 FROM caseload_rules WHERE role = ? AND valid_from = ?"),
        {roleName(role), sql::date(validFrom)});
}

} // namespace opieka
