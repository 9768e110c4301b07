#pragma once

#include "ChildCareQuery.h"
#include "ChildCareService.h"
#include "FormDialog.h"
#include "User.h"

#include <memory>

namespace Ui {
class LeavingCareDialog;
}

namespace opieka::ui {

// Leaving care (usamodzielnienie): the guardian of independence, chosen a year before the 18th
// birthday, and the individual programme, ready a month before it.
class LeavingCareDialog : public FormDialog<Ui::LeavingCareDialog>
{
    Q_OBJECT

public:
    LeavingCareDialog(ChildCareService childCare, ChildCareQuery query, qint64 childMemberId,
                      QWidget* parent = nullptr);
    ~LeavingCareDialog() override;

public slots:
    void accept() override;

private:
    void updateControls();

    ChildCareService m_childCare;
    qint64 m_childMemberId = 0;
};

} // namespace opieka::ui
