#include "ManagerDeskTab.h"

#include "CasesBehindDialog.h"
#include "ColumnFitter.h"
#include "DialogParts.h"
#include "DirectoryService.h"
#include "FosterRegisterService.h"
#include "Labels.h"
#include "Logging.h"
#include "Messages.h"
#include "PendingConfirmationsBox.h"
#include "ReportDocuments.h"
#include "ReportRunner.h"
#include "ReportService.h"
#include "ReportTableModel.h"
#include "TeamService.h"
#include "UtilisationBar.h"
#include "Workspace.h"

#include <QCommandLinkButton>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace opieka::ui {
namespace {
// On the runner's thread, with its own connection to the database (ReportRunner): the session's
// account acting on that connection.
Result<ManagerDeskTab::Glance> buildGlance(Database& db, const User& actor, const QDate& day)
{
    const Session session(db, actor);
    ManagerDeskTab::Glance glance;
    auto caseload = CaseloadService(session).report(day);
    OPIEKA_TRY(caseload);
    glance.caseload = *caseload;
    // Counted, not listed: the report's 130 thousand rows are not built to be dropped.
    auto overdue = ReportService(session).overdueCount(day);
    OPIEKA_TRY(overdue);
    glance.overdueItems = *overdue;
    auto missing = TeamService(session).familiesMissingTeam(day);
    OPIEKA_TRY(missing);
    glance.familiesMissingTeam = *missing;
    auto uncovered = FosterRegisterService(session).familiesWithoutCoordinator(day);
    OPIEKA_TRY(uncovered);
    glance.fosterFamiliesWithoutCoordinator = static_cast<int>(uncovered->size());
    auto differences = CaseloadService(session).differencesFromStatute(day);
    OPIEKA_TRY(differences);
    for (const RuleDifference& d : *differences)
        glance.ruleDifferences << CaseloadService::differenceText(d);
    return glance;
}

// A role's average load as the engine rates a worker's (tenths of a case, so that 49.6 of 50
// is near the limit, not at it).
LoadStatus averageStatus(const RoleSummary& s)
{
    return CaseloadEngine::statusFor(static_cast<int>(std::lround(s.casesPerWorker * 10)),
                                     s.limit ? std::optional<int>(*s.limit * 10) : std::nullopt);
}

void clear(QGridLayout* grid)
{
    while (QLayoutItem* item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}
} // namespace

ManagerDeskTab::ManagerDeskTab(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_runner(new ReportRunner(Workspace::locationOf(session.database()), this))
    , m_pending(new PendingConfirmationsBox(session, this))
    , m_heading(new QLabel(this))
    , m_roles(new QGridLayout)
    , m_loadedLabel(new QLabel(this))
    , m_normLabel(new QLabel(this))
    , m_rulesLabel(new QLabel(this))
    , m_workers(new ReportTableModel({tr("Worker"), tr("Role"), tr("Unit"), tr("Cases"),
                                      tr("Limit"), tr("Utilisation"), tr("Status")},
                                     {3, 4, 5}, this))
    , m_workersTable(
          newReportTable(QStringLiteral("loadedWorkersTable"),
                         tr("Workers over or near the limit; double-click a worker for the cases"),
                         m_workers, this))
    , m_overdueButton(new QCommandLinkButton(this))
    , m_teamButton(new QCommandLinkButton(this))
    , m_coordinatorButton(new QCommandLinkButton(this))
{
    setObjectName(QStringLiteral("managerStartTab"));
    m_heading->setObjectName(QStringLiteral("glanceHeading"));
    m_loadedLabel->setObjectName(QStringLiteral("loadedWorkersLabel"));
    m_normLabel->setObjectName(QStringLiteral("socialWorkerNormLabel"));
    m_normLabel->setWordWrap(true);
    m_rulesLabel->setObjectName(QStringLiteral("rulesDifferLabel"));
    m_rulesLabel->setWordWrap(true);
    m_rulesLabel->setTextFormat(Qt::PlainText);
    m_workers->setObjectName(QStringLiteral("loadedWorkersModel"));
    ColumnFitter::attach(m_workersTable, {0, 1, 2}); // worker, role, unit
    m_loadedLabel->setBuddy(m_workersTable);
    m_overdueButton->setObjectName(QStringLiteral("overdueButton"));
    m_teamButton->setObjectName(QStringLiteral("missingTeamButton"));
    m_coordinatorButton->setObjectName(QStringLiteral("noCoordinatorButton"));

    auto* refreshButton = newButton(this, tr("&Refresh"), QStringLiteral("refreshGlanceButton"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(refreshButton);

    auto* rolesBox =
        new QGroupBox(tr("Utilisation by role: cases per worker against the limit"), this);
    rolesBox->setObjectName(QStringLiteral("rolesBox"));
    rolesBox->setLayout(m_roles);
    m_rolesBox = rolesBox;
    auto* loadedBox = new QGroupBox(tr("Workers over or near the limit"), this);
    loadedBox->setObjectName(QStringLiteral("loadedWorkersBox"));
    auto* loadedLayout = new QVBoxLayout(loadedBox);
    loadedLayout->addWidget(m_loadedLabel);
    loadedLayout->addWidget(m_workersTable, 1);
    // Two figures a line: three side by side made the window at least 906 px wide, so that it
    // could no longer be made narrower than that (DailyUseTest's 900 px window came back 910).
    auto* figures = new QGridLayout;
    figures->addWidget(m_overdueButton, 0, 0);
    figures->addWidget(m_teamButton, 0, 1);
    figures->addWidget(m_coordinatorButton, 1, 0);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pending);
    layout->addWidget(m_runner);
    layout->addWidget(rolesBox);
    layout->addWidget(m_normLabel);
    layout->addWidget(m_rulesLabel);
    layout->addLayout(figures);
    layout->addWidget(loadedBox, 1);

    connect(refreshButton, &QPushButton::clicked, this, &ManagerDeskTab::refresh);
    connect(m_pending, &PendingConfirmationsBox::statusMessage, this,
            &ManagerDeskTab::statusMessage);
    connect(m_overdueButton, &QCommandLinkButton::clicked, this,
            &ManagerDeskTab::showDeadlinesRequested);
    connect(m_coordinatorButton, &QCommandLinkButton::clicked, this,
            &ManagerDeskTab::showDeadlinesRequested);
    connect(m_teamButton, &QCommandLinkButton::clicked, this,
            &ManagerDeskTab::showFamiliesMissingTeam);
    connect(m_workersTable, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        showWorkerCases(index.data(ReportTableModel::IdRole).toLongLong());
    });
    connect(m_runner, &ReportRunner::failed, this, [this](const QString& message) {
        showError(this, tr("Cannot read the centre's figures"), message);
    });
    display(m_glance);
}

void ManagerDeskTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_requested)
        refresh();
}

void ManagerDeskTab::refresh()
{
    m_requested = true;
    m_pending->refresh();
    const QDate day = QDate::currentDate();
    m_runner->build<Glance>(
        [day, actor = m_session.actor()](Database& db) { return buildGlance(db, actor, day); },
        [this](const Glance& glance) {
            m_hasGlance = true;
            display(glance);
        });
}

void ManagerDeskTab::display(const Glance& glance)
{
    m_glance = glance;
    const QLocale locale;
    m_heading->setText(
        tr("<h3>The centre at a glance on %1</h3>")
            .arg(Labels::date(glance.caseload.asOf.isValid() ? glance.caseload.asOf
                                                             : QDate::currentDate())));
    fillRoles();
    m_normLabel->clear();
    for (const RoleSummary& s : glance.caseload.summaries)
        if (s.workersNeededByFamilies)
            m_normLabel->setText(ReportDocuments::normText(s));
    m_rulesLabel->setVisible(!glance.ruleDifferences.isEmpty());
    m_rulesLabel->setText(tr("The centre's limits differ from the statute's:") +
                          QStringLiteral("\n") + glance.ruleDifferences.join(QLatin1Char('\n')));

    QList<ReportTableRow> rows;
    int over = 0;
    int near = 0;
    QList<WorkerCaseload> loaded;
    for (const WorkerCaseload& row : glance.caseload.rows)
        if (row.load.limit && row.load.status != LoadStatus::Ok)
            loaded << row;
    std::stable_sort(loaded.begin(), loaded.end(), [](const auto& a, const auto& b) {
        return a.load.utilisationPct.value_or(0) > b.load.utilisationPct.value_or(0);
    });
    for (const WorkerCaseload& row : loaded) {
        (row.load.status == LoadStatus::Over ? over : near) += 1;
        rows << ReportTableRow{
            {row.worker.displayName(), Labels::role(row.worker.role), row.worker.unit,
             QString::number(row.load.cases), QString::number(*row.load.limit),
             locale.toString(row.load.utilisationPct.value_or(0), 'f', 0) + QStringLiteral(" %"),
             Labels::loadStatus(row.load.status, true)},
            Labels::statusBackground(row.load.status),
            row.worker.id,
            0};
    }
    m_workers->setRows(rows);
    m_loadedLabel->setText(tr("%n worker(s) over the limit", nullptr, over) + QStringLiteral("; ") +
                           tr("%n near or at the limit.", nullptr, near) + QLatin1Char(' ') +
                           tr("Double-click a worker to see the cases."));

    m_overdueButton->setText(tr("%n overdue deadline item(s)", nullptr, glance.overdueItems));
    m_overdueButton->setDescription(tr("Overdue or to do now, by worker: the deadlines report"));
    m_overdueButton->setAccessibleName(m_overdueButton->text());
    const int missing = static_cast<int>(glance.familiesMissingTeam.size());
    m_teamButton->setText(tr("%n family(ies) missing a required team member", nullptr, missing));
    m_teamButton->setDescription(tr("Open families whose team lacks a role their category "
                                    "requires: the list"));
    m_teamButton->setAccessibleName(m_teamButton->text());
    // Art. 77 ust. 1a: the organiser carries out the coordinator's tasks for these families.
    m_coordinatorButton->setText(tr("%n foster family(ies) without a coordinator", nullptr,
                                    glance.fosterFamiliesWithoutCoordinator));
    m_coordinatorButton->setDescription(
        tr("The organiser carries out the coordinator's tasks for them (art. 77 ust. 1a): the "
           "deadlines report"));
    m_coordinatorButton->setAccessibleName(m_coordinatorButton->text());
}

void ManagerDeskTab::fillRoles()
{
    clear(m_roles);
    const QLocale locale;
    int line = 0;
    for (const RoleSummary& s : m_glance.caseload.summaries) {
        auto* role = new QLabel(QStringLiteral("<b>%1</b>").arg(Labels::role(s.role)), m_rolesBox);
        auto* bar = new UtilisationBar(m_rolesBox);
        bar->setObjectName(QStringLiteral("utilisationBar_%1").arg(roleName(s.role)));
        bar->setAccessibleName(tr("Average utilisation: %1").arg(Labels::role(s.role)));
        // The figure stands beside the bar too, readable on any colour.
        const double pct = s.limit && *s.limit > 0 ? 100.0 * s.casesPerWorker / *s.limit : 0.0;
        bar->setValue(s.limit ? std::optional<double>(pct) : std::nullopt, averageStatus(s));
        const QString share =
            s.limit ? locale.toString(pct, 'f', 0) + QStringLiteral(" %") : tr("no limit");
        auto* figures = new QLabel(
            QStringLiteral("<b>%1</b> — ").arg(share) +
                tr("%1 cases per worker (limit %2); %n worker(s), %3 over and %4 near the limit",
                   nullptr, s.workers)
                    .arg(locale.toString(s.casesPerWorker, 'f', 1),
                         s.limit ? QString::number(*s.limit) : tr("none"))
                    .arg(s.overLimit)
                    .arg(s.nearLimit + s.atLimit),
            m_rolesBox);
        figures->setObjectName(QStringLiteral("roleFigures_%1").arg(roleName(s.role)));
        figures->setToolTip(m_glance.caseload.limitSource(s.role)); // the limit's legal source
        figures->setWordWrap(true);
        auto* open = new QPushButton(tr("Report…"), m_rolesBox);
        open->setObjectName(QStringLiteral("openRoleReport_%1").arg(roleName(s.role)));
        open->setAccessibleName(tr("Caseload report: %1").arg(Labels::role(s.role)));
        connect(open, &QPushButton::clicked, this,
                [this, r = s.role] { emit showCaseloadRequested(r); });
        m_roles->addWidget(role, line, 0);
        m_roles->addWidget(bar, line, 1);
        m_roles->addWidget(figures, line, 2);
        m_roles->addWidget(open, line, 3);
        ++line;
    }
    m_roles->setColumnStretch(2, 1);
}

CasesBehindDialog* ManagerDeskTab::showWorkerCases(qint64 workerId)
{
    QString name;
    for (const WorkerCaseload& row : m_glance.caseload.rows)
        if (row.worker.id == workerId)
            name = row.worker.displayName();
    if (name.isEmpty())
        return nullptr;
    auto cases = CaseloadService(m_session).casesBehind(m_glance.caseload.asOf, {workerId});
    if (!cases) {
        showError(this, tr("Cannot read the cases"), cases.error().message);
        return nullptr;
    }
    return showDialog(
        tr("Cases of %1").arg(name),
        tr("The cases %1 carries on %2.").arg(name, Labels::date(m_glance.caseload.asOf)), *cases);
}

CasesBehindDialog* ManagerDeskTab::showFamiliesMissingTeam()
{
    DirectoryService directory(m_session);
    QList<CountedCase> families;
    for (qint64 id : m_glance.familiesMissingTeam) {
        auto family = directory.family(id);
        if (!family) {
            showError(this, tr("Cannot read the families"), family.error().message);
            return nullptr;
        }
        if (!*family)
            continue;
        CountedCase c;
        c.caseRef = CaseRef{CaseKind::Family, id};
        c.name = (*family)->name;
        c.caseNumber = (*family)->caseNumber;
        c.municipality = (*family)->municipality;
        families << c;
    }
    return showDialog(tr("Families missing a required team member"),
                      tr("Open families whose team lacks a role their category requires "
                         "(the family record's Team tab says which)."),
                      families);
}

CasesBehindDialog* ManagerDeskTab::showDialog(const QString& title, const QString& explanation,
                                              const QList<CountedCase>& cases)
{
    QHash<qint64, QString> names;
    for (const WorkerCaseload& row : m_glance.caseload.rows)
        names.insert(row.worker.id, row.worker.displayName());
    auto* dialog = CasesBehindDialog::open(title, explanation, cases, names, this);
    connect(dialog, &CasesBehindDialog::openFamilyRequested, this,
            &ManagerDeskTab::openFamilyRequested);
    connect(dialog, &CasesBehindDialog::showFosterFamilyRequested, this,
            &ManagerDeskTab::showFosterFamilyRequested);
    return dialog;
}

} // namespace opieka::ui
