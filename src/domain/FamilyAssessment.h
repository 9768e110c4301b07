#pragma once

#include <QDate>
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

} // namespace opieka
