#pragma once

#include "DataSet.h"

#include <QByteArray>

namespace opieka {
class Database;
}

namespace opieka::test {

// The data set as a manager exports it to CSV (exports are a manager's act); a refused export
// fails the test.
QByteArray exportedCsv(Database& db, DataSet set);

} // namespace opieka::test
