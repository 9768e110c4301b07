#pragma once

#include "TeamService.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace opieka::ui {

// The people on a family's team (current or past), with their role and dates.
class TeamModel : public QAbstractTableModel
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

    void setMembers(const QList<TeamMember>& members);
    std::optional<TeamMember> memberAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<TeamMember> m_members;
};

} // namespace opieka::ui
