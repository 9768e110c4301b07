#include "ContactsModel.h"

#include "Labels.h"

namespace opieka::ui {

ContactsModel::ContactsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ContactsModel::setContacts(const QList<Contact>& contacts,
                                const QHash<qint64, QString>& workerNames)
{
    beginResetModel();
    m_contacts = contacts;
    m_workerNames = workerNames;
    endResetModel();
}

std::optional<Contact> ContactsModel::contactAt(int row) const
{
    if (row < 0 || row >= m_contacts.size())
        return std::nullopt;
    return m_contacts.at(row);
}

int ContactsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_contacts.size());
}

int ContactsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact& contact = m_contacts.at(index.row());
    if (role == ContactIdRole)
        return contact.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return Labels::date(contact.date);
    case TimeColumn:
        return contact.time ? Labels::time(*contact.time) : QString();
    case KindColumn:
        return Labels::contactKind(contact.kind);
    case WorkerColumn:
        return m_workerNames.value(contact.workerId);
    case PresentColumn:
        return contact.present;
    case NextStepColumn:
        return contact.nextStep;
    case DueColumn:
        return contact.nextStepDue ? Labels::date(*contact.nextStepDue) : QString();
    default:
        return {};
    }
}

QVariant ContactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case WorkerColumn:
        return tr("Worker");
    case PresentColumn:
        return tr("Present");
    case NextStepColumn:
        return tr("Next step");
    case DueColumn:
        return tr("Due");
    default:
        return {};
    }
}

} // namespace opieka::ui
