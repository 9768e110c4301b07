#include "AttachDocumentDialog.h"

#include "DialogParts.h"
#include "DocumentsModel.h"
#include "Logging.h"
#include "MemberService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace opieka::ui {

namespace {
// A field's label that gives the field its name (QLabel::setBuddy): what a screen reader reads
// out and the end-to-end tests look the field up by.
QLabel* labelFor(QWidget* parent, const QString& text, QWidget* field)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(field);
    return label;
}
} // namespace

AttachDocumentDialog::AttachDocumentDialog(const Session& session, const DocumentOwner& owner,
                                           QWidget* parent)
    : QDialog(parent)
    , m_documents(session)
    , m_owner(owner)
{
    setObjectName(QStringLiteral("attachDocumentDialog"));
    setWindowTitle(tr("Attach a document"));
    setAccessibleName(tr("Attach a document"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(newNote(this,
                              tr("A scanned PDF, JPEG or PNG file. It is kept in the database "
                                 "with the case; the file itself stays where it is."),
                              QStringLiteral("attachDocumentIntro")));

    auto* form = new QFormLayout;
    m_file = newLineEdit(this, QStringLiteral("documentFileEdit"), tr("File"));
    QPushButton* choose = newButton(this, tr("C&hoose…"), QStringLiteral("chooseDocumentButton"));
    choose->setAccessibleName(tr("Choose…"));
    connect(choose, &QPushButton::clicked, this, &AttachDocumentDialog::chooseFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    form->addRow(labelFor(this, tr("&File:"), m_file), fileRow);

    m_kind = newComboBox(this, QStringLiteral("documentKindCombo"), tr("Kind"));
    for (DocumentKind kind : kindsFor(owner.kind))
        m_kind->addItem(documentKindLabel(kind), documentKindName(kind));
    form->addRow(labelFor(this, tr("&Kind:"), m_kind), m_kind);

    // Whom a family's document is about: a member's erasure removes the documents about them. A
    // placement's is about the placed child (the service says so itself); a foster family's are
    // about the carers, not a member of a supported family.
    if (owner.kind == DocumentOwner::Kind::Family) {
        m_about = newComboBox(this, QStringLiteral("documentAboutCombo"), tr("About"));
        m_about->addItem(tr("The whole family"));
        auto members = MemberService(session).members(owner.id);
        if (members)
            for (const Member& member : *members)
                m_about->addItem(member.firstName + QLatin1Char(' ') + member.lastName, member.id);
        else
            logging::get("ui")->warn("members of family {} could not be read", owner.id);
        form->addRow(labelFor(this, tr("A&bout:"), m_about), m_about);
    }

    const QDate today = Clock::today();
    m_date = newDateEdit(this, today, QStringLiteral("documentDateEdit"), tr("Date"));
    // The document's own date (issued, signed): never a day still to come.
    m_date->setDateRange(QDate(1900, 1, 1), today);
    m_date->setToolTip(tr("The document's own date: the day it was issued or signed"));
    form->addRow(labelFor(this, tr("&Date:"), m_date), m_date);

    m_description = newLineEdit(this, QStringLiteral("documentDescriptionEdit"), tr("Description"));
    m_description->setMaxLength(DocumentService::kMaxDescriptionLength);
    m_description->setPlaceholderText(tr("e.g. the court's file number, who issued it"));
    form->addRow(labelFor(this, tr("D&escription:"), m_description), m_description);
    layout->addLayout(form);

    m_message = newMessageLine(this, QStringLiteral("attachDocumentMessage"), tr("What is wrong"));
    layout->addWidget(m_message);
    layout->addWidget(newOkCancel(this, QStringLiteral("attachDocumentOkButton"),
                                  QStringLiteral("attachDocumentCancelButton"), tr("&Attach")));
    setMinimumWidth(560);
    m_file->setFocus();
}

AttachDocumentDialog::~AttachDocumentDialog() = default;

QList<DocumentKind> AttachDocumentDialog::kindsFor(DocumentOwner::Kind owner)
{
    QList<DocumentKind> kinds{DocumentKind::CourtOrder};
    if (owner == DocumentOwner::Kind::Family)
        kinds << DocumentKind::SignedWorkPlan;
    if (owner == DocumentOwner::Kind::FosterFamily)
        kinds << DocumentKind::HealthCertificate << DocumentKind::PsychologistOpinion;
    kinds << DocumentKind::BlueCardForm << DocumentKind::Letter << DocumentKind::Other;
    return kinds;
}

void AttachDocumentDialog::setFilePath(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

void AttachDocumentDialog::chooseFile()
{
    const QString typed = QDir::fromNativeSeparators(m_file->text().trimmed());
    const QString start = typed.isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : QFileInfo(typed).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the document"), start,
        tr("Documents (*.pdf *.jpg *.jpeg *.png *.PDF *.JPG *.JPEG *.PNG);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void AttachDocumentDialog::refuse(const QString& message, QWidget* focus)
{
    m_message->setText(message);
    if (focus)
        focus->setFocus();
}

Result<QByteArray> AttachDocumentDialog::readFile(const QString& path)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.exists())
        return badInput(tr("There is no file %1.").arg(name));
    // A folder, a device or a pipe could never be read whole (or never end): refused unread.
    if (!info.isFile())
        return badInput(tr("%1 is not a file.").arg(name));
    const Result<qint64> limit = m_documents.maxBytes();
    if (!limit)
        return limit.error();
    // The size is checked before anything is read: a file too large is never loaded.
    if (info.size() > *limit)
        return badInput(tr("%1 is %2; a document may have at most %3.")
                            .arg(info.fileName(), DocumentsModel::sizeText(info.size()),
                                 DocumentsModel::sizeText(*limit)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return badInput(tr("%1 cannot be read: %2").arg(name, file.errorString()));
    // One byte more than allowed tells a file that grew since it was looked at.
    QByteArray content = file.read(*limit + 1);
    if (content.size() > *limit)
        return badInput(tr("%1 is larger than the %2 a document may have.")
                            .arg(info.fileName(), DocumentsModel::sizeText(*limit)));
    return content;
}

void AttachDocumentDialog::accept()
{
    m_message->clear();
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty()) {
        refuse(tr("Choose the file to attach."), m_file);
        return;
    }
    Result<QByteArray> content = readFile(path);
    if (!content) {
        refuse(content.error().message, m_file);
        return;
    }
    const QString fileName = QFileInfo(path).fileName();
    // Told by the content, before anything is stored: a PNG named .pdf, a Word file.
    if (auto format = m_documents.checkFile(fileName, *content); !format) {
        refuse(format.error().message, m_file);
        return;
    }
    NewDocument document;
    document.owner = m_owner;
    document.kind =
        parseDocumentKind(m_kind->currentData().toString()).value_or(DocumentKind::Other);
    document.date = m_date->date();
    document.description = m_description->text().trimmed();
    if (m_about && m_about->currentData().isValid())
        document.memberId = m_about->currentData().toLongLong();
    document.fileName = fileName;
    document.content = std::move(*content);
    auto attached = m_documents.attach(std::move(document));
    if (!attached) {
        logging::get("ui")->warn("document not attached");
        refuse(attached.error().message, nullptr);
        return;
    }
    m_documentId = *attached;
    QDialog::accept();
}

} // namespace opieka::ui
