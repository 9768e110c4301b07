#include "AccountsModel.h"

#include "Labels.h"
#include "Theme.h"

#include <QColor>
#include <QLocale>

namespace opieka::ui {

AccountsModel::AccountsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AccountsModel::setAccounts(const QList<AccountInfo>& accounts,
                                const QHash<qint64, QString>& workerNames)
{
    beginResetModel();
    m_accounts = accounts;
    m_workerNames = workerNames;
    endResetModel();
}

int AccountsModel::rowOf(const QString& login) const
{
    for (int row = 0; row < m_accounts.size(); ++row)
        if (m_accounts.at(row).user.login == login)
            return row;
    return -1;
}

int AccountsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_accounts.size());
}

int AccountsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountInfo& account = m_accounts.at(index.row());
    if (role == Qt::DisplayRole)
        return display(account, index.column());
    if (role == Qt::ForegroundRole && !account.user.active)
        return Theme::quietText();
    return {};
}

QVariant AccountsModel::display(const AccountInfo& account, int column) const
{
    switch (column) {
    case LoginColumn:
        return account.user.login;
    case RoleColumn:
        return Labels::role(account.user.role);
    case WorkerColumn:
        if (!account.user.workerId)
            return QString();
        return m_workerNames.value(*account.user.workerId,
                                   tr("worker %1").arg(*account.user.workerId));
    case ActiveColumn:
        return account.user.active ? tr("active") : tr("disabled");
    case PasswordColumn:
        return account.hasPassword ? tr("set") : tr("none");
    case LockedUntilColumn:
        if (!account.lockedUntil || *account.lockedUntil <= QDateTime::currentDateTimeUtc())
            return QString();
        return QLocale().toString(account.lockedUntil->toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LoginColumn:
        return tr("Login");
    case RoleColumn:
        return tr("Role");
    case WorkerColumn:
        return tr("Worker");
    case ActiveColumn:
        return tr("Status");
    case PasswordColumn:
        return tr("Password");
    case LockedUntilColumn:
        return tr("Waits until");
    default:
        return {};
    }
}

} // namespace opieka::ui
