#pragma once

#include "ReportTableRow.h"
#include "RowTableModel.h"

#include <QAbstractItemView>
#include <QSet>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace opieka::ui {

// A read-only table of formatted report rows (statistics, deadlines, the cases behind a
// figure, overrides): the services compute, the screens only show.
class ReportTableModel : public RowTableModel<ReportTableRow>
{
    Q_OBJECT

public:
    enum DataRole
    {
        IdRole = Qt::UserRole + 1,
        KindRole,
    };

    ReportTableModel(QStringList headers, QSet<int> numericColumns, QObject* parent = nullptr);

    using RowTableModel::setRows;
    void setHeaders(const QStringList& headers); // as many as before

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant roleData(const ReportTableRow& row, int column, int role) const override;

    QStringList m_headers; // translated by the screen that shows the report
};

// How a read-only table differs from the reports' own: the audit lets several rows be selected,
// the accounts list wraps its text.
struct TableOptions
{
    QAbstractItemView::SelectionMode selection = QAbstractItemView::SingleSelection;
    bool wordWrap = false;
};

// A read-only view of whole rows as the report screens show them: no editing, one row selected,
// no wrapping, no row numbers, the last column stretched.
QTableView* newReportTable(const QString& name, const QString& accessibleName,
                           QAbstractItemModel* model, QWidget* parent,
                           const TableOptions& options = {});

} // namespace opieka::ui
