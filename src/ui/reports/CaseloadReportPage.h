#pragma once

#include "CaseloadService.h"
#include "ReportPage.h"

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace opieka::ui {

class CaseloadModel;
class CasesBehindDialog;
class ReportTableModel;
class RoleSummaryModel;
class UtilisationChart;

// The caseload report as of a day, for a role, unit or municipality: each role's totals, the
// overrides in force, each worker's load in a table and a chart against the limit. Every bar,
// worker row and figure of the totals opens the cases behind it.
class CaseloadReportPage : public ReportPage
{
    Q_OBJECT

public:
    explicit CaseloadReportPage(const Session& session, QWidget* parent = nullptr);

    const CaseloadReport& report() const { return m_report; }
    CaseloadFilter filter() const;
    // Shows the report for the filter (and the day, when given), built anew.
    void setFilter(const CaseloadFilter& filter, std::optional<QDate> day = std::nullopt);
    RoleSummaryModel* summaryModel() const { return m_summary; }
    CaseloadModel* workerModel() const { return m_workers; }
    ReportTableModel* overridesModel() const { return m_overrides; }
    UtilisationChart* chart() const { return m_chart; }
    QTabWidget* details() const { return m_details; }

    // Drill-down: a dialog (non-modal, deleted when closed) with the cases behind the figure.
    CasesBehindDialog* showWorkerCases(qint64 workerId);
    // `column` of RoleSummaryModel: workers or cases, near, at or over the limit, overrides.
    CasesBehindDialog* showFigureCases(Role role, int column);

signals:
    void openFamilyRequested(qint64 familyId);
    void showFosterFamilyRequested(qint64 fosterFamilyId);

protected:
    void startReport() override;
    QString title() const override;
    QString html(const QString& centre) const override;
    QByteArray csv() const override;
    QString fileStem() const override;
    void restoreControls() override;

private:
    void display(const CaseloadReport& report);
    void fillChoices();
    void showFilter(const CaseloadFilter& filter); // the combos only, no new report
    CasesBehindDialog* showCases(const QString& title, const QString& explanation,
                                 const QList<qint64>& workerIds);
    CasesBehindDialog* showDialog(const QString& title, const QString& explanation,
                                  const QList<CountedCase>& cases);
    QHash<qint64, QString> workerNames() const;
    void fitHeight(QTableView* table, int rows);

    CaseloadService m_caseloads; // the cases behind a figure are listed for managers only
    CaseloadReport m_report;
    QComboBox* m_roleCombo = nullptr;
    QComboBox* m_unitCombo = nullptr;
    QComboBox* m_municipalityCombo = nullptr;
    RoleSummaryModel* m_summary = nullptr;
    CaseloadModel* m_workers = nullptr;
    QSortFilterProxyModel* m_workersProxy = nullptr;
    ReportTableModel* m_overrides = nullptr;
    QTableView* m_summaryTable = nullptr;
    QTableView* m_overridesTable = nullptr;
    QLabel* m_noOverrides = nullptr;
    QTableView* m_workersTable = nullptr;
    UtilisationChart* m_chart = nullptr;
    QTabWidget* m_details = nullptr;
};

} // namespace opieka::ui
