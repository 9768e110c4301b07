#pragma once

#include "Cli.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace opieka::cli {

// Passwords and passphrases: from an environment variable, or typed at the terminal with the echo
// off (twice when `confirm`). Nothing when neither is possible; the caller says what to do.
struct SecretSource
{
    const char* variable;  // e.g. OPIEKA_PASSWORD
    QString prompt;        // "Password for 'anna': "
    QString confirmPrompt; // empty: ask once
};

bool canPrompt();
QByteArray typedSecret(QTextStream& err, const QString& prompt);
// nullopt when the variable is not set and there is no terminal, or the two typings differ
// (which is reported on standard error).
std::optional<QByteArray> secretFrom(QTextStream& err, const SecretSource& source);

} // namespace opieka::cli
