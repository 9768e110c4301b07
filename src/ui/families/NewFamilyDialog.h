#pragma once

#include "DuplicateService.h"
#include "FamilyService.h"
#include "FormDialog.h"
#include "User.h"

#include <memory>

namespace Ui {
class NewFamilyDialog;
}

namespace opieka::ui {

// Opens a new family's case (FamilyService::create); stays open with the reason when refused. A
// family that looks like one already in the register is asked about first
// (DuplicateWarningDialog).
class NewFamilyDialog : public FormDialog<Ui::NewFamilyDialog>
{
    Q_OBJECT

public:
    NewFamilyDialog(FamilyService families, DuplicateService duplicates, QWidget* parent = nullptr);
    ~NewFamilyDialog() override;

    // The new family's id once accepted, 0 before.
    qint64 familyId() const { return m_familyId; }
    // The family already in the register whose record the person chose to open instead (the
    // warning's "Open the family's record"; nothing was created), or 0.
    qint64 openFamilyId() const { return m_openFamilyId; }

public slots:
    void accept() override;

private:
    FamilyService m_families;
    DuplicateService m_duplicates;
    qint64 m_familyId = 0;
    qint64 m_openFamilyId = 0;
};

} // namespace opieka::ui
