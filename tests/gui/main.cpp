#include "Logging.h"

#include <QApplication>
#include <QSettings>
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

// Each test starts from no settings: columns, window sizes, a theme or a last family remembered
// by an earlier test must not change what the next one sees.
class FreshSettings : public ::testing::EmptyTestEventListener
{
    void OnTestStart(const ::testing::TestInfo&) override { QSettings().clear(); }
};
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
    ::testing::UnitTest::GetInstance()->listeners().Append(new FreshSettings);
    return RUN_ALL_TESTS();
}
