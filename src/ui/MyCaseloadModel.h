#pragma once

#include "MyCaseloadService.h"

#include <QAbstractTableModel>
#include <QList>

namespace opieka::ui {

// A worker's open families with their last contact and next agreed step; overdue rows tinted.
class MyCaseloadModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CaseNumberColumn,
        CategoryColumn,
        LastContactColumn,
        DaysSinceColumn,
        NextStepColumn,
        DueColumn,
        ColumnCount
    };
    enum DataRole
    {
        FamilyIdRole = Qt::UserRole + 1,
        OverdueRole,
    };

    explicit MyCaseloadModel(QObject* parent = nullptr);

    void setRows(const QList<MyCaseloadRow>& rows);
    int overdueCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<MyCaseloadRow> m_rows;
};

} // namespace opieka::ui
