#include "Csv.h"

#include <QStringDecoder>

namespace opieka {
namespace {
// The first line (1-based) whose bytes are not valid UTF-8.
int firstBadUtf8Line(const QByteArray& bytes)
{
    int line = 1;
    for (const QByteArray& part : bytes.split('\n')) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString ignored = decoder(part);
        if (decoder.hasError())
            return line;
        ++line;
    }
    return 1;
}
} // namespace

Result<QList<CsvRecord>> Csv::parse(const QByteArray& bytes, const QString& label)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return badInput(tr("%1:%2: the file is not UTF-8 text; save it as CSV UTF-8.")
                            .arg(label, QString::number(firstBadUtf8Line(bytes))));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool quoted = false; // inside a quoted field
    bool fieldWasQuoted = false;
    bool recordHasContent = false;
    int line = 1;
    record.line = 1;

    auto endField = [&] {
        record.fields << field;
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        if (recordHasContent || record.fields.size() > 1)
            records << record;
        record = CsvRecord();
        recordHasContent = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted)
                return badInput(tr("%1:%2: a quote inside a field that does not start with one; "
                                   "put the whole field in quotes and double the inner quotes.")
                                    .arg(label, QString::number(line)));
            quoted = true;
            fieldWasQuoted = true;
            recordHasContent = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
            continue; // CRLF: the LF ends the record
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
            record.line = line;
        } else {
            if (fieldWasQuoted)
                return badInput(tr("%1:%2: text after the closing quote of a field.")
                                    .arg(label, QString::number(line)));
            field += c;
            if (!c.isSpace())
                recordHasContent = true;
        }
    }
    if (quoted)
        return badInput(tr("%1:%2: a quoted field is not closed before the end of the file.")
                            .arg(label, QString::number(record.line)));
    endRecord();
    for (CsvRecord& parsed : records)
        for (QString& value : parsed.fields)
            value = unguarded(value);
    return records;
}

bool Csv::startsLikeAFormula(const QString& field)
{
    static const QString kStarts = QStringLiteral("=+-@\t\r");
    return !field.isEmpty() && kStarts.contains(field.front());
}

namespace {
// A formula, or text that would read back as a guarded one ("'=x" typed by someone): the guard
// goes on both, so that reading takes exactly one apostrophe off.
bool needsGuard(QStringView field)
{
    if (!field.isEmpty() && field.front() == QLatin1Char('\''))
        return needsGuard(field.mid(1));
    return Csv::startsLikeAFormula(field.toString());
}
} // namespace

QString Csv::guarded(const QString& field)
{
    return needsGuard(field) ? QLatin1Char('\'') + field : field;
}

QString Csv::unguarded(const QString& field)
{
    return field.startsWith(QLatin1Char('\'')) && needsGuard(QStringView(field).mid(1))
               ? field.mid(1)
               : field;
}

QByteArray Csv::line(const QStringList& fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& unsafe : fields) {
        const QString field = guarded(unsafe);
        const bool needsQuotes =
            field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
            field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
        if (needsQuotes) {
            QString escaped = field;
            escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
            out << QLatin1Char('"') + escaped + QLatin1Char('"');
        } else {
            out << field;
        }
    }
    return out.join(QLatin1Char(',')).toUtf8() + "\n";
}

} // namespace opieka
