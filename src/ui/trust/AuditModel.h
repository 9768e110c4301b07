#pragma once

#include "Audit.h"
#include "RowTableModel.h"

namespace opieka::ui {

// Audit records as the audit screen shows them: time, account, action, what it concerned and the
// old and new values (JSON as stored). Read-only.
class AuditModel : public RowTableModel<AuditEntry>
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        LoginColumn,
        ActionColumn,
        EntityColumn,
        OldValuesColumn,
        NewValuesColumn,
        ColumnCount
    };

    explicit AuditModel(QObject* parent = nullptr);

    void setEntries(const QList<AuditEntry>& entries) { setRows(entries); }
    const QList<AuditEntry>& entries() const { return rows(); }
    // The shown records as CSV (header and one line per record, as displayed but for the time,
    // which is ISO 8601 as every CSV the program writes).
    QByteArray csv() const;

private:
    QVariant roleData(const AuditEntry& entry, int column, int role) const override;
    // The action's code, or the entity's kind and id, as stored.
    static QString code(const AuditEntry& entry, int column);
};

} // namespace opieka::ui
