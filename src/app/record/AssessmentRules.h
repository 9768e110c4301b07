#pragma once

#include "PastDates.h"
#include "Result.h"

#include <QDate>
#include <QString>

namespace opieka {

// What every assessment gives, a family's (AssessmentService) and a foster family's
// (FosterRegisterService): its findings, and its day, which has come (`what` says which).
Status checkAssessmentEntry(const QString& findings, const QDate& assessedOn, PastEvent what,
                            const QDate& today);

} // namespace opieka
