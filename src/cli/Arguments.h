#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace opieka::cli {

// The words of one command line, consumed option by option; whatever is left over is an error.
class Arguments
{
    Q_DECLARE_TR_FUNCTIONS(Arguments)

public:
    explicit Arguments(QStringList words)
        : m_words(std::move(words))
    {}

    // "--name VALUE" or "--name=VALUE"; empty optional when absent. Sets an error when the
    // option is there without a value.
    std::optional<QString> option(const QString& name);
    bool flag(const QString& name);
    std::optional<QString> positional(); // the next word that is not an option
    // The same, recording `whenMissing` as a usage error when there is none.
    std::optional<QString> positional(const QString& whenMissing);
    bool isEmpty() const { return m_words.isEmpty(); }

    // Typed helpers that record a usage error when the value is malformed.
    std::optional<qint64> idOption(const QString& name, bool required);
    std::optional<QDate> dateOption(const QString& name);

    // Unconsumed words become errors; call once everything expected was taken.
    void rejectLeftovers(const QString& command);
    bool hasErrors() const { return !m_errors.isEmpty(); }
    QString errors() const { return m_errors.join(QLatin1Char('\n')); }
    void addError(const QString& message) { m_errors << message; }

private:
    QStringList m_words;
    QStringList m_errors;
};

} // namespace opieka::cli
