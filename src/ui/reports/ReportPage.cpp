#include "ReportPage.h"

#include "DialogParts.h"
#include "IsoDate.h"
#include "Labels.h"
#include "Logging.h"
#include "Messages.h"
#include "OutputFile.h"
#include "ReportRunner.h"
#include "SettingsService.h"
#include "TextFolding.h"
#include "Workspace.h"

#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace opieka::ui {

namespace {

// The name a test finds this screen's error boxes by.
const QString kErrorBox = QStringLiteral("reportErrorBox");

} // namespace

ReportPage::ReportPage(const Session& session, const QString& name, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_asOf(newDateEdit(this, QDate::currentDate(), QStringLiteral("asOfDate"),
                         tr("Report as of date")))
    , m_controls(new QHBoxLayout)
    , m_body(new QVBoxLayout)
    , m_runner(new ReportRunner(Workspace::locationOf(session.database()), this))
    , m_previewButton(new QPushButton(tr("Print pre&view…"), this))
    , m_pdfButton(new QPushButton(tr("Export P&DF…"), this))
    , m_csvButton(new QPushButton(tr("Export &CSV…"), this))
{
    setObjectName(name);
    m_previewButton->setObjectName(QStringLiteral("printPreviewButton"));
    m_pdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    m_csvButton->setObjectName(QStringLiteral("exportCsvButton"));
    for (QPushButton* button : {m_previewButton, m_pdfButton, m_csvButton})
        button->setEnabled(false);

    auto* asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOf);
    m_controls->addWidget(asOfLabel);
    m_controls->addWidget(m_asOf);
    m_controls->addStretch(1);
    // The outputs below the report, so that the filters above have the whole width (Polish
    // labels are long).
    auto* outputs = new QHBoxLayout;
    outputs->addWidget(m_runner);
    outputs->addStretch(1);
    outputs->addWidget(m_previewButton);
    outputs->addWidget(m_pdfButton);
    outputs->addWidget(m_csvButton);
    m_controlCount = 2;

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_controls);
    layout->addLayout(m_body, 1);
    layout->addLayout(outputs);

    connect(m_asOf, &QDateEdit::dateChanged, this, [this](const QDate& day) {
        m_followsToday = day == QDate::currentDate();
        refresh();
    });
    connect(m_previewButton, &QPushButton::clicked, this, &ReportPage::printPreview);
    connect(m_pdfButton, &QPushButton::clicked, this, &ReportPage::askPdf);
    connect(m_csvButton, &QPushButton::clicked, this, &ReportPage::askCsv);
    connect(m_runner, &ReportRunner::cancelled, this, &ReportPage::restoreControls);
    connect(m_runner, &ReportRunner::failed, this, [this](const QString& message) {
        emit loadFailed(message);
        showError(this, tr("Cannot build the report"), message, kErrorBox);
    });
}

QDate ReportPage::asOf() const
{
    return m_asOf->date();
}

void ReportPage::setAsOf(const QDate& day, bool reload)
{
    const QSignalBlocker quiet(reload ? nullptr : m_asOf);
    m_followsToday = day == QDate::currentDate();
    m_asOf->setDate(day);
}

void ReportPage::addControl(const QString& label, QWidget* control)
{
    auto* text = new QLabel(label, this);
    text->setBuddy(control);
    m_controls->insertWidget(m_controlCount++, text);
    m_controls->insertWidget(m_controlCount++, control);
}

void ReportPage::refresh()
{
    m_requested = true;
    startReport();
}

void ReportPage::invalidate()
{
    if (m_followsToday && m_asOf->date() != QDate::currentDate())
        setAsOf(QDate::currentDate(), false);
    if (isVisible())
        refresh();
    else
        m_requested = false; // showEvent builds it
}

void ReportPage::restoreControls()
{
    if (m_shownDay.isValid())
        setAsOf(m_shownDay, false);
}

void ReportPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_requested)
        refresh();
}

void ReportPage::reportDone(const QDate& day)
{
    m_hasReport = true;
    m_shownDay = day;
    for (QPushButton* button : {m_previewButton, m_pdfButton, m_csvButton})
        button->setEnabled(true);
    emit reportShown();
}

QString ReportPage::centre() const
{
    auto name = SettingsService(m_session).centreName();
    return name ? *name : QString();
}

bool ReportPage::exportPdf(const QString& path, QString* error)
{
    if (!m_hasReport) {
        *error = tr("The report is not ready yet.");
        return false;
    }
    const QString centreName = centre();
    const Status written =
        PagedDocument(html(centreName), {centreName, title(), Labels::date(QDate::currentDate())})
            .writePdf(path);
    if (!written) {
        *error = written.error().message;
        return false;
    }
    logging::get("ui")->info("report written as PDF");
    return true;
}

bool ReportPage::exportCsv(const QString& path, QString* error)
{
    if (!m_hasReport) {
        *error = tr("The report is not ready yet.");
        return false;
    }
    if (const Status written = OutputFile::write(path, csv()); !written) {
        *error = written.error().message; // names the path and why (a link, the database...)
        return false;
    }
    logging::get("ui")->info("report written as CSV");
    return true;
}

void ReportPage::printPreview()
{
    if (!m_hasReport)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(title());
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("printPreviewDialog"));
    preview.setAccessibleName(tr("Print preview"));
    const QString centreName = centre();
    const PagedDocument document(html(centreName),
                                 {centreName, title(), Labels::date(QDate::currentDate())});
    connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
            [&document](QPrinter* target) { document.print(*target); });
    preview.exec();
}

// In the window's language, in ASCII without spaces (a translation's Polish letters folded: mail
// and shared folders mangle them), with the report's day in ISO so that the files sort by date.
QString ReportPage::offeredFileName(const QString& extension) const
{
    QString stem = foldForSearch(fileStem());
    stem.replace(QLatin1Char(' '), QLatin1Char('-'));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QStringLiteral("%1-%2.%3").arg(stem, isoDate(asOf()), extension));
}

void ReportPage::askPdf()
{
    const QString start = offeredFileName(QStringLiteral("pdf"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export PDF"), start, tr("PDF documents (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !exportPdf(path, &error))
        showError(this, tr("Cannot export the PDF"), error, kErrorBox);
}

void ReportPage::askCsv()
{
    const QString start = offeredFileName(QStringLiteral("csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), start,
                                                      tr("CSV files for a spreadsheet (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        showError(this, tr("Cannot export the CSV"), error, kErrorBox);
}

} // namespace opieka::ui
