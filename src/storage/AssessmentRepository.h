#pragma once

#include "FamilyAssessment.h"
#include "Repository.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace opieka {

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
