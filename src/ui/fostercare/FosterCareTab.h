#pragma once

#include "ChildCareQuery.h"
#include "ChildCareService.h"
#include "FosterRegisterService.h"
#include "PlacementService.h"
#include "Session.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class FosterCareTab;
}

namespace opieka::ui {

class DocumentsTab;
class FosterChildrenModel;
class FosterFamiliesModel;
struct PlacedChild;

// The foster family register (rejestr rodzin zastępczych) with the children placed in the
// selected family; the coordinator registers families, places children, records reviews,
// assessments, help plans, adoption reporting and leaving care from here.
class FosterCareTab : public QWidget
{
    Q_OBJECT

public:
    FosterCareTab(const Session& session, QWidget* parent = nullptr);
    ~FosterCareTab() override;

    FosterFamiliesModel* familiesModel() const { return m_families; }
    FosterChildrenModel* childrenModel() const { return m_children; }
    bool selectFosterFamily(qint64 fosterFamilyId);
    qint64 selectedFosterFamilyId() const;
    bool selectChild(qint64 childMemberId);
    qint64 selectedChildId() const;
    // The selected foster family's documents, and those of the selected child's placement.
    DocumentsTab* familyDocuments() const { return m_familyDocuments; }
    DocumentsTab* placementDocuments() const { return m_placementDocuments; }

public slots:
    void refresh();
    void registerFamily();
    void editFamily();
    void recordAssessment();
    void placeChild();
    void endPlacement();
    void extendStay();
    // A notice of an emergency intake sent later (art. 58 ust. 3), only while one is missing.
    void recordNotice();
    void recordReview();
    void editHelpPlan();
    void editAdoption();
    void editLeavingCare();

signals:
    // Something was saved (other tabs count foster families and placements too).
    void changed();
    void loadFailed(const QString& message);

private:
    void showFamily();
    void updateButtons();
    std::optional<FosterFamilyStatus> selectedFamily() const;
    const PlacedChild* selectedPlaced() const;
    void saved(const QString& message);
    // Opens `Dialog` (a PlacementChangeDialog) on the selected child's placement; when the person
    // saved it, says `done`.
    template <typename Dialog> void changePlacement(const QString& done);

    std::unique_ptr<::Ui::FosterCareTab> m_ui;
    Session m_session;
    FosterRegisterService m_fosterRegister;
    PlacementService m_placements;
    ChildCareService m_childCare;
    ChildCareQuery m_query;
    qint64 m_openingRecorded = 0; // the foster family whose opening was last recorded
    FosterFamiliesModel* m_families = nullptr;
    FosterChildrenModel* m_children = nullptr;
    DocumentsTab* m_familyDocuments = nullptr;
    DocumentsTab* m_placementDocuments = nullptr;
};

} // namespace opieka::ui
