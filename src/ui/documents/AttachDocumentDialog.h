#pragma once

#include "CaseDocument.h"
#include "DocumentService.h"
#include "Session.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace opieka::ui {

// "Attach a document": a PDF, JPEG or PNG file with its kind, its own date and a short
// description, attached to one case (a family's record, a foster family, a child's placement).
// A refusal (the file is too large, not what its name says, the date in the future...) is shown
// on the dialog, which stays open with everything typed.
class AttachDocumentDialog : public QDialog
{
    Q_OBJECT

public:
    AttachDocumentDialog(const Session& session, const DocumentOwner& owner,
                         QWidget* parent = nullptr);
    ~AttachDocumentDialog() override;

    // Fills the File field (a dropped file, a path typed elsewhere).
    void setFilePath(const QString& path);
    // The kinds that fit a document of `owner`, in the order the Kind list shows them: the
    // health certificate and the psychologist's opinion belong to a foster family, the signed
    // work plan to a family.
    static QList<DocumentKind> kindsFor(DocumentOwner::Kind owner);
    // The attached document's id once accepted, 0 before.
    qint64 documentId() const { return m_documentId; }

public slots:
    void accept() override;
    void chooseFile();

private:
    // The file's content, read only when it is a regular file within the size limit; else a
    // refusal naming the file.
    Result<QByteArray> readFile(const QString& path);
    void refuse(const QString& message, QWidget* focus);

    DocumentService m_documents;
    DocumentOwner m_owner;
    QLineEdit* m_file = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_about = nullptr; // a family's documents: the whole family or one member
    QDateEdit* m_date = nullptr;
    QLineEdit* m_description = nullptr;
    QLabel* m_message = nullptr;
    qint64 m_documentId = 0;
};

} // namespace opieka::ui
