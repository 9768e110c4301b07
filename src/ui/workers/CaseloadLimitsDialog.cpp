#include "CaseloadLimitsDialog.h"

#include "CaseloadService.h"
#include "DialogParts.h"
#include "Labels.h"
#include "Logging.h"
#include "WindowSize.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace opieka::ui {
namespace {
bool sameRoleNext(const QList<CaseloadRule>& rules, qsizetype index)
{
    return index + 1 < rules.size() && rules[index + 1].role == rules[index].role;
}

QTableWidgetItem* item(const QString& text, bool bold)
{
    auto* cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (bold) {
        QFont font = cell->font();
        font.setBold(true);
        cell->setFont(font);
    }
    return cell;
}
} // namespace

std::unique_ptr<CaseloadLimitsDialog> CaseloadLimitsDialog::create(CaseloadService& caseloads,
                                                                   const QDate& today,
                                                                   QWidget* parent, QString* error)
{
    auto rules = caseloads.rules();
    auto differences = caseloads.differencesFromStatute(today);
    if (!rules || !differences) {
        logging::get("ui")->error("the caseload limits could not be read");
        *error = !rules ? rules.error().message : differences.error().message;
        return nullptr;
    }
    QStringList texts;
    for (const RuleDifference& difference : *differences)
        texts << CaseloadService::differenceText(difference);
    return std::make_unique<CaseloadLimitsDialog>(*rules, texts, today, parent);
}

QString CaseloadLimitsDialog::period(const QList<CaseloadRule>& rules, qsizetype index)
{
    const CaseloadRule& rule = rules[index];
    if (!sameRoleNext(rules, index))
        return tr("from %1").arg(Labels::date(rule.validFrom));
    return tr("%1 – %2").arg(Labels::date(rule.validFrom),
                             Labels::date(rules[index + 1].validFrom.addDays(-1)));
}

bool CaseloadLimitsDialog::inForce(const QList<CaseloadRule>& rules, qsizetype index,
                                   const QDate& day)
{
    return rules[index].validFrom <= day &&
           (!sameRoleNext(rules, index) || rules[index + 1].validFrom > day);
}

CaseloadLimitsDialog::CaseloadLimitsDialog(const RuleBook& book, const QStringList& differences,
                                           const QDate& today, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("caseloadLimitsDialog"));
    setWindowTitle(tr("Caseload Limits"));
    setAccessibleName(tr("Caseload limits"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = newNote(this, tr("The limits applied to every caseload, each with the days it is "
                                   "in force and its legal basis. The limits in force on %1 are in "
                                   "bold.")
                                    .arg(Labels::date(today)));
    layout->addWidget(intro);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("caseloadLimitsTable"));
    m_table->setAccessibleName(tr("Caseload limits and their legal basis"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Role"), tr("Limit"), tr("In force"), tr("Legal basis")});
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(RoleColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LimitColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PeriodColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    const QList<CaseloadRule>& rules = book.rules();
    m_table->setRowCount(static_cast<int>(rules.size()));
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const CaseloadRule& rule = rules[i];
        const bool current = inForce(rules, i, today);
        const int row = static_cast<int>(i);
        const QString limit = rule.prorated ? tr("%1 per full-time post").arg(rule.limit)
                                            : QString::number(rule.limit);
        const QString source =
            rule.isCentresOwn() ? tr("The centre's own rule (not the statute's)") : rule.source;
        m_table->setItem(row, RoleColumn, item(Labels::role(rule.role), current));
        m_table->setItem(row, LimitColumn, item(limit, current));
        m_table->setItem(row, PeriodColumn, item(period(rules, i), current));
        QTableWidgetItem* basis = item(source, current);
        basis->setToolTip(source);
        m_table->setItem(row, SourceColumn, basis);
    }
    // Nothing looks chosen when the dialog opens: a row is selected only to copy its text.
    m_table->setCurrentCell(-1, -1);
    m_table->clearSelection();
    layout->addWidget(m_table, 1);

    m_differencesLabel = new QLabel(this);
    m_differencesLabel->setObjectName(QStringLiteral("caseloadLimitsDifferences"));
    m_differencesLabel->setWordWrap(true);
    m_differencesLabel->setTextFormat(Qt::PlainText);
    m_differencesLabel->setText(differences.isEmpty()
                                    ? tr("The centre applies the statute's limits.")
                                    : tr("The centre's rules differ from the statute's:") +
                                          QLatin1Char('\n') + differences.join(QLatin1Char('\n')));
    layout->addWidget(m_differencesLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setDefault(true);
    close->setFocus();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resizeToFitScreen(this, QSize(960, 560)); // every row whole on 1024×768
}

} // namespace opieka::ui
