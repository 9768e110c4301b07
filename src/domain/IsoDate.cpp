#include "IsoDate.h"

#include <QRegularExpression>

namespace opieka {

std::optional<QDate> parseIsoDate(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString isoDate(const std::optional<QDate>& date)
{
    return date ? isoDate(*date) : QString();
}

} // namespace opieka
