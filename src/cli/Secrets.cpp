#include "Secrets.h"

#include <algorithm>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace opieka::cli {

bool canPrompt()
{
    return isatty(STDIN_FILENO) != 0;
}

QByteArray typedSecret(QTextStream& err, const QString& prompt)
{
    err << prompt;
    err.flush();
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err << Qt::endl;
    QByteArray secret(line.data(), static_cast<qsizetype>(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return secret;
}

std::optional<QByteArray> secretFrom(QTextStream& err, const SecretSource& source)
{
    if (qEnvironmentVariableIsSet(source.variable))
        return qgetenv(source.variable);
    if (!canPrompt())
        return std::nullopt;
    QByteArray first = typedSecret(err, source.prompt);
    if (!source.confirmPrompt.isEmpty()) {
        QByteArray again = typedSecret(err, source.confirmPrompt);
        const bool same = again == first;
        again.fill('\0');
        if (!same) {
            first.fill('\0');
            err << Cli::tr("The two entries differ; nothing was done.") << Qt::endl;
            return std::nullopt;
        }
    }
    return first;
}

} // namespace opieka::cli
