#pragma once

#include "AccountService.h"
#include "RowTableModel.h"

#include <QHash>

namespace opieka::ui {

// The accounts as the administrator's list shows them: login, role, the worker the account acts
// as, whether it is active, has a password, and until when it waits after failed sign-ins.
class AccountsModel : public RowTableModel<AccountInfo>
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
    const AccountInfo& account(int row) const { return this->row(row); }
    int rowOf(const QString& login) const;

private:
    QVariant roleData(const AccountInfo& account, int column, int role) const override;

    QHash<qint64, QString> m_workerNames;
};

} // namespace opieka::ui
