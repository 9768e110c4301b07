#include "EntityJson.h"

#include "IsoDate.h"

namespace opieka {

QJsonObject toJson(const Worker& w)
{
    return {{QStringLiteral("id"), w.id},
            {QStringLiteral("first_name"), w.firstName},
            {QStringLiteral("last_name"), w.lastName},
            {QStringLiteral("role"), roleName(w.role)},
            {QStringLiteral("fte"), w.fte}};
}

QJsonObject toJson(const Family& f)
{
    return {{QStringLiteral("id"), f.id},
            {QStringLiteral("name"), f.name},
            {QStringLiteral("municipality"), f.municipality},
            {QStringLiteral("category"), needCategoryName(f.category)},
            {QStringLiteral("opened_on"), isoDate(f.openedOn)},
            {QStringLiteral("closed_on"), isoDate(f.closedOn)}};
}

QJsonObject toJson(const FosterFamily& f)
{
    return {{QStringLiteral("id"), f.id},
            {QStringLiteral("name"), f.name},
            {QStringLiteral("kind"), fosterFamilyKindName(f.kind)},
            {QStringLiteral("municipality"), f.municipality},
            {QStringLiteral("opened_on"), isoDate(f.openedOn)},
            {QStringLiteral("closed_on"), isoDate(f.closedOn)}};
}

QJsonObject toJson(const Assignment& a)
{
    QJsonObject o{{QStringLiteral("worker_id"), a.workerId},
                  {QStringLiteral("case_kind"), caseKindName(a.caseRef.kind)},
                  {QStringLiteral("case_id"), a.caseRef.id},
                  {QStringLiteral("from"), isoDate(a.from)},
                  {QStringLiteral("to"), isoDate(a.to)}};
    if (!a.overrideReason.isEmpty())
        o.insert(QStringLiteral("override_reason"), a.overrideReason);
    return o;
}

QJsonObject toJson(const CaseloadRule& r)
{
    return {{QStringLiteral("role"), roleName(r.role)},
            {QStringLiteral("limit"), r.limit},
            {QStringLiteral("prorated"), r.prorated},
            {QStringLiteral("valid_from"), isoDate(r.validFrom)}};
}

} // namespace opieka
