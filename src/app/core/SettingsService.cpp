#include "SettingsService.h"

#include "AuditedWrite.h"
#include "Database.h"
#include "Permissions.h"
#include "SettingsRepository.h"

#include <QJsonObject>
#include <algorithm>

namespace opieka {
namespace {
const QString kCentre = QStringLiteral("centre_name");
const QString kInterval = QStringLiteral("assessment_interval_months");
const QString kResidents = QStringLiteral("residents");
} // namespace

Result<QString> SettingsService::centreName()
{
    auto value = SettingsRepository(m_database).value(kCentre);
    if (!value)
        return value.error();
    return value->value_or(QString());
}

Result<int> SettingsService::assessmentIntervalMonths()
{
    auto value = SettingsRepository(m_database).value(kInterval);
    if (!value)
        return value.error();
    bool ok = false;
    const int months = value->value_or(QStringLiteral("6")).toInt(&ok);
    // A longer interval stored before the rule was enforced is read as the longest allowed.
    return ok && months > 0 ? std::min(months, kMaxAssessmentIntervalMonths)
                            : kMaxAssessmentIntervalMonths;
}

Status SettingsService::setCentreName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return badInput(tr("The centre's name must not be empty."));
    return set(kCentre, name.trimmed());
}

Status SettingsService::setAssessmentIntervalMonths(int months)
{
    if (months < 1)
        return badInput(tr("The interval must be at least one month."));
    if (months > kMaxAssessmentIntervalMonths)
        return refused(tr("The family's situation is assessed at least every six months "
                          "(u.w.r.s.p.z. art. 15 ust. 1): the interval cannot be longer than %1 "
                          "months.")
                           .arg(kMaxAssessmentIntervalMonths));
    return set(kInterval, QString::number(months));
}

Result<std::optional<int>> SettingsService::residents()
{
    auto value = SettingsRepository(m_database).value(kResidents);
    if (!value)
        return value.error();
    bool ok = false;
    const int residents = value->value_or(QString()).toInt(&ok);
    if (!ok || residents < 1)
        return std::optional<int>(); // not recorded: the norm by residents shows empty
    return std::optional<int>(residents);
}

Status SettingsService::setResidents(int residents)
{
    if (residents < 1 || residents > kMaxResidents)
        return badInput(
            tr("The number of residents must be a whole number from 1 to %1.").arg(kMaxResidents));
    return set(kResidents, QString::number(residents));
}

Status SettingsService::set(const QString& key, const QString& value)
{
    const auto rule = [&] { return Permissions::mayChangeRules(m_actor); };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Status {
        SettingsRepository settings(m_database);
        auto before = settings.value(key);
        if (!before)
            return before.error();
        OPIEKA_TRY(settings.setValue(key, value));
        return write.record(QStringLiteral("setting.change"), QStringLiteral("setting"), key,
                            {{QStringLiteral("value"), before->value_or(QString())}},
                            {{QStringLiteral("value"), value}});
    });
}

} // namespace opieka
