#include "CsvExport.h"

#include "ExportService.h"

#include <QBuffer>
#include <gtest/gtest.h>

namespace opieka::test {

QByteArray exportedCsv(Database& db, DataSet set)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    User manager;
    manager.login = QStringLiteral("szefowa");
    manager.role = Role::Manager;
    EXPECT_TRUE(ExportService(Session(db, manager)).exportCsv(set, buffer).ok());
    return buffer.data();
}

} // namespace opieka::test
