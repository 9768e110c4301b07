#include "MembersModel.h"

#include "Labels.h"

namespace opieka::ui {

MembersModel::MembersModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate())
{}

void MembersModel::setMembers(const QList<Member>& members, const QDate& today)
{
    beginResetModel();
    m_members = members;
    m_today = today;
    endResetModel();
}

std::optional<Member> MembersModel::memberAt(int row) const
{
    if (row < 0 || row >= m_members.size())
        return std::nullopt;
    return m_members.at(row);
}

int MembersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_members.size());
}

int MembersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MembersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member& member = m_members.at(index.row());
    if (role == MemberIdRole)
        return member.id;
    if (role == Qt::TextAlignmentRole && index.column() == AgeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case FirstNameColumn:
        return member.firstName;
    case LastNameColumn:
        return member.lastName;
    case RelationColumn:
        return Labels::relation(member.relation);
    case PeselColumn:
        return member.pesel;
    case BirthDateColumn:
        return member.birthDate ? Labels::date(*member.birthDate) : QString();
    case AgeColumn:
        return member.birthDate ? QVariant(ageOn(*member.birthDate, m_today)) : QVariant();
    case SexColumn:
        return member.sex ? Labels::sex(*member.sex) : QString();
    default:
        return {};
    }
}

QVariant MembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FirstNameColumn:
        return tr("First name");
    case LastNameColumn:
        return tr("Last name");
    case RelationColumn:
        return tr("Relation");
    case PeselColumn:
        return tr("PESEL");
    case BirthDateColumn:
        return tr("Birth date");
    case AgeColumn:
        return tr("Age");
    case SexColumn:
        return tr("Sex");
    default:
        return {};
    }
}

} // namespace opieka::ui
