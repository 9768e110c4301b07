#pragma once

#include "CaseloadService.h"

#include <QAbstractTableModel>

namespace opieka::ui {

// One row per worker who carries cases, from a caseload report. Read-only; a proxy sorts
// (on SortRole, numbers as numbers) and filters (on RoleKeyRole).
class CaseloadModel : public QAbstractTableModel
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

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const WorkerCaseload& row, int column) const;
    QVariant sortKey(const WorkerCaseload& row, int column) const;

    CaseloadReport m_report;
};

} // namespace opieka::ui
