#include "RecordTab.h"

#include "Messages.h"

#include <QDialog>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QStandardPaths>
#include <QTableView>
#include <algorithm>

namespace opieka::ui {

namespace {

void fitColumns(QTableView* table)
{
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    table->resizeColumnsToContents();
    for (int column = 0; column < header->count(); ++column)
        header->resizeSection(
            column, std::max(header->sectionSize(column), header->sectionSizeHint(column) + 16));
}

} // namespace

RecordTab::RecordTab(const Session& session, qint64 familyId, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_familyId(familyId)
{}

bool RecordTab::handle(const Status& status, const QString& title)
{
    if (!status) {
        ui::showError(this, title, status.error().message);
        return false;
    }
    emit changed();
    return true;
}

void RecordTab::runDialog(QDialog& dialog)
{
    if (dialog.exec() == QDialog::Accepted)
        emit changed();
}

QString RecordTab::askPdfPath(const QString& title, const QString& fileName)
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                          QLatin1Char('/') + fileName;
    return QFileDialog::getSaveFileName(this, title, start, tr("PDF (*.pdf)"));
}

void RecordTab::fitColumnsOnce(std::initializer_list<QTableView*> tables)
{
    if (m_columnsFitted)
        return;
    for (QTableView* table : tables)
        fitColumns(table);
    m_columnsFitted = true;
}

int RecordTab::selectedRow(const QTableView* table)
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

} // namespace opieka::ui
