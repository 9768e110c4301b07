#pragma once

#include "CaseDocument.h"
#include "DocumentService.h"
#include "Session.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace opieka::ui {

// Removes an attached document: a recorded decision with its reason (who, when and why stay in
// the list of removals; the content goes). The reason is required.
class RemoveDocumentDialog : public QDialog
{
    Q_OBJECT

public:
    RemoveDocumentDialog(const Session& session, const CaseDocument& document,
                         QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    DocumentService m_documents;
    CaseDocument m_document;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_removeButton = nullptr;
};

} // namespace opieka::ui
