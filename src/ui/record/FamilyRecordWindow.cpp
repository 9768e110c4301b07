#include "FamilyRecordWindow.h"

#include "AddCoordinatorDialog.h"
#include "AssessmentsTab.h"
#include "AssignDialog.h"
#include "ChronologyModel.h"
#include "ContactDialog.h"
#include "ContactsModel.h"
#include "DocumentPrinter.h"
#include "FormUndo.h"
#include "Labels.h"
#include "Logging.h"
#include "MemberDialog.h"
#include "MembersModel.h"
#include "Messages.h"
#include "TeamModel.h"
#include "Theme.h"
#include "ViewState.h"
#include "WorkPlanTab.h"
#include "Workspace.h"
#include "ui_FamilyRecordWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>
#include <QUndoStack>

namespace opieka::ui {
namespace {
// Every kind of the timeline, in two rows of the filter: the work, then the case's events.
const QList<ChronologyKind> kFilterKinds{
    ChronologyKind::Contact,    ChronologyKind::Plan,           ChronologyKind::Placement,
    ChronologyKind::BlueCard,   ChronologyKind::CategoryChange, ChronologyKind::Assignment,
    ChronologyKind::CaseOpened, ChronologyKind::CaseClosed,
};
constexpr int kFilterColumns = 4;

void fitColumns(QTableView* table)
{
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    table->resizeColumnsToContents();
    for (int column = 0; column < header->count(); ++column)
        header->resizeSection(
            column, std::max(header->sectionSize(column), header->sectionSizeHint(column) + 16));
}
} // namespace

FamilyRecordWindow::FamilyRecordWindow(Workspace& workspace, User actor, qint64 familyId,
                                       QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<::Ui::FamilyRecordWindow>())
    , m_workspace(workspace)
    , m_actor(std::move(actor))
    , m_familyId(familyId)
    , m_familyService(workspace.database())
    , m_memberService(workspace.database())
    , m_contactService(workspace.database())
    , m_chronologyService(workspace.database())
    , m_teamService(workspace.database())
    , m_caseloads(workspace.database())
    , m_directory(workspace.database())
    , m_members(new MembersModel(this))
    , m_contacts(new ContactsModel(this))
    , m_chronology(new ChronologyModel(this))
    , m_currentTeam(new TeamModel(this))
    , m_pastTeam(new TeamModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("familyRecordWindow"));
    // The opening itself (access check and audit) is FamilyService::open, asked by the main
    // window before this record is built.
    setAccessibleName(tr("Family record"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_members->setObjectName(QStringLiteral("membersModel"));
    m_contacts->setObjectName(QStringLiteral("contactsModel"));
    m_chronology->setObjectName(QStringLiteral("chronologyModel"));
    m_currentTeam->setObjectName(QStringLiteral("currentTeamModel"));
    m_pastTeam->setObjectName(QStringLiteral("pastTeamModel"));

    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    m_ui->titleLabel->setFont(title);
    m_ui->teamFlagLabel->setStyleSheet(Theme::warningStyle());
    m_ui->missingRolesLabel->setStyleSheet(Theme::warningStyle());
    for (NeedCategory category :
         {NeedCategory::Coping, NeedCategory::Struggling, NeedCategory::AtRisk})
        m_ui->categoryCombo->addItem(Labels::category(category), needCategoryName(category));
    const QDate today = QDate::currentDate();
    m_ui->categoryDateEdit->setDate(today);
    m_ui->closeDateEdit->setDate(today);
    m_ui->blueCardDateEdit->setDate(today);

    setUpTables();
    setUpChronologyFilter();
    setUpPlanTabs();
    setUpDetailsUndo();
    createMenu();
    ViewState::restoreWindow(this); // the size the last record was left at

    connect(m_ui->saveDetailsButton, &QPushButton::clicked, this, &FamilyRecordWindow::saveDetails);
    connect(m_ui->changeCategoryButton, &QPushButton::clicked, this,
            &FamilyRecordWindow::changeCategory);
    connect(m_ui->closeCaseButton, &QPushButton::clicked, this, &FamilyRecordWindow::closeCase);
    connect(m_ui->reopenButton, &QPushButton::clicked, this, &FamilyRecordWindow::reopenCase);
    connect(m_ui->closeReasonEdit, &QLineEdit::textChanged, this,
            &FamilyRecordWindow::updateButtons);
    connect(m_ui->startBlueCardButton, &QPushButton::clicked, this,
            &FamilyRecordWindow::startBlueCard);
    connect(m_ui->endBlueCardButton, &QPushButton::clicked, this, &FamilyRecordWindow::endBlueCard);
    connect(m_ui->addMemberButton, &QPushButton::clicked, this, &FamilyRecordWindow::addMember);
    connect(m_ui->editMemberButton, &QPushButton::clicked, this, &FamilyRecordWindow::editMember);
    connect(m_ui->removeMemberButton, &QPushButton::clicked, this,
            &FamilyRecordWindow::removeMember);
    connect(m_ui->membersTable, &QTableView::activated, this, &FamilyRecordWindow::editMember);
    connect(m_ui->logContactButton, &QPushButton::clicked, this, &FamilyRecordWindow::logContact);
    connect(m_ui->editContactButton, &QPushButton::clicked, this, &FamilyRecordWindow::editContact);
    connect(m_ui->contactsTable, &QTableView::activated, this, &FamilyRecordWindow::editContact);
    connect(m_ui->printButton, &QPushButton::clicked, this, &FamilyRecordWindow::printChronology);
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this, &FamilyRecordWindow::exportPdf);
    connect(m_ui->assignButton, &QPushButton::clicked, this, &FamilyRecordWindow::assignWorker);
    connect(m_ui->transferButton, &QPushButton::clicked, this, &FamilyRecordWindow::transfer);
    connect(m_ui->addCoordinatorButton, &QPushButton::clicked, this,
            &FamilyRecordWindow::addCoordinator);
    connect(m_ui->endTeamMemberButton, &QPushButton::clicked, this,
            &FamilyRecordWindow::endTeamMember);
    reload();
    // Start on the tabs, not on a date field of the header.
    m_ui->recordTabs->setFocus();
    fitColumns(m_ui->membersTable);
    fitColumns(m_ui->contactsTable);
    fitColumns(m_ui->currentTeamTable);
    fitColumns(m_ui->pastTeamTable);
    m_ui->chronologyTable->setColumnWidth(ChronologyModel::DateColumn, 100);
    m_ui->chronologyTable->setColumnWidth(ChronologyModel::TimeColumn, 60);
    m_ui->chronologyTable->setColumnWidth(ChronologyModel::KindColumn, 140);
    m_ui->chronologyTable->setColumnWidth(ChronologyModel::TitleColumn, 280);
}

FamilyRecordWindow::~FamilyRecordWindow() = default;

void FamilyRecordWindow::setUpDetailsUndo()
{
    m_detailsUndo = new FormUndo(this);
    for (QLineEdit* field :
         {m_ui->nameEdit, m_ui->caseNumberEdit, m_ui->municipalityEdit, m_ui->addressEdit})
        m_detailsUndo->track(field);
    auto* undo = new QPushButton(tr("U&ndo"), m_ui->detailsTab);
    undo->setObjectName(QStringLiteral("undoDetailsButton"));
    undo->setAccessibleName(tr("Undo the last change to the details"));
    undo->setToolTip(tr("Puts back the field changed last (%1)")
                         .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    undo->setEnabled(false);
    m_ui->saveDetailsLayout->insertWidget(m_ui->saveDetailsLayout->indexOf(m_ui->saveDetailsButton),
                                          undo);
    setTabOrder(m_ui->addressEdit, undo);
    setTabOrder(undo, m_ui->saveDetailsButton);
    connect(undo, &QPushButton::clicked, m_detailsUndo, &FormUndo::undo);
    connect(m_detailsUndo->stack(), &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
}

// The record's frequent actions with their keys, in a menu where they can be found.
void FamilyRecordWindow::createMenu()
{
    auto* bar = new QMenuBar(this);
    bar->setObjectName(QStringLiteral("recordMenuBar"));
    layout()->setMenuBar(bar);
    // No mnemonics on the bar: the record's fields and buttons take most letters already.
    QMenu* record = bar->addMenu(tr("Record"));
    record->setObjectName(QStringLiteral("recordMenu"));
    const auto add = [this, record](const QString& text, const char* name,
                                    const QList<QKeySequence>& keys, auto slot) {
        QAction* action = record->addAction(text, this, slot);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcuts(keys);
        return action;
    };
    add(tr("&Save Details"), "saveDetailsAction", {QKeySequence::Save},
        &FamilyRecordWindow::saveDetails);
    QAction* undo = m_detailsUndo->createUndoAction(this);
    undo->setObjectName(QStringLiteral("undoDetailsAction"));
    record->addAction(undo);
    add(tr("Re&load"), "reloadRecordAction", {QKeySequence(Qt::Key_F5)},
        &FamilyRecordWindow::reload);
    record->addSeparator();
    add(tr("&Log Contact…"), "logContactAction", {QKeySequence(Qt::CTRL | Qt::Key_L)},
        &FamilyRecordWindow::logContact);
    add(tr("Add &Member…"), "addMemberAction", {QKeySequence(Qt::CTRL | Qt::Key_M)},
        &FamilyRecordWindow::addMember);
    add(tr("&Print…"), "printAction", {QKeySequence::Print}, &FamilyRecordWindow::printCurrent)
        ->setToolTip(tr("Prints the work plan or the selected assessment on their tabs, the "
                        "chronology elsewhere"));
    add(tr("&Export Chronology as PDF…"), "exportChronologyAction",
        {QKeySequence(Qt::CTRL | Qt::Key_E)}, &FamilyRecordWindow::exportPdf);
    record->addSeparator();
    add(tr("&Close"), "closeRecordAction",
        {QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::Key_Escape)},
        &FamilyRecordWindow::closeRecord);

    QMenu* go = bar->addMenu(tr("Go To"));
    go->setObjectName(QStringLiteral("recordGoToMenu"));
    for (int index = 0; index < m_ui->recordTabs->count() && index < 9; ++index) {
        QAction* action = go->addAction(m_ui->recordTabs->tabText(index), this, [this, index] {
            m_ui->recordTabs->setCurrentIndex(index);
        });
        action->setObjectName(QStringLiteral("recordGoToAction%1").arg(index + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
    }
}

bool FamilyRecordWindow::detailsEdited() const
{
    return m_ui->nameEdit->text().trimmed() != m_family.name ||
           m_ui->caseNumberEdit->text().trimmed() != m_family.caseNumber ||
           m_ui->municipalityEdit->text().trimmed() != m_family.municipality ||
           m_ui->addressEdit->text().trimmed() != m_family.address;
}

void FamilyRecordWindow::printCurrent()
{
    QWidget* current = m_ui->recordTabs->currentWidget();
    if (current == m_workPlanTab)
        m_workPlanTab->printPlan();
    else if (current == m_assessmentsTab)
        m_assessmentsTab->printAssessment();
    else
        printChronology();
}

bool FamilyRecordWindow::hasUnsavedChanges() const
{
    return detailsEdited() || (m_workPlanTab && m_workPlanTab->hasUnsavedChanges());
}

void FamilyRecordWindow::closeEvent(QCloseEvent* event)
{
    if (!settleUnsavedChanges()) {
        event->ignore();
        return;
    }
    ViewState::saveWindow(this);
    QWidget::closeEvent(event);
}

void FamilyRecordWindow::closeRecord()
{
    close();
}

void FamilyRecordWindow::closeDiscarding()
{
    m_discardOnClose = true;
    close();
}

bool FamilyRecordWindow::settleUnsavedChanges()
{
    if (m_discardOnClose || !hasUnsavedChanges())
        return true;
    const bool details = detailsEdited();
    const bool plan = m_workPlanTab->hasUnsavedChanges();
    const QString what = details && plan ? tr("The details and the work plan's draft of %1")
                         : details       ? tr("The details of %1")
                                         : tr("The work plan's draft of %1");
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("%1 have changes that are not saved. Save them before closing the record?")
                        .arg(what.arg(m_family.name)),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    // Asked from the main window (quitting, signing out): the record shows what is meant.
    if (isMinimized())
        showNormal();
    raise();
    switch (box.exec()) {
    case QMessageBox::Save:
        // A refused save has said why and keeps the record open with what was typed.
        return (!details || saveDetails()) && (!plan || m_workPlanTab->saveDraft());
    case QMessageBox::Discard:
        m_discardOnClose = true;
        return true;
    default:
        return false;
    }
}

void FamilyRecordWindow::setUpTables()
{
    m_ui->membersTable->setModel(m_members);
    m_ui->contactsTable->setModel(m_contacts);
    m_ui->chronologyTable->setModel(m_chronology);
    m_ui->currentTeamTable->setModel(m_currentTeam);
    m_ui->pastTeamTable->setModel(m_pastTeam);
    m_ui->contactsSplitter->setStretchFactor(0, 3);
    m_ui->contactsSplitter->setStretchFactor(1, 1);
    connect(m_ui->membersTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FamilyRecordWindow::updateButtons);
    connect(m_ui->contactsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FamilyRecordWindow::showSelectedContact);
    connect(m_ui->currentTeamTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FamilyRecordWindow::updateButtons);
}

void FamilyRecordWindow::setUpPlanTabs()
{
    // The family assistant's documents: the work plan and the periodic assessments.
    m_workPlanTab = new WorkPlanTab(m_workspace, m_actor, m_familyId, this);
    m_assessmentsTab = new AssessmentsTab(m_workspace, m_actor, m_familyId, this);
    m_ui->recordTabs->addTab(m_workPlanTab, tr("Work &plan"));
    m_ui->recordTabs->addTab(m_assessmentsTab, tr("Assessme&nts"));
    const auto changed = [this] {
        m_assessmentsTab->reload(); // the first agreed plan starts the schedule
        loadChronology();
        emit familyChanged(m_familyId);
    };
    connect(m_workPlanTab, &WorkPlanTab::planChanged, this, changed);
    connect(m_assessmentsTab, &AssessmentsTab::assessmentRecorded, this, [this] {
        loadChronology();
        emit familyChanged(m_familyId);
    });
}

void FamilyRecordWindow::setUpChronologyFilter()
{
    auto* grid = new QGridLayout;
    m_ui->chronologyFilterLayout->addLayout(grid);
    for (ChronologyKind kind : kFilterKinds) {
        auto* check = new QCheckBox(Labels::chronologyKind(kind), m_ui->chronologyTab);
        check->setObjectName(QStringLiteral("chronologyFilter_") + chronologyKindName(kind));
        check->setAccessibleName(tr("Show %1").arg(Labels::chronologyKind(kind)));
        check->setChecked(true);
        const int index = static_cast<int>(m_kindChecks.size());
        grid->addWidget(check, index / kFilterColumns, index % kFilterColumns);
        connect(check, &QCheckBox::toggled, this, &FamilyRecordWindow::loadChronology);
        m_kindChecks << qMakePair(kind, check);
    }
    m_ui->chronologyFilterLayout->addStretch(1);
}

QTabWidget* FamilyRecordWindow::tabs() const
{
    return m_ui->recordTabs;
}

void FamilyRecordWindow::showTab(Tab tab)
{
    m_ui->recordTabs->setCurrentIndex(static_cast<int>(tab));
}

void FamilyRecordWindow::reload()
{
    loadFamily();
    loadMembers();
    loadContacts();
    loadChronology();
    loadTeam();
    if (m_workPlanTab)
        m_workPlanTab->reload();
    if (m_assessmentsTab)
        m_assessmentsTab->reload();
    updateButtons();
}

void FamilyRecordWindow::loadFamily()
{
    auto family = m_familyService.family(m_actor, m_familyId);
    if (!family) {
        logging::get("ui")->error("family {} could not be read", m_familyId);
        ui::showError(this, tr("Cannot read the family"), family.error().message);
        return;
    }
    m_family = *family;
    setWindowTitle(tr("%1 — family record").arg(m_family.name));
    const QString caseNumber = m_family.caseNumber.isEmpty()
                                   ? tr("no case number")
                                   : tr("case %1").arg(m_family.caseNumber.toHtmlEscaped());
    m_ui->titleLabel->setText(
        tr("<b>%1</b> · %2 · %3")
            .arg(m_family.name.toHtmlEscaped(), caseNumber, Labels::category(m_family.category)));
    const bool closed = m_family.closedOn.has_value();
    const QString status = closed ? tr("Case closed on %1.").arg(Labels::date(*m_family.closedOn))
                                  : tr("Case open since %1.").arg(Labels::date(m_family.openedOn));
    m_ui->statusLabel->setText(status);
    m_ui->caseStatusLabel->setText(closed && !m_family.closeReason.isEmpty()
                                       ? tr("%1 Reason: %2").arg(status, m_family.closeReason)
                                       : status);
    m_ui->nameEdit->setText(m_family.name);
    m_ui->caseNumberEdit->setText(m_family.caseNumber);
    m_ui->municipalityEdit->setText(m_family.municipality);
    m_ui->addressEdit->setText(m_family.address);
    if (m_detailsUndo)
        m_detailsUndo->reset(); // as stored: nothing of the form's to undo
    m_ui->openedLabel->setText(Labels::date(m_family.openedOn));
    m_ui->categoryCombo->setCurrentIndex(
        m_ui->categoryCombo->findData(needCategoryName(m_family.category)));

    m_ui->categoryHistoryList->clear();
    auto history = m_familyService.categoryHistory(m_actor, m_familyId);
    if (history) {
        // Newest first, like the chronology.
        for (auto it = history->crbegin(); it != history->crend(); ++it) {
            const QString line =
                it->from ? tr("%1: %2 → %3")
                               .arg(Labels::date(it->changedOn), Labels::category(*it->from),
                                    Labels::category(it->to))
                         : tr("%1: %2").arg(Labels::date(it->changedOn), Labels::category(it->to));
            m_ui->categoryHistoryList->addItem(line);
        }
    } else {
        logging::get("ui")->error("category history of family {} could not be read", m_familyId);
        m_ui->categoryHistoryList->addItem(history.error().message);
    }

    auto blueCard = m_familyService.activeBlueCard(m_actor, m_familyId);
    m_blueCardActive = blueCard && blueCard->has_value();
    if (!blueCard) {
        m_ui->blueCardLabel->setText(blueCard.error().message);
        m_ui->blueCardLabel->setStyleSheet(Theme::warningStyle());
    } else if (m_blueCardActive) {
        m_ui->blueCardLabel->setText(
            tr("Niebieska Karta in progress since %1").arg(Labels::date((*blueCard)->startedOn)));
        m_ui->blueCardLabel->setStyleSheet(
            QStringLiteral("color: white; background: #1565c0; padding: 2px 6px;"
                           " font-weight: bold;"));
    } else {
        m_ui->blueCardLabel->setText(tr("No Niebieska Karta procedure in progress."));
        m_ui->blueCardLabel->setStyleSheet(QString());
    }
}

void FamilyRecordWindow::loadMembers()
{
    auto members = m_memberService.members(m_actor, m_familyId);
    if (!members) {
        logging::get("ui")->error("members of family {} could not be read", m_familyId);
        m_members->setMembers({});
        ui::showError(this, tr("Cannot read the members"), members.error().message);
        return;
    }
    m_members->setMembers(*members);
}

void FamilyRecordWindow::loadContacts()
{
    QHash<qint64, QString> names;
    auto workers = m_directory.workers();
    if (workers)
        for (const Worker& worker : *workers)
            names.insert(worker.id, worker.displayName());
    auto contacts = m_contactService.contacts(m_actor, m_familyId);
    if (!contacts) {
        logging::get("ui")->error("contacts of family {} could not be read", m_familyId);
        m_contacts->setContacts({}, names);
        ui::showError(this, tr("Cannot read the contacts"), contacts.error().message);
        return;
    }
    m_contacts->setContacts(*contacts, names);
    showSelectedContact();
}

QSet<ChronologyKind> FamilyRecordWindow::chronologyKinds() const
{
    QSet<ChronologyKind> kinds;
    bool all = true;
    for (const auto& [kind, check] : m_kindChecks) {
        if (check->isChecked())
            kinds.insert(kind);
        else
            all = false;
    }
    // Every box ticked: everything, including kinds that join the timeline later.
    return all ? QSet<ChronologyKind>() : kinds;
}

void FamilyRecordWindow::loadChronology()
{
    const QSet<ChronologyKind> kinds = chronologyKinds();
    const bool nothing = std::none_of(m_kindChecks.cbegin(), m_kindChecks.cend(),
                                      [](const auto& entry) { return entry.second->isChecked(); });
    if (nothing) {
        m_chronology->setEntries({});
        return;
    }
    auto entries = m_chronologyService.forFamily(m_actor, m_familyId, kinds, &Labels::date);
    if (!entries) {
        logging::get("ui")->error("chronology of family {} could not be read", m_familyId);
        m_chronology->setEntries({});
        ui::showError(this, tr("Cannot read the chronology"), entries.error().message);
        return;
    }
    m_chronology->setEntries(*entries);
}

void FamilyRecordWindow::loadTeam()
{
    auto team = m_teamService.team(m_familyId);
    if (!team) {
        logging::get("ui")->error("team of family {} could not be read", m_familyId);
        m_currentTeam->setMembers({});
        m_pastTeam->setMembers({});
        m_ui->teamFlagLabel->setText(team.error().message);
        m_ui->missingRolesLabel->setText(team.error().message);
        return;
    }
    m_currentTeam->setMembers(team->current);
    m_pastTeam->setMembers(team->past);
    QStringList missing;
    for (Role role : team->missingRoles)
        missing << Labels::role(role).toLower();
    const bool open = !m_family.closedOn || QDate::currentDate() < *m_family.closedOn;
    if (!missing.isEmpty() && open) {
        const QString text = tr("Team incomplete for the category “%1”, missing: %2.", nullptr,
                                static_cast<int>(missing.size()))
                                 .arg(Labels::category(m_family.category), missing.join(tr(", ")));
        m_ui->teamFlagLabel->setText(text);
        m_ui->teamFlagLabel->show();
        m_ui->missingRolesLabel->setText(text);
        m_ui->missingRolesLabel->setStyleSheet(Theme::warningStyle());
    } else {
        m_ui->teamFlagLabel->clear();
        m_ui->teamFlagLabel->hide();
        m_ui->missingRolesLabel->setText(
            open ? tr("The team has every role the category “%1” needs.")
                       .arg(Labels::category(m_family.category))
                 : tr("The case is closed."));
        m_ui->missingRolesLabel->setStyleSheet(Theme::okStyle());
    }
}

void FamilyRecordWindow::showSelectedContact()
{
    const QModelIndexList rows = m_ui->contactsTable->selectionModel()->selectedRows();
    const auto contact = rows.isEmpty() ? std::nullopt : m_contacts->contactAt(rows.first().row());
    m_ui->editContactButton->setEnabled(contact.has_value());
    if (!contact) {
        m_ui->contactNotesView->clear();
        return;
    }
    QString html = tr("<p><b>%1</b>, %2 %3</p>")
                       .arg(contactKindLabel(contact->kind), Labels::date(contact->date),
                            contact->time ? Labels::time(*contact->time) : QString());
    if (!contact->present.isEmpty())
        html += tr("<p>Present: %1</p>").arg(contact->present.toHtmlEscaped());
    html += QStringLiteral("<p>") +
            contact->notes.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
            QStringLiteral("</p>");
    if (!contact->nextStep.isEmpty())
        html +=
            tr("<p>Next step: %1 (due %2)</p>")
                .arg(contact->nextStep.toHtmlEscaped(),
                     contact->nextStepDue ? Labels::date(*contact->nextStepDue) : tr("no date"));
    m_ui->contactNotesView->setHtml(html);
}

void FamilyRecordWindow::updateButtons()
{
    const bool closed = m_family.closedOn.has_value();
    m_ui->closeCaseButton->setEnabled(!closed &&
                                      !m_ui->closeReasonEdit->text().trimmed().isEmpty());
    m_ui->closeDateEdit->setEnabled(!closed);
    m_ui->closeReasonEdit->setEnabled(!closed);
    m_ui->reopenButton->setEnabled(closed);
    m_ui->startBlueCardButton->setEnabled(!m_blueCardActive);
    m_ui->endBlueCardButton->setEnabled(m_blueCardActive);
    const bool memberSelected = m_ui->membersTable->selectionModel()->hasSelection();
    m_ui->editMemberButton->setEnabled(memberSelected);
    m_ui->removeMemberButton->setEnabled(memberSelected);
    const auto member = selectedTeamMember();
    m_ui->transferButton->setEnabled(member && member->countsAgainstLimit);
    m_ui->endTeamMemberButton->setEnabled(member.has_value());
    m_ui->assignButton->setEnabled(!closed);
    m_ui->addCoordinatorButton->setEnabled(!closed);
    m_ui->logContactButton->setEnabled(true);
}

std::optional<TeamMember> FamilyRecordWindow::selectedTeamMember() const
{
    const QModelIndexList rows = m_ui->currentTeamTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? std::nullopt : m_currentTeam->memberAt(rows.first().row());
}

bool FamilyRecordWindow::handle(const Status& status, const QString& title)
{
    if (!status) {
        ui::showError(this, title, status.error().message);
        return false;
    }
    reload();
    emit familyChanged(m_familyId);
    return true;
}

bool FamilyRecordWindow::saveDetails()
{
    Family family = m_family;
    family.name = m_ui->nameEdit->text().trimmed();
    family.caseNumber = m_ui->caseNumberEdit->text().trimmed();
    family.municipality = m_ui->municipalityEdit->text().trimmed();
    family.address = m_ui->addressEdit->text().trimmed();
    return handle(m_familyService.update(m_actor, family), tr("Details not saved"));
}

void FamilyRecordWindow::changeCategory()
{
    const auto category = parseNeedCategory(m_ui->categoryCombo->currentData().toString());
    if (!category)
        return;
    handle(m_familyService.changeCategory(m_actor, m_familyId, *category,
                                          m_ui->categoryDateEdit->date()),
           tr("Category not changed"));
}

void FamilyRecordWindow::closeCase()
{
    const QString reason = m_ui->closeReasonEdit->text().trimmed();
    if (reason.isEmpty())
        return;
    if (!confirm(this, tr("Close the case"),
                 tr("Close the case of %1 as of %2? The family leaves the workers' caseloads "
                    "from that day.")
                     .arg(m_family.name, Labels::date(m_ui->closeDateEdit->date()))))
        return;
    if (handle(m_familyService.close(m_actor, m_familyId, m_ui->closeDateEdit->date(), reason),
               tr("Case not closed")))
        m_ui->closeReasonEdit->clear();
}

void FamilyRecordWindow::reopenCase()
{
    handle(m_familyService.reopen(m_actor, m_familyId), tr("Case not reopened"));
}

void FamilyRecordWindow::startBlueCard()
{
    handle(m_familyService.startBlueCard(m_actor, m_familyId, m_ui->blueCardDateEdit->date()),
           tr("Niebieska Karta not started"));
}

void FamilyRecordWindow::endBlueCard()
{
    if (!confirm(this, tr("End Niebieska Karta"),
                 tr("End the Niebieska Karta procedure of %1 as of %2?")
                     .arg(m_family.name, Labels::date(m_ui->blueCardDateEdit->date()))))
        return;
    handle(m_familyService.endBlueCard(m_actor, m_familyId, m_ui->blueCardDateEdit->date()),
           tr("Niebieska Karta not ended"));
}

void FamilyRecordWindow::addMember()
{
    MemberDialog dialog(m_memberService, m_actor, m_familyId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit familyChanged(m_familyId);
}

void FamilyRecordWindow::editMember()
{
    const QModelIndexList rows = m_ui->membersTable->selectionModel()->selectedRows();
    const auto member = rows.isEmpty() ? std::nullopt : m_members->memberAt(rows.first().row());
    if (!member)
        return;
    MemberDialog dialog(m_memberService, m_actor, m_familyId, this);
    dialog.setMember(*member);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit familyChanged(m_familyId);
}

void FamilyRecordWindow::removeMember()
{
    const QModelIndexList rows = m_ui->membersTable->selectionModel()->selectedRows();
    const auto member = rows.isEmpty() ? std::nullopt : m_members->memberAt(rows.first().row());
    if (!member)
        return;
    if (!confirm(this, tr("Remove member"),
                 tr("Remove %1 from the family's household?").arg(member->displayName())))
        return;
    handle(m_memberService.remove(m_actor, member->id), tr("Member not removed"));
}

void FamilyRecordWindow::logContact()
{
    ContactDialog dialog(m_workspace, m_actor, m_familyId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit familyChanged(m_familyId);
}

void FamilyRecordWindow::editContact()
{
    const QModelIndexList rows = m_ui->contactsTable->selectionModel()->selectedRows();
    const auto contact = rows.isEmpty() ? std::nullopt : m_contacts->contactAt(rows.first().row());
    if (!contact)
        return;
    ContactDialog dialog(m_workspace, m_actor, m_familyId, this);
    dialog.setContact(*contact);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit familyChanged(m_familyId);
}

bool FamilyRecordWindow::exportChronologyPdf(const QString& path, QString* error)
{
    auto html =
        m_chronologyService.printableHtml(m_actor, m_familyId, &Labels::date, chronologyKinds());
    if (!html) {
        *error = html.error().message;
        return false;
    }
    return DocumentPrinter::exportPdf(*html, tr("Chronology — %1").arg(m_family.name), path, error);
}

void FamilyRecordWindow::exportPdf()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                          QLatin1Char('/') + tr("chronology-%1.pdf").arg(m_familyId);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export chronology"), start, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportChronologyPdf(path, &error)) {
        logging::get("ui")->error("chronology of family {} not exported", m_familyId);
        ui::showError(this, tr("Chronology not exported"), error);
    }
}

void FamilyRecordWindow::printChronology()
{
    auto html =
        m_chronologyService.printableHtml(m_actor, m_familyId, &Labels::date, chronologyKinds());
    if (!html) {
        ui::showError(this, tr("Cannot print the chronology"), html.error().message);
        return;
    }
    QTextDocument document;
    document.setHtml(*html);
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Chronology — %1").arg(m_family.name));
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("printPreviewDialog"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&document](QPrinter* target) { document.print(target); });
    preview.exec();
}

void FamilyRecordWindow::assignWorker()
{
    AssignDialog dialog(m_workspace, m_actor, m_familyId, this);
    dialog.setCaseFixed(true);
    // The role the family still lacks is the likely choice.
    auto team = m_teamService.team(m_familyId);
    if (team && !team->missingRoles.isEmpty()) {
        auto withRoom =
            m_caseloads.withRoom(m_actor, team->missingRoles.first(), QDate::currentDate());
        if (withRoom && !withRoom->isEmpty())
            dialog.selectWorker(withRoom->first().worker.id);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit familyChanged(m_familyId);
}

void FamilyRecordWindow::transfer()
{
    const auto member = selectedTeamMember();
    if (!member || !member->countsAgainstLimit)
        return;
    AssignDialog dialog(m_workspace, m_actor, m_familyId, this);
    dialog.setCaseFixed(true);
    dialog.setTransferFrom(member->worker);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit familyChanged(m_familyId);
}

void FamilyRecordWindow::addCoordinator()
{
    auto workers = m_directory.workers();
    if (!workers) {
        ui::showError(this, tr("Cannot read the workers"), workers.error().message);
        return;
    }
    QList<Worker> coordinators;
    for (const Worker& worker : *workers)
        if (worker.role == Role::FosterCareCoordinator && worker.isActiveOn(QDate::currentDate()))
            coordinators << worker;
    AddCoordinatorDialog dialog(coordinators, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    handle(m_teamService.addCoordinator(m_actor, m_familyId, dialog.workerId(), dialog.from()),
           tr("Coordinator not added"));
}

void FamilyRecordWindow::endTeamMember()
{
    const auto member = selectedTeamMember();
    if (!member)
        return;
    const QDate today = QDate::currentDate();
    if (!confirm(this, tr("End work with the family"),
                 tr("End the work of %1 with the family as of %2?")
                     .arg(member->worker.displayName(), Labels::date(today))))
        return;
    const Status ended =
        member->countsAgainstLimit
            ? m_caseloads.release(m_actor, member->worker.id, m_familyId, today)
            : m_teamService.endCoordinator(m_actor, m_familyId, member->worker.id, today);
    handle(ended, tr("Work not ended"));
}

} // namespace opieka::ui
