#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace opieka {

// One value of an enum: its stable text form and, where people read it, its label (marked for
// translation with QT_TRANSLATE_NOOP in the table's context).
template <typename Enum> struct EnumEntry
{
    Enum value;
    const char* name;
    const char* label = nullptr;
};

// A fixed table between an enum and its stable text form (used in the database, CSV and CLI),
// and its translated label.
template <typename Enum, std::size_t N> class EnumNames
{
public:
    constexpr explicit EnumNames(std::array<EnumEntry<Enum>, N> table)
        : m_table(table)
    {}
    // With labels translated in `labelContext`.
    constexpr EnumNames(const char* labelContext, std::array<EnumEntry<Enum>, N> table)
        : m_table(table)
        , m_labelContext(labelContext)
    {}

    QString name(Enum value) const
    {
        for (const EnumEntry<Enum>& entry : m_table)
            if (entry.value == value)
                return QString::fromLatin1(entry.name);
        return {};
    }

    // The translated label; empty for a value without one.
    QString label(Enum value) const
    {
        for (const EnumEntry<Enum>& entry : m_table)
            if (entry.value == value && entry.label)
                return QCoreApplication::translate(m_labelContext, entry.label);
        return {};
    }

    std::optional<Enum> parse(const QString& text) const
    {
        for (const EnumEntry<Enum>& entry : m_table)
            if (text == QLatin1String(entry.name))
                return entry.value;
        return std::nullopt;
    }

    QStringList names() const
    {
        QStringList out;
        for (const EnumEntry<Enum>& entry : m_table)
            out << QString::fromLatin1(entry.name);
        return out;
    }

private:
    std::array<EnumEntry<Enum>, N> m_table;
    const char* m_labelContext = nullptr;
};

} // namespace opieka
