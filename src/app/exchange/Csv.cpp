#include "Csv.h"

#include "CsvReader.h"

#include <QBuffer>

namespace opieka {
Result<QList<CsvRecord>> Csv::parse(const QByteArray& bytes, const QString& label)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, label);
    QList<CsvRecord> records;
    for (;;) {
        auto record = reader.next();
        if (!record)
            return record.error();
        if (!*record)
            return records;
        records << std::move(**record);
    }
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
