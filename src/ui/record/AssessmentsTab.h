#pragma once

#include "AssessmentService.h"
#include "User.h"

#include <QList>
#include <QWidget>
#include <memory>

namespace Ui {
class AssessmentsTab;
}

namespace opieka {
class Workspace;
}

namespace opieka::ui {

// The periodic assessments of the family's situation in the family record: when the next one
// is due (overdue in red, due within 14 days in amber), those made, recording and printing one.
class AssessmentsTab : public QWidget
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

    AssessmentsTab(Workspace& workspace, User actor, qint64 familyId, QWidget* parent = nullptr);
    ~AssessmentsTab() override;

    const AssessmentSchedule& schedule() const { return m_schedule; }
    const QList<FamilyAssessment>& assessments() const { return m_assessments; } // newest first
    bool exportAssessmentPdf(qint64 assessmentId, const QString& path, QString* error);

public slots:
    void reload();
    void recordAssessment();
    void printAssessment();
    void exportPdf();

signals:
    void assessmentRecorded();

private:
    void showSchedule();
    void showSelected();
    qint64 selectedId() const;

    std::unique_ptr<::Ui::AssessmentsTab> m_ui;
    Workspace& m_workspace;
    User m_actor;
    qint64 m_familyId = 0;
    AssessmentService m_service;
    AssessmentSchedule m_schedule;
    QList<FamilyAssessment> m_assessments;
};

} // namespace opieka::ui
