#pragma once

#include "Role.h"

#include <QDate>
#include <QString>
#include <optional>

namespace opieka {

// A member of staff whose caseload the engine watches.
struct Worker
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    Role role = Role::SocialWorker;
    double fte = 1.0;                // etat: (0, 1]
    QString unit;                    // dział or zespół, e.g. "Zespół 2"; empty: none
    std::optional<QDate> activeFrom; // none: employed since before the records begin
    std::optional<QDate> activeTo;   // first day no longer employed (exclusive)

    QString displayName() const { return firstName + QLatin1Char(' ') + lastName; }
    bool isActiveOn(const QDate& day) const
    {
        return (!activeFrom || *activeFrom <= day) && (!activeTo || day < *activeTo);
    }
};

} // namespace opieka
