#include "Arguments.h"

#include "IsoDate.h"

#include <QRegularExpression>

namespace opieka::cli {

std::optional<QString> Arguments::option(const QString& name)
{
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        const QString& word = m_words.at(i);
        if (word == name) {
            if (i + 1 >= m_words.size()) {
                m_errors << tr("%1 needs a value.").arg(name);
                m_words.removeAt(i);
                return std::nullopt;
            }
            const QString value = m_words.at(i + 1);
            m_words.remove(i, 2);
            return value;
        }
        if (word.startsWith(name + QLatin1Char('='))) {
            const QString value = word.mid(name.size() + 1);
            m_words.removeAt(i);
            return value;
        }
    }
    return std::nullopt;
}

bool Arguments::flag(const QString& name)
{
    return m_words.removeAll(name) > 0;
}

std::optional<QString> Arguments::positional()
{
    for (qsizetype i = 0; i < m_words.size(); ++i)
        if (!m_words.at(i).startsWith(QLatin1String("--"))) {
            const QString word = m_words.at(i);
            m_words.removeAt(i);
            return word;
        }
    return std::nullopt;
}

std::optional<QString> Arguments::positional(const QString& whenMissing)
{
    auto word = positional();
    if (!word)
        addError(whenMissing);
    return word;
}

std::optional<qint64> Arguments::idOption(const QString& name, bool required)
{
    const auto value = option(name);
    if (!value) {
        if (required)
            m_errors << tr("%1 ID is required.").arg(name);
        return std::nullopt;
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,15}$"));
    if (!digits.match(*value).hasMatch() || value->toLongLong() <= 0) {
        m_errors << tr("%1 takes a positive whole number, not '%2'.").arg(name, *value);
        return std::nullopt;
    }
    return value->toLongLong();
}

std::optional<QDate> Arguments::dateOption(const QString& name)
{
    const auto value = option(name);
    if (!value)
        return std::nullopt;
    const auto date = parseIsoDate(*value);
    if (!date)
        m_errors << tr("%1 takes a date as YYYY-MM-DD, not '%2'.").arg(name, *value);
    return date;
}

void Arguments::rejectLeftovers(const QString& command)
{
    for (const QString& word : m_words)
        m_errors << tr("'%1' is not understood by '%2'.").arg(word, command);
    m_words.clear();
}

} // namespace opieka::cli
