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
const QString kDocumentMaxMb = QStringLiteral("document_max_mb");
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

Result<int> SettingsService::documentMaxMb()
{
    auto value = SettingsRepository(m_database).value(kDocumentMaxMb);
    if (!value)
        return value.error();
    bool ok = false;
    const double megabytes = value->value_or(QString()).trimmed().toDouble(&ok);
    if (!ok || megabytes <= 0)
        return kDefaultDocumentMaxMb;
    return std::min(kHardDocumentMaxMb, std::max(1, static_cast<int>(megabytes)));
}

Status SettingsService::setDocumentMaxMb(int megabytes)
{
    if (megabytes < 1 || megabytes > kHardDocumentMaxMb)
        return badInput(tr("The largest document must be a whole number of MB from 1 to %1.")
                            .arg(kHardDocumentMaxMb));
    return set(kDocumentMaxMb, QString::number(megabytes));
}

Status SettingsService::setResidents(int residents)
{
    if (residents < 1 || residents > kMaxResidents)
        return badInput(
            tr("The number of residents must be a whole number from 1 to %1.").arg(kMaxResidents));
    return set(kResidents, QString::number(residents));
}

QString SettingsService::defaultLegalBasis(PackagePurpose purpose)
{
    switch (purpose) {
    case PackagePurpose::Referral:
    case PackagePurpose::Plan:
        return QStringLiteral("art. 15 ust. 1 ustawy z dnia 9 czerwca 2011 r. o wspieraniu "
                              "rodziny i systemie pieczy zastępczej");
    case PackagePurpose::Transfer:
        return QStringLiteral("art. 101 ust. 1 ustawy z dnia 12 marca 2004 r. o pomocy "
                              "społecznej");
    case PackagePurpose::Receipt:
        break;
    }
    return {};
}

QString SettingsService::legalBasisKey(PackagePurpose purpose)
{
    return QStringLiteral("legal_basis_") + packagePurposeName(purpose);
}

Status SettingsService::checkLegalBasis(const QString& text)
{
    if (text.size() > kMaxLegalBasisLength)
        return badInput(tr("The legal basis can have at most %1 characters; this one has %2.")
                            .arg(kMaxLegalBasisLength)
                            .arg(text.size()));
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control)
            return badInput(tr("The legal basis is one line of text, without line breaks or "
                               "tabs."));
    return {};
}

Result<QString> SettingsService::legalBasis(PackagePurpose purpose)
{
    if (purpose == PackagePurpose::Receipt)
        return QString();
    auto value = SettingsRepository(m_database).value(legalBasisKey(purpose));
    if (!value)
        return value.error();
    const QString text = value->value_or(QString()).trimmed();
    return text.isEmpty() ? defaultLegalBasis(purpose) : text;
}

Status SettingsService::setLegalBasis(PackagePurpose purpose, const QString& text)
{
    if (purpose == PackagePurpose::Receipt)
        return badInput(tr("A receipt names no legal basis; the centre sets one for referrals, "
                           "plans and transfers."));
    const QString given = text.trimmed();
    OPIEKA_TRY(checkLegalBasis(given));
    // Stored as an empty text (not NULL): the proposal again.
    return set(legalBasisKey(purpose), given.isEmpty() ? QString(QLatin1String("")) : given);
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
