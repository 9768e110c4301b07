#pragma once

#include "Chronology.h"

#include <QAbstractTableModel>
#include <QList>

namespace opieka::ui {

// One family's timeline, newest first as the service gives it.
class ChronologyModel : public QAbstractTableModel
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

    void setEntries(const QList<ChronologyEntry>& entries);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ChronologyEntry> m_entries;
};

} // namespace opieka::ui
