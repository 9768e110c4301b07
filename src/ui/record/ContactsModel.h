#pragma once

#include "Contact.h"
#include "RowTableModel.h"

#include <QHash>

namespace opieka::ui {

// A family's visit and contact log, newest first as the service gives it.
class ContactsModel : public RowTableModel<Contact>
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        TimeColumn,
        KindColumn,
        WorkerColumn,
        PresentColumn,
        NextStepColumn,
        DueColumn,
        ColumnCount
    };
    enum DataRole
    {
        ContactIdRole = Qt::UserRole + 1,
    };

    explicit ContactsModel(QObject* parent = nullptr);

    // `workerNames`: worker id to display name.
    void setContacts(const QList<Contact>& contacts, const QHash<qint64, QString>& workerNames);
    std::optional<Contact> contactAt(int row) const { return rowAt(row); }

private:
    QVariant roleData(const Contact& contact, int column, int role) const override;

    QHash<qint64, QString> m_workerNames;
};

} // namespace opieka::ui
