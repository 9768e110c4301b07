#pragma once

#include "CountedCase.h"
#include "ReportTableRow.h"

#include <QDialog>
#include <QHash>

class QTableView;

namespace opieka::ui {

class ReportTableModel;

// The cases behind a figure of the caseload report (a worker's bar, a role's cases, those near
// or over the limit, the overrides) or behind a count of the start page; a family's case opens
// its record, a foster family's case shows it in the foster care register.
class CasesBehindDialog : public QDialog
{
    Q_OBJECT

public:
    CasesBehindDialog(const QString& title, const QString& explanation,
                      const QList<CountedCase>& cases, const QHash<qint64, QString>& workerNames,
                      QWidget* parent = nullptr);

    // A new dialog, shown without blocking the window (a record may open beside it) and deleted
    // when closed.
    static CasesBehindDialog* open(const QString& title, const QString& explanation,
                                   const QList<CountedCase>& cases,
                                   const QHash<qint64, QString>& workerNames, QWidget* parent);
    // Columns: worker, case, municipality, since, override reason.
    static ReportTableModel* newModel(QObject* parent);
    static QList<ReportTableRow> rows(const QList<CountedCase>& cases,
                                      const QHash<qint64, QString>& workerNames);

    ReportTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    void openRow(int row);

signals:
    void openFamilyRequested(qint64 familyId);
    void showFosterFamilyRequested(qint64 fosterFamilyId);

private:
    ReportTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace opieka::ui
