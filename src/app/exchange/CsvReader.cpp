#include "CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>
#include <QStringList>
#include <algorithm>

namespace opieka {
namespace {
constexpr qint64 kChunk = 1 << 20;

// The first line (1-based) of `bytes` that is not valid UTF-8.
int firstBadUtf8Line(const QByteArray& bytes)
{
    int line = 1;
    for (const QByteArray& part : bytes.split('\n')) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString ignored = decoder(part);
        if (decoder.hasError())
            return line;
        ++line;
    }
    return 1;
}

// Reads `device` in blocks that end at a line break (UTF-8 never has a 0x0A byte inside a
// character, so each block decodes on its own); the last block may end without one.
bool nextBlock(QIODevice& device, QByteArray& carry, QByteArray& block)
{
    for (;;) {
        // No more than a file or buffer still holds: a small file gets a small buffer, not 1 MB
        // (the CSV fuzzer's thousands of small inputs a second); a pipe is read a chunk at a time.
        const qint64 wanted =
            device.isSequential() ? kChunk : std::min(kChunk, device.bytesAvailable());
        const QByteArray chunk = wanted > 0 ? device.read(wanted) : QByteArray();
        if (chunk.isEmpty()) {
            block = std::move(carry);
            carry.clear();
            return !block.isEmpty();
        }
        carry += chunk;
        qsizetype end = carry.lastIndexOf('\n');
        // A line longer than two chunks (a record far beyond kMaxRecordLength) is cut before the
        // start of its last character, never inside one: memory stays bounded.
        if (end < 0 && carry.size() >= 2 * kChunk) {
            end = carry.size() - 1;
            while (end > 0 && (static_cast<uchar>(carry.at(end)) & 0xC0) == 0x80)
                --end; // back over UTF-8 continuation bytes to the character's first byte
            --end;
        }
        if (end >= 0) {
            block = carry.left(end + 1);
            carry.remove(0, end + 1);
            return true;
        }
    }
}

// Windows-1250's Polish letters (ĄąĆćĘęŁłŃńÓóŚśŹźŻż): what Excel's "CSV" holds with Polish
// settings, and what makes such a file invalid UTF-8.
bool hasWindows1250PolishLetters(const QByteArray& bytes)
{
    static const QByteArray letters("\xA5\xB9\xC6\xE6\xCA\xEA\xA3\xB3\xD1\xF1\xD3\xF3\x8C\x9C"
                                    "\x8F\x9F\xAF\xBF");
    return std::any_of(bytes.begin(), bytes.end(),
                       [](char byte) { return letters.contains(byte); });
}
} // namespace

CsvReader::CsvReader(QIODevice& device, const QString& label)
    : m_device(device)
    , m_label(label)
{
    m_record.line = 1;
}

QString CsvReader::semicolonsHint()
{
    return QCoreApplication::translate(
        "Csv", "Its columns are separated by semicolons, as Excel saves a CSV with Polish "
               "settings; Opieka reads commas.");
}

QString CsvReader::saveAsUtf8Hint()
{
    return QCoreApplication::translate(
        "Csv", "Save it again as CSV UTF-8: in Excel File › Save As › \"CSV UTF-8 (Comma "
               "delimited) (*.csv)\"; in LibreOffice Calc tick \"Edit filter settings\" and "
               "choose Unicode (UTF-8) and the comma.");
}

QByteArray CsvReader::sha256() const
{
    return m_hash.resultView().toByteArray().toHex();
}

Result<bool> CsvReader::readBlock()
{
    QByteArray block;
    if (!nextBlock(m_device, m_carry, block))
        return false;
    m_hash.addData(block);
    if (m_atStart) {
        const QByteArray firstLine = block.left(block.indexOf('\n'));
        m_semicolons = firstLine.contains(';') && !firstLine.contains(',');
    }
    // Decoded once: the decoder that gives the characters also tells whether the block is
    // UTF-8. Only the file's start may carry a byte-order mark: the first decoder skips one (and
    // a second one goes too, as Csv::parse always did); later blocks keep every character.
    QStringDecoder decoder(QStringDecoder::Utf8, m_atStart
                                                     ? QStringDecoder::Flag::Stateless
                                                     : QStringDecoder::Flag::Stateless |
                                                           QStringDecoder::Flag::ConvertInitialBom);
    m_text = decoder(block);
    if (decoder.hasError()) {
        m_text.clear();
        QStringList message{
            QCoreApplication::translate("Csv", "%1:%2: the file is not UTF-8 text.")
                .arg(m_label, QString::number(m_linesRead + firstBadUtf8Line(block)))};
        if (hasWindows1250PolishLetters(block))
            message << QCoreApplication::translate(
                "Csv", "Its Polish letters are in Windows-1250, the encoding of the \"CSV\" that "
                       "Excel saves with Polish settings.");
        if (m_semicolons)
            message << semicolonsHint();
        message << saveAsUtf8Hint();
        return badInput(message.join(QLatin1Char(' ')));
    }
    m_linesRead += static_cast<int>(block.count('\n'));
    if (m_atStart && m_text.startsWith(QChar(0xFEFF)))
        m_text.remove(0, 1);
    m_atStart = false;
    m_pos = 0;
    return true;
}

void CsvReader::endField()
{
    m_record.fields << Csv::unguarded(m_field);
    m_field.clear();
    m_fieldWasQuoted = false;
}

void CsvReader::endRecord()
{
    endField();
    if (m_recordHasContent || m_record.fields.size() > 1)
        m_ready << std::move(m_record);
    m_record = CsvRecord();
    m_recordHasContent = false;
    m_recordLength = 0;
}

std::optional<Error> CsvReader::tooLong() const
{
    if (m_recordLength <= kMaxRecordLength)
        return std::nullopt;
    return badInput(QCoreApplication::translate(
                        "Csv", "%1:%2: the line is longer than %3 characters (is a quote or a line "
                               "break missing?); nothing was imported.")
                        .arg(m_label, QString::number(m_record.line))
                        .arg(kMaxRecordLength));
}

std::optional<Error> CsvReader::take(QChar c)
{
    if (m_quoteInQuoted) {
        m_quoteInQuoted = false;
        if (c == QLatin1Char('"')) {
            m_field += QLatin1Char('"');
            return std::nullopt;
        }
        m_quoted = false;
    }
    if (m_pendingCr) {
        m_pendingCr = false;
        if (c != QLatin1Char('\n')) { // a lone CR is text
            if (m_fieldWasQuoted)
                return badInput(QCoreApplication::translate(
                                    "Csv", "%1:%2: text after the closing quote of a field.")
                                    .arg(m_label, QString::number(m_line)));
            m_field += QLatin1Char('\r');
        }
    }
    if (m_quoted) {
        if (c == QLatin1Char('"')) {
            m_quoteInQuoted = true;
        } else {
            if (c == QLatin1Char('\n'))
                ++m_line;
            m_field += c;
        }
        return std::nullopt;
    }
    if (c == QLatin1Char('"')) {
        if (!m_field.isEmpty() || m_fieldWasQuoted)
            return badInput(
                QCoreApplication::translate(
                    "Csv", "%1:%2: a quote inside a field that does not start with one; put the "
                           "whole field in quotes and double the inner quotes.")
                    .arg(m_label, QString::number(m_line)));
        m_quoted = true;
        m_fieldWasQuoted = true;
        m_recordHasContent = true;
    } else if (c == QLatin1Char(',')) {
        endField();
    } else if (c == QLatin1Char('\r')) {
        m_pendingCr = true; // CRLF: the LF ends the record
    } else if (c == QLatin1Char('\n')) {
        endRecord();
        ++m_line;
        m_record.line = m_line;
    } else {
        if (m_fieldWasQuoted)
            return badInput(QCoreApplication::translate(
                                "Csv", "%1:%2: text after the closing quote of a field.")
                                .arg(m_label, QString::number(m_line)));
        m_field += c;
        if (!c.isSpace())
            m_recordHasContent = true;
    }
    return std::nullopt;
}

qsizetype CsvReader::plainRun()
{
    // Only where take() would append each character and change nothing else.
    if (m_quoteInQuoted || m_pendingCr || (!m_quoted && m_fieldWasQuoted))
        return 0;
    const qsizetype n = m_text.size();
    qsizetype end = m_pos;
    if (m_quoted) {
        while (end < n && m_text.at(end) != QLatin1Char('"') && m_text.at(end) != QLatin1Char('\n'))
            ++end;
    } else {
        while (end < n) {
            const QChar c = m_text.at(end);
            if (c == QLatin1Char('"') || c == QLatin1Char(',') || c == QLatin1Char('\r') ||
                c == QLatin1Char('\n'))
                break;
            if (!c.isSpace())
                m_recordHasContent = true;
            ++end;
        }
    }
    return end - m_pos;
}

Result<std::optional<CsvRecord>> CsvReader::next()
{
    while (m_readyPos >= m_ready.size()) {
        m_ready.clear();
        m_readyPos = 0;
        if (m_finished)
            return std::optional<CsvRecord>();
        bool more = m_pos < m_text.size();
        if (!more) {
            auto read = readBlock();
            if (!read) {
                m_finished = true;
                return read.error();
            }
            more = *read;
        }
        if (!more) {
            m_finished = true;
            if (m_quoteInQuoted) { // a quote at the very end closes its field
                m_quoteInQuoted = false;
                m_quoted = false;
            }
            if (m_pendingCr) {
                m_pendingCr = false;
                if (m_fieldWasQuoted)
                    return badInput(QCoreApplication::translate(
                                        "Csv", "%1:%2: text after the closing quote of a field.")
                                        .arg(m_label, QString::number(m_line)));
                m_field += QLatin1Char('\r');
            } else if (m_quoted) {
                return badInput(
                    QCoreApplication::translate(
                        "Csv", "%1:%2: a quoted field is not closed before the end of the file.")
                        .arg(m_label, QString::number(m_record.line)));
            }
            endRecord();
            continue;
        }
        // Up to the end of this block's next record (or of the block).
        const qsizetype n = m_text.size();
        while (m_pos < n && m_ready.isEmpty()) {
            if (const qsizetype run = plainRun(); run > 0) {
                m_recordLength += run;
                if (auto error = tooLong()) {
                    m_finished = true;
                    return *error;
                }
                m_field.append(QStringView(m_text).mid(m_pos, run));
                m_pos += run;
                continue;
            }
            ++m_recordLength;
            if (auto error = tooLong(); error || (error = take(m_text.at(m_pos++)))) {
                m_finished = true;
                return *error;
            }
        }
        if (m_pos >= n) {
            m_text.clear();
            m_pos = 0;
        }
    }
    return std::optional<CsvRecord>(std::move(m_ready[m_readyPos++]));
}

} // namespace opieka
