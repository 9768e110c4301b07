#include "RemoveDocumentDialog.h"

#include "DialogParts.h"
#include "Labels.h"
#include "Logging.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace opieka::ui {

namespace {
constexpr int kMaxReasonLength = 1000;
}

RemoveDocumentDialog::RemoveDocumentDialog(const Session& session, const CaseDocument& document,
                                           QWidget* parent)
    : QDialog(parent)
    , m_documents(session)
    , m_document(document)
{
    setObjectName(QStringLiteral("removeDocumentDialog"));
    setWindowTitle(tr("Remove a document"));
    setAccessibleName(tr("Remove a document"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(newNote(
        this,
        tr("Remove %1 (%2 of %3)? Its content is deleted; who removed it, when and why stay "
           "recorded with the case.")
            .arg(document.fileName, documentKindLabel(document.kind), Labels::date(document.date)),
        QStringLiteral("removeDocumentQuestion")));

    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("removalReasonEdit"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    auto* label = new QLabel(tr("&Reason (required):"), this);
    label->setBuddy(m_reason);
    layout->addWidget(label);
    layout->addWidget(m_reason, 1);

    m_message = newMessageLine(this, QStringLiteral("removeDocumentMessage"), tr("What is wrong"));
    layout->addWidget(m_message);
    QDialogButtonBox* buttons =
        newOkCancel(this, QStringLiteral("removeDocumentOkButton"),
                    QStringLiteral("removeDocumentCancelButton"), tr("&Remove"));
    m_removeButton = buttons->button(QDialogButtonBox::Ok);
    m_removeButton->setEnabled(false);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_removeButton->setEnabled(!m_reason->toPlainText().trimmed().isEmpty()); });
    layout->addWidget(buttons);
    setMinimumWidth(480);
    m_reason->setFocus();
}

void RemoveDocumentDialog::accept()
{
    const QString reason = m_reason->toPlainText().trimmed();
    if (reason.isEmpty()) {
        showErrorLine(m_message, tr("Say why the document is removed."));
        return;
    }
    if (reason.size() > kMaxReasonLength) {
        showErrorLine(m_message, tr("The reason is %1 characters long; at most %2 are kept.")
                                     .arg(reason.size())
                                     .arg(kMaxReasonLength));
        return;
    }
    if (const Status removed = m_documents.remove(m_document.id, reason); !removed) {
        logging::get("ui")->warn("document {} not removed", m_document.id);
        showErrorLine(m_message, removed.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace opieka::ui
