#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <optional>

namespace opieka {
class Database;
}

namespace opieka::sql {

// Values always go in bound, never spliced into the SQL text. On a server whose connection was
// lost, reconnects first (outside a transaction) or reports the loss (Database::ensureConnected).
Result<QSqlQuery> run(const Database& database, const QString& sql,
                      const QList<QVariant>& values = {});
// The id an "INSERT ... RETURNING id" gave back, or the error.
Result<qint64> returnedId(Result<QSqlQuery> query);
// Runs a prepared query with what is bound now; false with a logged error on failure.
Status exec(QSqlQuery& query);
// The same for a query prepared on `database`'s connection: a dropped server connection is
// reported as such (ErrorKind::ConnectionLost). Never reconnects: the statement was prepared on
// the old connection, and it may be part of a transaction that went with it.
Status exec(const Database& database, QSqlQuery& query);

QVariant date(const QDate& day);
QVariant date(const std::optional<QDate>& day); // NULL when none
QVariant text(const QString& value);            // NULL when empty
std::optional<QDate> optionalDate(const QVariant& value);
QDate requiredDate(const QVariant& value);
// Escapes LIKE wildcards in user input; use with ESCAPE '\'.
QString likePattern(const QString& userText);

} // namespace opieka::sql
