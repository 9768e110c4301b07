#include "DocumentsTab.h"

#include "AttachDocumentDialog.h"
#include "ColumnFitter.h"
#include "DialogParts.h"
#include "DocumentPrinting.h"
#include "DocumentViewerDialog.h"
#include "DocumentsModel.h"
#include "Logging.h"
#include "Messages.h"
#include "RemoveDocumentDialog.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace opieka::ui {

namespace {
// The local files among what is dragged (a file manager's selection); none for anything else.
QStringList localFiles(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    return paths;
}
} // namespace

DocumentsTab::DocumentsTab(const Session& session, std::optional<DocumentOwner> owner,
                           QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_documents(session)
    , m_owner(owner)
    , m_model(new DocumentsModel(this))
{
    setObjectName(QStringLiteral("documentsTab"));
    setAccessibleName(tr("Documents"));
    m_model->setObjectName(QStringLiteral("documentsModel"));
    auto* layout = new QVBoxLayout(this);

    m_attachButton = newButton(this, tr("&Attach…"), QStringLiteral("attachDocumentButton"));
    m_attachButton->setToolTip(tr("Attach a PDF, JPEG or PNG file (or drop it on this list)"));
    m_viewButton = newButton(this, tr("&View"), QStringLiteral("viewDocumentButton"));
    m_printButton = newButton(this, tr("&Print…"), QStringLiteral("printDocumentButton"));
    m_saveCopyButton =
        newButton(this, tr("&Save a copy…"), QStringLiteral("saveDocumentCopyButton"));
    m_removeButton = newButton(this, tr("&Remove…"), QStringLiteral("removeDocumentButton"));
    addButtonRow(layout,
                 {m_attachButton, m_viewButton, m_printButton, m_saveCopyButton, m_removeButton});

    m_note = newNote(this, QString(), QStringLiteral("documentsNote"));
    m_note->setAccessibleName(tr("About the documents"));
    layout->addWidget(m_note);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("documentsTable"));
    m_table->setAccessibleName(tr("Documents"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The dates, sizes and names stay whole; descriptions and file names give way.
    ColumnFitter::attach(m_table, {DocumentsModel::DescriptionColumn, DocumentsModel::FileColumn});
    layout->addWidget(m_table, 1);
    setAcceptDrops(true);

    connect(m_attachButton, &QPushButton::clicked, this, &DocumentsTab::attach);
    connect(m_viewButton, &QPushButton::clicked, this, &DocumentsTab::viewSelected);
    connect(m_printButton, &QPushButton::clicked, this, &DocumentsTab::printSelected);
    connect(m_saveCopyButton, &QPushButton::clicked, this, &DocumentsTab::saveCopyOfSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &DocumentsTab::removeSelected);
    connect(m_table, &QTableView::activated, this, &DocumentsTab::viewSelected);
    // The selection, not the current row: selectRow() moves the current row before it selects.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DocumentsTab::updateButtons);
    updateButtons();
    // Reads nothing yet: the list is read when the tab is first shown.
}

DocumentsTab::~DocumentsTab() = default;

void DocumentsTab::setOwner(std::optional<DocumentOwner> owner, const QString& noOwnerText)
{
    m_noOwnerText = noOwnerText;
    if (owner == m_owner && !m_stale) {
        if (!m_owner)
            m_note->setText(m_noOwnerText);
        return;
    }
    m_owner = owner;
    reload();
}

void DocumentsTab::reload()
{
    m_stale = true;
    if (isVisible())
        load();
}

void DocumentsTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        load();
}

void DocumentsTab::load()
{
    m_stale = false;
    const qint64 selectedId = selectedDocumentId();
    if (!m_owner) {
        m_mayChange = false;
        m_model->setDocuments({});
        m_note->setText(m_noOwnerText);
        updateButtons();
        return;
    }
    m_mayChange = m_documents.mayChangeDocuments(*m_owner).ok();
    auto documents = m_documents.documents(*m_owner);
    if (!documents) {
        logging::get("ui")->error("documents could not be listed");
        m_model->setDocuments({});
        m_note->setText(documents.error().message);
        updateButtons();
        return;
    }
    m_model->setDocuments(*documents);
    if (!documents->isEmpty())
        m_note->clear();
    else if (m_mayChange)
        m_note->setText(tr("No documents yet. Attach a scanned PDF, JPEG or PNG file with "
                           "Attach…, or drop the file here."));
    else
        m_note->setText(tr("No documents yet."));
    if (!selectDocument(selectedId) && m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

void DocumentsTab::updateButtons()
{
    const bool any = selected().has_value();
    m_note->setVisible(!m_note->text().isEmpty());
    m_attachButton->setVisible(m_mayChange);
    m_removeButton->setVisible(m_mayChange);
    m_attachButton->setEnabled(m_owner.has_value());
    for (QPushButton* button : {m_viewButton, m_printButton, m_saveCopyButton, m_removeButton})
        button->setEnabled(any);
}

qint64 DocumentsTab::selectedDocumentId() const
{
    const std::optional<CaseDocument> document = selected();
    return document ? document->id : 0;
}

bool DocumentsTab::selectDocument(qint64 documentId)
{
    const int row = documentId > 0 ? m_model->rowOf(documentId) : -1;
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

std::optional<CaseDocument> DocumentsTab::selected() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && m_table->selectionModel()->isRowSelected(current.row())
               ? m_model->rowAt(current.row())
               : std::nullopt;
}

void DocumentsTab::attach()
{
    attachFiles({QString()});
}

void DocumentsTab::attachFiles(const QStringList& paths)
{
    if (!m_owner || !m_mayChange)
        return;
    qint64 attached = 0;
    for (const QString& path : paths) {
        AttachDocumentDialog dialog(m_session, *m_owner, this);
        if (!path.isEmpty())
            dialog.setFilePath(path);
        if (dialog.exec() != QDialog::Accepted)
            break;
        attached = dialog.documentId();
    }
    if (attached == 0)
        return;
    load();
    selectDocument(attached);
    emit changed();
}

std::optional<QByteArray> DocumentsTab::readSelected(const CaseDocument& document)
{
    auto content = m_documents.view(document.id);
    if (!content) {
        logging::get("ui")->warn("document {} not read", document.id);
        showError(this, tr("Cannot open the document"), content.error().message);
        return std::nullopt;
    }
    return std::move(*content);
}

void DocumentsTab::viewSelected()
{
    const std::optional<CaseDocument> document = selected();
    if (!document)
        return;
    const std::optional<QByteArray> content = readSelected(*document);
    if (!content)
        return;
    DocumentViewerDialog viewer(m_session, *document, *content, this);
    viewer.exec();
}

void DocumentsTab::printSelected()
{
    const std::optional<CaseDocument> document = selected();
    if (!document)
        return;
    if (const std::optional<QByteArray> content = readSelected(*document))
        DocumentPrinting::print(this, *document, *content);
}

void DocumentsTab::saveCopyOfSelected()
{
    if (const std::optional<CaseDocument> document = selected())
        DocumentViewerDialog::saveCopyOf(m_documents, *document, this);
}

void DocumentsTab::removeSelected()
{
    const std::optional<CaseDocument> document = selected();
    if (!document || !m_mayChange)
        return;
    RemoveDocumentDialog dialog(m_session, *document, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    load();
    emit changed();
}

void DocumentsTab::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_owner && m_mayChange && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void DocumentsTab::dragMoveEvent(QDragMoveEvent* event)
{
    if (m_owner && m_mayChange && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void DocumentsTab::dropEvent(QDropEvent* event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (!m_owner || !m_mayChange || paths.isEmpty())
        return;
    event->acceptProposedAction();
    // Opened after the drop has finished: the file manager is not kept waiting on the dialog.
    QMetaObject::invokeMethod(
        this, [this, paths] { attachFiles(paths); }, Qt::QueuedConnection);
}

} // namespace opieka::ui
