#include "EntityJson.h"

#include "IsoDate.h"

namespace opieka {

QJsonObject toJson(const Worker& w)
{
    return {{QStringLiteral("id"), w.id},
            {QStringLiteral("first_name"), w.firstName},
            {QStringLiteral("last_name"), w.lastName},
            {QStringLiteral("role"), roleName(w.role)},
            {QStringLiteral("fte"), w.fte},
            {QStringLiteral("unit"), w.unit}};
}

QJsonObject toJson(const Family& f)
{
    return {{QStringLiteral("id"), f.id},
            {QStringLiteral("name"), f.name},
            {QStringLiteral("municipality"), f.municipality},
            {QStringLiteral("category"), needCategoryName(f.category)},
            {QStringLiteral("opened_on"), isoDate(f.openedOn)},
            {QStringLiteral("closed_on"), isoDate(f.closedOn)},
            {QStringLiteral("case_number"), f.caseNumber},
            {QStringLiteral("address"), f.address},
            {QStringLiteral("close_reason"), f.closeReason}};
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

QJsonObject toJson(const Member& m)
{
    return {{QStringLiteral("family_id"), m.familyId},
            {QStringLiteral("first_name"), m.firstName},
            {QStringLiteral("last_name"), m.lastName},
            {QStringLiteral("pesel"), m.pesel},
            {QStringLiteral("birth_date"), isoDate(m.birthDate)},
            {QStringLiteral("sex"), m.sex ? sexName(*m.sex) : QString()},
            {QStringLiteral("relation"), relationName(m.relation)}};
}

QJsonObject toJson(const Contact& c)
{
    return {
        {QStringLiteral("family_id"), c.familyId},
        {QStringLiteral("worker_id"), c.workerId},
        {QStringLiteral("date"), isoDate(c.date)},
        {QStringLiteral("time"), c.time ? c.time->toString(QStringLiteral("HH:mm")) : QString()},
        {QStringLiteral("kind"), contactKindName(c.kind)},
        {QStringLiteral("present"), c.present},
        {QStringLiteral("notes"), c.notes},
        {QStringLiteral("next_step"), c.nextStep},
        {QStringLiteral("next_step_due"), isoDate(c.nextStepDue)}};
}

QJsonObject toJson(const CaseloadRule& r)
{
    return {{QStringLiteral("role"), roleName(r.role)},
            {QStringLiteral("limit"), r.limit},
            {QStringLiteral("prorated"), r.prorated},
            {QStringLiteral("valid_from"), isoDate(r.validFrom)}};
}

} // namespace opieka
