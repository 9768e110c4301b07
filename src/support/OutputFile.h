#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QTemporaryFile>

namespace opieka {

// A file written for the user at a path they give (an export, a report, a PDF, a backup): the one
// way the program writes such a file (issue 18).
//
// The path is refused (bad input, exit code 2) when it is the open database or its -wal, -shm or
// -journal (compared by device and inode, and by canonical path for companions not there yet),
// when what is there is not a regular file (a folder, FIFO, device or socket), or when it is a
// symbolic link, to anything: the link would send the personal data where its maker chose. The
// data goes to a temporary file created exclusively (O_CREAT|O_EXCL: no link is followed) under an
// unpredictable name in the same folder, readable by the owner only (0600, whatever the umask);
// commit() syncs it and renames it over the path (checked again just before); without commit()
// it is removed.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    explicit OutputFile(QString path);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    // Checks the path and creates the temporary file.
    Status open();
    // Where to write, once open() said yes.
    QIODevice& device() { return m_temporary; }
    // Syncs the data and puts the file in place of the path.
    Status commit();

    // Writes `bytes` as the whole file at `path`: open(), write, commit().
    static Status write(const QString& path, const QByteArray& bytes);

    // Why `path` may not be written (bad input; a missing folder is a storage failure, as a full
    // disk is), or nothing when it may.
    static Status check(const QString& path);

    // The open databases, whose files and companions are never an output; counted, so that
    // several connections to one file each add and remove it.
    static void protect(const QString& databaseFile);
    static void unprotect(const QString& databaseFile);

private:
    QString m_path;
    QTemporaryFile m_temporary;
    bool m_committed = false;
};

// Files and folders holding personal data (the database, the log): the owner's only, whatever
// the umask. Creates `file` empty with mode 0600 when it is missing (never through a link); true
// when it is there afterwards.
bool createPrivateFile(const QString& file);
// Creates `folder` and any missing folder above it with mode 0700 and makes `folder` itself 0700;
// true when it is there afterwards.
bool makePrivateFolder(const QString& folder);

} // namespace opieka
