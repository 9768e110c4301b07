#include "Logging.h"

#include "OutputFile.h"

#include <QDir>
#include <QFile>
#include <cstdio>
#include <mutex>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <vector>

namespace opieka::logging {
namespace {
std::mutex g_mutex;
std::vector<spdlog::sink_ptr> g_sinks; // empty until setUp: loggers then drop everything

void rebind()
{
    spdlog::apply_all(
        [](const std::shared_ptr<spdlog::logger>& logger) { logger->sinks() = g_sinks; });
}
} // namespace

void setUp(const QString& directory, bool toStderr)
{
    std::lock_guard lock(g_mutex);
    g_sinks.clear();
    // The log names ids only, yet it tells who did what when: the owner's only (0700, 0600),
    // whatever the umask, including the files a rotation starts.
    if (makePrivateFolder(directory)) {
        const QString path = QDir(directory).filePath(QStringLiteral("opieka.log"));
        spdlog::file_event_handlers privateFiles;
        privateFiles.before_open = [](const spdlog::filename_t& name) {
            createPrivateFile(QFile::decodeName(QByteArray::fromStdString(name)));
        };
        privateFiles.after_open = [](const spdlog::filename_t&, std::FILE* file) {
            ::fchmod(::fileno(file), 0600); // a file made by an older version
        };
        try {
            g_sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                path.toStdString(), 5 * 1024 * 1024, 3, false, privateFiles));
        } catch (const spdlog::spdlog_ex&) {
            // An unwritable log folder must not stop the program; it runs without a file log.
        }
    }
    if (toStderr)
        g_sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    spdlog::flush_on(spdlog::level::warn);
    rebind();
}

void silence()
{
    std::lock_guard lock(g_mutex);
    g_sinks.clear();
    rebind();
}

std::shared_ptr<spdlog::logger> get(const std::string& module)
{
    std::lock_guard lock(g_mutex);
    if (auto existing = spdlog::get(module))
        return existing;
    auto logger = std::make_shared<spdlog::logger>(module, g_sinks.begin(), g_sinks.end());
    spdlog::register_logger(logger);
    return logger;
}

} // namespace opieka::logging
