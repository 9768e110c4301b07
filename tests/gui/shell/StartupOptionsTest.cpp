#include "StartupOptions.h"

#include <gtest/gtest.h>

using opieka::ui::StartupOptions;

namespace {
// Sets an environment variable for one test and restores it afterwards.
class ScopedEnv
{
public:
    ScopedEnv(const char* name, const QByteArray& value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char* m_name;
    bool m_had;
    QByteArray m_old;
};

QStringList args(std::initializer_list<const char*> list)
{
    QStringList out{QStringLiteral("opieka")};
    for (const char* a : list)
        out << QString::fromUtf8(a);
    return out;
}
} // namespace

TEST(StartupOptionsTest, DbOptionWinsOverTheEnvironment)
{
    ScopedEnv env("OPIEKA_DB", "/tmp/from-env.sqlite");
    const auto options = StartupOptions::parse(args({"--db", "/tmp/given.sqlite"}));
    EXPECT_EQ(options.databasePath, QStringLiteral("/tmp/given.sqlite"));
}

TEST(StartupOptionsTest, EnvironmentThenDefault)
{
    {
        ScopedEnv env("OPIEKA_DB", "/tmp/from-env.sqlite");
        EXPECT_EQ(StartupOptions::parse(args({})).databasePath,
                  QStringLiteral("/tmp/from-env.sqlite"));
    }
    ScopedEnv none("OPIEKA_DB", QByteArray());
    const auto options = StartupOptions::parse(args({}));
    EXPECT_EQ(options.databasePath, StartupOptions::defaultDatabasePath());
    EXPECT_TRUE(options.databasePath.endsWith(QStringLiteral("/opieka.sqlite")));
}
