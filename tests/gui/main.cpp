#include "Logging.h"

#include <QApplication>
#include <QStandardPaths>
#include <gtest/gtest.h>

namespace {
QtMessageHandler g_previousHandler = nullptr;

// The model testers report in Warning mode; any report fails the test that caused it.
void failOnModelTesterReport(QtMsgType type, const QMessageLogContext& context,
                             const QString& message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && context.category &&
        qstrcmp(context.category, "qt.modeltest") == 0)
        ADD_FAILURE() << "model tester: " << message.toStdString();
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}
} // namespace

// One QApplication for the whole run; settings and data go to the test locations, never to
// the user's own.
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OpiekaTests"));
    QApplication::setApplicationName(QStringLiteral("opieka-gui-tests"));
    opieka::logging::silence();
    g_previousHandler = qInstallMessageHandler(failOnModelTesterReport);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
