#include "HelpPlanDialog.h"

#include "DialogParts.h"
#include "IsoDate.h"
#include "Labels.h"
#include "Logging.h"
#include "ui_HelpPlanDialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace opieka::ui {

HelpPlanDialog::HelpPlanDialog(const Session& session, qint64 childMemberId,
                               const QString& childName, QWidget* parent)
    : FormDialog(parent, QStringLiteral("helpPlanDialog"), tr("Child's help plan"))
    , m_childCare(session)
    , m_plans(session)
    , m_childMemberId(childMemberId)
{
    setUpFormButtons(this, m_ui->buttonBox,
                     {.text = tr("&Save"), .accessibleName = tr("Save the help plan")},
                     m_ui->errorLabel);
    m_ui->planInfoLabel->setText(
        tr("Help plan of %1: goals and tasks agreed with the foster family and the family "
           "assistant, including the return home. Deadlines as YYYY-MM-DD.")
            .arg(childName));
    QTableWidget* table = m_ui->helpPlanTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels(
        {tr("Goal"), tr("Task"), tr("Responsible"), tr("Deadline"), tr("Done")});
    table->setColumnWidth(GoalColumn, 220);
    table->setColumnWidth(TaskColumn, 220);
    table->setColumnWidth(ResponsibleColumn, 130);
    table->setColumnWidth(DeadlineColumn, 100);
    table->horizontalHeader()->setStretchLastSection(true);

    auto items = m_childCare.helpPlan(childMemberId);
    if (items) {
        for (const HelpPlanItem& item : *items)
            addItem(item);
    } else {
        logging::get("ui")->error("help plan of child {} could not be read", childMemberId);
        showErrorLine(m_ui->errorLabel, items.error().message);
    }
    showFamilyPlan(childMemberId);
    connect(m_ui->addItemButton, &QPushButton::clicked, this, [this] {
        addItem({});
        m_ui->helpPlanTable->setCurrentCell(m_ui->helpPlanTable->rowCount() - 1, GoalColumn);
        m_ui->helpPlanTable->editItem(m_ui->helpPlanTable->currentItem());
    });
    connect(m_ui->removeItemButton, &QPushButton::clicked, this, &HelpPlanDialog::removeSelected);
}

HelpPlanDialog::~HelpPlanDialog() = default;

void HelpPlanDialog::addItem(const HelpPlanItem& item)
{
    QTableWidget* table = m_ui->helpPlanTable;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, GoalColumn, new QTableWidgetItem(item.goal));
    table->setItem(row, TaskColumn, new QTableWidgetItem(item.task));
    table->setItem(row, ResponsibleColumn, new QTableWidgetItem(item.responsible));
    table->setItem(row, DeadlineColumn,
                   new QTableWidgetItem(item.deadline ? Labels::date(*item.deadline) : QString()));
    auto* done = new QTableWidgetItem;
    done->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    done->setCheckState(item.done ? Qt::Checked : Qt::Unchecked);
    table->setItem(row, DoneColumn, done);
}

void HelpPlanDialog::showFamilyPlan(qint64 childMemberId)
{
    QTreeWidget* tree = m_ui->familyPlanTree;
    tree->setColumnCount(4);
    tree->setHeaderLabels({tr("Goal / action"), tr("Responsible"), tr("Deadline"), tr("Status")});
    tree->setColumnWidth(0, 320);
    tree->setColumnWidth(1, 160);
    tree->setColumnWidth(2, 100);
    tree->header()->setStretchLastSection(true);
    auto deadlines = m_childCare.deadlines(childMemberId);
    if (!deadlines) {
        logging::get("ui")->error("child {} could not be read", childMemberId);
        m_ui->familyPlanStateLabel->setText(deadlines.error().message);
        tree->hide();
        return;
    }
    const qint64 familyId = deadlines->child.familyId;
    auto versions = m_plans.versions(familyId);
    if (!versions) {
        logging::get("ui")->error("work plans of family {} could not be read", familyId);
        m_ui->familyPlanStateLabel->setText(versions.error().message);
        tree->hide();
        return;
    }
    // The version in force (the latest that is not a draft), else the draft.
    const WorkPlan* shown = nullptr;
    for (const WorkPlan& plan : *versions)
        if (plan.status != PlanStatus::Draft)
            shown = &plan;
    if (!shown && !versions->isEmpty())
        shown = &versions->last();
    if (!shown) {
        m_ui->familyPlanStateLabel->setText(tr("The child's family has no work plan yet."));
        tree->hide();
        return;
    }
    m_ui->familyPlanStateLabel->setText(tr("Work plan of the family, version %1: %2")
                                            .arg(shown->version)
                                            .arg(planStatusLabel(shown->status)));
    for (int g = 0; g < shown->goals.size(); ++g) {
        const PlanGoal& goal = shown->goals[g];
        auto* goalItem = new QTreeWidgetItem(tree);
        goalItem->setText(0, tr("Goal %1: %2").arg(g + 1).arg(goal.description));
        goalItem->setToolTip(0, goal.description);
        goalItem->setFirstColumnSpanned(true);
        QFont bold = goalItem->font(0);
        bold.setBold(true);
        goalItem->setFont(0, bold);
        for (int a = 0; a < goal.actions.size(); ++a) {
            const PlanAction& action = goal.actions[a];
            auto* item = new QTreeWidgetItem(goalItem);
            item->setText(0,
                          QStringLiteral("%1.%2 %3").arg(g + 1).arg(a + 1).arg(action.description));
            item->setText(
                1, action.responsible.isEmpty()
                       ? responsibleLabel(action.responsibleKind)
                       : QStringLiteral("%1: %2").arg(responsibleLabel(action.responsibleKind),
                                                      action.responsible));
            item->setText(2, action.deadline ? Labels::date(*action.deadline) : QString());
            item->setText(3, actionStatusLabel(action.status));
            for (int column = 0; column < 4; ++column)
                item->setToolTip(column, item->text(column));
        }
        goalItem->setExpanded(true);
    }
}

void HelpPlanDialog::removeSelected()
{
    const int row = m_ui->helpPlanTable->currentRow();
    if (row >= 0)
        m_ui->helpPlanTable->removeRow(row);
}

void HelpPlanDialog::accept()
{
    QTableWidget* table = m_ui->helpPlanTable;
    QList<HelpPlanItem> items;
    auto text = [table](int row, int column) {
        const QTableWidgetItem* cell = table->item(row, column);
        return cell ? cell->text().trimmed() : QString();
    };
    for (int row = 0; row < table->rowCount(); ++row) {
        HelpPlanItem item;
        item.childMemberId = m_childMemberId;
        item.goal = text(row, GoalColumn);
        item.task = text(row, TaskColumn);
        item.responsible = text(row, ResponsibleColumn);
        const QString deadline = text(row, DeadlineColumn);
        if (!deadline.isEmpty()) {
            item.deadline = parseIsoDate(deadline);
            if (!item.deadline) {
                showErrorLine(m_ui->errorLabel,
                              tr("Not saved: the deadline in row %1 is not a date (YYYY-MM-DD).")
                                  .arg(row + 1));
                return;
            }
        }
        const QTableWidgetItem* done = table->item(row, DoneColumn);
        item.done = done && done->checkState() == Qt::Checked;
        if (item.goal.isEmpty() && item.task.isEmpty() && item.responsible.isEmpty() &&
            !item.deadline)
            continue; // an empty row added by mistake
        items << item;
    }
    if (!refused(m_childCare.saveHelpPlan(m_childMemberId, items),
                 "help plan of child {} not saved", m_childMemberId))
        QDialog::accept();
}

} // namespace opieka::ui
