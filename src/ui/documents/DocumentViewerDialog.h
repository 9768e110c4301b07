#pragma once

#include "CaseDocument.h"
#include "DocumentService.h"
#include "Session.h"

#include <QBuffer>
#include <QDialog>
#include <QImage>
#include <memory>

class QLabel;
class QPdfDocument;
class QPdfView;
class QScrollArea;

namespace opieka::ui {

// "Document – <file name>": an attached document shown inside the program. A PDF through Qt PDF
// (read from memory, its pages drawn as they come into sight: a 20 MB file opens at once), an
// image scaled to the window's width; both zoom. Print… and Save a copy… from here too.
class DocumentViewerDialog : public QDialog
{
    Q_OBJECT

public:
    // `content`: what DocumentService::view() gave (the viewing is audited there).
    DocumentViewerDialog(const Session& session, const CaseDocument& document, QByteArray content,
                         QWidget* parent = nullptr);
    ~DocumentViewerDialog() override;

    // Reads the document (audited) and shows it; a refusal is shown instead.
    static void open(const Session& session, const CaseDocument& document, QWidget* parent);
    // Asks where to save a copy (the document's own name offered) and writes it there (audited);
    // a refusal (the open database, a folder, a link) is shown.
    static void saveCopyOf(DocumentService& documents, const CaseDocument& document,
                           QWidget* parent);

    bool isPdf() const { return m_pdf != nullptr; }
    // The PDF's pages (1 for an image, 0 for what could not be read).
    int pageCount() const;
    QPdfDocument* pdf() const { return m_pdf.get(); }
    const QImage& image() const { return m_image; }

public slots:
    void print();
    void saveCopy();
    void zoomIn();
    void zoomOut();
    void fitWidth();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createPdfView();
    QWidget* createImageView();
    // In place of the pages: why the document cannot be shown.
    QWidget* unreadable(const QString& message);
    void showImage();
    void zoomBy(double factor);

    DocumentService m_documents;
    CaseDocument m_document;
    QByteArray m_content;
    QBuffer m_buffer; // the PDF is read from here: declared before the document, outlives it
    std::unique_ptr<QPdfDocument> m_pdf;
    QPdfView* m_pdfView = nullptr;
    QImage m_image;
    QScrollArea* m_imageArea = nullptr;
    QLabel* m_imageLabel = nullptr;
    double m_zoom = 0; // the image's scale; 0: fit to the width
};

} // namespace opieka::ui
