#include "CsvRow.h"

#include "IsoDate.h"

#include <QRegularExpression>
#include <algorithm>

namespace opieka {
namespace {
// The number of `count` ASCII digits at `at`, or -1 when one of them is not an ASCII digit.
int asciiNumber(QStringView text, qsizetype at, qsizetype count)
{
    int number = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        number = number * 10 + (c - u'0');
    }
    return number;
}

// YYYY-MM-DD, optionally with THH:MM or " HH:MM", written in ASCII digits: the day and time,
// or none when the text is not of that shape. For the million rows of an import; text of another
// shape (other digits among them) goes to the general rule, which decides as it always did.
std::optional<std::pair<QDate, std::optional<QTime>>> asciiDateTime(QStringView value)
{
    if ((value.size() != 10 && value.size() != 16) || value.at(4) != u'-' || value.at(7) != u'-')
        return std::nullopt;
    const int year = asciiNumber(value, 0, 4);
    const int month = asciiNumber(value, 5, 2);
    const int day = asciiNumber(value, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    if (value.size() == 10)
        return std::make_pair(date, std::optional<QTime>());
    if ((value.at(10) != u'T' && value.at(10) != u' ') || value.at(13) != u':')
        return std::nullopt;
    const int hour = asciiNumber(value, 11, 2);
    const int minute = asciiNumber(value, 14, 2);
    if (hour < 0 || minute < 0 || !QTime::isValid(hour, minute, 0))
        return std::nullopt;
    return std::make_pair(date, std::optional<QTime>(QTime(hour, minute)));
}
} // namespace

CsvRow::CsvRow(const QHash<QString, int>& columns, const CsvRecord& record, const QString& label,
               QStringList& errors)
    : m_columns(columns)
    , m_record(record)
    , m_label(label)
    , m_errors(errors)
{}

void CsvRow::fail(const QString& message)
{
    m_failed = true;
    // One arg() call: a "%1" in the file name or the message is text, not a placeholder.
    m_errors << QStringLiteral("%1:%2: %3").arg(m_label, QString::number(m_record.line), message);
}

QString CsvRow::excerpt(const QString& value)
{
    constexpr qsizetype kShown = 40;
    return value.size() <= kShown ? value : value.left(kShown) + QStringLiteral("…");
}

QString CsvRow::text(const QString& column, bool required)
{
    const int index = m_columns.value(column, -1);
    const QString value = index >= 0 ? m_record.fields.value(index).trimmed() : QString();
    const bool runningText = column == QLatin1String("notes");
    const qsizetype limit = runningText ? kMaxNotesLength : kMaxTextLength;
    if (value.size() > limit) {
        fail(tr("%1 is %2 characters long; at most %3 are allowed")
                 .arg(column)
                 .arg(value.size())
                 .arg(limit));
        return {};
    }
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.category() != QChar::Other_Control)
            continue;
        if (runningText &&
            (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            continue;
        const QString code = QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0'));
        fail((runningText ? tr("%1 holds a control character (U+%2) at character %3; notes may "
                               "hold tabs and line breaks but no other control characters")
                          : tr("%1 holds a control character (U+%2) at character %3; this text "
                               "may not hold control characters (tabs and line breaks included)"))
                 .arg(column, code.toUpper())
                 .arg(i + 1));
        return {};
    }
    if (required && value.isEmpty())
        fail(tr("%1 is empty").arg(column));
    return value;
}

std::optional<qint64> CsvRow::id(const QString& column)
{
    const QString value = text(column);
    if (value.isEmpty())
        return std::nullopt;
    // 1 to 15 ASCII digits (checked by hand: this runs for every id of a million-row import).
    const bool digits = value.size() <= 15 && std::all_of(value.begin(), value.end(), [](QChar c) {
                            return c >= QLatin1Char('0') && c <= QLatin1Char('9');
                        });
    const qint64 number = digits ? value.toLongLong() : 0;
    if (number <= 0) {
        fail(tr("%1 must be a positive whole number, not '%2'").arg(column, excerpt(value)));
        return std::nullopt;
    }
    return number;
}

std::optional<QDate> CsvRow::date(const QString& column, bool required)
{
    const QString value = text(column, required);
    if (value.isEmpty())
        return std::nullopt;
    const auto parsed = parseIsoDate(value);
    if (!parsed)
        fail(tr("%1 '%2' is not a date in the form YYYY-MM-DD").arg(column, excerpt(value)));
    return parsed;
}

std::optional<std::pair<QDate, std::optional<QTime>>> CsvRow::dateTime(const QString& column)
{
    const QString value = text(column);
    if (value.isEmpty())
        return std::nullopt;
    if (auto fast = asciiDateTime(value))
        return fast;
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}))?$"));
    const auto match = pattern.match(value);
    const auto day = match.hasMatch() ? parseIsoDate(match.captured(1)) : std::nullopt;
    std::optional<QTime> time;
    bool ok = day.has_value();
    if (ok && match.hasCaptured(2)) {
        time = QTime::fromString(match.captured(2), QStringLiteral("HH:mm"));
        ok = time->isValid();
    }
    if (!ok) {
        fail(tr("%1 '%2' is not a date YYYY-MM-DD or a date and time YYYY-MM-DDTHH:MM")
                 .arg(column, excerpt(value)));
        return std::nullopt;
    }
    return std::make_pair(*day, time);
}

std::optional<double> CsvRow::fte(const QString& column)
{
    QString value = text(column, false);
    if (value.isEmpty())
        return 1.0;
    value.replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression decimal(QStringLiteral("^[0-9]+(\\.[0-9]+)?$"));
    bool ok = decimal.match(value).hasMatch();
    const double number = ok ? value.toDouble(&ok) : 0.0;
    if (!ok || number <= 0.0 || number > 1.0) {
        fail(tr("%1 must be more than 0 and at most 1 (a full-time post), not '%2'")
                 .arg(column, excerpt(text(column, false))));
        return std::nullopt;
    }
    return number;
}

} // namespace opieka
