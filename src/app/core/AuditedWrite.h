#pragma once

#include "AuditTrail.h"
#include "Result.h"
#include "SqlTransaction.h"
#include "User.h"

#include <QJsonObject>
#include <QString>
#include <type_traits>

namespace opieka {

class Database;

// The one way a service writes a change (issue 20): its rule, checked before anything is locked
// (who may, in the order the method asks: CaseAccess, Permissions; then what the input must be),
// one write transaction, the change with its audit record as the acting user, the commit. The
// first failure (a refusal, a begin that found the database busy or gone, a failed statement,
// the audit, the commit) is returned as it came, and everything the change wrote is rolled back:
// a change and its audit record are stored together or not at all. Inside another transaction
// it joins that one (SqlTransaction's nesting), and the outermost commits.
//
//     return AuditedWrite(m_database, actor)
//         .run([&] { return CaseAccess(m_database).mayChangeFamily(actor, familyId); },
//              [&](AuditedWrite& write) -> Status {
//                  ... the checks that read the record, the change ...
//                  return write.record(QStringLiteral("family.close"), ...);
//              });
class AuditedWrite
{
public:
    AuditedWrite(Database& database, const User& actor)
        : m_database(database)
        , m_actor(actor)
    {}

    // `rule()` returns a Status (or a Result); `change(*this)` returns a Status or a Result<T>,
    // which run() returns once the transaction has committed.
    template <typename Rule, typename Change>
    auto run(Rule&& rule, Change&& change) -> std::invoke_result_t<Change&, AuditedWrite&>
    {
        if (auto may = rule(); !may)
            return may.error();
        auto transaction = SqlTransaction::begin(m_database);
        if (!transaction)
            return transaction.error();
        auto outcome = change(*this);
        if (!outcome)
            return outcome; // the transaction's guard rolls back
        if (Status committed = transaction->commit(); !committed)
            return committed.error();
        return outcome;
    }

    // The same for a change whose caller has already checked what may be checked before the
    // transaction (an answer that needs no write: nothing to change), or that has no rule.
    template <typename Change>
    auto run(Change&& change) -> std::invoke_result_t<Change&, AuditedWrite&>
    {
        return run([] { return Status(); }, change);
    }

    // The change's audit record, by the acting user, in the change's transaction.
    Status record(const QString& action, const QString& entity, const QString& entityId,
                  const QJsonObject& oldValues, const QJsonObject& newValues)
    {
        return AuditTrail(m_database)
            .record(m_actor, action, entity, entityId, oldValues, newValues);
    }
    Status record(const QString& action, const QString& entity, qint64 entityId,
                  const QJsonObject& oldValues, const QJsonObject& newValues)
    {
        return record(action, entity, QString::number(entityId), oldValues, newValues);
    }

    // The audit record of a row the change has just inserted, with its values: the new row's
    // id, or the insert's error or the audit's as they came.
    Result<qint64> recordNew(const Result<qint64>& id, const QString& action, const QString& entity,
                             const QJsonObject& newValues)
    {
        if (!id)
            return id.error();
        if (Status recorded = record(action, entity, *id, {}, newValues); !recorded)
            return recorded.error();
        return id;
    }

    const User& actor() const { return m_actor; }

private:
    Database& m_database;
    const User& m_actor;
};

} // namespace opieka
