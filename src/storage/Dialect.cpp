#include "Dialect.h"

namespace opieka {

QString Dialect::driverName() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString Dialect::expand(QString sql) const
{
    const QString autoId = m_kind == Kind::Sqlite
                               ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                               : QStringLiteral("BIGSERIAL PRIMARY KEY");
    return sql.replace(QStringLiteral("{{AUTO_ID}}"), autoId);
}

QStringList Dialect::sessionSetup() const
{
    if (m_kind == Kind::Sqlite)
        return {
            QStringLiteral("PRAGMA foreign_keys = ON"),
            QStringLiteral("PRAGMA journal_mode = WAL"),
            QStringLiteral("PRAGMA synchronous = FULL"), // case records survive a power cut
            QStringLiteral("PRAGMA busy_timeout = 5000"),
            // Deleted and erased data is overwritten, not left in free pages of the file.
            QStringLiteral("PRAGMA secure_delete = ON"),
        };
    return {QStringLiteral("SET client_encoding = 'UTF8'")};
}

QString Dialect::beginWrite() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

} // namespace opieka
