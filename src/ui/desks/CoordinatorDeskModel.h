#pragma once

#include "CoordinatorDeskService.h"
#include "RowTableModel.h"

namespace opieka::ui {

// What is on a coordinator's desk: reviews, assessments, certificates, emergency stays,
// adoption reports and leaving care, overdue first and red.
class CoordinatorDeskModel : public RowTableModel<CoordinatorItem>
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

    explicit CoordinatorDeskModel(QObject* parent = nullptr);

    void setItems(QList<CoordinatorItem> items);
    const QList<CoordinatorItem>& items() const { return rows(); }
    int overdueCount() const;

private:
    QVariant roleData(const CoordinatorItem& item, int column, int role) const override;
};

} // namespace opieka::ui
