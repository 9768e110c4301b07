#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>
#include <sys/types.h>

namespace opieka::cli {

// The file that keeps a command-line session's token (opieka-cli login, issue 24): one per
// database, in $XDG_RUNTIME_DIR/opieka/cli-sessions (a tmpfs cleared at log-out and reboot) or
// else ~/.local/state/opieka/cli-sessions, in a folder of mode 0700, the file itself 0600.
class SessionFile
{
    Q_DECLARE_TR_FUNCTIONS(SessionFile)

public:
    // The session file for the database at `databaseLocation` (a file's path, whichever way it
    // is written, or a server's address).
    static QString pathFor(const QString& databaseLocation);

    // The token kept in `path`, or none when there is no file. A file that is a symbolic link,
    // not a regular file, not owned by `owner` (the user running the program: geteuid()), or
    // readable or writable by the group or others is refused, never read.
    static Result<std::optional<QByteArray>> read(const QString& path, uid_t owner);
    // Writes `token` to `path` with mode 0600 (the folder made 0700), replacing the file whole.
    static Status write(const QString& path, const QByteArray& token);
    // Removes the file (a link itself, never what it points at); true when one was removed.
    static bool remove(const QString& path);
};

} // namespace opieka::cli
