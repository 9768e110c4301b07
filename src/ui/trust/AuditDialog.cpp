#include "AuditDialog.h"

#include "AuditModel.h"
#include "DialogParts.h"
#include "Logging.h"
#include "Messages.h"
#include "OutputFile.h"
#include "ReportTableModel.h"
#include "WindowSize.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace opieka::ui {
namespace {
enum Subject
{
    FamilySubject,
    UserSubject
};
} // namespace

AuditDialog::AuditDialog(AuditService audit, QWidget* parent)
    : QDialog(parent)
    , m_audit(audit)
    , m_model(new AuditModel(this))
{
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("Audit trail"));
    auto* layout = new QVBoxLayout(this);
    auto* choose = new QHBoxLayout;
    auto* label = new QLabel(tr("&Show the records of:"), this);
    m_subject = newComboBox(this, QStringLiteral("auditSubjectCombo"), tr("Whose records"));
    m_subject->addItem(tr("the family with id"), FamilySubject);
    m_subject->addItem(tr("the account with login"), UserSubject);
    label->setBuddy(m_subject);
    m_key = newLineEdit(this, QStringLiteral("auditKeyEdit"), tr("Family id or login"));
    auto* showButton = newButton(this, tr("S&how"), QStringLiteral("showAuditButton"));
    showButton->setDefault(true);
    choose->addWidget(label);
    choose->addWidget(m_subject);
    choose->addWidget(m_key, 1);
    choose->addWidget(showButton);
    layout->addLayout(choose);

    m_message = newNote(this, tr("Each reading of the audit trail is itself recorded in it."),
                        QStringLiteral("auditMessage"));
    layout->addWidget(m_message);

    m_table = newReportTable(QStringLiteral("auditTable"), tr("Audit records"), m_model, this,
                             {.selection = QAbstractItemView::ExtendedSelection});
    layout->addWidget(m_table, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeAuditButton"));
    m_csvButton = buttons->addButton(tr("Export &CSV…"), QDialogButtonBox::ActionRole);
    m_csvButton->setObjectName(QStringLiteral("exportAuditCsvButton"));
    m_csvButton->setEnabled(false);
    m_csvButton->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_csvButton, &QPushButton::clicked, this, &AuditDialog::askCsv);
    connect(showButton, &QPushButton::clicked, this, &AuditDialog::showChosen);
    connect(m_key, &QLineEdit::returnPressed, this, &AuditDialog::showChosen);
    layout->addWidget(buttons);
    resizeToFitScreen(this, QSize(1000, 560));
    m_key->setFocus();
}

void AuditDialog::showChosen()
{
    const QString key = m_key->text().trimmed();
    if (m_subject->currentData().toInt() == UserSubject) {
        if (key.isEmpty()) {
            m_message->setText(tr("Type the account's login."));
            return;
        }
        showUser(key);
        return;
    }
    bool number = false;
    const qint64 id = key.toLongLong(&number);
    if (!number || id <= 0) {
        m_message->setText(tr("Type the family's id: a whole number, as in the families list."));
        return;
    }
    showFamily(id);
}

bool AuditDialog::showFamily(qint64 familyId)
{
    m_subject->setCurrentIndex(m_subject->findData(FamilySubject));
    m_key->setText(QString::number(familyId));
    return display(m_audit.ofFamily(familyId), tr("family %1").arg(familyId));
}

bool AuditDialog::showUser(const QString& login)
{
    m_subject->setCurrentIndex(m_subject->findData(UserSubject));
    m_key->setText(login);
    return display(m_audit.ofUser(login), tr("account %1").arg(login));
}

bool AuditDialog::display(const Result<QList<AuditEntry>>& entries, const QString& what)
{
    if (!entries) {
        m_message->setText(entries.error().message);
        return false;
    }
    m_model->setEntries(*entries);
    m_shown = what;
    m_message->setText(tr("%n record(s) of %1. This reading is recorded in the audit trail.",
                          nullptr, static_cast<int>(entries->size()))
                           .arg(what));
    m_table->resizeColumnsToContents();
    // Values can be long JSON: keep them to a readable width, the tooltip has the rest.
    for (int column : {AuditModel::OldValuesColumn, AuditModel::NewValuesColumn})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 320));
    m_csvButton->setEnabled(!entries->isEmpty());
    logging::get("ui")->info("audit shown: {} records", entries->size());
    return true;
}

bool AuditDialog::exportCsv(const QString& path, QString* error)
{
    if (const Status written = OutputFile::write(path, m_model->csv()); !written) {
        *error = written.error().message; // names the path and why (a link, the database...)
        return false;
    }
    logging::get("ui")->info("audit written as CSV: {} records", m_model->rowCount());
    return true;
}

void AuditDialog::askCsv()
{
    QString stem = m_shown;
    stem.replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(QStringLiteral("audit-%1.csv").arg(stem));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), start,
                                                      tr("CSV files for a spreadsheet (*.csv)"));
    QString error;
    if (path.isEmpty() || exportCsv(path, &error))
        return;
    showError(this, tr("Cannot export the CSV"), error, QStringLiteral("auditErrorBox"));
}

} // namespace opieka::ui
