#pragma once

#include "DemoService.h"
#include "Result.h"

#include <QDate>

namespace opieka {

class Database;

// The shape of a voivodeship (seed 004, Mazowsze at the end of 2013): 177 thousand families
// helped by 2.3 thousand social workers (77 each), 3.5 thousand of them with one of 360 family
// assistants (about 10 each), 3.4 thousand foster families with 116 coordinators (29 each), and
// 8.3 thousand children in foster care.
struct RegionShape
{
    int socialWorkers = 2300;
    int assistants = 360;
    int coordinators = 116;
    int managers = 4;
    int families = 177000; // open cases; every 25th family generated is a closed one besides
    int assistedFamilies = 3500;
    int fosterFamilies = 3400;
    int childrenInCare = 8300;

    // The same proportions at a fraction of the size (at least one worker of each role).
    static RegionShape scaled(double fraction);
};

// What was written, and the worker a manager's account is made for.
struct RegionCounts : DemoSummary
{
    qint64 managerWorkerId = 0;
};

// Streams a generated voivodeship into an empty database inside the caller's transaction:
// families one at a time with their households, about five years of visits, category history,
// work plans, placements of children and coordinators' team links. Only the workers and the
// foster families are held in memory. Deterministic for a seed and a day.
Result<RegionCounts> writeRegionDemo(Database& database, const RegionShape& shape, quint64 seed,
                                     const QDate& today);

} // namespace opieka
