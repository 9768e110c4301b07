#pragma once

#include "Cli.h"

#include <QByteArray>
#include <optional>

namespace opieka::cli {

// The centre passphrase (issue 22): from OPIEKA_CENTRE_PASSPHRASE, or typed without echo when
// standard input is a terminal (twice when `confirm`, for centre init). Nothing, with the reason
// printed, when neither is possible or the two typings differ; the caller wipes what it gets.
std::optional<QByteArray> centrePassphrase(Context& c, bool confirm);

} // namespace opieka::cli
