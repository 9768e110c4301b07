#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace opieka::ui {

// The reasons of a likely duplicate in words, for the window; the CLI and the audit keep the codes
// of docs/duplicates.md ("name;birth-date").
class DuplicateReasons
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateReasons)

public:
    // One code in words ("birth-date" → "same birth date"); an unknown code as it is.
    static QString label(const QString& code);
    // Several, joined for one table cell: "same name, same birth date".
    static QString text(const QStringList& codes);
};

} // namespace opieka::ui
