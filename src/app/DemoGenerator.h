#pragma once

#include "Assignment.h"
#include "Family.h"
#include "Worker.h"

#include <QDate>
#include <QList>

namespace opieka {

// Shape of a generated centre.
struct DemoShape
{
    int socialWorkers = 8;
    int assistants = 3;
    int coordinators = 2;
    int managers = 1;
    int families = 340;
    int fosterFamilies = 50;
};

struct DemoData
{
    QList<Worker> workers;
    QList<Family> families;
    QList<FosterFamily> fosterFamilies;
    QList<Assignment> assignments;
};

// Pure generation (no storage): deterministic for a seed and a day.
DemoData generateDemo(const DemoShape& shape, quint64 seed, const QDate& today);

} // namespace opieka
