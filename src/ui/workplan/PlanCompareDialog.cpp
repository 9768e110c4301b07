#include "PlanCompareDialog.h"

#include "Labels.h"
#include "Logging.h"
#include "PlanLabels.h"
#include "ui_PlanCompareDialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace opieka::ui {
namespace {
// An action as the comparison shows it: what, then who, by when, the effect and the status, so
// that a change other than the wording can be seen.
QString actionText(const Result<WorkPlan>& plan, int goal, int action)
{
    if (!plan || goal < 1 || goal > plan->goals.size())
        return {};
    const QList<PlanAction>& actions = plan->goals[goal - 1].actions;
    if (action < 1 || action > actions.size())
        return {};
    const PlanAction& a = actions[action - 1];
    QStringList details{
        a.responsible.isEmpty()
            ? responsibleLabel(a.responsibleKind)
            : QStringLiteral("%1: %2").arg(responsibleLabel(a.responsibleKind), a.responsible)};
    if (a.deadline)
        details << PlanCompareDialog::tr("by %1").arg(Labels::date(*a.deadline));
    if (!a.expectedEffect.isEmpty())
        details << a.expectedEffect;
    details << actionStatusLabel(a.status);
    return a.description + QLatin1Char('\n') + details.join(QStringLiteral(" · "));
}
} // namespace

PlanCompareDialog::PlanCompareDialog(WorkPlanService plans, const QList<WorkPlan>& versions,
                                     qint64 olderId, qint64 newerId, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::PlanCompareDialog>())
    , m_plans(plans)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("planCompareDialog"));
    setAccessibleName(tr("Compare versions of the work plan"));
    QPushButton* close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close the comparison"));
    for (const WorkPlan& plan : versions) {
        m_ui->olderCombo->addItem(PlanLabels::version(plan), plan.id);
        m_ui->newerCombo->addItem(PlanLabels::version(plan), plan.id);
    }
    m_ui->olderCombo->setCurrentIndex(m_ui->olderCombo->findData(olderId));
    m_ui->newerCombo->setCurrentIndex(m_ui->newerCombo->findData(newerId));

    QTableWidget* table = m_ui->compareTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels(
        {tr("No."), tr("Earlier version"), tr("Later version"), tr("Change")});
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OlderColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(NewerColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ChangeColumn, QHeaderView::ResizeToContents);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    connect(m_ui->olderCombo, &QComboBox::currentIndexChanged, this, &PlanCompareDialog::compare);
    connect(m_ui->newerCombo, &QComboBox::currentIndexChanged, this, &PlanCompareDialog::compare);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    compare();
}

PlanCompareDialog::~PlanCompareDialog() = default;

void PlanCompareDialog::compare()
{
    QTableWidget* table = m_ui->compareTable;
    table->setRowCount(0);
    m_rows.clear();
    const qint64 older = m_ui->olderCombo->currentData().toLongLong();
    const qint64 newer = m_ui->newerCombo->currentData().toLongLong();
    if (older == 0 || newer == 0)
        return;
    m_ui->compareTable->horizontalHeaderItem(OlderColumn)->setText(m_ui->olderCombo->currentText());
    m_ui->compareTable->horizontalHeaderItem(NewerColumn)->setText(m_ui->newerCombo->currentText());
    auto rows = m_plans.compare(older, newer);
    if (!rows) {
        logging::get("ui")->error("plans {} and {} could not be compared", older, newer);
        m_ui->summaryLabel->setText(rows.error().message);
        return;
    }
    m_rows = *rows;
    const Result<WorkPlan> olderPlan = m_plans.plan(older);
    const Result<WorkPlan> newerPlan = m_plans.plan(newer);
    table->setRowCount(static_cast<int>(m_rows.size()));
    int changes = 0;
    for (int r = 0; r < m_rows.size(); ++r) {
        const PlanComparisonRow& row = m_rows.at(r);
        const QString number =
            row.actionNumber == 0
                ? QString::number(row.goalNumber)
                : QStringLiteral("%1.%2").arg(row.goalNumber).arg(row.actionNumber);
        const bool isAction = row.actionNumber > 0;
        const QString olderText = isAction && !row.older.isEmpty()
                                      ? actionText(olderPlan, row.goalNumber, row.actionNumber)
                                      : row.older;
        const QString newerText = isAction && !row.newer.isEmpty()
                                      ? actionText(newerPlan, row.goalNumber, row.actionNumber)
                                      : row.newer;
        const QStringList texts{number, olderText, newerText, PlanLabels::change(row.change)};
        const QColor tint = PlanLabels::changeBackground(row.change);
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(texts.at(column));
            item->setToolTip(texts.at(column));
            if (tint.isValid()) {
                item->setBackground(tint);
                item->setForeground(QColor(0x1a, 0x1a, 0x1a));
            }
            if (row.actionNumber == 0) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            if (row.change == PlanComparisonRow::Change::Removed && column == OlderColumn) {
                QFont font = item->font();
                font.setStrikeOut(true);
                item->setFont(font);
            }
            table->setItem(r, column, item);
        }
        if (row.change != PlanComparisonRow::Change::Same)
            ++changes;
    }
    m_ui->summaryLabel->setText(changes == 0 ? tr("The two versions are the same.")
                                             : tr("%n row(s) differ.", nullptr, changes));
}

} // namespace opieka::ui
