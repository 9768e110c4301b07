#include "DocumentScreenshots.h"

#include "Capture.h"
#include "DirectoryService.h"
#include "DocumentService.h"
#include "DocumentViewerDialog.h"
#include "FamilyRecordWindow.h"
#include "MainWindow.h"
#include "Workspace.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTableView>
#include <QThread>

namespace opieka::screenshots {
using namespace ui;

namespace {
// The documents are the centre's papers, in Polish in both languages' pictures, as the demo's
// names and addresses are. Synthetic: no court, school or person of the demo exists.
struct Example
{
    DocumentKind kind;
    int daysAgo;
    const char* fileName;
    const char* description;
    QStringList lines; // the document's text, its first line as the heading
};

// Draws `lines` on a page of `size` (the first as a heading), as a scan of a typed page shows.
void drawPage(QPainter& painter, const QSize& size, const QStringList& lines)
{
    painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    painter.setPen(Qt::black);
    const int margin = size.width() / 10;
    int y = size.height() / 10;
    QFont font(QStringLiteral("DejaVu Serif"));
    for (int i = 0; i < lines.size(); ++i) {
        font.setPixelSize(size.width() / (i == 0 ? 28 : 42));
        font.setBold(i == 0);
        painter.setFont(font);
        const QRect box(margin, y, size.width() - 2 * margin, size.height() - y);
        const QRect used =
            painter.boundingRect(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, lines[i]);
        painter.drawText(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, lines[i]);
        y += used.height() + font.pixelSize() * (i == 0 ? 2 : 1);
    }
}

QByteArray pdfOf(const QStringList& lines)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(150);
        writer.setTitle(lines.value(0));
        QPainter painter(&writer);
        drawPage(painter, QSize(writer.width(), writer.height()), lines);
    }
    return bytes;
}

QByteArray imageOf(const QStringList& lines, const char* format)
{
    QImage image(QSize(827, 1169), QImage::Format_RGB32); // A4 at 100 dpi
    {
        QPainter painter(&image);
        drawPage(painter, image.size(), lines);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 85);
    return bytes;
}

// The first open family of the register: its documents, attached once (both language runs share
// the demo database).
std::optional<qint64> exampleFamily(const Session& session, QString* error)
{
    FamilyQuery query;
    query.openOnly = true;
    query.limit = 1;
    auto families = DirectoryService(session).families(query);
    if (!families || families->isEmpty()) {
        *error = families ? DocumentScreenshots::tr("The database has no open family.")
                          : families.error().message;
        return std::nullopt;
    }
    return families->first().id;
}

// The three documents attached to the family, unless it has some already; the court order's id.
std::optional<qint64> ensureDocuments(const Session& session, qint64 familyId,
                                      const QString& familyName, QString* error)
{
    DocumentService documents(session);
    const DocumentOwner owner = DocumentOwner::family(familyId);
    auto kept = documents.documents(owner);
    if (!kept) {
        *error = kept.error().message;
        return std::nullopt;
    }
    const auto courtOrderOf = [](const QList<CaseDocument>& list) -> std::optional<qint64> {
        for (const CaseDocument& d : list)
            if (d.kind == DocumentKind::CourtOrder && d.format == DocumentFormat::Pdf)
                return d.id;
        return std::nullopt;
    };
    if (!kept->isEmpty())
        return courtOrderOf(*kept);

    const QDate today = QDate::currentDate();
    const QList<Example> examples{
        {DocumentKind::CourtOrder,
         41,
         "postanowienie-III-Nsm-131-25.pdf",
         "III Nsm 131/25: nadzór kuratora, Sąd Rejonowy w Wieliczce",
         {QStringLiteral("SĄD REJONOWY W WIELICZCE"),
          QStringLiteral("III Wydział Rodzinny i Nieletnich"),
          QStringLiteral("Sygn. akt III Nsm 131/25"), QStringLiteral("POSTANOWIENIE"),
          QStringLiteral("Sąd Rejonowy w Wieliczce, III Wydział Rodzinny i Nieletnich, po "
                         "rozpoznaniu na posiedzeniu niejawnym sprawy o wydanie zarządzeń "
                         "opiekuńczych względem małoletnich dzieci z rodziny %1,")
              .arg(familyName),
          QStringLiteral("postanawia:"),
          QStringLiteral("1. poddać wykonywanie władzy rodzicielskiej nadzorowi kuratora "
                         "sądowego;"),
          QStringLiteral("2. zobowiązać rodziców do współpracy z asystentem rodziny i "
                         "ośrodkiem pomocy społecznej."),
          QStringLiteral("Dokument syntetyczny: przykład do dokumentacji programu Opieka.")}},
        {DocumentKind::BlueCardForm,
         12,
         "niebieska-karta-A.png",
         "Formularz Niebieska Karta – A, wszczęcie procedury",
         {QStringLiteral("NIEBIESKA KARTA – A"),
          QStringLiteral("Wszczęcie procedury: ośrodek pomocy społecznej, pracownik socjalny."),
          QStringLiteral("Rodzina: %1").arg(familyName),
          QStringLiteral("Dokument syntetyczny: przykład do dokumentacji programu Opieka.")}},
        {DocumentKind::Letter,
         3,
         "pismo-ze-szkoly.jpg",
         "Pismo ze szkoły o frekwencji starszego dziecka",
         {QStringLiteral("Szkoła Podstawowa nr 2"),
          QStringLiteral("Uprzejmie informujemy, że frekwencja ucznia w listopadzie wyniosła "
                         "96%. Uczeń uczestniczy w zajęciach wyrównawczych."),
          QStringLiteral("Dokument syntetyczny: przykład do dokumentacji programu Opieka.")}},
    };
    for (const Example& example : examples) {
        NewDocument document;
        document.owner = owner;
        document.kind = example.kind;
        document.date = today.addDays(-example.daysAgo);
        document.description = QString::fromUtf8(example.description);
        document.fileName = QString::fromUtf8(example.fileName);
        const QString name = document.fileName;
        document.content = name.endsWith(QLatin1String(".pdf"))   ? pdfOf(example.lines)
                           : name.endsWith(QLatin1String(".png")) ? imageOf(example.lines, "PNG")
                                                                  : imageOf(example.lines, "JPG");
        if (auto attached = documents.attach(std::move(document)); !attached) {
            *error = attached.error().message;
            return std::nullopt;
        }
    }
    kept = documents.documents(owner);
    if (!kept) {
        *error = kept.error().message;
        return std::nullopt;
    }
    return courtOrderOf(*kept);
}

// Lets Qt PDF draw the pages in sight (it draws them in threads of its own).
void settleFor(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds) {
        QApplication::processEvents();
        QThread::msleep(20);
    }
}
} // namespace

bool DocumentScreenshots::save(MainWindow& window, const QString& directory, QString* error)
{
    const QDir dir(directory);
    const Session& session = window.session();
    const std::optional<qint64> familyId = exampleFamily(session, error);
    if (!familyId)
        return false;
    FamilyRecordWindow* record = window.openFamily(*familyId);
    if (!record) {
        *error = tr("The family record could not be opened.");
        return false;
    }
    const std::optional<qint64> courtOrder =
        ensureDocuments(session, *familyId, record->family().name, error);
    if (!courtOrder) {
        if (error->isEmpty())
            *error = tr("The example family's court order is missing.");
        record->closeDiscarding();
        return false;
    }
    record->resize(1024, 768);
    record->showTab(FamilyRecordWindow::Tab::Documents);
    settle();
    if (auto* table = record->findChild<QTableView*>(QStringLiteral("documentsTable")))
        table->selectRow(0);
    settle();
    if (!saveImage(*record, dir.filePath(QStringLiteral("family-documents.png")), error)) {
        record->closeDiscarding();
        return false;
    }

    DocumentService documents(session);
    auto document = documents.document(*courtOrder);
    auto content = document ? documents.view(*courtOrder) : Result<QByteArray>(document.error());
    bool saved = false;
    if (!content) {
        *error = content.error().message;
    } else {
        DocumentViewerDialog viewer(session, *document, *content, record);
        viewer.resize(760, 740);
        viewer.show();
        settleFor(1500);
        saved = saveImage(viewer, dir.filePath(QStringLiteral("document-viewer.png")), error);
        viewer.hide();
    }
    record->closeDiscarding();
    settle();
    return saved;
}

} // namespace opieka::screenshots
