#pragma once

#include "IsoDate.h"
#include "PastDates.h"

#include <QDate>
#include <QString>
#include <functional>
#include <optional>

namespace opieka {

// How a printed document writes a date, chosen by whoever asks for the document: a document for
// people (the window's print and PDF, the CLI's PDF) the language's format (06.12.2026 in Polish,
// localDates()), a document for programs ISO 8601 (isoDates()). The services that build documents
// take one instead of fixing a format of their own.
using DateText = std::function<QString(const QDate&)>;

inline DateText isoDates()
{
    return [](const QDate& date) { return isoDate(date); };
}

inline DateText localDates()
{
    return [](const QDate& date) { return localDate(date); };
}

// Empty when there is no date.
inline QString optionalDate(const std::optional<QDate>& day, const DateText& date)
{
    return day ? date(*day) : QString();
}

} // namespace opieka
