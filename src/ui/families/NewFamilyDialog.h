#pragma once

#include "FamilyService.h"
#include "FormDialog.h"
#include "User.h"

#include <memory>

namespace Ui {
class NewFamilyDialog;
}

namespace opieka::ui {

// Opens a new family's case (FamilyService::create); stays open with the reason when refused.
class NewFamilyDialog : public FormDialog<Ui::NewFamilyDialog>
{
    Q_OBJECT

public:
    NewFamilyDialog(FamilyService families, QWidget* parent = nullptr);
    ~NewFamilyDialog() override;

    // The new family's id once accepted, 0 before.
    qint64 familyId() const { return m_familyId; }

public slots:
    void accept() override;

private:
    FamilyService m_families;
    qint64 m_familyId = 0;
};

} // namespace opieka::ui
