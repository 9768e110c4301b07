#pragma once

#include "FormDialog.h"
#include "FosterRegisterService.h"
#include "User.h"

#include <memory>
#include <optional>

namespace Ui {
class FosterFamilyDialog;
}

namespace opieka::ui {

// Registers a foster family or edits one: kind, carers, address, qualification, training, its
// own capacity and the dates of the health certificate and psychologist's opinion.
class FosterFamilyDialog : public FormDialog<Ui::FosterFamilyDialog>
{
    Q_OBJECT

public:
    // `existing`: the family to edit; none registers a new one.
    FosterFamilyDialog(FosterRegisterService fosterRegister, std::optional<FosterFamily> existing,
                       QWidget* parent = nullptr);
    ~FosterFamilyDialog() override;

    // The saved family's id once accepted, 0 before.
    qint64 fosterFamilyId() const { return m_fosterFamilyId; }

public slots:
    void accept() override;

private:
    void fill(const FosterFamily& family);
    FosterFamily entered() const;
    void updateControls();

    FosterRegisterService m_fosterRegister;
    std::optional<FosterFamily> m_existing;
    FosterCareSettings m_settings;
    qint64 m_fosterFamilyId = 0;
};

} // namespace opieka::ui
