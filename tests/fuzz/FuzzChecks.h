#pragma once

#include <QString>
#include <QtGlobal>
#include <cstdio>
#include <cstdlib>

namespace opieka::fuzz {

// Stops the run when an invariant breaks: libFuzzer then saves the input. The message names the
// invariant only; the input is in the file libFuzzer saves.
inline void require(bool holds, const char* invariant)
{
    if (!holds) {
        std::fprintf(stderr, "fuzz: invariant broken: %s\n", invariant);
        std::abort();
    }
}

// Qt warns when a call misbehaves (e.g. QString::arg() meeting placeholders in the input): that
// is a finding too. Install with qInstallMessageHandler in LLVMFuzzerInitialize.
inline void failOnQtWarnings(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    std::fprintf(stderr, "fuzz: Qt warned: %s\n", qPrintable(message));
    std::abort();
}

} // namespace opieka::fuzz
