#include "ReportsTab.h"

#include "CaseloadReportPage.h"
#include "DeadlinesPage.h"
#include "StatisticsPage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace opieka::ui {

ReportsTab::ReportsTab(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_pages(new QTabWidget(this))
    , m_caseload(new CaseloadReportPage(session, this))
    , m_statistics(new StatisticsPage(session, this))
    , m_deadlines(new DeadlinesPage(session, this))
{
    setObjectName(QStringLiteral("reportsTab"));
    m_pages->setObjectName(QStringLiteral("reportPages"));
    m_pages->setAccessibleName(tr("Reports"));
    m_pages->addTab(m_caseload, tr("Caseload"));
    m_pages->addTab(m_statistics, tr("Statistics"));
    m_pages->addTab(m_deadlines, tr("Deadlines"));
    m_pages->setTabVisible(m_pages->indexOf(m_deadlines),
                           static_cast<bool>(session.may(Capability::ReadDeadlines)));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    connect(m_caseload, &CaseloadReportPage::openFamilyRequested, this,
            &ReportsTab::openFamilyRequested);
    connect(m_caseload, &CaseloadReportPage::showFosterFamilyRequested, this,
            &ReportsTab::showFosterFamilyRequested);
}

bool ReportsTab::isFor(const Session& session)
{
    return static_cast<bool>(session.may(Capability::ReadReports));
}

void ReportsTab::showCaseload(std::optional<Role> role)
{
    CaseloadFilter filter;
    filter.role = role;
    m_caseload->setFilter(filter, QDate::currentDate());
    m_pages->setCurrentWidget(m_caseload);
}

void ReportsTab::invalidate()
{
    for (ReportPage* page :
         {static_cast<ReportPage*>(m_caseload), static_cast<ReportPage*>(m_statistics),
          static_cast<ReportPage*>(m_deadlines)})
        page->invalidate();
}

void ReportsTab::showDeadlines()
{
    if (m_deadlines->asOf() == QDate::currentDate())
        m_deadlines->refresh();
    else
        m_deadlines->setAsOf(QDate::currentDate());
    m_pages->setCurrentWidget(m_deadlines);
}

} // namespace opieka::ui
