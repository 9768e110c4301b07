#include "SettingsRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

namespace opieka {

Result<std::optional<QString>> SettingsRepository::value(const QString& key)
{
    return sql::firstRow(m_database,
                         QStringLiteral("SELECT setting_value FROM settings WHERE setting_key = ?"),
                         {key}, sql::textColumn);
}

Status SettingsRepository::setValue(const QString& key, const QString& value)
{
    if (auto q = sql::run(m_database, QStringLiteral("DELETE FROM settings WHERE setting_key = ?"),
                          {key});
        !q)
        return q.error();
    return sql::run(
        m_database,
        QStringLiteral("INSERT INTO settings (setting_key, setting_value) VALUES (?, ?)"),
        {key, value});
}

} // namespace opieka
