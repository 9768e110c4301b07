#pragma once

#include "CaseKind.h"

#include <QDate>
#include <QString>

namespace opieka {

// One case a worker counts on a day: what a manager sees when opening a figure of the report.
struct CountedCase
{
    qint64 assignmentId = 0;
    qint64 workerId = 0;
    CaseRef caseRef;
    QString name;       // the family's or foster family's name
    QString caseNumber; // families only
    QString municipality;
    QDate from;             // the worker has had it since
    QString overrideReason; // set when a manager allowed it beyond the limit
};

} // namespace opieka
