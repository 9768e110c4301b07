#pragma once

#include "CaseloadService.h"
#include "RowTableModel.h"

namespace opieka::ui {

// One row per worker who carries cases, from a caseload report. Read-only; a proxy sorts
// (on SortRole, numbers as numbers) and filters (on RoleKeyRole).
class CaseloadModel : public RowTableModel<WorkerCaseload>
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        NameColumn,
        RoleColumn,
        FteColumn,
        CasesColumn,
        LimitColumn,
        UtilisationColumn,
        StatusColumn,
        UnitColumn, // last, so that the columns before keep their numbers
        ColumnCount
    };
    enum DataRole
    {
        SortRole = Qt::UserRole + 1,
        RoleKeyRole, // the stored role name (social_worker, ...)
        WorkerIdRole,
    };

    explicit CaseloadModel(QObject* parent = nullptr);

    void setReport(const CaseloadReport& report);
    const CaseloadReport& report() const { return m_report; }

private:
    QVariant roleData(const WorkerCaseload& row, int column, int role) const override;
    static QVariant sortKey(const WorkerCaseload& row, int column);

    CaseloadReport m_report;
};

} // namespace opieka::ui
