#pragma once

#include "FormDialog.h"
#include "FosterRegisterService.h"
#include "User.h"

#include <memory>

namespace Ui {
class FosterAssessmentDialog;
}

namespace opieka::ui {

// Records an assessment of a foster family (ocena rodziny zastępczej).
class FosterAssessmentDialog : public FormDialog<Ui::FosterAssessmentDialog>
{
    Q_OBJECT

public:
    FosterAssessmentDialog(FosterRegisterService fosterRegister, const FosterFamilyStatus& status,
                           QWidget* parent = nullptr);
    ~FosterAssessmentDialog() override;

public slots:
    void accept() override;

private:
    FosterRegisterService m_fosterRegister;
    qint64 m_fosterFamilyId = 0;
};

} // namespace opieka::ui
