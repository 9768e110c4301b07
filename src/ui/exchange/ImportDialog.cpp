#include "ImportDialog.h"

#include "DataSet.h"
#include "DuplicateReasons.h"
#include "Labels.h"
#include "Logging.h"
#include "Workspace.h"
#include "ui_ImportDialog.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QThread>

namespace opieka::ui {
namespace {
QString dataSetLabel(DataSet set)
{
    switch (set) {
    case DataSet::Workers:
        return ImportDialog::tr("Workers");
    case DataSet::Families:
        return ImportDialog::tr("Families");
    case DataSet::Assignments:
        return ImportDialog::tr("Assignments of workers to cases");
    case DataSet::Members:
        return ImportDialog::tr("Household members");
    case DataSet::Visits:
        return ImportDialog::tr("Visits and contacts");
    case DataSet::FosterFamilies:
        return ImportDialog::tr("Foster families");
    case DataSet::Placements:
        return ImportDialog::tr("Children placed in foster care");
    }
    return dataSetName(set);
}

// Workers and families first: the later data sets refer to them.
constexpr DataSet kOrder[] = {DataSet::Workers,   DataSet::Families, DataSet::Assignments,
                              DataSet::Members,   DataSet::Visits,   DataSet::FosterFamilies,
                              DataSet::Placements};
} // namespace

ImportDialog::ImportDialog(QString databasePath, User actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::ImportDialog>())
    , m_databasePath(std::move(databasePath))
    , m_actor(std::move(actor))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("importDialog"));
    for (DataSet set : kOrder)
        m_ui->dataSetCombo->addItem(dataSetLabel(set), dataSetName(set));
    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setAccessibleName(tr("Import the file"));
    m_importButton->setDefault(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)
        ->setObjectName(QStringLiteral("cancelImportButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)
        ->setObjectName(QStringLiteral("closeImportButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel import"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel the import"));
    m_ui->progressBar->setRange(0, 100);
    m_ui->progressBar->hide();
    m_ui->problemsEdit->hide();

    connect(m_ui->dataSetCombo, &QComboBox::currentIndexChanged, this,
            &ImportDialog::describeDataSet);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Cancel), &QPushButton::clicked, this,
            &ImportDialog::cancelImport);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Close), &QPushButton::clicked, this,
            &ImportDialog::reject);
    describeDataSet();
    setRunning(false);
}

ImportDialog::~ImportDialog()
{
    // The import's thread reports to this dialog: it ends (rolled back) before the dialog goes.
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void ImportDialog::describeDataSet()
{
    const auto set = parseDataSet(m_ui->dataSetCombo->currentData().toString());
    if (!set)
        return;
    const ColumnSpec columns = columnsOf(*set);
    QStringList required;
    for (const QString& column : columns.all)
        if (!columns.optional.contains(column))
            required << column;
    QString text = tr("Header row: %1").arg(required.join(QStringLiteral(", ")));
    if (!columns.optional.isEmpty())
        text += QLatin1Char('\n') +
                tr("Optional columns: %1").arg(columns.optional.join(QStringLiteral(", ")));
    m_ui->columnsLabel->setText(text);
    m_ui->strictCheck->setEnabled(*set == DataSet::Assignments && !isRunning());
}

void ImportDialog::chooseFile()
{
    const QString start = m_ui->fileEdit->text().isEmpty()
                              ? QDir::homePath()
                              : QFileInfo(m_ui->fileEdit->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the CSV file"), start,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
}

void ImportDialog::setRunning(bool running)
{
    m_ui->dataSetCombo->setEnabled(!running);
    m_ui->fileEdit->setEnabled(!running);
    m_ui->browseButton->setEnabled(!running);
    m_importButton->setEnabled(!running);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setVisible(running);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setVisible(!running);
    m_ui->progressBar->setVisible(running || m_ui->progressBar->value() > 0);
    if (running)
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setFocus();
    describeDataSet();
}

void ImportDialog::startImport()
{
    if (isRunning())
        return;
    const auto set = parseDataSet(m_ui->dataSetCombo->currentData().toString());
    const QString path = QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed());
    m_ui->problemsEdit->clear();
    m_ui->problemsEdit->hide();
    if (path.isEmpty() || !set) {
        m_ui->statusLabel->setText(tr("Choose the CSV file to import first."));
        m_ui->fileEdit->setFocus();
        return;
    }
    const bool strict = *set == DataSet::Assignments && m_ui->strictCheck->isChecked();
    m_importedPath = path;

    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto result = std::make_shared<std::optional<Result<ImportSummary>>>();
    m_thread = QThread::create([this, databasePath = m_databasePath, actor = m_actor, set = *set,
                                path, strict, cancel = m_cancel, result] {
        auto opened = Workspace::connect(databasePath);
        if (!opened) {
            *result = opened.error();
            return;
        }
        // The dialog outlives this thread (its destructor waits), so the progress may be posted
        // to it; the answer says whether to go on.
        Database& database = (*opened)->database();
        *result = ImportService(Session(database, actor))
                      .importFile(set, path, strict, QDate::currentDate(),
                                  [this, cancel](qint64 bytesRead, qint64 bytesTotal) {
                                      QMetaObject::invokeMethod(
                                          this,
                                          [this, bytesRead, bytesTotal] {
                                              showProgress(bytesRead, bytesTotal);
                                          },
                                          Qt::QueuedConnection);
                                      return !cancel->load();
                                  });
    });
    m_thread->setObjectName(QStringLiteral("import"));
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        finish(result->value_or(Error{ErrorKind::Storage, tr("The import did not run.")}));
    });
    m_ui->progressBar->setRange(0, 100);
    m_ui->progressBar->setValue(0);
    m_ui->statusLabel->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    setRunning(true);
    logging::get("ui")->info("import of {} started", dataSetName(*set).toStdString());
    m_thread->start(QThread::LowPriority);
}

void ImportDialog::showProgress(qint64 bytesRead, qint64 bytesTotal)
{
    if (!isRunning() || m_cancel->load())
        return;
    if (bytesTotal <= 0 || bytesRead >= bytesTotal) {
        // Every row is read: what is left (the checks of the whole, the commit) has no steps.
        m_ui->progressBar->setRange(0, 0);
        m_ui->statusLabel->setText(tr("Every row is read; saving…"));
        return;
    }
    m_ui->progressBar->setValue(static_cast<int>(bytesRead * 100 / bytesTotal));
    m_ui->statusLabel->setText(
        tr("Reading the rows: %1 of %2 read…")
            .arg(QLocale().formattedDataSize(bytesRead), QLocale().formattedDataSize(bytesTotal)));
}

void ImportDialog::cancelImport()
{
    if (!isRunning())
        return;
    m_cancel->store(true);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(false);
    m_ui->statusLabel->setText(tr("Cancelling: nothing of the file will be kept…"));
}

void ImportDialog::reject()
{
    // Closing while the import runs cancels it; the dialog stays until it has stopped.
    if (isRunning()) {
        cancelImport();
        return;
    }
    QDialog::reject();
}

void ImportDialog::finish(const Result<ImportSummary>& result)
{
    const bool cancelled = m_cancel->load();
    m_ui->progressBar->setRange(0, 100);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(true);
    if (result) {
        m_imported = result->imported;
        m_ui->progressBar->setValue(100);
        QString text = tr("Imported %n row(s). The record of the import is in the audit trail.",
                          nullptr, result->imported);
        if (result->dataSet == DataSet::Assignments && result->workersOverLimit > 0)
            text += QLatin1Char(' ') +
                    tr("%n worker(s) are over their limits on %1: see the caseload report.",
                       nullptr, result->workersOverLimit)
                        .arg(Labels::date(result->checkedOn));
        if (!result->likelyDuplicates.isEmpty()) {
            // Imported all the same (issue 21): the rows and the records they look like are
            // listed to be read and copied, by the file's line and the record's number.
            text += QLatin1Char(' ') +
                    tr("%n of them look(s) like records already in the register, listed below: "
                       "check them before working on the new records.",
                       nullptr, static_cast<int>(result->likelyDuplicates.size()));
            // As the CLI's lines, with the reasons in words (the CLI keeps the codes). All the
            // values in one arg(): a "%1" in the file's path stays as it is.
            QStringList lines;
            for (const ImportedDuplicate& found : result->likelyDuplicates) {
                const QString line = QString::number(found.line);
                const QString existing = QString::number(found.existingId);
                const QString score = QString::number(found.score);
                const QString reasons = DuplicateReasons::text(found.reasons);
                lines << (result->dataSet == DataSet::Families
                              ? tr("%1:%2: likely the same as family %3 already in the register "
                                   "(score %4: %5)")
                                    .arg(m_importedPath, line, existing, score, reasons)
                              : tr("%1:%2: likely the same as member %3 of family %4 already in "
                                   "the register (score %5: %6)")
                                    .arg(m_importedPath, line, existing,
                                         QString::number(found.existingFamilyId), score, reasons));
            }
            m_ui->problemsEdit->setPlainText(lines.join(QLatin1Char('\n')));
            m_ui->problemsEdit->show();
        }
        m_ui->statusLabel->setText(text);
        setRunning(false);
        emit imported(result->imported);
        return;
    }
    m_ui->progressBar->setValue(0);
    if (cancelled) {
        m_ui->statusLabel->setText(tr("The import was cancelled; nothing was imported."));
    } else {
        // One problem is said in the status; several (each row to correct, with its line) are
        // listed below it, to be read and copied.
        const QString message = result.error().message;
        if (!message.contains(QLatin1Char('\n'))) {
            m_ui->statusLabel->setText(message);
        } else {
            m_ui->statusLabel->setText(
                tr("Nothing was imported. Correct these lines of the file and import it again:"));
            m_ui->problemsEdit->setPlainText(message);
            m_ui->problemsEdit->show();
        }
    }
    setRunning(false);
}

bool ImportDialog::waitForIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (isRunning() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    QCoreApplication::processEvents();
    return !isRunning();
}

} // namespace opieka::ui
