#pragma once

#include "Role.h"
#include "Session.h"

#include <QWidget>
#include <optional>

class QTabWidget;

namespace opieka::ui {

class CaseloadReportPage;
class DeadlinesPage;
class StatisticsPage;

// The manager's reports (zestawienia): caseload, statistics and deadlines, each printable and
// exportable.
class ReportsTab : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsTab(const Session& session, QWidget* parent = nullptr);

    // Managers and administrators see the reports (Capability::ReadReports); the deadlines page,
    // which names families, only managers (Capability::ReadDeadlines).
    static bool isFor(const Session& session);

    QTabWidget* pages() const { return m_pages; }
    CaseloadReportPage* caseloadPage() const { return m_caseload; }
    StatisticsPage* statisticsPage() const { return m_statistics; }
    DeadlinesPage* deadlinesPage() const { return m_deadlines; }

public slots:
    // The caseload page for one role (none: every role), as of today.
    void showCaseload(std::optional<Role> role);
    void showDeadlines();
    // The data changed: the page on screen builds its report again, the others when shown.
    void invalidate();

signals:
    void openFamilyRequested(qint64 familyId);
    void showFosterFamilyRequested(qint64 fosterFamilyId);

private:
    QTabWidget* m_pages = nullptr;
    CaseloadReportPage* m_caseload = nullptr;
    StatisticsPage* m_statistics = nullptr;
    DeadlinesPage* m_deadlines = nullptr;
};

} // namespace opieka::ui
