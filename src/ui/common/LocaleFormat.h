#pragma once

#include <QCoreApplication>
#include <QString>

class QApplication;
class QDateEdit;
class QWidget;

namespace opieka::ui {

// Dates as the user's language writes them (Polish: 06.12.2026), always with a four-digit year;
// ISO 8601 where the locale has no date format of its own (C). Files, CSV and the CLI keep ISO
// dates: this is for people reading a screen.
//
// Every date field (QDateEdit) of the application also takes what is typed as it is: a text that
// is not a real date (31.02.2026, 00.13.2026, "abc") is never turned into another date. The field
// says what is wrong (its tooltip and accessible description, in the error colour) and keeps the
// text; whatever would act on its window (a dialog's accepting button or Enter, another push
// button of the window such as "Close case"; not Cancel) is refused with a message naming the
// field until the date is corrected.
class LocaleFormat
{
    Q_DECLARE_TR_FUNCTIONS(LocaleFormat)

public:
    // The QDate::toString / QDateEdit format of the default QLocale.
    static QString dateFormat();
    // From here on every date field (QDateEdit) shows and takes dates in dateFormat(), and checks
    // what is typed as above; once per application, whoever asks first.
    static void install();

    // What is wrong with `text` typed into `edit` (not a date, a day the month does not have, out
    // of the field's range), or empty when it is a date the field takes, then put in `date`. The
    // date is written in full in the field's format (06.12.2026), or as its eight digits alone
    // (06122026, as QDateEdit let people type it).
    static QString problemWith(const QDateEdit* edit, const QString& text, QDate* date = nullptr);
    // The first date field of `window` showing a text that is not a date, or null.
    static QDateEdit* invalidDateField(const QWidget* window);
};

} // namespace opieka::ui
