#pragma once

#include "Result.h"
#include "User.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace opieka {

class Database;

struct DemoSummary
{
    int workers = 0;
    int families = 0;
    int fosterFamilies = 0;
    int assignments = 0;
};

// Fills an empty database with generated, realistic and entirely synthetic data: nobody in it
// exists. The same seed and day give the same data.
class DemoService
{
    Q_DECLARE_TR_FUNCTIONS(DemoService)

public:
    enum class Scale
    {
        Small,  // one municipal centre: 8 social workers, 3 assistants, 2 coordinators
        County, // a county: 40 social workers, 12 assistants, 8 coordinators
    };

    explicit DemoService(Database& database)
        : m_database(database)
    {}

    Result<DemoSummary> generate(const User& actor, Scale scale, quint64 seed,
                                 const QDate& today = QDate::currentDate());

private:
    Status storeFamilyLife(const struct DemoData& data);

    Database& m_database;
};

} // namespace opieka
