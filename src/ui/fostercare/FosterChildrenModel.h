#pragma once

#include "ChildCareService.h"
#include "RowTableModel.h"

#include <QDate>

namespace opieka::ui {

// A child placed in a foster family with what is due about them.
struct PlacedChild
{
    Placement placement;
    ChildDeadlines deadlines;
};

// The children placed in one foster family: next review, the emergency stay's end and flags
// (to report for adoption, leaving care close); overdue dates red.
class FosterChildrenModel : public RowTableModel<PlacedChild>
{
    Q_OBJECT

public:
    enum Column
    {
        ChildColumn,
        BornColumn,
        FromColumn,
        BasisColumn,
        NextReviewColumn,
        EmergencyStayColumn,
        FlagsColumn,
        ColumnCount
    };
    enum DataRole
    {
        ChildIdRole = Qt::UserRole + 1,
        PlacementIdRole,
        OverdueRole,
    };

    explicit FosterChildrenModel(QObject* parent = nullptr);

    void setRows(const QList<PlacedChild>& rows, const QDate& today);
    int rowOfChild(qint64 childMemberId) const;

private:
    QVariant roleData(const PlacedChild& row, int column, int role) const override;
    bool overdue(const PlacedChild& row, int column) const;
    QString flags(const ChildDeadlines& d) const;
    QString dueText(const std::optional<QDate>& date) const;

    QDate m_today;
};

} // namespace opieka::ui
