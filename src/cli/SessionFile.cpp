#include "SessionFile.h"

#include "OutputFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace opieka::cli {
namespace {
constexpr qsizetype kMaxTokenFile = 256; // a token is 64 characters

QString sessionFolder()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        return QDir(runtime).filePath(QStringLiteral("opieka/cli-sessions"));
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty())
        state = QDir::home().filePath(QStringLiteral(".local/state"));
    return QDir(state).filePath(QStringLiteral("opieka/cli-sessions"));
}

Error unsafe(const QString& path, const QString& why)
{
    return refused(SessionFile::tr("The session file %1 is not used: %2. Remove it and run "
                                   "opieka-cli login again.")
                       .arg(path, why));
}
} // namespace

QString SessionFile::pathFor(const QString& databaseLocation)
{
    QString key = databaseLocation;
    if (!databaseLocation.contains(QLatin1String("://"))) {
        const QFileInfo file(databaseLocation);
        key = file.exists() ? file.canonicalFilePath() : file.absoluteFilePath();
    }
    const QByteArray digest =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QDir(sessionFolder()).filePath(QString::fromLatin1(digest) + QStringLiteral(".session"));
}

Result<std::optional<QByteArray>> SessionFile::read(const QString& path, uid_t owner)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat seen = {};
    if (::lstat(name.constData(), &seen) != 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            return std::optional<QByteArray>();
        return storageError(tr("The session file %1 cannot be read.").arg(path));
    }
    if (S_ISLNK(seen.st_mode))
        return unsafe(path, tr("it is a symbolic link"));
    if (!S_ISREG(seen.st_mode))
        return unsafe(path, tr("it is not a regular file"));
    if (seen.st_uid != owner)
        return unsafe(path, tr("it belongs to another user"));
    if ((seen.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return unsafe(path, tr("the group or others may read or change it (mode %1, 600 expected)")
                                .arg(seen.st_mode & 07777, 3, 8, QLatin1Char('0')));
    const int fd = ::open(name.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return storageError(tr("The session file %1 cannot be read.").arg(path));
    // The file opened is the file checked (not one swapped in meanwhile).
    struct stat opened = {};
    QByteArray token(kMaxTokenFile, '\0');
    ssize_t length = -1;
    if (::fstat(fd, &opened) == 0 && opened.st_ino == seen.st_ino && opened.st_dev == seen.st_dev &&
        opened.st_uid == owner && (opened.st_mode & (S_IRWXG | S_IRWXO)) == 0)
        length = ::read(fd, token.data(), static_cast<size_t>(token.size()));
    ::close(fd);
    if (length < 0)
        return unsafe(path, tr("it changed while it was read"));
    token.truncate(static_cast<qsizetype>(length));
    return std::optional<QByteArray>(token.trimmed());
}

Status SessionFile::write(const QString& path, const QByteArray& token)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!makePrivateFolder(folder))
        return storageError(tr("The folder %1 for the session file cannot be made.").arg(folder));
    const QString temporary = path + QStringLiteral(".new");
    const QByteArray temporaryName = QFile::encodeName(temporary);
    ::unlink(temporaryName.constData()); // one left by a killed login
    const int fd = ::open(temporaryName.constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return storageError(tr("The session file %1 cannot be written.").arg(path));
    const QByteArray content = token + '\n';
    const bool written =
        ::fchmod(fd, S_IRUSR | S_IWUSR) == 0 &&
        ::write(fd, content.constData(), static_cast<size_t>(content.size())) == content.size();
    const bool closed = ::close(fd) == 0;
    if (!written || !closed ||
        ::rename(temporaryName.constData(), QFile::encodeName(path).constData()) != 0) {
        ::unlink(temporaryName.constData());
        return storageError(tr("The session file %1 cannot be written.").arg(path));
    }
    return {};
}

bool SessionFile::remove(const QString& path)
{
    return ::unlink(QFile::encodeName(path).constData()) == 0;
}

} // namespace opieka::cli
