#pragma once

#include "Result.h"
#include "Session.h"
#include "User.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace opieka {

class Database;

// The centre's settings kept in the database (so every workstation of a shared database sees the
// same): the centre's name on printed documents and the assessment interval.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)

public:
    explicit SettingsService(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    // The family assistant assesses the family's situation at least every six months
    // (u.w.r.s.p.z. art. 15 ust. 1): a centre may choose a shorter interval, never a longer one.
    static constexpr int kMaxAssessmentIntervalMonths = 6;

    Result<QString> centreName();
    Result<int> assessmentIntervalMonths(); // default 6, never more
    Status setCentreName(const QString& name);
    Status setAssessmentIntervalMonths(int months);
    // The residents of the centre's area (liczba mieszkańców), for the norm of art. 110 ust. 11
    // u.p.s.; none until the centre records it.
    Result<std::optional<int>> residents();
    Status setResidents(int residents);
    static constexpr int kMaxResidents = 100000000;

private:
    Status set(const QString& key, const QString& value);

    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
