#pragma once

#include "Chronology.h"
#include "RowTableModel.h"

namespace opieka::ui {

// One family's timeline, newest first as the service gives it.
class ChronologyModel : public RowTableModel<ChronologyEntry>
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        TimeColumn,
        KindColumn,
        TitleColumn,
        DetailColumn,
        ColumnCount
    };
    enum DataRole
    {
        KindRole = Qt::UserRole + 1, // the stable kind name
    };

    explicit ChronologyModel(QObject* parent = nullptr);

    void setEntries(const QList<ChronologyEntry>& entries) { setRows(entries); }

private:
    QVariant roleData(const ChronologyEntry& entry, int column, int role) const override;
};

} // namespace opieka::ui
