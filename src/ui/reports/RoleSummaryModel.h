#pragma once

#include "CaseloadService.h"
#include "RowTableModel.h"

namespace opieka::ui {

// Each role's totals from a caseload report: workers, cases, cases per worker, the limit, how
// many are near, at and over it, the overrides in force and how many more full-time workers the
// cases need.
class RoleSummaryModel : public RowTableModel<RoleSummary>
{
    Q_OBJECT

public:
    enum Column
    {
        RoleColumn,
        WorkersColumn,
        CasesColumn,
        PerWorkerColumn,
        LimitColumn,
        NearLimitColumn,
        AtLimitColumn,
        OverLimitColumn,
        OverridesColumn,
        ExtraWorkersColumn,
        ColumnCount
    };

    explicit RoleSummaryModel(QObject* parent = nullptr);

    void setReport(const CaseloadReport& report);
    const QList<RoleSummary>& summaries() const { return rows(); }

private:
    QVariant roleData(const RoleSummary& s, int column, int role) const override;

    CaseloadReport m_report; // the overrides and the limits' legal sources by role
};

} // namespace opieka::ui
