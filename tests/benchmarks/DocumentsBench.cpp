// Documents kept with the case (issue 25): a family with 200 documents opens as fast as one with
// none (the list never reads a content), and a 20 MB PDF opens in the viewer within a second.
// Its own small centre in a temporary folder (not the voivodeship's data), made at the start:
// family 1 with 200 scans of 200 KB each, family 2 with none, and a real 20 MB PDF of 40 pages
// written by QPdfWriter. The plain SQL of the same reads is measured beside.
#include "Database.h"
#include "DocumentService.h"
#include "FamilyService.h"
#include "SqlHelpers.h"
#include "TestWorkspace.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <benchmark/benchmark.h>
#include <memory>

using namespace opieka;

namespace {

constexpr int kDocuments = 200;
constexpr qsizetype kScanBytes = 200 * 1024;
constexpr qsizetype kLargePdfBytes = 20LL * 1024 * 1024;
const QDate kDay(2024, 6, 1);

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, '\0');
    auto* words = reinterpret_cast<quint32*>(bytes.data());
    QRandomGenerator::global()->fillRange(words, size / qsizetype(sizeof(quint32)));
    return bytes;
}

// A real PDF of at least `size` bytes: pages of noise (which no compression shrinks), so that
// QPdfDocument has a whole file's cross-reference table to read.
QByteArray largePdf(qsizetype size)
{
    QImage noise(1000, 1400, QImage::Format_RGB32);
    QByteArray pdf;
    for (int pages = 8; pdf.size() < size; pages *= 2) {
        pdf.clear();
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(150);
        QPainter painter(&writer);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(noise.bits()),
                                                  noise.sizeInBytes() / 4);
            painter.drawImage(QRect(0, 0, writer.width(), writer.height()), noise);
            painter.drawText(100, 100, QStringLiteral("Strona %1").arg(page + 1));
        }
        painter.end();
    }
    return pdf;
}

struct Centre
{
    test::TestWorkspace ws;
    qint64 largePdfId = 0;
    qsizetype largePdfBytes = 0;

    Centre()
    {
        ws.load(DataSet::Families, test::familiesCsv(2));
        DocumentService documents(ws.session(ws.manager()));
        const QByteArray header("%PDF-1.4\n");
        for (int i = 0; i < kDocuments; ++i) {
            NewDocument d;
            d.owner = DocumentOwner::family(1);
            d.kind = i % 2 ? DocumentKind::Letter : DocumentKind::Other;
            d.date = kDay.addDays(-i);
            d.description = QStringLiteral("Pismo %1").arg(i);
            d.fileName = QStringLiteral("pismo-%1.pdf").arg(i);
            d.content = header + randomBytes(kScanBytes);
            if (!documents.attach(d, kDay))
                qFatal("attaching a scan failed");
        }
        NewDocument large;
        large.owner = DocumentOwner::family(2);
        large.kind = DocumentKind::CourtOrder;
        large.date = kDay;
        large.fileName = QStringLiteral("postanowienie.pdf");
        large.content = largePdf(kLargePdfBytes);
        largePdfBytes = large.content.size();
        auto id = documents.attach(large, kDay);
        if (!id)
            qFatal("attaching the large PDF failed");
        largePdfId = *id;
    }
};

Centre& centre()
{
    static Centre made;
    return made;
}

// Opening a family's record as the window does it, and its Documents tab's list.
void BM_OpenFamilyWithDocuments(benchmark::State& state)
{
    const qint64 familyId = state.range(0);
    Session session = centre().ws.session(centre().ws.manager());
    FamilyService families(session);
    DocumentService documents(session);
    qsizetype listed = 0;
    for (auto _ : state) {
        auto family = families.open(familyId, kDay);
        auto list = documents.documents(DocumentOwner::family(familyId));
        if (!family || !list) {
            state.SkipWithError("opening the family failed");
            return;
        }
        listed = list->size();
    }
    state.counters["documents"] = static_cast<double>(listed);
}
// Family 1 has 200 documents; family 2 has the one large PDF.
BENCHMARK(BM_OpenFamilyWithDocuments)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

// The same list as plain SQL: the metadata columns of one family's documents, newest first.
void BM_ListDocumentsPlainSql(benchmark::State& state)
{
    Database& db = centre().ws.database();
    for (auto _ : state) {
        auto rows =
            sql::run(db,
                     QStringLiteral("SELECT id, kind, document_date, description, file_name, "
                                    "media_type, bytes, sha256, added_by, added_at FROM "
                                    "documents WHERE family_id = ? AND removed_at IS NULL "
                                    "ORDER BY document_date DESC, id DESC"),
                     {qint64(1)});
        int n = 0;
        while (rows && rows->next())
            ++n;
        benchmark::DoNotOptimize(n);
    }
}
BENCHMARK(BM_ListDocumentsPlainSql)->Unit(benchmark::kMillisecond);

// What the viewer does before the first page is on screen: the content from the service (its
// audit record written), QPdfDocument loading it from memory, and the first page rendered at a
// screen's size.
void BM_ViewLargePdf(benchmark::State& state)
{
    DocumentService documents(centre().ws.session(centre().ws.manager()));
    for (auto _ : state) {
        auto content = documents.view(centre().largePdfId);
        if (!content) {
            state.SkipWithError("viewing failed");
            return;
        }
        QBuffer buffer(&*content);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument pdf;
        pdf.load(&buffer);
        if (pdf.status() != QPdfDocument::Status::Ready || pdf.pageCount() < 1) {
            state.SkipWithError("the PDF did not load");
            return;
        }
        QImage page = pdf.render(0, QSize(900, 1260));
        benchmark::DoNotOptimize(page);
        state.counters["pages"] = pdf.pageCount();
    }
    state.counters["MB"] = double(centre().largePdfBytes) / (1024.0 * 1024.0);
}
BENCHMARK(BM_ViewLargePdf)->Unit(benchmark::kMillisecond)->Iterations(5);

// The plain SQL of the same read: the content's bytes alone.
void BM_ReadLargePdfPlainSql(benchmark::State& state)
{
    Database& db = centre().ws.database();
    for (auto _ : state) {
        auto rows = sql::run(db,
                             QStringLiteral("SELECT content FROM document_contents WHERE "
                                            "document_id = ?"),
                             {centre().largePdfId});
        if (!rows || !rows->next()) {
            state.SkipWithError("reading failed");
            return;
        }
        benchmark::DoNotOptimize(rows->value(0).toByteArray().size());
    }
}
BENCHMARK(BM_ReadLargePdfPlainSql)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    centre();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
