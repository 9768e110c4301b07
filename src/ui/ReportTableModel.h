#pragma once

#include "ReportTableRow.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace opieka::ui {

// A read-only table of formatted report rows (statistics, deadlines, the cases behind a
// figure, overrides): the services compute, the screens only show.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum DataRole
    {
        IdRole = Qt::UserRole + 1,
        KindRole,
    };

    ReportTableModel(QStringList headers, QSet<int> numericColumns, QObject* parent = nullptr);

    void setRows(const QList<ReportTableRow>& rows);
    void setHeaders(const QStringList& headers); // as many as before
    const QList<ReportTableRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QSet<int> m_numeric;
    QList<ReportTableRow> m_rows;
};

// A read-only view of whole rows as the report screens show them: no editing, one row selected,
// no wrapping, no row numbers, the last column stretched.
QTableView* newReportTable(const QString& name, const QString& accessibleName,
                           QAbstractItemModel* model, QWidget* parent);

} // namespace opieka::ui
