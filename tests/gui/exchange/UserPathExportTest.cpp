// The window's files written at a path the person chose (a document's PDF, a report's CSV, the
// audit's CSV, a chronology's PDF) go through OutputFile, as the command line's do: never through
// a link (planted at the path or at a predictable FILE.part), never over the open database, the
// file the owner's only; a refusal names the path and why (issue 18, defect 1).
#include "AuditDialog.h"
#include "AuditService.h"
#include "CaseloadReportPage.h"
#include "DocumentPrinter.h"
#include "FamilyRecordWindow.h"
#include "FileMode.h"
#include "GuiTestDatabase.h"
#include "MainWindow.h"
#include "ReportRunner.h"
#include "ReportsTab.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <gtest/gtest.h>

using namespace opieka;
using namespace opieka::test;

namespace {

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class UserPathExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db.loadStaff({staff::cezary});
        db.loadFamilies(3);
        db.assign(1, 1, 2);
        // Another person's file a link points to.
        victim = path(QStringLiteral("victim.txt"));
        QFile file(victim);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("not yours to overwrite\n");
        file.close();
        link = path(QStringLiteral("link.csv"));
        ASSERT_TRUE(QFile::link(victim, link));
    }

    QString path(const QString& name) const { return db.dir() + QLatin1Char('/') + name; }

    // The refusal names the path and the reason; the link's target is untouched.
    void expectRefused(bool written, const QString& error, const QString& target,
                       const char* what) const
    {
        EXPECT_FALSE(written) << what;
        EXPECT_TRUE(error.contains(QDir::toNativeSeparators(target)) || error.contains(target))
            << what << ": " << error.toStdString();
        EXPECT_EQ(contentOf(victim), QByteArray("not yours to overwrite\n")) << what;
        EXPECT_TRUE(contentOf(db.path()).startsWith("SQLite format 3")) << what;
    }

    GuiTestDatabase db;
    QString victim;
    QString link;
};

TEST_F(UserPathExportTest, DocumentPdfIgnoresALinkPlantedAtThePartFile)
{
    const QString pdf = path(QStringLiteral("plan.pdf"));
    ASSERT_TRUE(QFile::link(victim, pdf + QStringLiteral(".part")));
    QString error;
    ASSERT_TRUE(ui::DocumentPrinter::exportPdf(QStringLiteral("<h1>Plan</h1><p>text</p>"),
                                               QStringLiteral("Plan"), pdf, &error))
        << error.toStdString();
    EXPECT_EQ(contentOf(victim), QByteArray("not yours to overwrite\n"))
        << "the PDF went through the link planted at plan.pdf.part";
    EXPECT_TRUE(contentOf(pdf).startsWith("%PDF-"));
    EXPECT_FALSE(QFileInfo(pdf).isSymLink());
    EXPECT_EQ(fileModeOf(pdf), 0600);
}

TEST_F(UserPathExportTest, DocumentPdfRefusesALinkAndTheOpenDatabase)
{
    QString error;
    expectRefused(ui::DocumentPrinter::exportPdf(QStringLiteral("<p>x</p>"), QStringLiteral("x"),
                                                 link, &error),
                  error, link, "pdf at a link");
    error.clear();
    expectRefused(ui::DocumentPrinter::exportPdf(QStringLiteral("<p>x</p>"), QStringLiteral("x"),
                                                 db.path(), &error),
                  error, db.path(), "pdf over the database");
    EXPECT_FALSE(QFileInfo::exists(db.path() + QStringLiteral(".part")));
}

TEST_F(UserPathExportTest, ReportCsvRefusesALinkAndTheOpenDatabase)
{
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(db.path()));
    ui::CaseloadReportPage* page = window.reportsTab()->caseloadPage();
    page->refresh();
    ASSERT_TRUE(page->runner()->waitForIdle());
    ASSERT_TRUE(page->hasReport());
    QString error;
    expectRefused(page->exportCsv(link, &error), error, link, "report csv at a link");
    error.clear();
    expectRefused(page->exportCsv(db.path(), &error), error, db.path(), "report csv over database");
    error.clear();
    const QString csv = path(QStringLiteral("caseload.csv"));
    ASSERT_TRUE(page->exportCsv(csv, &error)) << error.toStdString();
    EXPECT_EQ(fileModeOf(csv), 0600);
}

TEST_F(UserPathExportTest, AuditCsvRefusesALinkAndTheOpenDatabase)
{
    ui::AuditDialog dialog(AuditService(db.session(db.manager())));
    ASSERT_TRUE(dialog.showFamily(1));
    QString error;
    expectRefused(dialog.exportCsv(link, &error), error, link, "audit csv at a link");
    error.clear();
    expectRefused(dialog.exportCsv(db.path(), &error), error, db.path(), "audit csv over database");
    error.clear();
    const QString csv = path(QStringLiteral("audit.csv"));
    ASSERT_TRUE(dialog.exportCsv(csv, &error)) << error.toStdString();
    EXPECT_EQ(fileModeOf(csv), 0600);
}

TEST_F(UserPathExportTest, ChronologyPdfRefusesALinkAndTheOpenDatabase)
{
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(db.path()));
    ui::FamilyRecordWindow* record = window.openFamily(1);
    ASSERT_NE(record, nullptr);
    QString error;
    expectRefused(record->exportChronologyPdf(link, &error), error, link, "chronology at a link");
    error.clear();
    expectRefused(record->exportChronologyPdf(db.path(), &error), error, db.path(),
                  "chronology over database");
    error.clear();
    const QString pdf = path(QStringLiteral("chronology.pdf"));
    ASSERT_TRUE(record->exportChronologyPdf(pdf, &error)) << error.toStdString();
    EXPECT_EQ(fileModeOf(pdf), 0600);
}

} // namespace
