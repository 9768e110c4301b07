#pragma once

#include "CaseloadService.h"

#include <QWidget>
#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class CaseloadTab;
}

namespace opieka::ui {

class CaseloadModel;
class RoleSummaryModel;

// Each worker's caseload against the limit as of a day, and each role's totals.
class CaseloadTab : public QWidget
{
    Q_OBJECT

public:
    CaseloadTab(CaseloadService caseloads, QWidget* parent = nullptr);
    ~CaseloadTab() override;

    CaseloadModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    RoleSummaryModel* summaryModel() const { return m_summary; }

public slots:
    void refresh();

signals:
    void loadFailed(const QString& message);

private:
    void applyRoleFilter();
    void fitSummaryHeight();

    std::unique_ptr<::Ui::CaseloadTab> m_ui;
    CaseloadService m_caseloads; // read as its account (managers and administrators)
    CaseloadModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    RoleSummaryModel* m_summary = nullptr;
};

} // namespace opieka::ui
