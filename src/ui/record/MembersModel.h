#pragma once

#include "Member.h"
#include "RowTableModel.h"

#include <QDate>

namespace opieka::ui {

// A family's household members; ages are computed from the birth date on the day shown.
class MembersModel : public RowTableModel<Member>
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
    std::optional<Member> memberAt(int row) const { return rowAt(row); }

private:
    QVariant roleData(const Member& member, int column, int role) const override;

    QDate m_today;
};

} // namespace opieka::ui
