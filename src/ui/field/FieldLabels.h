#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace opieka::ui {

// How a field copy's changes and conflicts read on screen (issue 23): the record and the field in
// words ("Family no. 12 — address"), a stored value as a person reads it (dates in the language's
// format, an empty value said so), and when it changed.
class FieldLabels
{
    Q_DECLARE_TR_FUNCTIONS(FieldLabels)

public:
    static QString record(const QString& table, qint64 recordId);
    // "*" (a record deleted on one side and changed on the other): the whole record.
    static QString field(const QString& column);
    static QString recordField(const QString& table, qint64 recordId, const QString& column);
    static QString value(const std::optional<QString>& stored);
    static QString when(const QDateTime& utc);
    // "value — changed by anna on 07.12.2026 14:03", or the value alone when nothing is known.
    static QString changedValue(const std::optional<QString>& stored, const QString& by,
                                const QDateTime& at);
};

} // namespace opieka::ui
