#pragma once

#include "AssistantStartService.h"

#include <QAbstractTableModel>
#include <QList>

namespace opieka::ui {

// A family assistant's families with their plan, actions and assessments, in the order the
// service ranks them (what needs attention first); overdue in red, due soon in amber.
class AssistantStartModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CaseNumberColumn,
        PlanColumn,
        ActionsOverdueColumn,
        ActionsDueColumn,
        AssessmentColumn,
        ColumnCount
    };
    enum DataRole
    {
        FamilyIdRole = Qt::UserRole + 1,
        AssessmentOverdueRole,
    };

    explicit AssistantStartModel(QObject* parent = nullptr);

    void setRows(const QList<AssistantFamilyRow>& rows);
    const QList<AssistantFamilyRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AssistantFamilyRow> m_rows;
};

} // namespace opieka::ui
