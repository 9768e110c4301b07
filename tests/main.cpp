#include "Logging.h"

#include <QCoreApplication>
#include <gtest/gtest.h>

// One QCoreApplication for the whole run (Qt Sql and translations need it).
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("OpiekaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("opieka-tests"));
    opieka::logging::silence();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
