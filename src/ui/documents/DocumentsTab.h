#pragma once

#include "CaseDocument.h"
#include "DocumentService.h"
#include "Session.h"

#include <QStringList>
#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace opieka::ui {

class DocumentsModel;

// The documents kept with one case (a family's record, a foster family, a child's placement):
// the list (metadata only), Attach… (also by dropping files on the tab), View (double-click or
// Enter), Print…, Save a copy… and Remove…. An account that may not change the case sees no
// Attach and no Remove. The list is read when the tab is shown, and again when shown after it
// was told to reload while hidden.
class DocumentsTab : public QWidget
{
    Q_OBJECT

public:
    // `owner`: none until the screen around the tab has a case selected (setOwner).
    DocumentsTab(const Session& session, std::optional<DocumentOwner> owner,
                 QWidget* parent = nullptr);
    ~DocumentsTab() override;

    // Shows the documents of `owner`; none shows `noOwnerText` ("Select a child…") instead.
    void setOwner(std::optional<DocumentOwner> owner, const QString& noOwnerText = QString());
    std::optional<DocumentOwner> owner() const { return m_owner; }
    DocumentsModel* model() const { return m_model; }
    qint64 selectedDocumentId() const;
    bool selectDocument(qint64 documentId);
    // Whether the account may attach and remove here (the buttons are shown).
    bool mayChange() const { return m_mayChange; }

public slots:
    void reload();
    void attach();
    // The attach dialog for each file in turn, its File filled in; stops when one is cancelled.
    void attachFiles(const QStringList& paths);
    void viewSelected();
    void printSelected();
    void saveCopyOfSelected();
    void removeSelected();

signals:
    // A document was attached or removed: what it stands for (a certificate's deadline, the
    // signed plan) may have changed elsewhere.
    void changed();

protected:
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void load();
    void updateButtons();
    std::optional<CaseDocument> selected() const;
    // The content of the selected document, read for a person to see it (audited); a refusal is
    // shown and gives none.
    std::optional<QByteArray> readSelected(const CaseDocument& document);

    Session m_session;
    DocumentService m_documents;
    std::optional<DocumentOwner> m_owner;
    QString m_noOwnerText;
    bool m_stale = true;
    bool m_mayChange = false;
    DocumentsModel* m_model = nullptr;
    QLabel* m_note = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_attachButton = nullptr;
    QPushButton* m_viewButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_saveCopyButton = nullptr;
    QPushButton* m_removeButton = nullptr;
};

} // namespace opieka::ui
