#pragma once

#include "CoordinatorStartService.h"

#include <QAbstractTableModel>
#include <QList>

namespace opieka::ui {

// What is on a coordinator's desk: reviews, assessments, certificates, emergency stays,
// adoption reports and leaving care, overdue first and red.
class CoordinatorItemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        WhoColumn,
        DueColumn,
        ColumnCount
    };
    enum DataRole
    {
        FosterFamilyIdRole = Qt::UserRole + 1,
        OverdueRole,
    };

    explicit CoordinatorItemsModel(QObject* parent = nullptr);

    void setItems(const QList<CoordinatorItem>& items);
    const QList<CoordinatorItem>& items() const { return m_items; }
    int overdueCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CoordinatorItem> m_items;
};

} // namespace opieka::ui
