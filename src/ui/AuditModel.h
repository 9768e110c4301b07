#pragma once

#include "AuditRepository.h"

#include <QAbstractTableModel>

namespace opieka::ui {

// Audit records as the audit screen shows them: time, account, action, what it concerned and the
// old and new values (JSON as stored). Read-only.
class AuditModel : public QAbstractTableModel
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

    void setEntries(const QList<AuditEntry>& entries);
    const QList<AuditEntry>& entries() const { return m_entries; }
    // The shown records as CSV (header and one line per record, as displayed but for the time,
    // which is ISO 8601 as every CSV the program writes).
    QByteArray csv() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString display(const AuditEntry& entry, int column) const;
    // The action's code, or the entity's kind and id, as stored.
    static QString code(const AuditEntry& entry, int column);

    QList<AuditEntry> m_entries;
};

} // namespace opieka::ui
