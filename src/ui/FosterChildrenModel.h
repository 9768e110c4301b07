#pragma once

#include "FosterCareService.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace opieka::ui {

// A child placed in a foster family with what is due about them.
struct PlacedChild
{
    Placement placement;
    ChildDeadlines deadlines;
};

// The children placed in one foster family: next review, the emergency stay's end and flags
// (to report for adoption, leaving care close); overdue dates red.
class FosterChildrenModel : public QAbstractTableModel
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
    const QList<PlacedChild>& rows() const { return m_rows; }
    int rowOfChild(qint64 childMemberId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString flags(const ChildDeadlines& d) const;
    QString dueText(const std::optional<QDate>& date) const;

    QList<PlacedChild> m_rows;
    QDate m_today;
};

} // namespace opieka::ui
