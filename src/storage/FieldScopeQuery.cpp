#include "FieldScopeQuery.h"

#include "CaseReachQuery.h"
#include "Database.h"
#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

namespace opieka {
namespace {

// Members of the reached families (their ids), for the tables of a child.
QString reachedMembers(qint64 workerId, const QDate& day, QList<QVariant>& values)
{
    return QStringLiteral("(SELECT id FROM members WHERE ") +
           CaseReachQuery::familyCondition(QStringLiteral("family_id"), workerId, day, values) +
           QLatin1Char(')');
}

QString familyScoped(const QString& column, qint64 workerId, const QDate& day,
                     QList<QVariant>& values)
{
    return CaseReachQuery::familyCondition(column, workerId, day, values);
}

// The documents (schema 24) of the reached families, foster families and placements: a field
// copy shows them, read-only (DocumentService refuses attaching and removing there).
QString documentsScoped(qint64 workerId, const QDate& day, QList<QVariant>& values)
{
    QString text =
        QStringLiteral("(") + familyScoped(QStringLiteral("family_id"), workerId, day, values);
    text += QStringLiteral(" OR ") + CaseReachQuery::fosterFamilyCondition(
                                         QStringLiteral("foster_family_id"), workerId, day, values);
    text +=
        QStringLiteral(" OR placement_id IN (SELECT id FROM placements WHERE child_member_id IN ") +
        reachedMembers(workerId, day, values) + QStringLiteral("))");
    return text;
}

// Values the copy takes instead of the centre's: an account starts the copy with no failed
// sign-ins and no wait.
QHash<QString, QVariant> overrides(const QString& table)
{
    if (table == QLatin1String("users"))
        return {{QStringLiteral("failed_sign_ins"), 0},
                {QStringLiteral("locked_until"), QVariant()}};
    return {};
}

} // namespace

Result<FieldScopeQuery::Shape> FieldScopeQuery::shape(Database& copy, const QString& table)
{
    auto query = sql::run(copy, QStringLiteral("PRAGMA table_info(%1)").arg(table));
    if (!query)
        return query.error();
    Shape shape;
    while (query->next()) {
        const QString name = query->value(1).toString();
        shape.columns << name;
        if (query->value(5).toInt() == 1)
            shape.primaryKey = name;
    }
    if (shape.columns.isEmpty() || shape.primaryKey.isEmpty())
        return storageError(
            QCoreApplication::translate("FieldCheckout", "The field copy has no table '%1'.")
                .arg(table));
    return shape;
}

std::optional<QString> FieldScopeQuery::condition(const QString& table, qint64 workerId,
                                                  const QDate& day, QList<QVariant>& values)
{
    static const QSet<QString> whole{QStringLiteral("workers"), QStringLiteral("caseload_rules"),
                                     QStringLiteral("statute_rules"), QStringLiteral("settings")};
    static const QSet<QString> byFamily{
        QStringLiteral("members"),           QStringLiteral("category_changes"),
        QStringLiteral("blue_cards"),        QStringLiteral("contacts"),
        QStringLiteral("team_links"),        QStringLiteral("work_plans"),
        QStringLiteral("family_assessments")};
    static const QSet<QString> byChild{QStringLiteral("child_reviews"),
                                       QStringLiteral("help_plan_items"),
                                       QStringLiteral("child_status")};
    if (whole.contains(table))
        return QStringLiteral("1 = 1");
    if (table == QLatin1String("users") || table == QLatin1String("worker_leave")) {
        values << workerId;
        return QStringLiteral("worker_id = ?");
    }
    if (table == QLatin1String("families"))
        return familyScoped(QStringLiteral("id"), workerId, day, values);
    if (byFamily.contains(table))
        return familyScoped(QStringLiteral("family_id"), workerId, day, values);
    if (table == QLatin1String("foster_families"))
        return CaseReachQuery::fosterFamilyCondition(QStringLiteral("id"), workerId, day, values);
    if (table == QLatin1String("foster_assessments"))
        return CaseReachQuery::fosterFamilyCondition(QStringLiteral("foster_family_id"), workerId,
                                                     day, values);
    if (table == QLatin1String("assignments")) {
        // One statement each: the operands of + are not sequenced, and the values must follow
        // the placeholders' order (PostgreSQL refused a date bound to a worker id).
        QString text =
            QStringLiteral("(") + familyScoped(QStringLiteral("family_id"), workerId, day, values);
        return text + QStringLiteral(" OR ") +
               CaseReachQuery::fosterFamilyCondition(QStringLiteral("foster_family_id"), workerId,
                                                     day, values) +
               QLatin1Char(')');
    }
    if (table == QLatin1String("plan_goals"))
        return QStringLiteral("plan_id IN (SELECT id FROM work_plans WHERE ") +
               familyScoped(QStringLiteral("family_id"), workerId, day, values) + QLatin1Char(')');
    if (table == QLatin1String("plan_actions"))
        return QStringLiteral("goal_id IN (SELECT g.id FROM plan_goals g JOIN work_plans p ON "
                              "p.id = g.plan_id WHERE ") +
               familyScoped(QStringLiteral("p.family_id"), workerId, day, values) +
               QLatin1Char(')');
    if (byChild.contains(table))
        return QStringLiteral("child_member_id IN ") + reachedMembers(workerId, day, values);
    if (table == QLatin1String("documents"))
        return documentsScoped(workerId, day, values);
    if (table == QLatin1String("document_contents"))
        return QStringLiteral("document_id IN (SELECT id FROM documents WHERE ") +
               documentsScoped(workerId, day, values) + QLatin1Char(')');
    if (table == QLatin1String("placements")) {
        // A reached family's child, in an institution or in a foster family the worker reaches
        // (a foster family out of reach stays at the centre, and its placement with it).
        QString text =
            QStringLiteral("child_member_id IN ") + reachedMembers(workerId, day, values);
        return text + QStringLiteral(" AND (foster_family_id IS NULL OR ") +
               CaseReachQuery::fosterFamilyCondition(QStringLiteral("foster_family_id"), workerId,
                                                     day, values) +
               QLatin1Char(')');
    }
    return std::nullopt;
}

bool FieldScopeQuery::replacesWholeTable(const QString& table)
{
    return table == QLatin1String("caseload_rules") || table == QLatin1String("statute_rules") ||
           table == QLatin1String("settings");
}

Result<int> FieldScopeQuery::copyRows(Database& centre, Database& copy, const QString& table,
                                      qint64 workerId, const QDate& day)
{
    QList<QVariant> values;
    const auto where = condition(table, workerId, day, values);
    if (!where)
        return badInput(QCoreApplication::translate("FieldCheckout",
                                                    "The table '%1' is not part of a field copy.")
                            .arg(table));
    auto shape = FieldScopeQuery::shape(copy, table);
    if (!shape)
        return shape.error();
    const QString columns = shape->columns.join(QStringLiteral(", "));
    auto rows = sql::run(centre,
                         QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4")
                             .arg(columns, table, *where, shape->primaryKey),
                         values);
    if (!rows)
        return rows.error();

    if (replacesWholeTable(table))
        OPIEKA_TRY(sql::run(copy, QStringLiteral("DELETE FROM %1").arg(table)));
    QStringList marks;
    QStringList updates;
    for (const QString& column : shape->columns) {
        marks << QStringLiteral("?");
        if (column != shape->primaryKey)
            updates << QStringLiteral("%1 = excluded.%1").arg(column);
    }
    QString upsert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO ")
                         .arg(table, columns, marks.join(QStringLiteral(", ")), shape->primaryKey);
    upsert += updates.isEmpty()
                  ? QStringLiteral("NOTHING")
                  : QStringLiteral("UPDATE SET ") + updates.join(QStringLiteral(", "));
    QSqlQuery insert(copy.connection());
    if (!insert.prepare(upsert))
        return copy.failure(insert.lastError());
    const QHash<QString, QVariant> fixed = overrides(table);
    int copied = 0;
    while (rows->next()) {
        for (int i = 0; i < shape->columns.size(); ++i) {
            const auto it = fixed.constFind(shape->columns.at(i));
            insert.bindValue(i, it != fixed.constEnd() ? *it : rows->value(i));
        }
        OPIEKA_TRY(sql::exec(copy, insert));
        ++copied;
    }
    return copied;
}

Status FieldScopeQuery::createTriggers(Database& copy, const QString& table,
                                       const QSet<QString>& unrecorded)
{
    auto shape = FieldScopeQuery::shape(copy, table);
    if (!shape)
        return shape.error();
    const QString when =
        QStringLiteral(" WHEN (SELECT recording FROM field_copy_info WHERE id = 1) = 1 BEGIN ");
    const QString stamp = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), "
                                         "(SELECT COALESCE(acting_login, taken_by) FROM "
                                         "field_copy_info WHERE id = 1)");
    const QString into = QStringLiteral("INSERT INTO field_changes (table_name, record_id, "
                                        "operation, field, old_value, new_value, changed_at, "
                                        "changed_by) ");
    const QString name = QStringLiteral("'") + table + QStringLiteral("'");
    const QString prefix = QStringLiteral("CREATE TRIGGER field_") + table;

    const QString inserted = prefix + QStringLiteral("_insert AFTER INSERT ON ") + table + when +
                             into + QStringLiteral("VALUES (") + name + QStringLiteral(", NEW.") +
                             shape->primaryKey + QStringLiteral(", 'insert', NULL, NULL, NULL, ") +
                             stamp + QStringLiteral("); END");

    QString updated = prefix + QStringLiteral("_update AFTER UPDATE ON ") + table + when;
    int recorded = 0;
    for (const QString& column : shape->columns) {
        if (column == shape->primaryKey || unrecorded.contains(column))
            continue;
        updated += into + QStringLiteral("SELECT ") + name + QStringLiteral(", OLD.") +
                   shape->primaryKey + QStringLiteral(", 'update', '") + column +
                   QStringLiteral("', OLD.") + column + QStringLiteral(", NEW.") + column +
                   QStringLiteral(", ") + stamp + QStringLiteral(" WHERE OLD.") + column +
                   QStringLiteral(" IS NOT NEW.") + column + QStringLiteral("; ");
        ++recorded;
    }
    updated += QStringLiteral("END");

    QStringList pairs;
    for (const QString& column : shape->columns)
        pairs << QStringLiteral("'") + column + QStringLiteral("', OLD.") + column;
    const QString deleted = prefix + QStringLiteral("_delete AFTER DELETE ON ") + table + when +
                            into + QStringLiteral("VALUES (") + name + QStringLiteral(", OLD.") +
                            shape->primaryKey + QStringLiteral(", 'delete', NULL, json_object(") +
                            pairs.join(QStringLiteral(", ")) + QStringLiteral("), NULL, ") + stamp +
                            QStringLiteral("); END");

    OPIEKA_TRY(sql::run(copy, inserted));
    if (recorded > 0)
        OPIEKA_TRY(sql::run(copy, updated));
    OPIEKA_TRY(sql::run(copy, deleted));
    return {};
}

} // namespace opieka
