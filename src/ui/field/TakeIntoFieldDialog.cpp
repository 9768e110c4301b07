#include "TakeIntoFieldDialog.h"

#include "BackgroundWork.h"
#include "Clock.h"
#include "DialogParts.h"
#include "DirectoryService.h"
#include "Logging.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

namespace opieka::ui {

TakeIntoFieldDialog::TakeIntoFieldDialog(const Session& centre, QWidget* parent)
    : QDialog(parent)
    , m_centre(centre)
{
    setObjectName(QStringLiteral("takeIntoFieldDialog"));
    setWindowTitle(tr("Take Cases into the Field"));
    setAccessibleName(tr("Take cases into the field"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(newNote(
        this,
        tr("A field copy holds the cases of one worker, to work on them without a connection and "
           "sync them back later. The copy leaves the building: it is encrypted with the "
           "passphrase you choose here. Keep the passphrase safe. It cannot be recovered: without "
           "it nobody, not even the centre, can open the copy."),
        QStringLiteral("takeIntoFieldIntro")));

    auto* form = new QFormLayout;
    m_worker = newComboBox(this, QStringLiteral("fieldWorkerCombo"), tr("Worker"));
    const User& actor = m_centre.actor();
    const bool manager = actor.role == Role::Manager;
    DirectoryService directory(m_centre);
    if (manager) {
        if (auto workers = directory.workers(); workers) {
            const QDate today = Clock::today();
            for (const Worker& worker : *workers)
                if (worker.isActiveOn(today))
                    m_worker->addItem(worker.displayName(), worker.id);
        }
    } else if (actor.workerId) {
        auto own = directory.worker(*actor.workerId);
        const QString name =
            own && *own ? (*own)->displayName() : tr("Worker no. %1").arg(*actor.workerId);
        m_worker->addItem(name, *actor.workerId);
    }
    if (actor.workerId)
        m_worker->setCurrentIndex(std::max(0, m_worker->findData(*actor.workerId)));
    // Only a manager prepares a copy for someone else.
    m_worker->setEnabled(manager && m_worker->count() > 1);
    form->addRow(tr("&Worker:"), m_worker);

    m_path = newLineEdit(this, QStringLiteral("fieldFileEdit"), tr("File of the field copy"));
    m_path->setText(QDir::toNativeSeparators(defaultPath()));
    QPushButton* browse = newButton(this, tr("C&hoose…"), QStringLiteral("fieldFileButton"));
    browse->setAccessibleName(tr("Choose the file of the field copy"));
    connect(browse, &QPushButton::clicked, this, &TakeIntoFieldDialog::chooseFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    // A row of a layout gets no buddy from addRow: the label names its field itself.
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);

    m_passphrase = newLineEdit(this, QStringLiteral("fieldPassphraseEdit"),
                               tr("Field-copy passphrase"), QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    m_repeat = newLineEdit(this, QStringLiteral("fieldPassphraseRepeatEdit"),
                           tr("Field-copy passphrase again"), QLineEdit::Password);
    form->addRow(tr("Passphrase &again:"), m_repeat);
    layout->addLayout(form);
    auto* hint = new QLabel(tr("At least %1 characters. It is not your account's password.")
                                .arg(kMinimumPassphraseLength),
                            this);
    hint->setObjectName(QStringLiteral("fieldPassphraseHint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("takeIntoFieldProgress"));
    m_progress->setAccessibleName(tr("Progress of the field copy"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_message = newMessageLine(this, QStringLiteral("takeIntoFieldMessage"), tr("What is wrong"));
    layout->addWidget(m_message);
    QDialogButtonBox* buttons =
        newOkCancel(this, QStringLiteral("takeIntoFieldOkButton"),
                    QStringLiteral("takeIntoFieldCancelButton"), tr("&Take the Cases"));
    layout->addWidget(buttons);
    m_passphrase->setFocus();
    setMinimumWidth(520);
}

TakeIntoFieldDialog::~TakeIntoFieldDialog() = default;

QString TakeIntoFieldDialog::defaultPath()
{
    // A file name keeps the ISO date: it sorts, and it is the same in every language.
    return QDir(QDir::homePath())
        .filePath(QStringLiteral("opieka-field-%1.opieka")
                      .arg(Clock::today().toString(QStringLiteral("yyyy-MM-dd"))));
}

QString TakeIntoFieldDialog::describe(const FieldCheckoutReport& report)
{
    return tr("The field copy holds %1, %2, %3 and %4.")
               .arg(tr("%n family(ies)", nullptr, report.families),
                    tr("%n foster family(ies)", nullptr, report.fosterFamilies),
                    tr("%n family member(s)", nullptr, report.members),
                    tr("%n visit(s) and contact(s)", nullptr, report.visits)) +
           QLatin1Char('\n') +
           tr("It is saved in %1. Take it with you and open it in Opieka with its passphrase.")
               .arg(QDir::toNativeSeparators(report.path));
}

void TakeIntoFieldDialog::chooseFile()
{
    const QString start = m_path->text().trimmed().isEmpty() ? defaultPath() : m_path->text();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("File of the Field Copy"), start,
                                     tr("Opieka field copies (*.opieka);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void TakeIntoFieldDialog::refuse(const QString& message, QWidget* focus)
{
    m_message->setText(message);
    if (focus)
        focus->setFocus();
}

void TakeIntoFieldDialog::accept()
{
    m_message->clear();
    if (m_worker->currentIndex() < 0) {
        refuse(tr("There is no worker whose cases could go: this account is not a worker's."),
               m_worker);
        return;
    }
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty()) {
        refuse(tr("Choose the file of the field copy."), m_path);
        return;
    }
    if (QFileInfo::exists(path)) {
        refuse(tr("%1 exists already. A field copy never replaces a file: choose a new name.")
                   .arg(QDir::toNativeSeparators(path)),
               m_path);
        return;
    }
    if (m_passphrase->text() != m_repeat->text()) {
        m_repeat->clear();
        refuse(tr("The two passphrases differ."), m_repeat);
        return;
    }
    if (m_passphrase->text().size() < kMinimumPassphraseLength) {
        refuse(tr("The passphrase needs at least %1 characters.").arg(kMinimumPassphraseLength),
               m_passphrase);
        return;
    }
    QByteArray passphrase = m_passphrase->text().toUtf8();
    const qint64 workerId = m_worker->currentData().toLongLong();
    const User actor = m_centre.actor();
    auto report = std::make_shared<FieldCheckoutReport>();
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    const auto progress = BackgroundWork::progressOn(m_progress);
    const QString error =
        BackgroundWork::run(Workspace::locationOf(m_centre.database()), this,
                            tr("Taking the cases into the field…"), [&](Database& db) {
                                auto made = FieldCheckout::checkout(Session(db, actor), workerId,
                                                                    path, passphrase, progress);
                                if (!made)
                                    return made.error().message;
                                *report = *made;
                                return QString();
                            });
    passphrase.fill('\0');
    if (!error.isEmpty()) {
        m_progress->setVisible(false);
        logging::get("ui")->warn("taking cases into the field failed");
        refuse(error, m_path);
        return;
    }
    m_report = *report;
    if (m_report.path.isEmpty())
        m_report.path = path;
    m_passphrase->clear();
    m_repeat->clear();
    logging::get("ui")->info("field copy taken for worker {}", workerId);
    QDialog::accept();
}

} // namespace opieka::ui
