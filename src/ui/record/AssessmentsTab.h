#pragma once

#include "AssessmentService.h"
#include "RecordTab.h"

#include <QList>

namespace Ui {
class AssessmentsTab;
}

namespace opieka::ui {

// The periodic assessments of the family's situation in the family record: when the next one
// is due (overdue in red, due within 14 days in amber), those made, recording and printing one.
class AssessmentsTab : public RecordFormTab<Ui::AssessmentsTab>
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        AssistantColumn,
        SocialWorkerColumn,
        CoordinatorColumn,
        FindingsColumn,
        ColumnCount
    };

    AssessmentsTab(const Session& session, qint64 familyId, QWidget* parent = nullptr);
    ~AssessmentsTab() override;

    const AssessmentSchedule& schedule() const { return m_schedule; }
    const QList<FamilyAssessment>& assessments() const { return m_assessments; } // newest first
    bool exportAssessmentPdf(qint64 assessmentId, const QString& path, QString* error);

public slots:
    void reload() override;
    void recordAssessment();
    void printAssessment();
    void exportPdf();

signals:
    void assessmentRecorded();

private:
    void showSchedule();
    void showSelected();
    qint64 selectedId() const;

    AssessmentService m_service;
    AssessmentSchedule m_schedule;
    QList<FamilyAssessment> m_assessments;
};

} // namespace opieka::ui
