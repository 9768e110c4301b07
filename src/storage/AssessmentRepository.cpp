#include "AssessmentRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

namespace opieka {
namespace {
FamilyAssessment assessmentFromRow(const QSqlQuery& q)
{
    FamilyAssessment a;
    a.id = q.value(0).toLongLong();
    a.familyId = q.value(1).toLongLong();
    a.assessedOn = sql::requiredDate(q.value(2));
    if (!q.value(3).isNull())
        a.workerId = q.value(3).toLongLong();
    a.findings = q.value(4).toString();
    a.sentToSocialWorkerOn = sql::optionalDate(q.value(5));
    a.sentToCoordinatorOn = sql::optionalDate(q.value(6));
    return a;
}
const QString kAssessmentColumns =
    QStringLiteral("id, family_id, assessed_on, worker_id, findings, sent_to_social_worker_on, "
                   "sent_to_coordinator_on");

sql::Table<FamilyAssessment> assessments(const Database& database)
{
    return {database, QStringLiteral("family_assessments"), kAssessmentColumns, assessmentFromRow};
}
} // namespace

Result<qint64> AssessmentRepository::insert(const FamilyAssessment& a)
{
    return sql::returnedId(sql::run(
        m_database,
        QStringLiteral(
            "INSERT INTO family_assessments (family_id, assessed_on, worker_id, findings, "
            "sent_to_social_worker_on, sent_to_coordinator_on) VALUES (?, ?, ?, ?, ?, ?) "
            "RETURNING id"),
        {a.familyId, sql::date(a.assessedOn),
         a.workerId ? QVariant(*a.workerId) : QVariant(QMetaType::fromType<qlonglong>()),
         a.findings, sql::date(a.sentToSocialWorkerOn), sql::date(a.sentToCoordinatorOn)}));
}

Result<std::optional<FamilyAssessment>> AssessmentRepository::find(qint64 id)
{
    return assessments(m_database).find(id);
}

Result<QList<FamilyAssessment>> AssessmentRepository::forFamily(qint64 familyId)
{
    return assessments(m_database)
        .list(QStringLiteral("WHERE family_id = ? ORDER BY assessed_on, id"), {familyId});
}

} // namespace opieka
