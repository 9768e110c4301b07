#pragma once

#include "RowTableModel.h"
#include "TeamService.h"

namespace opieka::ui {

// The people on a family's team (current or past), with their role and dates.
class TeamModel : public RowTableModel<TeamMember>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        FromColumn,
        ToColumn,
        NoteColumn,
        ColumnCount
    };
    enum DataRole
    {
        WorkerIdRole = Qt::UserRole + 1,
    };

    explicit TeamModel(QObject* parent = nullptr);

    void setMembers(const QList<TeamMember>& members) { setRows(members); }
    std::optional<TeamMember> memberAt(int row) const { return rowAt(row); }

private:
    QVariant roleData(const TeamMember& member, int column, int role) const override;
};

} // namespace opieka::ui
