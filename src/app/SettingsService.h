#pragma once

#include "Result.h"
#include "User.h"

#include <QCoreApplication>
#include <QString>

namespace opieka {

class Database;

// The centre's settings kept in the database (so every workstation of a shared database sees the
// same): the centre's name on printed documents and the assessment interval.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)

public:
    explicit SettingsService(Database& database)
        : m_database(database)
    {}

    Result<QString> centreName();
    Result<int> assessmentIntervalMonths(); // default 6
    Status setCentreName(const User& actor, const QString& name);
    Status setAssessmentIntervalMonths(const User& actor, int months);

private:
    Status set(const User& actor, const QString& key, const QString& value);

    Database& m_database;
};

} // namespace opieka
