#include "Labels.h"

#include "IsoDate.h"
#include "LocaleFormat.h"
#include "Theme.h"

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
    return date.isValid() ? date.toString(LocaleFormat::dateFormat()) : QString();
}

QString Labels::time(const QTime& time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

QString Labels::relation(Relation relation)
{
    switch (relation) {
    case Relation::Parent:
        return tr("Parent");
    case Relation::Guardian:
        return tr("Legal guardian");
    case Relation::Child:
        return tr("Child");
    case Relation::Partner:
        return tr("Spouse or partner");
    case Relation::Sibling:
        return tr("Sibling");
    case Relation::Grandparent:
        return tr("Grandparent");
    case Relation::Other:
        return tr("Other household member");
    }
    return relationName(relation);
}

QString Labels::chronologyKind(ChronologyKind kind)
{
    switch (kind) {
    case ChronologyKind::CaseOpened:
        return tr("Case opened");
    case ChronologyKind::CaseClosed:
        return tr("Case closed");
    case ChronologyKind::Contact:
        return tr("Contact");
    case ChronologyKind::CategoryChange:
        return tr("Category change");
    case ChronologyKind::Assignment:
        return tr("Team change");
    case ChronologyKind::BlueCard:
        return tr("Niebieska Karta");
    case ChronologyKind::Plan:
        return tr("Plan");
    case ChronologyKind::Placement:
        return tr("Placement");
    }
    return chronologyKindName(kind);
}

QString Labels::sex(Sex sex)
{
    return sex == Sex::Female ? tr("Female") : tr("Male");
}

QColor Labels::warningBackground()
{
    return QColor(0xf8, 0xc8, 0xc8);
}

QColor Labels::warningForeground()
{
    return Theme::errorText();
}

} // namespace opieka::ui
