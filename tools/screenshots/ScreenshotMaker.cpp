#include "ScreenshotMaker.h"

#include "AssignDialog.h"
#include "AssistantScreenshots.h"
#include "Capture.h"
#include "CaseloadService.h"
#include "CaseloadTab.h"
#include "ContactDialog.h"
#include "ContactService.h"
#include "DirectoryService.h"
#include "DocumentScreenshots.h"
#include "DuplicateScreenshots.h"
#include "ExchangeScreenshots.h"
#include "FamiliesModel.h"
#include "FamiliesTab.h"
#include "FamilyRecordWindow.h"
#include "FamilyService.h"
#include "FieldScreenshots.h"
#include "FosterScreenshots.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "MemberDialog.h"
#include "MemberService.h"
#include "ReportScreenshots.h"
#include "ServerConnectionDialog.h"
#include "SocialWorkerDeskService.h"
#include "SocialWorkerDeskTab.h"
#include "TeamService.h"
#include "TrustScreenshots.h"
#include "Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

namespace opieka::screenshots {
using namespace ui;

namespace {
// A family assistant at or over the limit and an open family they could be given: the
// dialog then shows a refusal.
std::optional<std::pair<qint64, qint64>> refusedExample(Workspace& workspace, const User& actor)
{
    const Session session(workspace.database(), actor);
    CaseloadService caseloads(session);
    auto report = caseloads.report(QDate::currentDate());
    if (!report)
        return std::nullopt;
    DirectoryService directory(session);
    FamilyQuery query;
    query.openOnly = true;
    query.limit = 300;
    auto families = directory.families(query);
    if (!families)
        return std::nullopt;
    for (const WorkerCaseload& row : report->rows) {
        if (row.worker.role != Role::FamilyAssistant || !row.load.limit ||
            row.load.cases < *row.load.limit)
            continue;
        for (const Family& family : *families) {
            auto preview = caseloads.preview(row.worker.id, family.id, QDate::currentDate());
            if (preview && !preview->verdict.allowed)
                return std::make_pair(row.worker.id, family.id);
        }
    }
    return std::nullopt;
}

// The first social worker (by id) with open families: the start page's example.
std::optional<qint64> exampleSocialWorker(Workspace& workspace, const User& actor)
{
    const Session session(workspace.database(), actor);
    auto workers = DirectoryService(session).workers();
    if (!workers)
        return std::nullopt;
    SocialWorkerDeskService caseload(session);
    for (const Worker& worker : *workers) {
        if (worker.role != Role::SocialWorker)
            continue;
        auto rows = caseload.forWorker(worker.id);
        if (rows && !rows->isEmpty())
            return worker.id;
    }
    return std::nullopt;
}

// Of the worker's families, one whose record shows the most: members, contacts, a running
// Niebieska Karta and a missing team member.
std::optional<qint64> exampleFamily(Workspace& workspace, const User& actor, qint64 workerId)
{
    const Session session(workspace.database(), actor);
    auto rows = SocialWorkerDeskService(session).forWorker(workerId);
    if (!rows)
        return std::nullopt;
    MemberService members(session);
    ContactService contacts(session);
    FamilyService families(session);
    TeamService team(session);
    std::optional<qint64> best;
    int bestScore = -1;
    for (const MyCaseloadRow& row : *rows) {
        const qint64 id = row.family.id;
        auto memberList = members.members(id);
        auto contactList = contacts.contacts(id);
        auto blueCard = families.activeBlueCard(id);
        auto status = team.team(id);
        int score = 0;
        score += memberList ? std::min(static_cast<int>(memberList->size()), 5) : 0;
        score += contactList ? std::min(static_cast<int>(contactList->size()), 8) : 0;
        score += blueCard && blueCard->has_value() ? 4 : 0;
        score += status && !status->missingRoles.isEmpty() ? 3 : 0;
        score += status && !status->past.isEmpty() ? 2 : 0;
        if (score > bestScore) {
            bestScore = score;
            best = id;
        }
    }
    return best;
}
} // namespace

bool ScreenshotMaker::run(const QString& directory, QString* error)
{
    if (!m_window.hasDatabase() || !m_window.tabs()) {
        *error = tr("No database is open.");
        return false;
    }
    if (!QDir().mkpath(directory)) {
        *error = tr("Cannot create the folder %1.").arg(directory);
        return false;
    }
    const QDir dir(directory);
    m_window.resize(1024, 768); // the smallest screen the centres use
    m_window.show();

    m_window.tabs()->setCurrentWidget(m_window.familiesTab());
    auto* families =
        m_window.familiesTab()->findChild<QTableView*>(QStringLiteral("familiesTable"));
    if (families && families->model()->rowCount() > 2)
        families->selectRow(2);
    settle();
    if (!saveImage(m_window, dir.filePath(QStringLiteral("families.png")), error))
        return false;

    m_window.tabs()->setCurrentWidget(m_window.caseloadTab());
    settle();
    if (!saveImage(m_window, dir.filePath(QStringLiteral("caseload.png")), error))
        return false;

    const auto example = refusedExample(*m_window.workspace(), m_window.actor());
    if (!example) {
        *error = tr("The database has no family assistant at the limit to show a refusal.");
        return false;
    }
    AssignDialog dialog(m_window.session(), example->second, &m_window);
    dialog.selectWorker(example->first);
    dialog.show();
    settle();
    if (!saveImage(dialog, dir.filePath(QStringLiteral("assign-refused.png")), error))
        return false;

    // The same dialog with a worker who has room: the verdict turns green.
    CaseloadService caseloads(m_window.session());
    auto room = caseloads.withRoom(Role::FamilyAssistant, QDate::currentDate());
    if (room && !room->isEmpty() && dialog.selectWorker(room->first().worker.id)) {
        settle();
        if (!saveImage(dialog, dir.filePath(QStringLiteral("assign-allowed.png")), error))
            return false;
    }
    dialog.close();
    if (!saveWorkerScreens(directory, error))
        return false;
    if (!AssistantScreenshots::save(m_window, directory, error))
        return false;
    if (!FosterScreenshots(m_window).run(directory, error))
        return false;
    if (!DocumentScreenshots::save(m_window, directory, error))
        return false;
    if (!ReportScreenshots::save(m_window, directory, error))
        return false;
    if (!saveServerConnection(directory, error))
        return false;
    if (!saveImport(directory, error))
        return false;
    if (!TrustScreenshots::save(m_window, directory, error))
        return false;
    // In a copy of the database and a partner's of its own: the two centres' keys and packages
    // show nowhere else.
    if (!ExchangeScreenshots::save(m_window, directory, error))
        return false;
    // A field copy of the demo's copy, its sync and the fields changed on both sides (issue 23).
    if (!FieldScreenshots::save(m_window, directory, error))
        return false;
    // Last, and in a copy of the database: nothing planted for them shows anywhere else.
    return DuplicateScreenshots::save(m_window, directory, error);
}

// A visits file with two lines to correct, as a manager would meet it: the import refused, the
// lines listed, nothing stored.
bool ScreenshotMaker::saveImport(const QString& directory, QString* error)
{
    // Named as the program's own temporary folder would be: the path is in the picture.
    QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/opieka-XXXXXX"));
    const QString path = folder.filePath(QStringLiteral("wizyty-listopad.csv"));
    QFile file(path);
    if (!folder.isValid() || !file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write the example CSV file.");
        return false;
    }
    file.write("family_id,worker_id,date,kind,notes\n"
               "1,1,2026-11-03,home_visit,\n"
               "2,1,2026-11-31,home_visit,\n"
               "999999,1,2026-11-05,phone,\n");
    file.close();
    ImportDialog dialog(m_window.workspace()->location(), m_window.actor(), &m_window);
    auto* dataSet = dialog.findChild<QComboBox*>(QStringLiteral("dataSetCombo"));
    auto* fileEdit = dialog.findChild<QLineEdit*>(QStringLiteral("fileEdit"));
    if (dataSet && fileEdit) {
        dataSet->setCurrentIndex(dataSet->findData(QStringLiteral("visits")));
        fileEdit->setText(QDir::toNativeSeparators(path));
    }
    dialog.show();
    dialog.startImport();
    dialog.waitForIdle();
    settle();
    const bool saved =
        saveImage(dialog, QDir(directory).filePath(QStringLiteral("import.png")), error);
    dialog.close();
    return saved;
}

bool ScreenshotMaker::saveServerConnection(const QString& directory, QString* error)
{
    // An example address: never a real centre's, never from this computer's settings.
    ServerConnectionDialog dialog(
        {QStringLiteral("postgresql://opieka@srv.osrodek.local:5432/opieka?sslmode=require")},
        &m_window);
    if (auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("serverPasswordEdit")))
        password->setText(QStringLiteral("example-password"));
    dialog.show();
    settle();
    const bool saved =
        saveImage(dialog, QDir(directory).filePath(QStringLiteral("server-connection.png")), error);
    dialog.close();
    return saved;
}

bool ScreenshotMaker::saveWorkerScreens(const QString& directory, QString* error)
{
    const QDir dir(directory);
    Workspace& workspace = *m_window.workspace();
    const auto worker = exampleSocialWorker(workspace, m_window.actor());
    const auto familyId =
        worker ? exampleFamily(workspace, m_window.actor(), *worker) : std::nullopt;
    if (!worker || !familyId) {
        *error = tr("The database has no social worker with families to show.");
        return false;
    }

    SocialWorkerDeskTab* caseload = m_window.myCaseloadTab();
    caseload->selectWorker(*worker);
    m_window.tabs()->setCurrentWidget(caseload);
    settle();
    if (!saveImage(m_window, dir.filePath(QStringLiteral("my-caseload.png")), error))
        return false;

    FamilyRecordWindow* record = m_window.openFamily(*familyId);
    if (!record) {
        *error = tr("The family record could not be opened.");
        return false;
    }
    record->resize(1024, 768);
    const QList<std::pair<FamilyRecordWindow::Tab, QString>> tabs{
        {FamilyRecordWindow::Tab::Details, QStringLiteral("family-details.png")},
        {FamilyRecordWindow::Tab::Members, QStringLiteral("family-members.png")},
        {FamilyRecordWindow::Tab::Contacts, QStringLiteral("family-contacts.png")},
        {FamilyRecordWindow::Tab::Chronology, QStringLiteral("family-chronology.png")},
        {FamilyRecordWindow::Tab::Team, QStringLiteral("family-team.png")},
    };
    for (const auto& [tab, file] : tabs) {
        record->showTab(tab);
        if (tab == FamilyRecordWindow::Tab::Contacts)
            if (auto* table = record->findChild<QTableView*>(QStringLiteral("contactsTable")))
                table->selectRow(0);
        settle();
        if (!saveImage(*record, dir.filePath(file), error))
            return false;
    }

    // A new contact being typed (shown, then dropped without saving a draft).
    {
        ContactDialog contact(m_window.session(), *familyId, record);
        contact.resize(680, 540);
        if (auto* kind = contact.findChild<QComboBox*>(QStringLiteral("kindCombo")))
            kind->setCurrentIndex(kind->findData(contactKindName(ContactKind::HomeVisit)));
        if (auto* present = contact.findChild<QLineEdit*>(QStringLiteral("presentEdit")))
            present->setText(tr("Mother, both children"));
        if (auto* notes = contact.findChild<QPlainTextEdit*>(QStringLiteral("notesEdit")))
            notes->setPlainText(
                tr("The flat is heated and tidy. The older child goes to school regularly; the "
                   "mother asks for help with the housing allowance application."));
        if (auto* step = contact.findChild<QLineEdit*>(QStringLiteral("nextStepEdit")))
            step->setText(tr("Bring the housing allowance form"));
        if (auto* due = contact.findChild<QCheckBox*>(QStringLiteral("dueCheck")))
            due->setChecked(true);
        if (!saveShown(contact, dir.filePath(QStringLiteral("contact-dialog.png")), error))
            return false;
    }

    // A PESEL with a typing error, refused with its reason.
    {
        MemberDialog member(MemberService(m_window.session()), DuplicateService(m_window.session()),
                            *familyId, record);
        member.resize(560, 340);
        if (auto* first = member.findChild<QLineEdit*>(QStringLiteral("firstNameEdit")))
            first->setText(tr("Zofia"));
        if (auto* last = member.findChild<QLineEdit*>(QStringLiteral("lastNameEdit")))
            last->setText(record->family().name);
        if (auto* pesel = member.findChild<QLineEdit*>(QStringLiteral("peselEdit")))
            pesel->setText(QStringLiteral("02070803629"));
        if (!saveShown(member, dir.filePath(QStringLiteral("member-refused.png")), error))
            return false;
    }
    record->closeDiscarding();
    settle();
    return true;
}

} // namespace opieka::screenshots
