#include "ContactsModel.h"

#include "Labels.h"

namespace opieka::ui {

ContactsModel::ContactsModel(QObject* parent)
    : RowTableModel(ToolTips::RepeatText, parent)
{
    setColumns({
        {DateColumn, QT_TR_NOOP("Date"), [](const Contact& c) { return Labels::date(c.date); }},
        {TimeColumn, QT_TR_NOOP("Time"),
         [](const Contact& c) { return c.time ? Labels::time(*c.time) : QString(); }},
        {KindColumn, QT_TR_NOOP("Kind"), [](const Contact& c) { return contactKindLabel(c.kind); }},
        {WorkerColumn, QT_TR_NOOP("Worker"),
         [this](const Contact& c) { return m_workerNames.value(c.workerId); }},
        {PresentColumn, QT_TR_NOOP("Present"), [](const Contact& c) { return c.present; }},
        {NextStepColumn, QT_TR_NOOP("Next step"), [](const Contact& c) { return c.nextStep; }},
        {DueColumn, QT_TR_NOOP("Due"),
         [](const Contact& c) { return c.nextStepDue ? Labels::date(*c.nextStepDue) : QString(); }},
    });
}

void ContactsModel::setContacts(const QList<Contact>& contacts,
                                const QHash<qint64, QString>& workerNames)
{
    setRows(contacts, [&] { m_workerNames = workerNames; });
}

QVariant ContactsModel::roleData(const Contact& contact, int, int role) const
{
    return role == ContactIdRole ? QVariant(contact.id) : QVariant();
}

} // namespace opieka::ui
