#include "AccountsModel.h"

#include "Labels.h"
#include "Theme.h"

#include <QColor>
#include <QLocale>

namespace opieka::ui {

AccountsModel::AccountsModel(QObject* parent)
    : RowTableModel(ToolTips::OnlyOwn, parent)
{
    setColumns({
        {LoginColumn, QT_TR_NOOP("Login"), [](const AccountInfo& a) { return a.user.login; }},
        {RoleColumn, QT_TR_NOOP("Role"),
         [](const AccountInfo& a) { return Labels::role(a.user.role); }},
        {WorkerColumn, QT_TR_NOOP("Worker"),
         [this](const AccountInfo& a) {
             if (!a.user.workerId)
                 return QString();
             return m_workerNames.value(*a.user.workerId, tr("worker %1").arg(*a.user.workerId));
         }},
        {ActiveColumn, QT_TR_NOOP("Status"),
         [](const AccountInfo& a) { return a.user.active ? tr("active") : tr("disabled"); }},
        {PasswordColumn, QT_TR_NOOP("Password"),
         [](const AccountInfo& a) { return a.hasPassword ? tr("set") : tr("none"); }},
        {LockedUntilColumn, QT_TR_NOOP("Waits until"),
         [](const AccountInfo& a) {
             if (!a.lockedUntil || *a.lockedUntil <= QDateTime::currentDateTimeUtc())
                 return QString();
             return QLocale().toString(a.lockedUntil->toLocalTime(), QLocale::ShortFormat);
         }},
    });
}

void AccountsModel::setAccounts(const QList<AccountInfo>& accounts,
                                const QHash<qint64, QString>& workerNames)
{
    setRows(accounts, [&] { m_workerNames = workerNames; });
}

int AccountsModel::rowOf(const QString& login) const
{
    return rowWhere([&](const AccountInfo& a) { return a.user.login == login; });
}

QVariant AccountsModel::roleData(const AccountInfo& account, int, int role) const
{
    if (role == Qt::ForegroundRole && !account.user.active)
        return Theme::quietText();
    return {};
}

} // namespace opieka::ui
