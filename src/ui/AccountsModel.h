#pragma once

#include "AccountService.h"

#include <QAbstractTableModel>
#include <QHash>

namespace opieka::ui {

// The accounts as the administrator's list shows them: login, role, the worker the account acts
// as, whether it is active, has a password, and until when it waits after failed sign-ins.
class AccountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LoginColumn,
        RoleColumn,
        WorkerColumn,
        ActiveColumn,
        PasswordColumn,
        LockedUntilColumn,
        ColumnCount
    };

    explicit AccountsModel(QObject* parent = nullptr);

    // `workerNames`: display names by worker id, for the worker column.
    void setAccounts(const QList<AccountInfo>& accounts, const QHash<qint64, QString>& workerNames);
    const AccountInfo& account(int row) const { return m_accounts.at(row); }
    int rowOf(const QString& login) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const AccountInfo& account, int column) const;

    QList<AccountInfo> m_accounts;
    QHash<qint64, QString> m_workerNames;
};

} // namespace opieka::ui
