#pragma once

#include "IsoDate.h"

#include <QDate>
#include <QString>
#include <functional>
#include <optional>

namespace opieka {

// How a printed document writes a date, chosen by whoever asks for the document: the window
// passes the language's format (06.12.2026 in Polish), the CLI ISO 8601 (isoDates()). The
// services that build documents take one instead of fixing a format of their own.
using DateText = std::function<QString(const QDate&)>;

inline DateText isoDates()
{
    return [](const QDate& date) { return isoDate(date); };
}

// Empty when there is no date.
inline QString optionalDate(const std::optional<QDate>& day, const DateText& date)
{
    return day ? date(*day) : QString();
}

} // namespace opieka
