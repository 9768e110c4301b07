#pragma once

#include "Csv.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>
#include <QString>
#include <optional>

class QIODevice;

namespace opieka {

// Reads a CSV file record by record (RFC 4180 as Csv describes it), so that a file of millions
// of rows never sits in memory whole. The file is read once: each block is hashed and checked to
// be UTF-8 as it is read, so the SHA-256 is that of the very bytes the records came from (a file
// changed while it is imported cannot pass under the hash of its earlier content). Call next()
// until it gives no record; then sha256() is the hash of the whole file.
class CsvReader
{
public:
    // The longest record (one line, or several for a quoted field with line breaks), in
    // characters; a longer one stops the reading (a missing quote or line break, or a hostile
    // file).
    static constexpr qsizetype kMaxRecordLength = 20000;

    // `device` is open for reading and outlives the reader; `label` names the file in messages.
    CsvReader(QIODevice& device, const QString& label);

    // The next record with its fields unguarded (Csv::unguarded); none at the end of the file.
    // Blank lines are skipped. Text that is not UTF-8 (named with its first bad line, and what
    // Polish Excel makes of a CSV explained), a malformed or over-long record: an error.
    Result<std::optional<CsvRecord>> next();
    // The SHA-256 (hex) of every byte read; the whole file's once next() gave no record.
    QByteArray sha256() const;

    // The sentences that tell a user how to save a spreadsheet as the CSV Opieka reads.
    static QString semicolonsHint();
    static QString saveAsUtf8Hint();

private:
    // Hashes, checks and decodes the next block of whole lines into m_text; false at the end of
    // the file, an error when the block is not UTF-8.
    Result<bool> readBlock();
    std::optional<Error> tooLong() const;
    // Takes one character through the state machine; may complete records.
    std::optional<Error> take(QChar c);
    // How many characters from m_pos take() would only append to the field (a fast path).
    qsizetype plainRun();
    void endField();
    void endRecord();

    QIODevice& m_device;
    QString m_label;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    int m_linesRead = 0;       // line breaks in the blocks read so far
    bool m_semicolons = false; // the first line has semicolons and no comma: Polish Excel's CSV
    qsizetype m_recordLength = 0;
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
