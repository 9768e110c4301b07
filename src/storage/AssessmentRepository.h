#pragma once

#include "Repository.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace opieka {

// One periodic assessment of a family's situation.
struct FamilyAssessment
{
    qint64 id = 0;
    qint64 familyId = 0;
    QDate assessedOn;
    std::optional<qint64> workerId;
    QString findings;
    std::optional<QDate> sentToSocialWorkerOn;
    std::optional<QDate> sentToCoordinatorOn;
};

class AssessmentRepository : public Repository
{
public:
    using Repository::Repository;

    Result<qint64> insert(const FamilyAssessment& assessment);
    Result<std::optional<FamilyAssessment>> find(qint64 id);
    // Oldest first.
    Result<QList<FamilyAssessment>> forFamily(qint64 familyId);
};

} // namespace opieka
