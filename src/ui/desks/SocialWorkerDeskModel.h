#pragma once

#include "RowTableModel.h"
#include "SocialWorkerDeskService.h"

namespace opieka::ui {

// A worker's open families with their last contact and next agreed step; overdue rows tinted.
class SocialWorkerDeskModel : public RowTableModel<MyCaseloadRow>
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

    explicit SocialWorkerDeskModel(QObject* parent = nullptr);

    using RowTableModel::setRows;
    int overdueCount() const;

private:
    QVariant roleData(const MyCaseloadRow& row, int column, int role) const override;
};

} // namespace opieka::ui
