#include "DuplicatesTab.h"

#include "ColumnFitter.h"
#include "DialogParts.h"
#include "DirectoryService.h"
#include "DuplicateReasons.h"
#include "DuplicateScore.h"
#include "Labels.h"
#include "Logging.h"
#include "MenuTab.h"
#include "MergeDialog.h"
#include "Messages.h"
#include "ReportRunner.h"
#include "ReportTableModel.h"
#include "Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

namespace opieka::ui {

namespace {

const QString kMenuActionName = QStringLiteral("likelyDuplicatesAction");

enum Column
{
    ScoreColumn,
    FirstNameColumn,
    FirstBornColumn,
    FirstFamilyColumn,
    SecondNameColumn,
    SecondBornColumn,
    SecondFamilyColumn,
    ReasonsColumn,
};

// Cases › Likely Duplicates…, made once per window, after Find Family.
QAction* menuAction(QMainWindow& window)
{
    if (auto* existing = window.findChild<QAction*>(kMenuActionName))
        return existing;
    auto* action = new QAction(DuplicatesTab::tr("Likely &Duplicates…"), &window);
    action->setObjectName(kMenuActionName);
    auto* after = window.findChild<QAction*>(QStringLiteral("findFamilyAction"));
    const QList<QObject*> owners = after ? after->associatedObjects() : QList<QObject*>();
    for (QObject* owner : owners)
        if (auto* menu = qobject_cast<QMenu*>(owner)) {
            const QList<QAction*> actions = menu->actions();
            const qsizetype at = actions.indexOf(after);
            menu->insertAction(at + 1 < actions.size() ? actions.at(at + 1) : nullptr, action);
            return action;
        }
    window.addAction(action); // no Cases menu: still reachable by its key
    return action;
}

// On the runner's thread, with its own connection (ReportRunner): the pairs, and the names of
// the people's families (each read once).
Result<QList<ListedDuplicate>> readPairs(Database& db, const User& actor, DuplicateKind kind,
                                         int minScore)
{
    const Session session(db, actor);
    auto pairs = DuplicateService(session).list(kind, minScore);
    OPIEKA_TRY(pairs);
    QList<ListedDuplicate> listed;
    listed.reserve(pairs->size());
    QHash<qint64, QString> familyNames;
    DirectoryService directory(session);
    const auto familyName = [&](qint64 id) -> Result<QString> {
        if (const auto known = familyNames.constFind(id); known != familyNames.constEnd())
            return known.value();
        auto family = directory.family(id);
        OPIEKA_TRY(family);
        const QString name = *family ? (*family)->name : QString();
        familyNames.insert(id, name);
        return name;
    };
    for (const DuplicatePair& pair : std::as_const(*pairs)) {
        ListedDuplicate row{pair, {}, {}};
        if (kind == DuplicateKind::Members) {
            auto a = familyName(pair.a.familyId);
            OPIEKA_TRY(a);
            auto b = familyName(pair.b.familyId);
            OPIEKA_TRY(b);
            row.familyA = *a;
            row.familyB = *b;
        }
        listed << row;
    }
    return listed;
}

QString familyText(const QString& name, qint64 id)
{
    return name.isEmpty() ? DuplicatesTab::tr("no. %1").arg(id)
                          : DuplicatesTab::tr("%1 (no. %2)").arg(name).arg(id);
}

QString bornText(const DuplicateRecord& record)
{
    return record.birthDate ? Labels::date(*record.birthDate) : QString();
}

} // namespace

DuplicatesTab::DuplicatesTab(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_kind(newComboBox(this, QStringLiteral("duplicateKindCombo"), tr("Records compared")))
    , m_minScore(new QSpinBox(this))
    , m_runner(new ReportRunner(Workspace::locationOf(session.database()), this))
    , m_summary(newNote(this, QString(), QStringLiteral("duplicatesSummaryLabel")))
    , m_model(new ReportTableModel({tr("Score"), tr("Record"), tr("Born"), tr("Family"),
                                    tr("Other record"), tr("Born"), tr("Family"), tr("Reasons")},
                                   {ScoreColumn}, this))
    , m_table(newReportTable(QStringLiteral("duplicatePairsTable"), tr("Likely duplicates"),
                             m_model, this))
{
    setObjectName(QStringLiteral("duplicatesTab"));
    setAccessibleName(tr("Likely duplicates"));
    m_model->setObjectName(QStringLiteral("duplicatePairsModel"));
    ColumnFitter::attach(m_table, {FirstNameColumn, FirstFamilyColumn, SecondNameColumn,
                                   SecondFamilyColumn, ReasonsColumn});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(newNote(
        this,
        tr("Records that may be the same person or the same family entered twice, the likeliest "
           "first. The score is a hint, not a decision: look at both records. \"Not a "
           "duplicate\" remembers that they are different and leaves the pair out from now on; "
           "\"Compare and merge\" shows them side by side and makes one record of the two."),
        QStringLiteral("duplicatesIntroLabel")));

    m_kind->addItem(tr("People"), static_cast<int>(DuplicateKind::Members));
    m_kind->addItem(tr("Families"), static_cast<int>(DuplicateKind::Families));
    auto* kindLabel = new QLabel(tr("&Compare:"), this);
    kindLabel->setBuddy(m_kind);
    m_minScore->setObjectName(QStringLiteral("minScoreSpin"));
    m_minScore->setAccessibleName(tr("Lowest score"));
    m_minScore->setRange(0, 100);
    m_minScore->setValue(kLikelyDuplicateScore);
    m_minScore->setToolTip(tr("Pairs scoring at least this are listed; %1 and more are likely "
                              "duplicates, 100 is the same PESEL.")
                               .arg(kLikelyDuplicateScore));
    auto* scoreLabel = new QLabel(tr("Lowest &score:"), this);
    scoreLabel->setBuddy(m_minScore);
    QPushButton* refreshButton =
        newButton(this, tr("&Refresh"), QStringLiteral("refreshDuplicatesButton"));
    auto* controls = new QHBoxLayout;
    controls->addWidget(kindLabel);
    controls->addWidget(m_kind);
    controls->addSpacing(12);
    controls->addWidget(scoreLabel);
    controls->addWidget(m_minScore);
    controls->addWidget(refreshButton);
    controls->addStretch(1);
    layout->addLayout(controls);
    layout->addWidget(m_runner);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    m_dismissButton = newButton(this, tr("&Not a duplicate"), QStringLiteral("notDuplicateButton"));
    m_dismissButton->setToolTip(tr("The two records are different people (families): the pair is "
                                   "remembered and no longer listed or warned of"));
    m_compareButton =
        newButton(this, tr("Compare and &merge…"), QStringLiteral("compareMergeButton"));
    addButtonRow(layout, {m_compareButton, m_dismissButton});

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DuplicatesTab::refresh);
    // Enter, or leaving the field with another score: the register is read once per change.
    connect(m_minScore, &QSpinBox::editingFinished, this, [this] {
        if (m_minScore->value() != m_requestedScore)
            refresh();
    });
    connect(refreshButton, &QPushButton::clicked, this, &DuplicatesTab::refresh);
    connect(m_dismissButton, &QPushButton::clicked, this, &DuplicatesTab::dismissSelected);
    connect(m_compareButton, &QPushButton::clicked, this, &DuplicatesTab::compareSelected);
    connect(m_table, &QTableView::activated, this, &DuplicatesTab::compareSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DuplicatesTab::updateButtons);
    connect(m_runner, &ReportRunner::failed, this, [this](const QString& message) {
        showError(this, tr("Cannot list the likely duplicates"), message);
        updateButtons();
    });
    connect(m_runner, &ReportRunner::cancelled, this, &DuplicatesTab::updateButtons);
    updateButtons();
}

DuplicatesTab* DuplicatesTab::install(QMainWindow& window, QTabWidget* tabs, const Session& session)
{
    QAction* action = menuAction(window);
    QObject::disconnect(action, &QAction::triggered, nullptr, nullptr);
    if (!session.may(Capability::ListDuplicates)) {
        action->setData(QVariant());
        action->setVisible(false);
        return nullptr;
    }
    // Looked at now and then: opened from the menu as a tab of its own (MenuTab.h).
    auto* tab = new DuplicatesTab(session, tabs);
    offerAsMenuTab(action, tabs, tab, tr("Likely d&uplicates"),
                   QStringLiteral("closeDuplicatesTabButton"), tr("Close the likely duplicates"));
    return tab;
}

DuplicateKind DuplicatesTab::kind() const
{
    return static_cast<DuplicateKind>(m_kind->currentData().toInt());
}

void DuplicatesTab::refresh()
{
    const DuplicateKind kind = this->kind();
    const int minScore = m_minScore->value();
    m_requestedScore = minScore;
    m_runner->build<QList<ListedDuplicate>>(
        [kind, minScore, actor = m_session.actor()](Database& db) {
            return readPairs(db, actor, kind, minScore);
        },
        [this, kind, minScore](const QList<ListedDuplicate>& pairs) {
            display(pairs, kind, minScore);
        });
    updateButtons();
}

void DuplicatesTab::display(const QList<ListedDuplicate>& pairs, DuplicateKind kind, int minScore)
{
    const bool members = kind == DuplicateKind::Members;
    m_model->setHeaders({tr("Score"), members ? tr("Person") : tr("Family"), tr("Born"),
                         members ? tr("Family") : tr("No."),
                         members ? tr("Other person") : tr("Other family"), tr("Born"),
                         members ? tr("Family") : tr("No."), tr("Reasons")});
    QList<ReportTableRow> rows;
    for (const ListedDuplicate& listed : pairs) {
        const DuplicatePair& p = listed.pair;
        ReportTableRow row;
        row.cells = QStringList{
            QString::number(p.score),
            p.a.name,
            bornText(p.a),
            members ? familyText(listed.familyA, p.a.familyId) : QString::number(p.a.id),
            p.b.name,
            bornText(p.b),
            members ? familyText(listed.familyB, p.b.familyId) : QString::number(p.b.id),
            DuplicateReasons::text(p.reasons)};
        row.id = p.a.id;
        rows << row;
    }
    m_pairs = pairs;
    m_model->setRows(rows);
    m_table->setColumnHidden(FirstBornColumn, !members);
    m_table->setColumnHidden(SecondBornColumn, !members);
    if (pairs.isEmpty())
        m_summary->setText(members ? tr("No likely duplicates among the people: no pair of "
                                        "records scores %1 or more.")
                                         .arg(minScore)
                                   : tr("No likely duplicates among the families: no pair of "
                                        "records scores %1 or more.")
                                         .arg(minScore));
    else
        m_summary->setText(tr("%n pair(s) of records scoring %1 or more, the highest first.",
                              nullptr, static_cast<int>(pairs.size()))
                               .arg(minScore));
    if (!pairs.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

const ListedDuplicate* DuplicatesTab::selected() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()) ||
        current.row() >= m_pairs.size())
        return nullptr;
    return &m_pairs.at(current.row());
}

bool DuplicatesTab::selectPair(qint64 aId, qint64 bId)
{
    for (int row = 0; row < m_pairs.size(); ++row) {
        const DuplicatePair& p = m_pairs.at(row).pair;
        if ((p.a.id == aId && p.b.id == bId) || (p.a.id == bId && p.b.id == aId)) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void DuplicatesTab::updateButtons()
{
    const bool one = selected() != nullptr && !m_runner->isRunning();
    m_dismissButton->setEnabled(one);
    m_compareButton->setEnabled(one);
}

QString DuplicatesTab::pairText(const ListedDuplicate& listed) const
{
    const DuplicatePair& p = listed.pair;
    return tr("%1 and %2")
        .arg(MergeDialog::describe(p.kind, p.a), MergeDialog::describe(p.kind, p.b));
}

void DuplicatesTab::dismissSelected()
{
    const ListedDuplicate* listed = selected();
    if (!listed)
        return;
    const DuplicatePair pair = listed->pair;
    const bool members = pair.kind == DuplicateKind::Members;
    const QString question =
        (members ? tr("Are %1 two different people?") : tr("Are %1 two different families?"))
            .arg(pairText(*listed));
    if (!confirm(this, tr("Not a duplicate"),
                 question + QStringLiteral("\n\n") +
                     tr("The pair is remembered: it is neither listed here again nor warned of "
                        "when either record is entered or changed.")))
        return;
    if (auto dismissed = DuplicateService(m_session).dismiss(pair.kind, pair.a.id, pair.b.id);
        !dismissed) {
        showError(this, tr("Cannot mark the pair"), dismissed.error().message);
        return;
    }
    const int row = m_table->selectionModel()->currentIndex().row();
    QList<ListedDuplicate> rest = m_pairs;
    rest.removeAt(row);
    display(rest, pair.kind, m_minScore->value());
    if (!rest.isEmpty())
        m_table->selectRow(std::min(row, static_cast<int>(rest.size()) - 1));
    emit statusMessage(
        tr("Marked as not a duplicate: no. %1 and no. %2.").arg(pair.a.id).arg(pair.b.id));
}

void DuplicatesTab::compareSelected()
{
    const ListedDuplicate* listed = selected();
    if (!listed || m_runner->isRunning())
        return;
    const DuplicatePair pair = listed->pair;
    QString error;
    auto dialog = MergeDialog::create(m_session, pair, m_closeRecords, this, &error);
    if (!dialog) {
        showError(this, tr("Cannot compare the two records"), error);
        return;
    }
    if (dialog->exec() != QDialog::Accepted || !dialog->outcome())
        return;
    const MergeOutcome outcome = *dialog->outcome();
    dialog.reset();
    logging::get("ui")->info("records {} and {} merged into {}", pair.a.id, pair.b.id,
                             outcome.keptId);
    const QStringList moved = MergeDialog::movedLines(outcome);
    showInformation(
        this, tr("Records merged"),
        tr("No. %1 was merged into no. %2 and removed.").arg(outcome.removedId).arg(outcome.keptId),
        QStringLiteral("mergedMessageBox"),
        moved.isEmpty() ? tr("Nothing else was recorded on no. %1.").arg(outcome.removedId)
                        : tr("Moved to no. %1:").arg(outcome.keptId) + QStringLiteral("\n") +
                              moved.join(QLatin1Char('\n')));
    emit statusMessage(tr("No. %1 merged into no. %2.").arg(outcome.removedId).arg(outcome.keptId));
    refresh();
    emit merged();
}

} // namespace opieka::ui
