#pragma once

#include "Member.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <optional>

namespace opieka::ui {

// A family's household members; ages are computed from the birth date on the day shown.
class MembersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FirstNameColumn,
        LastNameColumn,
        RelationColumn,
        PeselColumn,
        BirthDateColumn,
        AgeColumn,
        SexColumn,
        ColumnCount
    };
    enum DataRole
    {
        MemberIdRole = Qt::UserRole + 1,
    };

    explicit MembersModel(QObject* parent = nullptr);

    void setMembers(const QList<Member>& members, const QDate& today = QDate::currentDate());
    std::optional<Member> memberAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Member> m_members;
    QDate m_today;
};

} // namespace opieka::ui
