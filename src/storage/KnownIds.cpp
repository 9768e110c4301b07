#include "KnownIds.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlError>
#include <algorithm>

namespace opieka {

KnownIds::KnownIds(Database& database, Table table)
    : m_database(database)
    , m_table(table)
{}

KnownIds::~KnownIds() = default;

Result<bool> KnownIds::contains(qint64 id)
{
    const bool dense = id > 0 && id < kDenseLimit;
    if (dense) {
        const auto at = static_cast<std::size_t>(id);
        if (at < m_dense.size() && m_dense[at] != 0)
            return m_dense[at] == 1;
    } else if (const auto known = m_answers.constFind(id); known != m_answers.constEnd()) {
        return *known;
    }
    if (!m_query) {
        auto query = std::make_unique<QSqlQuery>(m_database.connection());
        query->setForwardOnly(true);
        const QString text = m_table == Table::Families
                                 ? QStringLiteral("SELECT 1 FROM families WHERE id = ?")
                                 : QStringLiteral("SELECT 1 FROM workers WHERE id = ?");
        if (!query->prepare(text))
            return storageError(QCoreApplication::translate("Database", "Database error: %1")
                                    .arg(query->lastError().text()));
        m_query = std::move(query);
    }
    m_query->bindValue(0, id);
    if (Status s = sql::exec(m_database, *m_query); !s)
        return s.error();
    const bool found = m_query->next();
    m_query->finish();
    if (dense) {
        const auto at = static_cast<std::size_t>(id);
        if (at >= m_dense.size())
            m_dense.resize(std::min(std::max(at + 1, m_dense.size() * 2),
                                    static_cast<std::size_t>(kDenseLimit)));
        m_dense[at] = found ? 1 : 2;
    } else {
        m_answers.insert(id, found);
    }
    return found;
}

} // namespace opieka
