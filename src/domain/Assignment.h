#pragma once

#include "CaseKind.h"

#include <QDate>
#include <QString>
#include <optional>

namespace opieka {

// A worker working with a case from a date until (not including) an end date.
struct Assignment
{
    qint64 id = 0;
    qint64 workerId = 0;
    CaseRef caseRef;
    QDate from;
    std::optional<QDate> to; // exclusive: the first day the worker no longer has the case
    QString overrideReason;  // set when a manager allowed it beyond the limit

    bool isActiveOn(const QDate& day) const { return from <= day && (!to || day < *to); }
};

// An assignment together with its case's open period: what the engine needs to count it.
struct CountedAssignment
{
    QDate from;
    std::optional<QDate> to;
    QDate caseOpened;
    std::optional<QDate> caseClosed;

    bool countsOn(const QDate& day) const
    {
        return from <= day && (!to || day < *to) && caseOpened <= day &&
               (!caseClosed || day < *caseClosed);
    }
};

} // namespace opieka
