#pragma once

#include "DirectoryService.h"
#include "FormDialog.h"
#include "FosterRegisterService.h"
#include "MemberService.h"
#include "PlacementService.h"

#include <memory>

namespace Ui {
class PlacementDialog;
}

namespace opieka::ui {

// Places a child of a biological family in a foster family. The service's verdict is shown
// live before saving: a refusal (one placement per child, the basis, a full family) keeps the
// button disabled; a full family can take a sibling once the consent is recorded.
class PlacementDialog : public FormDialog<Ui::PlacementDialog>
{
    Q_OBJECT

public:
    PlacementDialog(const Session& session, qint64 fosterFamilyId, QWidget* parent = nullptr);
    ~PlacementDialog() override;

    // Finds biological families by the typed text (as the search field does).
    void search(const QString& text);
    bool selectBiologicalFamily(qint64 familyId);
    bool selectChild(qint64 memberId);
    bool selectFosterFamily(qint64 fosterFamilyId);
    bool capacityReached() const { return m_capacityReached; }
    // The new placement's id once accepted, 0 before.
    qint64 placementId() const { return m_placementId; }

public slots:
    void accept() override;

private:
    enum class Verdict
    {
        None,
        Refused,
        Allowed,
    };

    void loadFosterFamilies(qint64 preselected);
    void loadFamilies();
    void loadChildren();
    Placement entered() const;
    void updateBasis();
    void updateVerdict();
    void showVerdict(Verdict verdict, const QString& text);

    FosterRegisterService m_fosterRegister;
    PlacementService m_placements;
    DirectoryService m_directory;
    MemberService m_members;
    Verdict m_verdict = Verdict::None;
    bool m_capacityReached = false;
    qint64 m_placementId = 0;
};

} // namespace opieka::ui
