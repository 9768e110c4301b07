#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace opieka {

// One record of a CSV file and the line it starts on (for "FILE:LINE: message").
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// RFC 4180: comma-separated, fields in double quotes may hold commas, quotes ("") and line
// breaks; CRLF or LF; UTF-8 with or without a byte-order mark. The first record is the header.
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    // `label` names the file in messages. Blank lines are skipped.
    static Result<QList<CsvRecord>> parse(const QByteArray& bytes, const QString& label);
    // One line of output, quoting what needs it (RFC 4180); ends with LF for shell tools.
    // A cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR)
    // is written with a leading apostrophe; parse() takes that apostrophe off again, so an
    // export imports back unchanged.
    static QByteArray line(const QStringList& fields);

    static bool startsLikeAFormula(const QString& field);
    static QString guarded(const QString& field);
    static QString unguarded(const QString& field);
};

} // namespace opieka
