#include "DocumentViewerDialog.h"

#include "DialogParts.h"
#include "DocumentPrinting.h"
#include "Logging.h"
#include "Messages.h"
#include "WindowSize.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <algorithm>

namespace opieka::ui {

namespace {
constexpr double kZoomStep = 1.25;
constexpr double kMinZoom = 0.1;
constexpr double kMaxZoom = 8.0;
} // namespace

DocumentViewerDialog::DocumentViewerDialog(const Session& session, const CaseDocument& document,
                                           QByteArray content, QWidget* parent)
    : QDialog(parent)
    , m_documents(session)
    , m_document(document)
    , m_content(std::move(content))
{
    setObjectName(QStringLiteral("documentViewerDialog"));
    const QString title = tr("Document – %1").arg(document.fileName);
    setWindowTitle(title);
    setAccessibleName(title);
    auto* layout = new QVBoxLayout(this);

    QPushButton* zoomOutButton = newButton(this, tr("Zoom &out"), QStringLiteral("zoomOutButton"));
    QPushButton* zoomInButton = newButton(this, tr("Zoom &in"), QStringLiteral("zoomInButton"));
    QPushButton* fitButton = newButton(this, tr("&Fit width"), QStringLiteral("fitWidthButton"));
    connect(zoomOutButton, &QPushButton::clicked, this, &DocumentViewerDialog::zoomOut);
    connect(zoomInButton, &QPushButton::clicked, this, &DocumentViewerDialog::zoomIn);
    connect(fitButton, &QPushButton::clicked, this, &DocumentViewerDialog::fitWidth);
    addButtonRow(layout, {zoomOutButton, zoomInButton, fitButton});

    layout->addWidget(document.format == DocumentFormat::Pdf ? createPdfView() : createImageView(),
                      1);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* printButton =
        newButton(this, tr("&Print…"), QStringLiteral("printDocumentButton"));
    QPushButton* saveButton =
        newButton(this, tr("&Save a copy…"), QStringLiteral("saveDocumentCopyButton"));
    QPushButton* closeButton = newButton(this, tr("&Close"), QStringLiteral("closeViewerButton"));
    buttons->addButton(printButton, QDialogButtonBox::ActionRole);
    buttons->addButton(saveButton, QDialogButtonBox::ActionRole);
    buttons->addButton(closeButton, QDialogButtonBox::RejectRole);
    connect(printButton, &QPushButton::clicked, this, &DocumentViewerDialog::print);
    connect(saveButton, &QPushButton::clicked, this, &DocumentViewerDialog::saveCopy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    closeButton->setDefault(true);
    // A page's height where the screen has it; on a 1024×768 screen the buttons stay on it.
    resizeToFitScreen(this, QSize(900, 1000));
}

DocumentViewerDialog::~DocumentViewerDialog()
{
    // The view lets go of the document before the document goes.
    if (m_pdfView)
        m_pdfView->setDocument(nullptr);
}

void DocumentViewerDialog::open(const Session& session, const CaseDocument& document,
                                QWidget* parent)
{
    auto content = DocumentService(session).view(document.id);
    if (!content) {
        logging::get("ui")->warn("document {} not shown", document.id);
        showError(parent, tr("Cannot show the document"), content.error().message);
        return;
    }
    DocumentViewerDialog viewer(session, document, std::move(*content), parent);
    viewer.exec();
}

QWidget* DocumentViewerDialog::createPdfView()
{
    m_pdf = std::make_unique<QPdfDocument>();
    m_buffer.setData(m_content);
    m_buffer.open(QIODevice::ReadOnly);
    // Read lazily from memory: the view draws the pages that come into sight, never all at once.
    m_pdf->load(&m_buffer);
    // Told by its first bytes to be a PDF, but damaged past them: said so in the window.
    if (m_pdf->status() == QPdfDocument::Status::Error)
        return unreadable(tr("The PDF file cannot be read (it may be damaged)."));
    m_pdfView = new QPdfView(this);
    m_pdfView->setObjectName(QStringLiteral("documentPdfView"));
    m_pdfView->setAccessibleName(tr("Pages of the document"));
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_pdfView->setDocument(m_pdf.get());
    return m_pdfView;
}

QWidget* DocumentViewerDialog::unreadable(const QString& message)
{
    auto* label = newNote(this, message, QStringLiteral("documentUnreadableLabel"));
    label->setAccessibleName(tr("What is wrong"));
    label->setAlignment(Qt::AlignCenter);
    return label;
}

QWidget* DocumentViewerDialog::createImageView()
{
    m_image = QImage::fromData(m_content);
    if (m_image.isNull())
        return unreadable(tr("The image cannot be read (it may be damaged)."));
    m_imageArea = new QScrollArea(this);
    m_imageArea->setObjectName(QStringLiteral("documentImageArea"));
    m_imageArea->setAccessibleName(tr("Image of the document"));
    m_imageArea->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    // Always there: a scroll bar that came and went with the height would change the width the
    // image is fitted to, and fit it again.
    m_imageArea->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    // Fitted again whenever the space for it changes (the window shown, resized).
    m_imageArea->viewport()->installEventFilter(this);
    m_imageLabel = new QLabel(m_imageArea);
    m_imageLabel->setObjectName(QStringLiteral("documentImageLabel"));
    m_imageLabel->setAccessibleName(m_document.fileName);
    m_imageArea->setWidget(m_imageLabel);
    showImage();
    return m_imageArea;
}

int DocumentViewerDialog::pageCount() const
{
    if (m_pdf)
        return m_pdf->pageCount();
    return m_image.isNull() ? 0 : 1;
}

void DocumentViewerDialog::showImage()
{
    if (!m_imageLabel || m_image.isNull())
        return;
    const int available = std::max(1, m_imageArea->viewport()->width());
    const double scale =
        m_zoom > 0 ? m_zoom : static_cast<double>(available) / std::max(1, m_image.width());
    const QSize size = (QSizeF(m_image.size()) * scale).toSize().expandedTo(QSize(1, 1));
    m_imageLabel->setPixmap(
        QPixmap::fromImage(m_image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_imageLabel->resize(size);
}

void DocumentViewerDialog::zoomBy(double factor)
{
    if (m_pdfView) {
        const double current = m_pdfView->zoomFactor();
        m_pdfView->setZoomMode(QPdfView::ZoomMode::Custom);
        m_pdfView->setZoomFactor(std::clamp(current * factor, kMinZoom, kMaxZoom));
        return;
    }
    if (m_image.isNull())
        return;
    const double current =
        m_zoom > 0 ? m_zoom : static_cast<double>(m_imageLabel->width()) / m_image.width();
    m_zoom = std::clamp(current * factor, kMinZoom, kMaxZoom);
    showImage();
}

void DocumentViewerDialog::zoomIn()
{
    zoomBy(kZoomStep);
}

void DocumentViewerDialog::zoomOut()
{
    zoomBy(1 / kZoomStep);
}

void DocumentViewerDialog::fitWidth()
{
    if (m_pdfView) {
        m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
        return;
    }
    m_zoom = 0;
    showImage();
}

bool DocumentViewerDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (m_imageArea && watched == m_imageArea->viewport() && event->type() == QEvent::Resize &&
        m_zoom <= 0)
        showImage();
    return QDialog::eventFilter(watched, event);
}

void DocumentViewerDialog::print()
{
    DocumentPrinting::print(this, m_document, m_content);
}

void DocumentViewerDialog::saveCopy()
{
    saveCopyOf(m_documents, m_document, this);
}

void DocumentViewerDialog::saveCopyOf(DocumentService& documents, const CaseDocument& document,
                                      QWidget* parent)
{
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(document.fileName);
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save a copy"), start);
    if (path.isEmpty())
        return;
    if (const Status saved = documents.saveCopy(document.id, path); !saved) {
        logging::get("ui")->warn("copy of document {} not saved", document.id);
        showError(parent, tr("The copy was not saved"), saved.error().message);
    }
}

} // namespace opieka::ui
