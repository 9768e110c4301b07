#include "OutputFile.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace opieka {
namespace {

const char* const kCompanions[] = {"", "-wal", "-shm", "-journal"};

struct Protected
{
    QMutex mutex;
    QHash<QString, int> files; // absolute path of an open database: how many connections
};

Protected& protectedFiles()
{
    static Protected registry;
    return registry;
}

QStringList protectedNow()
{
    Protected& registry = protectedFiles();
    const QMutexLocker lock(&registry.mutex);
    return registry.files.keys();
}

// The path with its folder resolved (links, "..", "."), the last part as given.
QString resolvedFolderPath(const QString& path)
{
    const QFileInfo info(path);
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath())
                            : folder + QLatin1Char('/') + info.fileName();
}

bool statOf(const QString& path, struct stat& st, bool followLinks)
{
    const QByteArray name = QFile::encodeName(path);
    return (followLinks ? ::stat(name.constData(), &st) : ::lstat(name.constData(), &st)) == 0;
}

// True when the regular file `st` at `target` is an open database or one of its companions.
bool isDatabaseFile(const QString& target, const struct stat* st)
{
    const QString resolved = resolvedFolderPath(target);
    for (const QString& database : protectedNow()) {
        const QString canonical = QFileInfo(database).canonicalFilePath();
        for (const char* suffix : kCompanions) {
            const QString companion = database + QLatin1String(suffix);
            if (resolved == resolvedFolderPath(companion) ||
                (!canonical.isEmpty() && resolved == canonical + QLatin1String(suffix)))
                return true;
            struct stat other = {};
            if (st && statOf(companion, other, true) && other.st_dev == st->st_dev &&
                other.st_ino == st->st_ino)
                return true;
        }
    }
    return false;
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

void syncFolder(const QString& folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

OutputFile::OutputFile(QString path)
    : m_path(std::move(path))
{}

OutputFile::~OutputFile()
{
    if (!m_committed && m_temporary.isOpen())
        m_temporary.remove(); // a failed or abandoned write leaves nothing behind
}

Status OutputFile::check(const QString& path)
{
    if (path.isEmpty())
        return badInput(tr("No file name was given to write to."));
    struct stat st = {};
    if (statOf(path, st, false)) {
        if (S_ISLNK(st.st_mode))
            return badInput(tr("%1 is a symbolic link; give the path of the file itself (a link "
                               "is not followed when personal data is written).")
                                .arg(path));
        if (S_ISDIR(st.st_mode))
            return badInput(tr("%1 is a folder; give the name of a file in it.").arg(path));
        if (!S_ISREG(st.st_mode))
            return badInput(tr("%1 is not a regular file (a device, FIFO or socket); give the "
                               "path of a new file or of a file to replace.")
                                .arg(path));
        if (isDatabaseFile(path, &st))
            return badInput(tr("%1 is the open database or one of its files; write to another "
                               "file.")
                                .arg(path));
        return {};
    }
    if (errno != ENOENT)
        return badInput(tr("Cannot write %1: %2").arg(path, systemError()));
    if (isDatabaseFile(path, nullptr))
        return badInput(tr("%1 is a file of the open database; write to another file.").arg(path));
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir())
        return storageError(tr("Cannot write %1: the folder %2 does not exist.")
                                .arg(path, QDir::toNativeSeparators(folder.filePath())));
    return {};
}

Status OutputFile::open()
{
    if (Status allowed = check(m_path); !allowed)
        return allowed;
    const QFileInfo target(m_path);
    // QTemporaryFile: O_CREAT|O_EXCL, mode 0600, random letters in place of the X's.
    m_temporary.setFileTemplate(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                                QStringLiteral(".XXXXXX"));
    m_temporary.setAutoRemove(false); // removed by the destructor unless committed
    if (!m_temporary.open())
        return storageError(tr("Cannot write %1: %2").arg(m_path, m_temporary.errorString()));
    return {};
}

Status OutputFile::write(const QString& path, const QByteArray& bytes)
{
    OutputFile out(path);
    if (Status opened = out.open(); !opened)
        return opened;
    if (out.device().write(bytes) != bytes.size())
        return storageError(tr("Cannot write %1: %2").arg(path, out.device().errorString()));
    return out.commit();
}

Status OutputFile::commit()
{
    if (!m_temporary.isOpen())
        return storageError(tr("Cannot write %1.").arg(m_path));
    if (!m_temporary.flush() || ::fsync(m_temporary.handle()) != 0)
        return storageError(tr("Cannot write %1: %2").arg(m_path, m_temporary.errorString()));
    // What is at the path may have changed since open(): the same checks, just before the rename.
    if (Status allowed = check(m_path); !allowed)
        return allowed;
    const QString temporary = m_temporary.fileName();
    if (std::rename(QFile::encodeName(temporary).constData(),
                    QFile::encodeName(m_path).constData()) != 0)
        return storageError(tr("Cannot write %1: %2").arg(m_path, systemError()));
    m_committed = true;
    m_temporary.close();
    syncFolder(QFileInfo(m_path).absolutePath());
    return {};
}

bool createPrivateFile(const QString& file)
{
    const int fd = ::open(QFile::encodeName(file).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::fchmod(fd, 0600); // the umask can only take bits away; this says it outright
        ::close(fd);
        return true;
    }
    return errno == EEXIST;
}

bool makePrivateFolder(const QString& folder)
{
    const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    QStringList missing;
    for (QString at = absolute; !QFileInfo::exists(at); at = QFileInfo(at).absolutePath()) {
        missing.prepend(at);
        if (at == QFileInfo(at).absolutePath()) // the root
            break;
    }
    for (const QString& path : missing) {
        const QByteArray name = QFile::encodeName(path);
        if (::mkdir(name.constData(), 0700) != 0 && errno != EEXIST)
            return false;
        ::chmod(name.constData(), 0700);
    }
    if (!QFileInfo(absolute).isDir())
        return false;
    return ::chmod(QFile::encodeName(absolute).constData(), 0700) == 0;
}

void OutputFile::protect(const QString& databaseFile)
{
    Protected& registry = protectedFiles();
    const QMutexLocker lock(&registry.mutex);
    ++registry.files[QFileInfo(databaseFile).absoluteFilePath()];
}

void OutputFile::unprotect(const QString& databaseFile)
{
    Protected& registry = protectedFiles();
    const QMutexLocker lock(&registry.mutex);
    const QString key = QFileInfo(databaseFile).absoluteFilePath();
    if (--registry.files[key] <= 0)
        registry.files.remove(key);
}

} // namespace opieka
