#pragma once

#include "AssessmentService.h"
#include "FormDialog.h"
#include "Session.h"

#include <memory>

namespace Ui {
class AssessmentDialog;
}

namespace opieka::ui {

// Records a periodic assessment of the family's situation: the date, the assistant, the findings
// and when it was sent to the social worker (and the coordinator when a child is in care). A
// refused save keeps the dialog open with the reason.
class AssessmentDialog : public FormDialog<Ui::AssessmentDialog>
{
    Q_OBJECT

public:
    AssessmentDialog(const Session& session, qint64 familyId, QWidget* parent = nullptr);
    ~AssessmentDialog() override;

    qint64 assessmentId() const { return m_assessmentId; }
    FamilyAssessment currentAssessment() const;

public slots:
    void accept() override;

private:
    void loadAssistants();

    Session m_session;
    AssessmentService m_assessments;
    qint64 m_familyId = 0;
    qint64 m_assessmentId = 0;
};

} // namespace opieka::ui
