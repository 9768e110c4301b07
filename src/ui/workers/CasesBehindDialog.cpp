#include "CasesBehindDialog.h"

#include "ColumnFitter.h"
#include "DialogParts.h"
#include "Labels.h"
#include "ReportDocuments.h"
#include "ReportTableModel.h"
#include "WindowSize.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace opieka::ui {

CasesBehindDialog::CasesBehindDialog(const QString& title, const QString& explanation,
                                     const QList<CountedCase>& cases,
                                     const QHash<qint64, QString>& workerNames, QWidget* parent)
    : QDialog(parent)
    , m_model(newModel(this))
    , m_table(newReportTable(QStringLiteral("casesBehindTable"), tr("Cases behind the figure"),
                             m_model, this))
{
    setObjectName(QStringLiteral("casesBehindDialog"));
    setAccessibleName(title);
    setWindowTitle(title);
    resizeToFitScreen(this, QSize(940, 480));
    m_model->setRows(rows(cases, workerNames));

    auto* label = newNote(this, explanation, QStringLiteral("casesBehindLabel"));
    ColumnFitter::attach(m_table, {0, 1, 2, 4}); // worker, case, municipality, reason
    // The worker column only when the cases are several workers' (the explanation names one).
    QSet<qint64> workers;
    for (const CountedCase& c : cases)
        if (c.workerId != 0)
            workers.insert(c.workerId);
    m_table->setColumnHidden(0, workers.size() < 2);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("casesBehindButtons"));
    QPushButton* open = buttons->addButton(tr("&Open record"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openCaseButton"));
    open->setEnabled(m_model->rowCount() > 0);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(open, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            openRow(current.row());
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { openRow(index.row()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

CasesBehindDialog* CasesBehindDialog::open(const QString& title, const QString& explanation,
                                           const QList<CountedCase>& cases,
                                           const QHash<qint64, QString>& workerNames,
                                           QWidget* parent)
{
    auto* dialog = new CasesBehindDialog(title, explanation, cases, workerNames, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

ReportTableModel* CasesBehindDialog::newModel(QObject* parent)
{
    return new ReportTableModel(
        {tr("Worker"), tr("Case"), tr("Municipality"), tr("Since"), tr("Override reason")}, {},
        parent);
}

QList<ReportTableRow> CasesBehindDialog::rows(const QList<CountedCase>& cases,
                                              const QHash<qint64, QString>& workerNames)
{
    QList<ReportTableRow> rows;
    for (const CountedCase& c : cases) {
        ReportTableRow row;
        row.cells = QStringList{workerNames.value(c.workerId), ReportDocuments::caseText(c),
                                c.municipality, Labels::date(c.from), c.overrideReason};
        if (!c.overrideReason.isEmpty())
            row.background = Labels::statusBackground(LoadStatus::Over);
        row.id = c.caseRef.id;
        row.kind = static_cast<int>(c.caseRef.kind);
        rows << row;
    }
    return rows;
}

void CasesBehindDialog::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const ReportTableRow& r = m_model->rows().at(row);
    if (r.kind == static_cast<int>(CaseKind::Family))
        emit openFamilyRequested(r.id);
    else
        emit showFosterFamilyRequested(r.id);
}

} // namespace opieka::ui
