#pragma once

#include "Result.h"
#include "Session.h"
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
    int members = 0;
    int contacts = 0;
    int placements = 0;
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
        // a voivodeship (seed 004): 2,300 social workers, 360 assistants, 116 coordinators,
        // 177 thousand families, 3,400 foster families, 8,300 children in foster care
        Voivodeship,
    };

    explicit DemoService(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    // `fraction` shrinks the voivodeship in proportion (for tests); the other scales ignore it.
    Result<DemoSummary> generate(Scale scale, quint64 seed,
                                 const QDate& today = QDate::currentDate(), double fraction = 1.0);

private:
    Result<DemoSummary> storeCentre(Scale scale, quint64 seed, const QDate& today);
    Result<DemoSummary> storeRegion(quint64 seed, const QDate& today, double fraction);
    Status storeFamilyLife(const struct DemoData& data);
    Status addManagerAccount(qint64 workerId);

    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
