#pragma once

#include "PlacementChangeDialog.h"

#include <optional>

namespace Ui {
class IntakeNoticeDialog;
}

namespace opieka::ui {

// Records a notice of an emergency intake sent after the intake was recorded (art. 58 ust. 3: the
// court, the starosta and the child's home OPS, each within 24 hours): whom it told and the day.
// Only the notices still missing are offered; the service checks the day and who may record it.
class IntakeNoticeDialog : public PlacementChangeDialog<Ui::IntakeNoticeDialog>
{
    Q_OBJECT

public:
    IntakeNoticeDialog(PlacementService placements, const Placement& placement,
                       const QString& childName, QWidget* parent = nullptr);
    ~IntakeNoticeDialog() override;

    // Offers `notice` first when it is missing (the item chosen on the coordinator's desk).
    void choose(IntakeNotice notice);
    // The notice saved, once the dialog was accepted.
    std::optional<IntakeNotice> recorded() const { return m_recorded; }

public slots:
    void accept() override;

private:
    std::optional<IntakeNotice> m_recorded;
};

} // namespace opieka::ui
