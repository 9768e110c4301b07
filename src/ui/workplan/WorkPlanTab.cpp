#include "WorkPlanTab.h"

#include "ActionProgressDialog.h"
#include "AgreePlanDialog.h"
#include "ChildCareService.h"
#include "DocumentPrinter.h"
#include "Labels.h"
#include "Logging.h"
#include "MemberService.h"
#include "Messages.h"
#include "PartnerPlansBox.h"
#include "PlacementService.h"
#include "PlanActionDialog.h"
#include "PlanCompareDialog.h"
#include "PlanGoalDialog.h"
#include "PlanLabels.h"
#include "Theme.h"
#include "ui_WorkPlanTab.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace opieka::ui {
namespace {
constexpr int kGoalRole = Qt::UserRole + 1;   // 1-based
constexpr int kActionRole = Qt::UserRole + 2; // 1-based, 0 on a goal's row

// A tree view asks its delegate for a row's height without the column's width, so wrapped text
// would not grow the row: this delegate measures each cell at its column's width.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView* view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem measured = option;
        int width = m_view->header()->sectionSize(index.column());
        if (index.column() == 0 && !index.parent().isValid()) {
            width = m_view->viewport()->width() - m_view->indentation(); // a goal spans the row
        } else if (index.column() == 0) {
            int depth = m_view->rootIsDecorated() ? 1 : 0;
            for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
                ++depth;
            width -= depth * m_view->indentation();
        }
        measured.rect = QRect(0, 0, std::max(width, 20), 1);
        return QStyledItemDelegate::sizeHint(measured, index);
    }

private:
    QTreeView* m_view;
};

QString responsibleText(const PlanAction& action)
{
    return action.responsible.isEmpty()
               ? responsibleLabel(action.responsibleKind)
               : QStringLiteral("%1: %2").arg(responsibleLabel(action.responsibleKind),
                                              action.responsible);
}
} // namespace

WorkPlanTab::WorkPlanTab(const Session& session, qint64 familyId, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::WorkPlanTab>())
    , m_session(session)
    , m_familyId(familyId)
    , m_plans(session)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("workPlanTab"));
    QTreeWidget* tree = m_ui->planTree;
    tree->setColumnCount(ColumnCount);
    tree->setHeaderLabels({tr("Goal / action"), tr("Responsible"), tr("Deadline"),
                           tr("Expected effect"), tr("Status"), tr("Progress notes")});
    tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    tree->setColumnWidth(DescriptionColumn, 300);
    tree->setColumnWidth(ResponsibleColumn, 170);
    tree->setColumnWidth(DeadlineColumn, 140);
    tree->setColumnWidth(EffectColumn, 170);
    tree->setColumnWidth(StatusColumn, 100);
    tree->header()->setStretchLastSection(true);
    // Long texts wrap rather than hide behind an ellipsis; rows grow when a column widens.
    tree->setWordWrap(true);
    tree->setUniformRowHeights(false);
    tree->setItemDelegate(new WrappingDelegate(tree));
    connect(tree->header(), &QHeaderView::sectionResized, tree, [tree] { tree->doItemsLayout(); });

    QTreeWidget* children = m_ui->childrenPlansTree;
    children->setColumnCount(4);
    children->setHeaderLabels({tr("Goal / task"), tr("Responsible"), tr("Deadline"), tr("Done")});
    children->setColumnWidth(0, 380);
    children->setColumnWidth(1, 170);
    children->setColumnWidth(2, 140);
    children->header()->setStretchLastSection(true);
    m_ui->childrenPlansGroup->hide();
    // Beside the family's own plan: the plans partner centres sent (issue 22), read only.
    m_partnerPlans = new PartnerPlansBox(m_session, m_familyId, this);
    if (auto* column = qobject_cast<QVBoxLayout*>(layout()))
        column->insertWidget(column->indexOf(m_ui->childrenPlansGroup) + 1, m_partnerPlans);

    connect(m_ui->versionCombo, &QComboBox::currentIndexChanged, this, &WorkPlanTab::versionPicked);
    connect(m_ui->participantsEdit, &QLineEdit::textEdited, this, &WorkPlanTab::markDirty);
    connect(tree, &QTreeWidget::itemSelectionChanged, this, &WorkPlanTab::updateButtons);
    connect(tree, &QTreeWidget::itemActivated, this, [this] {
        if (isDraft())
            editItem();
        else if (isProgressable())
            addProgressNote();
    });
    connect(m_ui->compareButton, &QPushButton::clicked, this, &WorkPlanTab::compareVersions);
    connect(m_ui->printPlanButton, &QPushButton::clicked, this, &WorkPlanTab::printPlan);
    connect(m_ui->exportPlanPdfButton, &QPushButton::clicked, this, &WorkPlanTab::exportPdf);
    connect(m_ui->createPlanButton, &QPushButton::clicked, this, &WorkPlanTab::createPlan);
    connect(m_ui->addGoalButton, &QPushButton::clicked, this, &WorkPlanTab::addGoal);
    connect(m_ui->addActionButton, &QPushButton::clicked, this, &WorkPlanTab::addAction);
    connect(m_ui->editItemButton, &QPushButton::clicked, this, &WorkPlanTab::editItem);
    connect(m_ui->removeItemButton, &QPushButton::clicked, this, &WorkPlanTab::removeItem);
    connect(m_ui->saveDraftButton, &QPushButton::clicked, this, &WorkPlanTab::saveDraft);
    connect(m_ui->agreeButton, &QPushButton::clicked, this, &WorkPlanTab::agree);
    connect(m_ui->markDoneButton, &QPushButton::clicked, this, &WorkPlanTab::markDone);
    connect(m_ui->markInProgressButton, &QPushButton::clicked, this, &WorkPlanTab::markInProgress);
    connect(m_ui->abandonButton, &QPushButton::clicked, this, &WorkPlanTab::abandon);
    connect(m_ui->progressNoteButton, &QPushButton::clicked, this, &WorkPlanTab::addProgressNote);
    connect(m_ui->newVersionButton, &QPushButton::clicked, this, &WorkPlanTab::newVersion);
    connect(m_ui->closePlanButton, &QPushButton::clicked, this, &WorkPlanTab::closePlan);
    reload();
}

WorkPlanTab::~WorkPlanTab() = default;

std::optional<WorkPlan> WorkPlanTab::shownPlan() const
{
    return m_shown >= 0 ? std::optional<WorkPlan>(m_edited) : std::nullopt;
}

void WorkPlanTab::reload()
{
    auto versions = m_plans.versions(m_familyId);
    if (!versions) {
        logging::get("ui")->error("work plans of family {} could not be read", m_familyId);
        m_versions.clear();
        m_ui->planStateLabel->setText(versions.error().message);
        m_ui->planStateLabel->setStyleSheet(Theme::warningStyle());
    } else {
        m_versions = *versions;
    }
    // Keep the version shown (and a draft's unsaved edits) across a reload of the record.
    const qint64 shownId = m_shown >= 0 ? m_edited.id : 0;
    int index = static_cast<int>(m_versions.size()) - 1;
    for (int i = 0; i < m_versions.size(); ++i)
        if (m_versions[i].id == shownId)
            index = i;
    if (m_dirty && (index < 0 || m_versions[index].id != shownId))
        m_dirty = false;
    {
        const QSignalBlocker blocker(m_ui->versionCombo);
        m_ui->versionCombo->clear();
        for (const WorkPlan& plan : m_versions)
            m_ui->versionCombo->addItem(PlanLabels::version(plan), plan.id);
        m_ui->versionCombo->setCurrentIndex(index);
    }
    const bool keepEdits = m_dirty;
    m_shown = index;
    if (!keepEdits)
        m_edited = index >= 0 ? m_versions[index] : WorkPlan();
    showVersion();
    fillChildrenPlans();
    m_partnerPlans->reload();
}

void WorkPlanTab::fillChildrenPlans()
{
    QTreeWidget* tree = m_ui->childrenPlansTree;
    tree->clear();
    PlacementService placementService(m_session);
    ChildCareService childCare(m_session);
    auto members = MemberService(m_session).members(m_familyId);
    if (!members) {
        logging::get("ui")->error("members of family {} could not be read", m_familyId);
        m_ui->childrenPlansGroup->hide();
        return;
    }
    const QDate today = QDate::currentDate();
    for (const Member& member : *members) {
        auto placements = placementService.placementsOfChild(member.id);
        if (!placements)
            continue;
        const Placement* active = nullptr;
        for (const Placement& placement : *placements)
            if (placement.isActiveOn(today))
                active = &placement;
        if (!active)
            continue;
        auto* childItem = new QTreeWidgetItem(tree);
        childItem->setText(0, tr("%1, in foster care since %2")
                                  .arg(member.displayName(), Labels::date(active->from)));
        childItem->setFirstColumnSpanned(true);
        QFont bold = childItem->font(0);
        bold.setBold(true);
        childItem->setFont(0, bold);
        auto items = childCare.helpPlan(member.id);
        if (!items) {
            logging::get("ui")->error("help plan of child {} could not be read", member.id);
            auto* error = new QTreeWidgetItem(childItem);
            error->setText(0, items.error().message);
            error->setFirstColumnSpanned(true);
        } else if (items->isEmpty()) {
            auto* none = new QTreeWidgetItem(childItem);
            none->setText(0, tr("No help plan recorded yet"));
            none->setFirstColumnSpanned(true);
        } else {
            for (const HelpPlanItem& item : *items) {
                auto* row = new QTreeWidgetItem(childItem);
                row->setText(0, item.task.isEmpty() ? item.goal
                                                    : tr("%1: %2").arg(item.goal, item.task));
                row->setText(1, item.responsible);
                row->setText(2, item.deadline ? Labels::date(*item.deadline) : QString());
                row->setText(3, item.done ? tr("Done") : tr("Not done"));
                for (int column = 0; column < 4; ++column)
                    row->setToolTip(column, row->text(column));
            }
        }
        childItem->setExpanded(true);
    }
    m_ui->childrenPlansGroup->setVisible(tree->topLevelItemCount() > 0);
}

void WorkPlanTab::versionPicked()
{
    int index = m_ui->versionCombo->currentIndex();
    if (index == m_shown)
        return;
    // A draft's edits are saved before another version is shown, never dropped.
    if (m_dirty) {
        const qint64 wanted = m_ui->versionCombo->itemData(index).toLongLong();
        if (!saveDraft()) {
            const QSignalBlocker blocker(m_ui->versionCombo);
            m_ui->versionCombo->setCurrentIndex(m_shown);
            return;
        }
        // Saving reloaded the versions (and the picker): show the one asked for.
        for (int i = 0; i < m_versions.size(); ++i)
            if (m_versions[i].id == wanted)
                index = i;
        const QSignalBlocker blocker(m_ui->versionCombo);
        m_ui->versionCombo->setCurrentIndex(index);
    }
    m_shown = index;
    m_edited = index >= 0 && index < m_versions.size() ? m_versions[index] : WorkPlan();
    m_dirty = false;
    showVersion();
}

bool WorkPlanTab::selectVersion(int version)
{
    for (int i = 0; i < m_versions.size(); ++i)
        if (m_versions[i].version == version) {
            m_ui->versionCombo->setCurrentIndex(i);
            return m_shown == i;
        }
    return false;
}

void WorkPlanTab::showVersion()
{
    m_ui->participantsEdit->setText(m_edited.participants);
    fillTree();
    updateState();
    updateButtons();
}

void WorkPlanTab::fillTree()
{
    QTreeWidget* tree = m_ui->planTree;
    const auto selected = selectedItem();
    tree->clear();
    if (m_shown < 0)
        return;
    const QDate today = QDate::currentDate();
    const bool tracked = m_edited.status == PlanStatus::Agreed;
    for (int g = 0; g < m_edited.goals.size(); ++g) {
        const PlanGoal& goal = m_edited.goals[g];
        auto* goalItem = new QTreeWidgetItem(tree);
        goalItem->setText(DescriptionColumn, tr("Goal %1: %2").arg(g + 1).arg(goal.description));
        goalItem->setToolTip(DescriptionColumn, goal.description);
        goalItem->setData(DescriptionColumn, kGoalRole, g + 1);
        goalItem->setData(DescriptionColumn, kActionRole, 0);
        goalItem->setFirstColumnSpanned(true);
        QFont bold = goalItem->font(DescriptionColumn);
        bold.setBold(true);
        goalItem->setFont(DescriptionColumn, bold);
        for (int a = 0; a < goal.actions.size(); ++a) {
            const PlanAction& action = goal.actions[a];
            auto* item = new QTreeWidgetItem(goalItem);
            item->setText(DescriptionColumn,
                          QStringLiteral("%1.%2 %3").arg(g + 1).arg(a + 1).arg(action.description));
            item->setText(ResponsibleColumn, responsibleText(action));
            item->setText(DeadlineColumn,
                          action.deadline ? Labels::date(*action.deadline) : QString());
            item->setText(EffectColumn, action.expectedEffect);
            item->setText(
                StatusColumn,
                action.status == ActionStatus::Abandoned && !action.abandonReason.isEmpty()
                    ? tr("%1: %2").arg(actionStatusLabel(action.status), action.abandonReason)
                    : actionStatusLabel(action.status));
            item->setText(NotesColumn, action.progressNotes.split(u'\n').last());
            for (int column = 0; column < ColumnCount; ++column)
                item->setToolTip(column, item->text(column));
            item->setToolTip(NotesColumn, action.progressNotes);
            item->setData(DescriptionColumn, kGoalRole, g + 1);
            item->setData(DescriptionColumn, kActionRole, a + 1);
            const bool open =
                action.status == ActionStatus::Planned || action.status == ActionStatus::InProgress;
            if (tracked && open && action.deadline && *action.deadline < today) {
                item->setForeground(DeadlineColumn, PlanLabels::overdueForeground());
                item->setText(DeadlineColumn,
                              tr("%1 (overdue)").arg(Labels::date(*action.deadline)));
            } else if (tracked && open && action.deadline && today.daysTo(*action.deadline) <= 7) {
                item->setBackground(DeadlineColumn, PlanLabels::dueSoonBackground());
                item->setForeground(DeadlineColumn, Labels::statusForeground()); // dark theme too
            }
        }
        goalItem->setExpanded(true);
    }
    if (selected)
        selectItem(selected->first, selected->second);
}

void WorkPlanTab::updateState()
{
    QString text;
    QString style;
    if (m_shown < 0) {
        text = tr("The family has no work plan yet. Start one, write its goals and actions with "
                  "the family, then agree it.");
    } else {
        const WorkPlan& plan = m_edited;
        const WorkPlan* current = inForce();
        switch (plan.status) {
        case PlanStatus::Draft:
            text = tr("Draft of version %1, started on %2: edit it, save it and agree it with the "
                      "family.")
                       .arg(plan.version)
                       .arg(Labels::date(plan.createdOn));
            if (m_dirty)
                text += QLatin1Char(' ') + tr("Unsaved changes.");
            break;
        case PlanStatus::Agreed:
            text = tr("Agreed on %1 with the family's part, the social worker consulted.")
                       .arg(plan.agreedOn ? Labels::date(*plan.agreedOn) : QString());
            // Recorded when the signed plan is attached (Documents, "Signed work plan").
            if (plan.familySignedOn)
                text += QLatin1Char(' ') +
                        tr("Signed by the family on %1.").arg(Labels::date(*plan.familySignedOn));
            if (current && current->id != plan.id) {
                text += QLatin1Char(' ') +
                        tr("Replaced by version %1; kept for reading.").arg(current->version);
                style = Theme::warningStyle();
            } else if (m_versions.last().id != plan.id) {
                text += QLatin1Char(' ') + tr("Version %1 is being drafted; this version stays in "
                                              "force until it is agreed.")
                                               .arg(m_versions.last().version);
            }
            break;
        case PlanStatus::Closed:
            text = tr("Closed on %1: a closed plan no longer changes and is kept for reading.")
                       .arg(plan.closedOn ? Labels::date(*plan.closedOn) : QString());
            style = Theme::warningStyle();
            break;
        }
    }
    m_ui->planStateLabel->setText(text);
    m_ui->planStateLabel->setStyleSheet(style);
}

const WorkPlan* WorkPlanTab::inForce() const
{
    const WorkPlan* found = nullptr;
    for (const WorkPlan& plan : m_versions)
        if (plan.status != PlanStatus::Draft)
            found = &plan;
    return found;
}

bool WorkPlanTab::isDraft() const
{
    return m_shown >= 0 && m_edited.status == PlanStatus::Draft;
}

bool WorkPlanTab::isProgressable() const
{
    const WorkPlan* current = inForce();
    return m_shown >= 0 && m_edited.status == PlanStatus::Agreed && current &&
           current->id == m_edited.id;
}

void WorkPlanTab::updateButtons()
{
    const bool hasPlan = m_shown >= 0;
    const bool draft = isDraft();
    const auto item = selectedItem();
    const bool actionSelected = item && item->second > 0;
    m_ui->draftButtons->setVisible(!hasPlan || draft);
    m_ui->agreedButtons->setVisible(hasPlan && !draft);
    m_ui->createPlanButton->setVisible(!hasPlan);
    m_ui->participantsEdit->setReadOnly(!draft);
    m_ui->addGoalButton->setEnabled(draft);
    m_ui->addActionButton->setEnabled(draft && item.has_value());
    m_ui->editItemButton->setEnabled(draft && item.has_value());
    m_ui->removeItemButton->setEnabled(draft && item.has_value());
    m_ui->saveDraftButton->setEnabled(draft && m_dirty);
    m_ui->agreeButton->setEnabled(draft);

    const bool progressable = isProgressable();
    const auto action = selectedAction();
    m_ui->markDoneButton->setEnabled(progressable && actionSelected && action &&
                                     action->status != ActionStatus::Done);
    m_ui->markInProgressButton->setEnabled(progressable && actionSelected && action &&
                                           action->status != ActionStatus::InProgress);
    m_ui->abandonButton->setEnabled(progressable && actionSelected);
    m_ui->progressNoteButton->setEnabled(progressable && actionSelected);
    m_ui->newVersionButton->setEnabled(progressable && m_versions.last().id == m_edited.id);
    m_ui->closePlanButton->setEnabled(progressable);

    m_ui->compareButton->setEnabled(m_versions.size() >= 2);
    m_ui->printPlanButton->setEnabled(hasPlan);
    m_ui->exportPlanPdfButton->setEnabled(hasPlan);
}

void WorkPlanTab::markDirty()
{
    if (!isDraft())
        return;
    m_edited.participants = m_ui->participantsEdit->text();
    if (!m_dirty) {
        m_dirty = true;
        updateState();
    }
    updateButtons();
}

std::optional<std::pair<int, int>> WorkPlanTab::selectedItem() const
{
    const QList<QTreeWidgetItem*> items = m_ui->planTree->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const QTreeWidgetItem* item = items.first();
    return std::make_pair(item->data(DescriptionColumn, kGoalRole).toInt(),
                          item->data(DescriptionColumn, kActionRole).toInt());
}

std::optional<PlanAction> WorkPlanTab::selectedAction() const
{
    const auto item = selectedItem();
    if (!item || item->second == 0 || item->first > m_edited.goals.size())
        return std::nullopt;
    const PlanGoal& goal = m_edited.goals[item->first - 1];
    if (item->second > goal.actions.size())
        return std::nullopt;
    return goal.actions[item->second - 1];
}

bool WorkPlanTab::selectItem(int goal, int action)
{
    QTreeWidget* tree = m_ui->planTree;
    if (goal < 1 || goal > tree->topLevelItemCount())
        return false;
    QTreeWidgetItem* item = tree->topLevelItem(goal - 1);
    if (action > 0) {
        if (action > item->childCount())
            return false;
        item = item->child(action - 1);
    }
    tree->setCurrentItem(item);
    item->setSelected(true);
    return true;
}

void WorkPlanTab::createPlan()
{
    auto created =
        m_plans.createDraft(m_familyId, QDate::currentDate(), m_ui->participantsEdit->text());
    if (!created) {
        ui::showError(this, tr("Plan not started"), created.error().message);
        return;
    }
    m_shown = -1;
    m_dirty = false;
    reload();
    emit planChanged();
}

void WorkPlanTab::addGoal()
{
    if (!isDraft())
        return;
    PlanGoalDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_edited.goals << dialog.goal();
    markDirty();
    fillTree();
    selectItem(static_cast<int>(m_edited.goals.size()));
}

void WorkPlanTab::addAction()
{
    const auto item = selectedItem();
    if (!isDraft() || !item || item->first > m_edited.goals.size())
        return;
    PlanGoal& goal = m_edited.goals[item->first - 1];
    PlanActionDialog dialog(goal.description, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    goal.actions << dialog.action();
    const int goalNumber = item->first;
    const int actionNumber = static_cast<int>(goal.actions.size());
    markDirty();
    fillTree();
    selectItem(goalNumber, actionNumber);
}

void WorkPlanTab::editItem()
{
    const auto item = selectedItem();
    if (!isDraft() || !item || item->first > m_edited.goals.size())
        return;
    PlanGoal& goal = m_edited.goals[item->first - 1];
    if (item->second == 0) {
        PlanGoalDialog dialog(this);
        dialog.setGoal(goal);
        if (dialog.exec() != QDialog::Accepted)
            return;
        goal = dialog.goal();
    } else {
        if (item->second > goal.actions.size())
            return;
        PlanActionDialog dialog(goal.description, this);
        dialog.setAction(goal.actions[item->second - 1]);
        if (dialog.exec() != QDialog::Accepted)
            return;
        goal.actions[item->second - 1] = dialog.action();
    }
    markDirty();
    fillTree();
}

void WorkPlanTab::removeItem()
{
    const auto item = selectedItem();
    if (!isDraft() || !item || item->first > m_edited.goals.size())
        return;
    PlanGoal& goal = m_edited.goals[item->first - 1];
    if (item->second == 0) {
        if (!goal.actions.isEmpty() &&
            !confirm(this, tr("Remove goal"),
                     tr("Remove goal %1 with its %n action(s) from the draft?", nullptr,
                        static_cast<int>(goal.actions.size()))
                         .arg(item->first)))
            return;
        m_edited.goals.removeAt(item->first - 1);
    } else if (item->second <= goal.actions.size()) {
        goal.actions.removeAt(item->second - 1);
    }
    m_ui->planTree->clearSelection();
    markDirty();
    fillTree();
}

bool WorkPlanTab::saveDraft()
{
    if (!isDraft())
        return false;
    m_edited.participants = m_ui->participantsEdit->text();
    const Status saved = m_plans.saveDraft(m_edited);
    if (!saved) {
        ui::showError(this, tr("Draft not saved"), saved.error().message);
        return false;
    }
    m_dirty = false;
    reload();
    emit planChanged();
    return true;
}

void WorkPlanTab::agree()
{
    if (!isDraft() || (m_dirty && !saveDraft()))
        return;
    AgreePlanDialog dialog(m_plans, m_edited, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit planChanged();
    // The Agree button went with the draft: the focus goes to the agreed plan, on this tab,
    // not wherever the focus chain leads (the Niebieska Karta date of the record's details).
    m_ui->planTree->setFocus(Qt::OtherFocusReason);
}

void WorkPlanTab::progress(ActionStatus status)
{
    const auto action = selectedAction();
    if (!isProgressable() || !action)
        return;
    handle(m_plans.updateAction(action->id, status), tr("Progress not saved"));
}

void WorkPlanTab::markDone()
{
    progress(ActionStatus::Done);
}

void WorkPlanTab::markInProgress()
{
    progress(ActionStatus::InProgress);
}

void WorkPlanTab::openProgressDialog(std::optional<ActionStatus> status)
{
    const auto action = selectedAction();
    if (!isProgressable() || !action)
        return;
    ActionProgressDialog dialog(m_plans, *action, this);
    if (status)
        dialog.setStatus(*status);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit planChanged();
}

void WorkPlanTab::abandon()
{
    openProgressDialog(ActionStatus::Abandoned);
}

void WorkPlanTab::addProgressNote()
{
    openProgressDialog(std::nullopt);
}

void WorkPlanTab::newVersion()
{
    if (!isProgressable())
        return;
    auto created = m_plans.newVersion(m_edited.id, QDate::currentDate());
    if (!created) {
        ui::showError(this, tr("New version not made"), created.error().message);
        return;
    }
    m_shown = -1; // show the new draft
    reload();
    emit planChanged();
}

void WorkPlanTab::closePlan()
{
    if (!isProgressable())
        return;
    if (!confirm(this, tr("Close plan"),
                 tr("Close version %1 of the work plan as of %2? A closed plan no longer changes.")
                     .arg(m_edited.version)
                     .arg(Labels::date(QDate::currentDate()))))
        return;
    handle(m_plans.close(m_edited.id, QDate::currentDate()), tr("Plan not closed"));
}

void WorkPlanTab::compareVersions()
{
    if (m_versions.size() < 2 || (m_dirty && !saveDraft()))
        return;
    // The version shown against the one before it (the first two when the first is shown).
    const int newer = std::max(1, m_shown);
    PlanCompareDialog dialog(m_plans, m_versions, m_versions[newer - 1].id, m_versions[newer].id,
                             this);
    dialog.exec();
}

bool WorkPlanTab::exportPlanPdf(const QString& path, QString* error)
{
    if (m_shown < 0) {
        *error = tr("The family has no work plan to print.");
        return false;
    }
    if (m_dirty && !saveDraft()) {
        *error = tr("The draft could not be saved.");
        return false;
    }
    auto html = m_plans.printableHtml(m_edited.id, &Labels::date);
    if (!html) {
        *error = html.error().message;
        return false;
    }
    return DocumentPrinter::exportPdf(*html, tr("Work plan, version %1").arg(m_edited.version),
                                      path, error);
}

void WorkPlanTab::printPlan()
{
    if (m_shown < 0 || (m_dirty && !saveDraft()))
        return;
    auto html = m_plans.printableHtml(m_edited.id, &Labels::date);
    if (!html) {
        ui::showError(this, tr("Cannot print the plan"), html.error().message);
        return;
    }
    DocumentPrinter::preview(*html, tr("Work plan, version %1").arg(m_edited.version), this);
}

void WorkPlanTab::exportPdf()
{
    if (m_shown < 0)
        return;
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                          QLatin1Char('/') +
                          tr("work-plan-%1-v%2.pdf").arg(m_familyId).arg(m_edited.version);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export work plan"), start, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPlanPdf(path, &error)) {
        logging::get("ui")->error("work plan {} not exported", m_edited.id);
        ui::showError(this, tr("Plan not exported"), error);
    }
}

bool WorkPlanTab::handle(const Status& status, const QString& title)
{
    if (!status) {
        ui::showError(this, title, status.error().message);
        return false;
    }
    reload();
    emit planChanged();
    return true;
}

} // namespace opieka::ui
