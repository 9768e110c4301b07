#pragma once

#include "Csv.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

class QIODevice;

namespace opieka {

// Reads a CSV file record by record (RFC 4180 as Csv describes it), so that a file of millions
// of rows never sits in memory whole. Call check() first: it reads the whole file once to refuse
// text that is not UTF-8 (naming the first bad line, before any other problem, as Csv::parse
// does) and returns the SHA-256 of its bytes; then next() until it gives no record.
class CsvReader
{
public:
    // `device` is open for reading and outlives the reader; `label` names the file in messages.
    CsvReader(QIODevice& device, const QString& label);

    // The SHA-256 of every byte (hex), or the "not UTF-8" error; rewinds the device.
    Result<QByteArray> check();
    // The next record with its fields unguarded (Csv::unguarded); none at the end of the file.
    // Blank lines are skipped. A malformed file is an error naming its line.
    Result<std::optional<CsvRecord>> next();

private:
    // Decodes the next block of whole lines into m_text; false at the end of the file.
    bool readBlock();
    // Takes one character through the state machine; may complete records.
    std::optional<Error> take(QChar c);
    // How many characters from m_pos take() would only append to the field (a fast path).
    qsizetype plainRun();
    void endField();
    void endRecord();

    QIODevice& m_device;
    QString m_label;
    QByteArray m_carry; // bytes after the last line break read so far
    QString m_text;     // decoded characters not yet taken
    qsizetype m_pos = 0;
    bool m_atStart = true;
    bool m_finished = false;

    QList<CsvRecord> m_ready; // records completed, oldest first
    qsizetype m_readyPos = 0;
    CsvRecord m_record;
    QString m_field;
    bool m_quoted = false;        // inside a quoted field
    bool m_quoteInQuoted = false; // a quote inside a quoted field: an escape or its end
    bool m_pendingCr = false;     // a CR outside quotes, waiting to see whether LF follows
    bool m_fieldWasQuoted = false;
    bool m_recordHasContent = false;
    int m_line = 1;
};

} // namespace opieka
