#pragma once

#include <QFile>
#include <QString>
#include <sys/stat.h>

namespace opieka::test {

// The permission bits of `path` (0600...), following a link; -1 when nothing is there.
inline int fileModeOf(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

} // namespace opieka::test
