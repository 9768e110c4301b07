#pragma once

#include "CaseloadService.h"

#include <QAbstractTableModel>

namespace opieka::ui {

// Each role's totals from a caseload report: workers, cases, cases per worker, the limit, how
// many are near, at and over it, the overrides in force and how many more full-time workers the
// cases need.
class RoleSummaryModel : public QAbstractTableModel
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
    const QList<RoleSummary>& summaries() const { return m_summaries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RoleSummary> m_summaries;
    QList<int> m_overrides; // per summary row
    QStringList m_sources;  // per summary row: the legal source of the limit (tooltip)
};

} // namespace opieka::ui
