#pragma once

#include <QString>
#include <memory>
#include <spdlog/logger.h>
#include <string>

namespace opieka {

// One named spdlog logger per module ("storage", "app", "ui", "cli"), all writing to the sinks
// chosen at start-up. Never log a name, a PESEL or a note: ids and counts only.
namespace logging {

// Rotating log file in `directory` (created if missing); keeps stderr quiet unless `toStderr`.
void setUp(const QString& directory, bool toStderr = false);
// Drops every sink (tests, tools that must print nothing but their output).
void silence();
std::shared_ptr<spdlog::logger> get(const std::string& module);

} // namespace logging
} // namespace opieka
