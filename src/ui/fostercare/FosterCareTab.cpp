#include "FosterCareTab.h"

#include "AdoptionDialog.h"
#include "ColumnFitter.h"
#include "DocumentsTab.h"
#include "EndPlacementDialog.h"
#include "ExtendStayDialog.h"
#include "FosterAssessmentDialog.h"
#include "FosterChildrenModel.h"
#include "FosterFamiliesModel.h"
#include "FosterFamilyDialog.h"
#include "FosterLabels.h"
#include "HelpPlanDialog.h"
#include "IntakeNoticeDialog.h"
#include "Labels.h"
#include "LeavingCareDialog.h"
#include "Logging.h"
#include "PlacementDialog.h"
#include "ReviewDialog.h"
#include "ui_FosterCareTab.h"

#include <QHeaderView>
#include <algorithm>

namespace opieka::ui {

FosterCareTab::FosterCareTab(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::FosterCareTab>())
    , m_session(session)
    , m_fosterRegister(session)
    , m_placements(session)
    , m_childCare(session)
    , m_query(session)
    , m_families(new FosterFamiliesModel(this))
    , m_children(new FosterChildrenModel(this))
    , m_familyDocuments(new DocumentsTab(session, std::nullopt, this))
    , m_placementDocuments(new DocumentsTab(session, std::nullopt, this))
{
    m_ui->setupUi(this);
    // The certificates and opinions the family brings, and the court's order placing a child.
    m_familyDocuments->setObjectName(QStringLiteral("fosterFamilyDocumentsTab"));
    m_placementDocuments->setObjectName(QStringLiteral("placementDocumentsTab"));
    m_ui->detailTabs->addTab(m_familyDocuments, tr("Documents"));
    m_ui->detailTabs->addTab(m_placementDocuments, tr("Placement documents"));
    setObjectName(QStringLiteral("fosterCareTab"));
    m_families->setObjectName(QStringLiteral("fosterFamiliesModel"));
    m_children->setObjectName(QStringLiteral("fosterChildrenModel"));
    m_ui->fosterFamiliesTable->setModel(m_families);
    m_ui->childrenTable->setModel(m_children);
    m_ui->childrenTable->setWordWrap(false);
    m_ui->fosterFamiliesTable->setWordWrap(false);
    m_ui->fosterSplitter->setStretchFactor(0, 3);
    m_ui->fosterSplitter->setStretchFactor(1, 2);
    // The dates and the children's count stay whole; names, kinds and carers give way.
    ColumnFitter::attach(m_ui->fosterFamiliesTable,
                         {FosterFamiliesModel::NameColumn, FosterFamiliesModel::KindColumn,
                          FosterFamiliesModel::CarersColumn,
                          FosterFamiliesModel::MunicipalityColumn});
    ColumnFitter::attach(m_ui->childrenTable,
                         {FosterChildrenModel::ChildColumn, FosterChildrenModel::BasisColumn,
                          FosterChildrenModel::FlagsColumn});

    connect(m_ui->refreshButton, &QPushButton::clicked, this, &FosterCareTab::refresh);
    connect(m_ui->registerButton, &QPushButton::clicked, this, &FosterCareTab::registerFamily);
    connect(m_ui->editFamilyButton, &QPushButton::clicked, this, &FosterCareTab::editFamily);
    connect(m_ui->assessmentButton, &QPushButton::clicked, this, &FosterCareTab::recordAssessment);
    connect(m_ui->placeButton, &QPushButton::clicked, this, &FosterCareTab::placeChild);
    connect(m_ui->endPlacementButton, &QPushButton::clicked, this, &FosterCareTab::endPlacement);
    connect(m_ui->extendStayButton, &QPushButton::clicked, this, &FosterCareTab::extendStay);
    connect(m_ui->noticeButton, &QPushButton::clicked, this, &FosterCareTab::recordNotice);
    connect(m_ui->reviewButton, &QPushButton::clicked, this, &FosterCareTab::recordReview);
    connect(m_ui->helpPlanButton, &QPushButton::clicked, this, &FosterCareTab::editHelpPlan);
    connect(m_ui->adoptionButton, &QPushButton::clicked, this, &FosterCareTab::editAdoption);
    connect(m_ui->leavingCareButton, &QPushButton::clicked, this, &FosterCareTab::editLeavingCare);
    connect(m_ui->fosterFamiliesTable->selectionModel(), &QItemSelectionModel::currentRowChanged,
            this, &FosterCareTab::showFamily);
    connect(m_ui->childrenTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FosterCareTab::updateButtons);
    connect(m_ui->fosterFamiliesTable, &QTableView::activated, this, &FosterCareTab::editFamily);
    // A certificate attached moves the family's deadline: the register and the desks show it.
    connect(m_familyDocuments, &DocumentsTab::changed, this,
            [this] { saved(tr("Documents of the foster family updated.")); });
    connect(m_placementDocuments, &DocumentsTab::changed, this,
            [this] { saved(tr("Documents of the placement updated.")); });
    // Reads nothing yet: the window loads the tab when it is first shown (LoadOnShow).
}

FosterCareTab::~FosterCareTab() = default;

void FosterCareTab::refresh()
{
    const qint64 selected = selectedFosterFamilyId();
    const qint64 child = selectedChildId();
    const QDate today = QDate::currentDate();
    auto families = m_fosterRegister.fosterFamilies(today);
    if (!families) {
        logging::get("ui")->error("foster family register could not be read");
        m_families->setRows({}, today);
        emit loadFailed(families.error().message);
    } else {
        QList<FosterFamilyStatus> rows = *families;
        std::stable_sort(rows.begin(), rows.end(),
                         [](const FosterFamilyStatus& a, const FosterFamilyStatus& b) {
                             return QString::localeAwareCompare(a.family.name, b.family.name) < 0;
                         });
        m_families->setRows(rows, today);
    }
    const int full = static_cast<int>(std::count_if(
        m_families->rows().cbegin(), m_families->rows().cend(),
        [](const FosterFamilyStatus& s) { return s.capacity && s.childrenPlaced >= *s.capacity; }));
    m_ui->fosterStatusLabel->setText(
        tr("%n foster families in the register", nullptr, m_families->rowCount()) +
        (full > 0 ? tr(", %n full.", nullptr, full) : QStringLiteral(".")));
    if (!selectFosterFamily(selected) && m_families->rowCount() > 0)
        m_ui->fosterFamiliesTable->selectRow(0);
    showFamily();
    selectChild(child);
}

bool FosterCareTab::selectFosterFamily(qint64 fosterFamilyId)
{
    const int row = m_families->rowOf(fosterFamilyId);
    if (row < 0)
        return false;
    m_ui->fosterFamiliesTable->selectRow(row);
    m_ui->fosterFamiliesTable->scrollTo(m_families->index(row, 0));
    return true;
}

qint64 FosterCareTab::selectedFosterFamilyId() const
{
    const QModelIndex current = m_ui->fosterFamiliesTable->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0)
                                   .data(FosterFamiliesModel::FosterFamilyIdRole)
                                   .toLongLong()
                             : 0;
}

bool FosterCareTab::selectChild(qint64 childMemberId)
{
    const int row = m_children->rowOfChild(childMemberId);
    if (row < 0)
        return false;
    m_ui->childrenTable->selectRow(row);
    return true;
}

qint64 FosterCareTab::selectedChildId() const
{
    const QModelIndex current = m_ui->childrenTable->currentIndex();
    return current.isValid()
               ? current.siblingAtColumn(0).data(FosterChildrenModel::ChildIdRole).toLongLong()
               : 0;
}

std::optional<FosterFamilyStatus> FosterCareTab::selectedFamily() const
{
    const int row = m_families->rowOf(selectedFosterFamilyId());
    return row >= 0 ? std::optional<FosterFamilyStatus>(m_families->rows().at(row)) : std::nullopt;
}

const PlacedChild* FosterCareTab::selectedPlaced() const
{
    const int row = m_children->rowOfChild(selectedChildId());
    return row >= 0 ? &m_children->rows().at(row) : nullptr;
}

void FosterCareTab::showFamily()
{
    const QDate today = QDate::currentDate();
    const std::optional<FosterFamilyStatus> status = selectedFamily();
    if (!status) {
        m_ui->familyDetailLabel->setText(m_families->rowCount() == 0
                                             ? tr("No foster families yet: register the first "
                                                  "one.")
                                             : tr("Select a foster family."));
        m_familyDocuments->setOwner(std::nullopt, tr("Select a foster family."));
        m_children->setRows({}, today);
        updateButtons();
        return;
    }
    const FosterFamily& f = status->family;
    m_familyDocuments->setOwner(DocumentOwner::fosterFamily(f.id));
    // Someone other than its coordinator looking at a foster family is in the audit, once per
    // family shown (not at every refresh).
    if (f.id != m_openingRecorded) {
        m_openingRecorded = f.id;
        if (auto recorded = m_fosterRegister.recordOpening(f.id); !recorded)
            emit loadFailed(recorded.error().message);
    }
    QStringList facts;
    facts << FosterLabels::kind(f.kind);
    if (!f.carers.isEmpty())
        facts << tr("carers: %1").arg(f.carers.toHtmlEscaped());
    if (!f.address.isEmpty())
        facts << f.address.toHtmlEscaped();
    if (f.qualifiedOn)
        facts << tr("qualified on %1").arg(Labels::date(*f.qualifiedOn));
    if (!f.training.isEmpty())
        facts << tr("training: %1").arg(f.training.toHtmlEscaped());
    facts
        << (status->capacity
                ? tr("%1 of %2 children placed").arg(status->childrenPlaced).arg(*status->capacity)
                : tr("%n children placed (no statutory limit)", nullptr, status->childrenPlaced));
    m_ui->familyDetailLabel->setText(
        tr("<b>%1</b>: %2.").arg(f.name.toHtmlEscaped(), facts.join(QStringLiteral("; "))));

    QList<PlacedChild> rows;
    auto placements = m_placements.placementsIn(f.id);
    if (!placements) {
        logging::get("ui")->error("placements of foster family {} could not be read", f.id);
        emit loadFailed(placements.error().message);
    } else {
        for (const Placement& p : *placements) {
            if (!p.isActiveOn(today))
                continue;
            auto deadlines = m_childCare.deadlines(p.childMemberId, today);
            if (!deadlines) {
                logging::get("ui")->error("deadlines of child {} could not be read",
                                          p.childMemberId);
                continue;
            }
            rows.append({p, *deadlines});
        }
    }
    m_children->setRows(rows, today);
    if (!rows.isEmpty())
        m_ui->childrenTable->selectRow(0);
    updateButtons();
}

void FosterCareTab::updateButtons()
{
    const std::optional<FosterFamilyStatus> family = selectedFamily();
    const PlacedChild* placed = selectedPlaced();
    m_ui->editFamilyButton->setEnabled(family.has_value());
    m_ui->assessmentButton->setEnabled(family.has_value());
    m_ui->placeButton->setEnabled(family.has_value());
    for (QPushButton* button : {m_ui->endPlacementButton, m_ui->reviewButton, m_ui->helpPlanButton,
                                m_ui->adoptionButton, m_ui->leavingCareButton})
        button->setEnabled(placed != nullptr);
    m_ui->extendStayButton->setEnabled(placed && (placed->deadlines.emergencyStayEnds ||
                                                  placed->deadlines.emergencyStayAwaitsCourt));
    // Shown, on its own line under the row of buttons (which a ninth would widen past 1024 px in
    // Polish), only while the selected child's intake lacks a notice.
    m_ui->noticeButton->setVisible(placed && !placed->deadlines.missingNotices.isEmpty());
    m_placementDocuments->setOwner(
        placed ? std::optional(DocumentOwner::placement(placed->placement.id)) : std::nullopt,
        tr("Select a child placed in this family to see the documents of the placement."));
}

void FosterCareTab::saved(const QString& message)
{
    const qint64 child = selectedChildId();
    refresh();
    selectChild(child);
    m_ui->fosterStatusLabel->setText(message);
    emit changed();
}

void FosterCareTab::registerFamily()
{
    FosterFamilyDialog dialog(m_fosterRegister, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    selectFosterFamily(dialog.fosterFamilyId());
    m_ui->fosterStatusLabel->setText(tr("Foster family registered."));
    emit changed();
}

void FosterCareTab::editFamily()
{
    const std::optional<FosterFamilyStatus> family = selectedFamily();
    if (!family)
        return;
    FosterFamilyDialog dialog(m_fosterRegister, family->family, this);
    if (dialog.exec() == QDialog::Accepted)
        saved(tr("Foster family saved."));
}

void FosterCareTab::recordAssessment()
{
    const std::optional<FosterFamilyStatus> family = selectedFamily();
    if (!family)
        return;
    FosterAssessmentDialog dialog(m_fosterRegister, *family, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    const std::optional<FosterFamilyStatus> after = selectedFamily();
    saved(after && after->assessmentDue ? tr("Assessment recorded. The next one is due on %1.")
                                              .arg(Labels::date(*after->assessmentDue))
                                        : tr("Assessment recorded."));
}

void FosterCareTab::placeChild()
{
    PlacementDialog dialog(m_session, selectedFosterFamilyId(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    saved(tr("Child placed."));
}

template <typename Dialog> void FosterCareTab::changePlacement(const QString& done)
{
    const PlacedChild* placed = selectedPlaced();
    if (!placed)
        return;
    Dialog dialog(m_placements, placed->placement, placed->deadlines.child.displayName(), this);
    if (dialog.exec() == QDialog::Accepted)
        saved(done);
}

void FosterCareTab::endPlacement()
{
    changePlacement<EndPlacementDialog>(tr("Placement ended."));
}

void FosterCareTab::extendStay()
{
    changePlacement<ExtendStayDialog>(tr("Emergency stay extended."));
}

void FosterCareTab::recordNotice()
{
    const PlacedChild* placed = selectedPlaced();
    if (!placed || placed->deadlines.missingNotices.isEmpty())
        return;
    IntakeNoticeDialog dialog(m_placements, placed->placement,
                              placed->deadlines.child.displayName(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.recorded())
        saved(tr("Notice of the intake recorded: %1.")
                  .arg(FosterLabels::intakeNotice(*dialog.recorded())));
}

void FosterCareTab::recordReview()
{
    const PlacedChild* placed = selectedPlaced();
    if (!placed)
        return;
    const QString name = placed->deadlines.child.displayName();
    ReviewDialog dialog(m_childCare, placed->placement.childMemberId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    saved(dialog.nextReview() ? tr("Review of %1 recorded. The next review is due on %2.")
                                    .arg(name, Labels::date(*dialog.nextReview()))
                              : tr("Review of %1 recorded.").arg(name));
}

void FosterCareTab::editHelpPlan()
{
    const PlacedChild* placed = selectedPlaced();
    if (!placed)
        return;
    HelpPlanDialog dialog(m_session, placed->placement.childMemberId,
                          placed->deadlines.child.displayName(), this);
    if (dialog.exec() == QDialog::Accepted)
        saved(tr("Help plan saved."));
}

void FosterCareTab::editAdoption()
{
    const PlacedChild* placed = selectedPlaced();
    if (!placed)
        return;
    AdoptionDialog dialog(m_placements, m_query, placed->placement.childMemberId,
                          placed->deadlines.child.displayName(), this);
    if (dialog.exec() == QDialog::Accepted)
        saved(tr("Adoption reporting saved."));
}

void FosterCareTab::editLeavingCare()
{
    const PlacedChild* placed = selectedPlaced();
    if (!placed)
        return;
    LeavingCareDialog dialog(m_childCare, m_query, placed->placement.childMemberId, this);
    if (dialog.exec() == QDialog::Accepted)
        saved(tr("Leaving care saved."));
}

} // namespace opieka::ui
