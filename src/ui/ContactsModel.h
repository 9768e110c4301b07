#pragma once

#include "Contact.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <optional>

namespace opieka::ui {

// A family's visit and contact log, newest first as the service gives it.
class ContactsModel : public QAbstractTableModel
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
    std::optional<Contact> contactAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Contact> m_contacts;
    QHash<qint64, QString> m_workerNames;
};

} // namespace opieka::ui
