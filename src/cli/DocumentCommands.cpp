// document add | list | get | remove: the documents kept with a case (issue 25) from the command
// line, through the service, permissions and audit the Documents tab uses.
#include "CaseDocument.h"
#include "Cli.h"
#include "Clock.h"
#include "DocumentService.h"
#include "FamilyService.h"
#include "FosterRegisterService.h"
#include "IsoDate.h"
#include "TextTable.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QJsonValue>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace opieka::cli {
namespace {

QString isoUtc(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue idOrNull(std::optional<qint64> id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

QString megabytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// Whose documents: exactly one of --family, --foster-family and --placement.
std::optional<DocumentOwner> ownerArgument(Context& c)
{
    const auto family = c.args.idOption(QStringLiteral("--family"), false);
    const auto fosterFamily = c.args.idOption(QStringLiteral("--foster-family"), false);
    const auto placement = c.args.idOption(QStringLiteral("--placement"), false);
    const int given = static_cast<int>(family.has_value()) +
                      static_cast<int>(fosterFamily.has_value()) +
                      static_cast<int>(placement.has_value());
    if (given == 1)
        return family         ? DocumentOwner::family(*family)
               : fosterFamily ? DocumentOwner::fosterFamily(*fosterFamily)
                              : DocumentOwner::placement(*placement);
    if (!c.args.hasErrors())
        c.args.addError(Cli::tr("Give exactly one of --family ID, --foster-family ID and "
                                "--placement ID: whose documents."));
    return std::nullopt;
}

// The document id an action takes as its first word: a whole number above 0.
std::optional<qint64> documentId(Context& c)
{
    const auto word = c.args.positional(Cli::tr("Give the id of the document."));
    if (!word)
        return std::nullopt;
    bool number = false;
    const qint64 id = word->toLongLong(&number);
    if (!number || id <= 0) {
        c.args.addError(Cli::tr("'%1' is not a document id.").arg(*word));
        return std::nullopt;
    }
    return id;
}

// Why the file at `path`, of `mode`, is refused when it is not a regular file.
QString notAFileReason(const QString& path, mode_t mode)
{
    if (S_ISDIR(mode))
        return Cli::tr("%1 is a folder; give a PDF, JPEG or PNG file.").arg(path);
    return Cli::tr("%1 is not a regular file (a device, FIFO or socket); give a PDF, JPEG or PNG "
                   "file.")
        .arg(path);
}

Error tooLarge(const QString& path, qint64 bytes, qint64 maxBytes)
{
    return badInput(Cli::tr("The file %1 is %2 MB; the largest file accepted is %3 MB. Scan it at "
                            "a lower resolution or split it.")
                        .arg(path, megabytes(bytes), megabytes(maxBytes)));
}

// The content of the file to attach. Only a regular file is opened (a FIFO would wait for a
// writer, a device such as /dev/zero never ends), and one larger than `maxBytes` is refused from
// its size, before a byte is read. Bad input naming the file and what is wrong.
Result<QByteArray> readDocumentFile(const QString& path, qint64 maxBytes)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat st = {};
    if (::stat(name.constData(), &st) != 0)
        return badInput(errno == ENOENT
                            ? Cli::tr("There is no file %1.").arg(path)
                            : Cli::tr("Cannot read %1: %2.").arg(path, qt_error_string(errno)));
    if (!S_ISREG(st.st_mode))
        return badInput(notAFileReason(path, st.st_mode));
    if (st.st_size > maxBytes)
        return tooLarge(path, st.st_size, maxBytes);
    // Opened without waiting and checked again: the path may have been replaced meanwhile.
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return badInput(Cli::tr("Cannot read %1: %2.").arg(path, qt_error_string(errno)));
    QFile in;
    if (!in.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return badInput(Cli::tr("Cannot read %1: %2.").arg(path, in.errorString()));
    }
    struct stat opened = {};
    if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode))
        return badInput(notAFileReason(path, opened.st_mode));
    if (opened.st_size > maxBytes)
        return tooLarge(path, opened.st_size, maxBytes);
    QByteArray content = in.read(opened.st_size + 1);
    if (in.error() != QFileDevice::NoError)
        return badInput(Cli::tr("Cannot read %1: %2.").arg(path, in.errorString()));
    if (content.size() != opened.st_size)
        return badInput(Cli::tr("%1 changed while it was read; attach it again when it is "
                                "complete.")
                            .arg(path));
    return content;
}

int addDocument(Context& c)
{
    const auto owner = ownerArgument(c);
    const auto member = c.args.idOption(QStringLiteral("--member"), false);
    const auto plan = c.args.idOption(QStringLiteral("--plan"), false);
    const auto kindText = c.args.option(QStringLiteral("--kind"));
    const auto file = c.args.option(QStringLiteral("--file"));
    const auto date = c.args.dateOption(QStringLiteral("--date"));
    // Empty, never null: the column holds '' for no description.
    const QString note = c.args.option(QStringLiteral("--note")).value_or(QStringLiteral(""));
    std::optional<DocumentKind> kind;
    if (!kindText)
        c.args.addError(Cli::tr("--kind is required: one of %1.")
                            .arg(documentKindNames().join(QStringLiteral(", "))));
    else if (kind = parseDocumentKind(*kindText); !kind)
        c.args.addError(Cli::tr("--kind takes one of %1, not '%2'.")
                            .arg(documentKindNames().join(QStringLiteral(", ")), *kindText));
    if (!file || file->isEmpty())
        c.args.addError(Cli::tr("--file is required: the PDF, JPEG or PNG file to attach."));
    auto session = c.start(QStringLiteral("document add"));
    if (!session)
        return session.exitCode();
    DocumentService documents(session->signedIn());
    const auto maxBytes = documents.maxBytes();
    if (!maxBytes)
        return c.fail(maxBytes.error());
    auto content = readDocumentFile(*file, *maxBytes);
    if (!content)
        return c.fail(content.error());
    NewDocument document;
    document.owner = *owner;
    document.memberId = member;
    document.planId = plan;
    document.kind = *kind;
    document.date = date.value_or(Clock::today());
    document.description = note;
    document.fileName = QFileInfo(*file).fileName();
    document.content = std::move(*content);
    auto id = documents.attach(std::move(document));
    if (!id)
        return c.fail(id.error());
    c.out << *id << Qt::endl;
    return Done;
}

// An unknown owner is bad input (exit 2), not an empty list, as in `placement list`. (The service
// finds an unknown placement itself.)
Status ownerKnown(const opieka::Session& session, const DocumentOwner& owner)
{
    switch (owner.kind) {
    case DocumentOwner::Kind::Family:
        if (auto family = FamilyService(session).family(owner.id); !family)
            return family.error();
        break;
    case DocumentOwner::Kind::FosterFamily:
        if (auto family = FosterRegisterService(session).familyStatus(owner.id); !family)
            return family.error();
        break;
    case DocumentOwner::Kind::Placement:
        break;
    }
    return {};
}

int listDocuments(Context& c)
{
    const auto owner = ownerArgument(c);
    const bool withRemoved = c.args.flag(QStringLiteral("--removed"));
    const QString format = formatArgument(c);
    auto session = c.start(QStringLiteral("document list"));
    if (!session)
        return session.exitCode();
    if (Status known = ownerKnown(session->signedIn(), *owner); !known)
        return c.fail(known.error());
    auto documents = DocumentService(session->signedIn()).documents(*owner, withRemoved);
    if (!documents)
        return c.fail(documents.error());

    // The columns are a contract with scripts (docs/cli.md): these nine, in this order.
    Listing list{{QStringLiteral("id"), QStringLiteral("family_id"), QStringLiteral("kind"),
                  QStringLiteral("date"), QStringLiteral("file_name"), QStringLiteral("bytes"),
                  QStringLiteral("sha256"), QStringLiteral("added_by"),
                  QStringLiteral("added_at")}};
    // The terminal's table: what a person reads (the hash is for scripts).
    QStringList textHeader{QStringLiteral("id"),       QStringLiteral("kind"),
                           QStringLiteral("date"),     QStringLiteral("file_name"),
                           QStringLiteral("bytes"),    QStringLiteral("description"),
                           QStringLiteral("added_by"), QStringLiteral("added_at")};
    QList<bool> right{true, false, false, false, true, false, false, false};
    if (withRemoved) {
        textHeader << QStringLiteral("removed_at") << QStringLiteral("removal_reason");
        right << false << false;
    }
    TextTable text(textHeader, right);
    for (const CaseDocument& d : std::as_const(*documents)) {
        const auto id = [&d](DocumentOwner::Kind kind) {
            return d.owner.kind == kind ? std::optional<qint64>(d.owner.id) : std::nullopt;
        };
        const auto familyId = id(DocumentOwner::Kind::Family);
        const QStringList row{QString::number(d.id),
                              familyId ? QString::number(*familyId) : QString(),
                              documentKindName(d.kind),
                              isoDate(d.date),
                              d.fileName,
                              QString::number(d.bytes),
                              d.sha256,
                              d.addedBy,
                              isoUtc(d.addedAt)};
        QJsonObject object;
        for (int i = 0; i < list.header.size(); ++i)
            object.insert(list.header.at(i), row.at(i));
        object.insert(QStringLiteral("id"), d.id);
        object.insert(QStringLiteral("family_id"), idOrNull(familyId));
        object.insert(QStringLiteral("bytes"), d.bytes);
        object.insert(QStringLiteral("foster_family_id"),
                      idOrNull(id(DocumentOwner::Kind::FosterFamily)));
        object.insert(QStringLiteral("placement_id"), idOrNull(id(DocumentOwner::Kind::Placement)));
        object.insert(QStringLiteral("member_id"), idOrNull(d.memberId));
        object.insert(QStringLiteral("plan_id"), idOrNull(d.planId));
        object.insert(QStringLiteral("description"), d.description);
        object.insert(QStringLiteral("media_type"), mediaType(d.format));
        object.insert(QStringLiteral("removed"), d.removed());
        object.insert(QStringLiteral("removed_at"),
                      d.removedAt ? QJsonValue(isoUtc(*d.removedAt)) : QJsonValue());
        object.insert(QStringLiteral("removed_by"),
                      d.removed() ? QJsonValue(d.removedBy) : QJsonValue());
        object.insert(QStringLiteral("removal_reason"),
                      d.removed() ? QJsonValue(d.removalReason) : QJsonValue());
        list.add(row, object);

        QStringList textRow{row.at(0), row.at(2),     row.at(3), d.fileName,
                            row.at(5), d.description, d.addedBy, row.at(8)};
        if (withRemoved)
            textRow << (d.removedAt ? isoUtc(*d.removedAt) : QString()) << d.removalReason;
        text.addRow(textRow);
    }
    if (format == QLatin1String("text")) {
        c.out << text.render();
        return Done;
    }
    return printList(c, format, list);
}

int getDocument(Context& c)
{
    const auto id = documentId(c);
    const auto out = c.args.option(QStringLiteral("--out"));
    if (!out)
        c.args.addError(Cli::tr("--out FILE is required: where to write the copy."));
    auto session = c.start(QStringLiteral("document get"));
    if (!session)
        return session.exitCode();
    if (Status saved = DocumentService(session->signedIn()).saveCopy(*id, *out); !saved)
        return c.fail(saved.error());
    c.out << Cli::tr("Document %1 written to %2.").arg(QString::number(*id), *out) << Qt::endl;
    return Done;
}

int removeDocument(Context& c)
{
    const auto id = documentId(c);
    const auto reason = c.args.option(QStringLiteral("--reason"));
    if (!reason || reason->trimmed().isEmpty())
        c.args.addError(Cli::tr("--reason TEXT is required: why the document is removed (it is "
                                "recorded)."));
    auto session = c.start(QStringLiteral("document remove"));
    if (!session)
        return session.exitCode();
    if (Status removed = DocumentService(session->signedIn()).remove(*id, reason->trimmed());
        !removed)
        return c.fail(removed.error());
    c.out << Cli::tr("Document %1 removed.").arg(*id) << Qt::endl;
    return Done;
}

} // namespace

int runDocument(Context& c)
{
    return runAction(c, QStringLiteral("document"),
                     {{QLatin1String("add"), addDocument},
                      {QLatin1String("list"), listDocuments},
                      {QLatin1String("get"), getDocument},
                      {QLatin1String("remove"), removeDocument}},
                     Cli::tr("'%1' is not an action of document: add, list, get or remove."),
                     Cli::tr("Say what to do: document add, list, get or remove."));
}

} // namespace opieka::cli
