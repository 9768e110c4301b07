#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace opieka {

// Strict YYYY-MM-DD, a real calendar date; nothing else is accepted.
std::optional<QDate> parseIsoDate(const QString& text);
QString isoDate(const QDate& date);
QString isoDate(const std::optional<QDate>& date); // empty when none

} // namespace opieka
