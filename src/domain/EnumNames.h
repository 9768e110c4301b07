#pragma once

#include <QString>
#include <QStringList>
#include <array>
#include <optional>
#include <utility>

namespace opieka {

// A fixed table between an enum and its stable text form (used in the database, CSV and CLI).
template <typename Enum, std::size_t N> class EnumNames
{
public:
    constexpr explicit EnumNames(std::array<std::pair<Enum, const char*>, N> table)
        : m_table(table)
    {}

    QString name(Enum value) const
    {
        for (const auto& [e, text] : m_table)
            if (e == value)
                return QString::fromLatin1(text);
        return {};
    }

    std::optional<Enum> parse(const QString& text) const
    {
        for (const auto& [e, name] : m_table)
            if (text == QLatin1String(name))
                return e;
        return std::nullopt;
    }

    QStringList names() const
    {
        QStringList out;
        for (const auto& entry : m_table)
            out << QString::fromLatin1(entry.second);
        return out;
    }

    const auto& entries() const { return m_table; }

private:
    std::array<std::pair<Enum, const char*>, N> m_table;
};

} // namespace opieka
