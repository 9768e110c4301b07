#include "Labels.h"

#include "IsoDate.h"

namespace opieka::ui {

QString Labels::role(Role role)
{
    switch (role) {
    case Role::SocialWorker:
        return tr("Social worker");
    case Role::FamilyAssistant:
        return tr("Family assistant");
    case Role::FosterCareCoordinator:
        return tr("Foster-care coordinator");
    case Role::Manager:
        return tr("Manager");
    case Role::Administrator:
        return tr("Administrator");
    }
    return roleName(role);
}

QString Labels::category(NeedCategory category)
{
    switch (category) {
    case NeedCategory::Coping:
        return tr("Coping");
    case NeedCategory::Struggling:
        return tr("Struggling");
    case NeedCategory::AtRisk:
        return tr("At risk");
    }
    return needCategoryName(category);
}

QString Labels::loadStatus(LoadStatus status, bool hasLimit)
{
    if (!hasLimit)
        return tr("No limit");
    switch (status) {
    case LoadStatus::Ok:
        return tr("Below limit");
    case LoadStatus::Near:
        return tr("Near limit");
    case LoadStatus::Full:
        return tr("At limit");
    case LoadStatus::Over:
        return tr("Over limit");
    }
    return loadStatusName(status);
}

QColor Labels::statusBackground(LoadStatus status)
{
    switch (status) {
    case LoadStatus::Ok:
        return QColor(0xdf, 0xf2, 0xdf); // green-ish
    case LoadStatus::Near:
        return QColor(0xff, 0xf0, 0xc2); // amber
    case LoadStatus::Full:
        return QColor(0xff, 0xdc, 0xb8); // orange
    case LoadStatus::Over:
        return QColor(0xf8, 0xc8, 0xc8); // red
    }
    return {};
}

QColor Labels::statusForeground()
{
    return QColor(0x1a, 0x1a, 0x1a);
}

QString Labels::date(const QDate& date)
{
    return date.isValid() ? isoDate(date) : QString();
}

} // namespace opieka::ui
