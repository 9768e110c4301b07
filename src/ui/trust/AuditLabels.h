#pragma once

#include <QCoreApplication>
#include <QString>

namespace opieka::ui {

// What an audit record's action code (`family.open`) and entity kind (`foster_family`) mean, in
// the user's language, for the audit dialog. The codes stay as they are in the database, the CSV
// and `opieka-cli audit` (a contract); a code this table does not know is shown as it is.
class AuditLabels
{
    Q_DECLARE_TR_FUNCTIONS(opieka::ui::AuditLabels)

public:
    static QString action(const QString& code);
    static QString entity(const QString& kind);
    // "family 31" in words: "Family 31" ("Rodzina 31").
    static QString concerns(const QString& kind, const QString& id);
};

} // namespace opieka::ui
