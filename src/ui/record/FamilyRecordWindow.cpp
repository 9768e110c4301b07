#include "FamilyRecordWindow.h"

#include "AssessmentsTab.h"
#include "ChronologyTab.h"
#include "ContactsTab.h"
#include "DocumentsTab.h"
#include "FormUndo.h"
#include "Labels.h"
#include "Logging.h"
#include "MembersTab.h"
#include "Messages.h"
#include "RecordDetailsTab.h"
#include "SendToPartnerDialog.h"
#include "TeamTab.h"
#include "Theme.h"
#include "ViewState.h"
#include "WorkPlanTab.h"
#include "ui_FamilyRecordWindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace opieka::ui {

FamilyRecordWindow::FamilyRecordWindow(const Session& session, qint64 familyId, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<::Ui::FamilyRecordWindow>())
    , m_session(session)
    , m_familyId(familyId)
    , m_familyService(session)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("familyRecordWindow"));
    // The opening itself (access check and audit) is FamilyService::open, asked by the main
    // window before this record is built.
    setAccessibleName(tr("Family record"));
    setAttribute(Qt::WA_DeleteOnClose);

    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    m_ui->titleLabel->setFont(title);
    m_ui->teamFlagLabel->setStyleSheet(Theme::warningStyle());
    m_ui->blueCardDateEdit->setDate(QDate::currentDate());

    setUpTabs();
    createMenu();
    ViewState::restoreWindow(this); // the size the last record was left at

    connect(m_ui->startBlueCardButton, &QPushButton::clicked, this,
            &FamilyRecordWindow::startBlueCard);
    connect(m_ui->endBlueCardButton, &QPushButton::clicked, this, &FamilyRecordWindow::endBlueCard);
    reload();
    // Start on the tabs, not on a date field of the header.
    m_ui->recordTabs->setFocus();
}

FamilyRecordWindow::~FamilyRecordWindow() = default;

void FamilyRecordWindow::setUpTabs()
{
    m_detailsTab = new RecordDetailsTab(m_session, m_familyId, this);
    m_membersTab = new MembersTab(m_session, m_familyId, this);
    m_contactsTab = new ContactsTab(m_session, m_familyId, this);
    m_chronologyTab = new ChronologyTab(m_session, m_familyId, this);
    m_teamTab = new TeamTab(m_session, m_familyId, this);
    // The family assistant's documents: the work plan and the periodic assessments.
    m_workPlanTab = new WorkPlanTab(m_session, m_familyId, this);
    m_assessmentsTab = new AssessmentsTab(m_session, m_familyId, this);
    // The paper of the case: court orders, the signed plan, letters (issue 25).
    m_documentsTab = new DocumentsTab(m_session, DocumentOwner::family(m_familyId), this);
    QTabWidget* tabs = m_ui->recordTabs;
    tabs->addTab(m_detailsTab, tr("&Details"));
    tabs->addTab(m_membersTab, tr("&Members"));
    tabs->addTab(m_contactsTab, tr("C&ontacts"));
    tabs->addTab(m_chronologyTab, tr("C&hronology"));
    tabs->addTab(m_teamTab, tr("&Team"));
    tabs->addTab(m_workPlanTab, tr("Work &plan"));
    tabs->addTab(m_assessmentsTab, tr("Assessme&nts"));
    tabs->addTab(m_documentsTab, tr("Doc&uments"));

    m_recordTabs = {m_detailsTab, m_membersTab, m_contactsTab, m_chronologyTab, m_teamTab};
    for (RecordTab* tab : m_recordTabs)
        connect(tab, &RecordTab::changed, this, &FamilyRecordWindow::recordChanged);
    connect(m_teamTab, &TeamTab::teamChecked, this, &FamilyRecordWindow::showTeamCheck);
    connect(m_membersTab, &MembersTab::openFamilyRequested, this,
            &FamilyRecordWindow::openFamilyRequested);
    connect(m_workPlanTab, &WorkPlanTab::planChanged, this, [this] {
        m_assessmentsTab->reload(); // the first agreed plan starts the schedule
        m_chronologyTab->reload();
        emit familyChanged(m_familyId);
    });
    connect(m_assessmentsTab, &AssessmentsTab::assessmentRecorded, this, [this] {
        m_chronologyTab->reload();
        emit familyChanged(m_familyId);
    });
    // A signed plan attached records the family's signature: the lists elsewhere are told.
    connect(m_documentsTab, &DocumentsTab::changed, this, [this] {
        m_chronologyTab->reload();
        m_workPlanTab->reload(); // a draft's unsaved edits stay (WorkPlanTab::reload)
        emit familyChanged(m_familyId);
    });
}

// The record's frequent actions with their keys, in a menu where they can be found.
void FamilyRecordWindow::sendToPartner()
{
    SendToPartnerDialog dialog(m_session, m_familyId, m_family.name, this);
    dialog.exec();
}

void FamilyRecordWindow::createMenu()
{
    auto* bar = new QMenuBar(this);
    bar->setObjectName(QStringLiteral("recordMenuBar"));
    layout()->setMenuBar(bar);
    // No mnemonics on the bar: the record's fields and buttons take most letters already.
    QMenu* record = bar->addMenu(tr("Record"));
    record->setObjectName(QStringLiteral("recordMenu"));
    const auto add = [record](const QString& text, const char* name,
                              const QList<QKeySequence>& keys, auto* receiver, auto slot) {
        QAction* action = record->addAction(text, receiver, slot);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcuts(keys);
        return action;
    };
    add(tr("&Save Details"), "saveDetailsAction", {QKeySequence::Save}, m_detailsTab,
        &RecordDetailsTab::saveDetails);
    QAction* undo = m_detailsTab->undo()->createUndoAction(this);
    undo->setObjectName(QStringLiteral("undoDetailsAction"));
    record->addAction(undo);
    add(tr("Re&load"), "reloadRecordAction", {QKeySequence(Qt::Key_F5)}, this,
        &FamilyRecordWindow::reload);
    record->addSeparator();
    add(tr("&Log Contact…"), "logContactAction", {QKeySequence(Qt::CTRL | Qt::Key_L)},
        m_contactsTab, &ContactsTab::logContact);
    add(tr("Add &Member…"), "addMemberAction", {QKeySequence(Qt::CTRL | Qt::Key_M)}, m_membersTab,
        &MembersTab::addMember);
    add(tr("&Print…"), "printAction", {QKeySequence::Print}, this,
        &FamilyRecordWindow::printCurrent)
        ->setToolTip(tr("Prints the work plan or the selected assessment on their tabs, the "
                        "chronology elsewhere"));
    add(tr("&Export Chronology as PDF…"), "exportChronologyAction",
        {QKeySequence(Qt::CTRL | Qt::Key_E)}, m_chronologyTab, &ChronologyTab::exportPdf);
    add(tr("Sen&d to Partner Centre…"), "sendToPartnerAction", {}, this,
        &FamilyRecordWindow::sendToPartner)
        ->setToolTip(tr("A referral, the plan or the whole case, signed and encrypted for a "
                        "partner centre"));
    record->addSeparator();
    add(tr("&Close"), "closeRecordAction",
        {QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::Key_Escape)}, this,
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

QTabWidget* FamilyRecordWindow::tabs() const
{
    return m_ui->recordTabs;
}

void FamilyRecordWindow::showTab(Tab tab)
{
    m_ui->recordTabs->setCurrentIndex(static_cast<int>(tab));
}

MembersModel* FamilyRecordWindow::membersModel() const
{
    return m_membersTab->model();
}

ContactsModel* FamilyRecordWindow::contactsModel() const
{
    return m_contactsTab->model();
}

ChronologyModel* FamilyRecordWindow::chronologyModel() const
{
    return m_chronologyTab->model();
}

TeamModel* FamilyRecordWindow::currentTeamModel() const
{
    return m_teamTab->currentModel();
}

QSet<ChronologyKind> FamilyRecordWindow::chronologyKinds() const
{
    return m_chronologyTab->chronologyKinds();
}

bool FamilyRecordWindow::exportChronologyPdf(const QString& path, QString* error)
{
    return m_chronologyTab->exportChronologyPdf(path, error);
}

FormUndo* FamilyRecordWindow::detailsUndo() const
{
    return m_detailsTab->undo();
}

bool FamilyRecordWindow::detailsEdited() const
{
    return m_detailsTab->edited();
}

void FamilyRecordWindow::printCurrent()
{
    QWidget* current = m_ui->recordTabs->currentWidget();
    if (current == m_workPlanTab)
        m_workPlanTab->printPlan();
    else if (current == m_assessmentsTab)
        m_assessmentsTab->printAssessment();
    else
        m_chronologyTab->printChronology();
}

bool FamilyRecordWindow::hasUnsavedChanges() const
{
    return detailsEdited() || m_workPlanTab->hasUnsavedChanges();
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
        return (!details || m_detailsTab->saveDetails()) && (!plan || m_workPlanTab->saveDraft());
    case QMessageBox::Discard:
        m_discardOnClose = true;
        return true;
    default:
        return false;
    }
}

void FamilyRecordWindow::reload()
{
    loadFamily();
    for (RecordTab* tab : m_recordTabs)
        tab->reload();
    m_workPlanTab->reload();
    m_assessmentsTab->reload();
    m_documentsTab->reload();
    updateButtons();
}

void FamilyRecordWindow::recordChanged()
{
    reload();
    emit familyChanged(m_familyId);
}

void FamilyRecordWindow::loadFamily()
{
    auto family = m_familyService.family(m_familyId);
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
    m_ui->statusLabel->setText(RecordDetailsTab::caseStatus(m_family));
    for (RecordTab* tab : m_recordTabs)
        tab->showFamily(m_family);

    auto blueCard = m_familyService.activeBlueCard(m_familyId);
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

// The header's flag follows the team tab: the warning shown while a role is missing, hidden when
// none is; a team that could not be read leaves it where it was, saying why.
void FamilyRecordWindow::showTeamCheck(const QString& warning, bool read)
{
    m_ui->teamFlagLabel->setText(warning);
    if (read)
        m_ui->teamFlagLabel->setVisible(!warning.isEmpty());
}

void FamilyRecordWindow::updateButtons()
{
    m_ui->startBlueCardButton->setEnabled(!m_blueCardActive);
    m_ui->endBlueCardButton->setEnabled(m_blueCardActive);
}

bool FamilyRecordWindow::handle(const Status& status, const QString& title)
{
    if (!status) {
        ui::showError(this, title, status.error().message);
        return false;
    }
    recordChanged();
    return true;
}

void FamilyRecordWindow::startBlueCard()
{
    handle(m_familyService.startBlueCard(m_familyId, m_ui->blueCardDateEdit->date()),
           tr("Niebieska Karta not started"));
}

void FamilyRecordWindow::endBlueCard()
{
    if (!confirm(this, tr("End Niebieska Karta"),
                 tr("End the Niebieska Karta procedure of %1 as of %2?")
                     .arg(m_family.name, Labels::date(m_ui->blueCardDateEdit->date()))))
        return;
    handle(m_familyService.endBlueCard(m_familyId, m_ui->blueCardDateEdit->date()),
           tr("Niebieska Karta not ended"));
}

} // namespace opieka::ui
