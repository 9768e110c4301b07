#pragma once

#include "Csv.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTime>
#include <optional>

namespace opieka {

// Typed reading of one CSV record by column name; each problem becomes "FILE:LINE: message".
class CsvRow
{
    Q_DECLARE_TR_FUNCTIONS(CsvRow)

public:
    CsvRow(const QHash<QString, int>& columns, const CsvRecord& record, const QString& label,
           QStringList& errors);

    // The longest text of a field, in characters: notes (running text) and every other field.
    static constexpr qsizetype kMaxNotesLength = 10000;
    static constexpr qsizetype kMaxTextLength = 200;

    bool has(const QString& column) const { return m_columns.contains(column); }
    // Trimmed text; an error when required and empty, longer than its limit, or holding a control
    // character (notes may hold tabs and line breaks): then empty, the field not echoed.
    QString text(const QString& column, bool required = true);
    std::optional<qint64> id(const QString& column);
    std::optional<QDate> date(const QString& column, bool required = true);
    // YYYY-MM-DD, optionally with a time: YYYY-MM-DDTHH:MM or YYYY-MM-DD HH:MM.
    std::optional<std::pair<QDate, std::optional<QTime>>> dateTime(const QString& column);
    // A decimal in (0, 1]; empty means full time. Accepts a decimal comma too.
    std::optional<double> fte(const QString& column);

    void fail(const QString& message);
    // At most the first 40 characters of a value, for a message: never the whole of a bad input.
    static QString excerpt(const QString& value);
    bool failed() const { return m_failed; }
    int line() const { return m_record.line; }

private:
    const QHash<QString, int>& m_columns;
    const CsvRecord& m_record;
    QString m_label;
    QStringList& m_errors;
    bool m_failed = false;
};

} // namespace opieka
