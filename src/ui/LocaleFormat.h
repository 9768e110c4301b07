#pragma once

#include <QString>

class QApplication;

namespace opieka::ui {

// Dates as the user's language writes them (Polish: 06.12.2026), always with a four-digit year;
// ISO 8601 where the locale has no date format of its own (C). Files, CSV and the CLI keep ISO
// dates: this is for people reading a screen.
class LocaleFormat
{
public:
    // The QDate::toString / QDateEdit format of the default QLocale.
    static QString dateFormat();
    // From here on every date field (QDateEdit) shows and takes dates in dateFormat(); once per
    // application, whoever asks first.
    static void install();
};

} // namespace opieka::ui
