#include "MembersModel.h"

#include "Labels.h"

namespace opieka::ui {

MembersModel::MembersModel(QObject* parent)
    : RowTableModel(ToolTips::RepeatText, parent)
    , m_today(QDate::currentDate())
{
    setColumns({
        {FirstNameColumn, QT_TR_NOOP("First name"), [](const Member& m) { return m.firstName; }},
        {LastNameColumn, QT_TR_NOOP("Last name"), [](const Member& m) { return m.lastName; }},
        {RelationColumn, QT_TR_NOOP("Relation"),
         [](const Member& m) { return Labels::relation(m.relation); }},
        {PeselColumn, QT_TR_NOOP("PESEL"), [](const Member& m) { return m.pesel; }},
        {BirthDateColumn, QT_TR_NOOP("Birth date"),
         [](const Member& m) { return m.birthDate ? Labels::date(*m.birthDate) : QString(); }},
        {AgeColumn, QT_TR_NOOP("Age"),
         [this](const Member& m) {
             return m.birthDate ? QVariant(ageOn(*m.birthDate, m_today)) : QVariant();
         },
         Qt::AlignRight | Qt::AlignVCenter},
        {SexColumn, QT_TR_NOOP("Sex"),
         [](const Member& m) { return m.sex ? Labels::sex(*m.sex) : QString(); }},
    });
}

void MembersModel::setMembers(const QList<Member>& members, const QDate& today)
{
    setRows(members, [&] { m_today = today; });
}

QVariant MembersModel::roleData(const Member& member, int, int role) const
{
    return role == MemberIdRole ? QVariant(member.id) : QVariant();
}

} // namespace opieka::ui
