#include "FieldScreenshots.h"

#include "AccountService.h"
#include "Capture.h"
#include "ConflictsModel.h"
#include "ContactService.h"
#include "DirectoryService.h"
#include "FamilyService.h"
#include "FieldCheckout.h"
#include "FieldCopy.h"
#include "FieldCopyActions.h"
#include "FieldSync.h"
#include "MainWindow.h"
#include "ScreenshotMaker.h"
#include "SettingsService.h"
#include "SignInService.h"
#include "SocialWorkerDeskService.h"
#include "SocialWorkerDeskTab.h"
#include "SyncDialog.h"
#include "TakeIntoFieldDialog.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <algorithm>
#include <optional>

namespace opieka::screenshots {
using namespace ui;

namespace {

// Synthetic secrets of the pictures: the field-copy passphrase and the worker's password.
const QString kPassphrase = QStringLiteral("teczka-w-terenie-2026");
const QByteArray kWorkerPassword = "haslo-pracownika-7";
// Synthetic centre and addresses (no real office or street is named).
const QString kCentreName = QStringLiteral("Miejski Ośrodek Pomocy Społecznej w Testowie");
const QString kCentreAddress = QStringLiteral("ul. Leśna 4 m. 2, Testowo");
const QString kFieldAddress = QStringLiteral("ul. Polna 17, Testowo");

template <typename T> bool ok(const Result<T>& result, QString* error)
{
    if (!result)
        *error = result.error().message;
    return bool(result);
}

bool ok(const Status& status, QString* error)
{
    if (!status)
        *error = status.error().message;
    return bool(status);
}

// The worker's login as a centre would make it: her first name's initial and her last name, in
// small ASCII letters ("a.nowak").
QString loginOf(const Worker& worker)
{
    const auto ascii = [](const QString& text) {
        QString out;
        for (const QChar c : text.toLower().normalized(QString::NormalizationForm_D)) {
            if (c == QChar(0x0142)) // ł has no decomposition
                out += QLatin1Char('l');
            else if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                out += c;
        }
        return out;
    };
    return ascii(worker.firstName.left(1)) + QLatin1Char('.') + ascii(worker.lastName);
}

// The first social worker (by id) with open families.
std::optional<Worker> exampleWorker(const Session& session)
{
    auto workers = DirectoryService(session).workers();
    if (!workers)
        return std::nullopt;
    SocialWorkerDeskService desk(session);
    for (const Worker& worker : std::as_const(*workers)) {
        if (worker.role != Role::SocialWorker)
            continue;
        auto rows = desk.forWorker(worker.id);
        if (rows && !rows->isEmpty())
            return worker;
    }
    return std::nullopt;
}

// Of the worker's families, one with a visit in the past: the visit whose next step is due
// changes on both sides, as the family's address does.
std::optional<std::pair<qint64, Contact>> exampleVisit(const Session& session, qint64 workerId)
{
    auto rows = SocialWorkerDeskService(session).forWorker(workerId);
    if (!rows)
        return std::nullopt;
    ContactService contacts(session);
    const QDate today = QDate::currentDate();
    for (const MyCaseloadRow& row : std::as_const(*rows)) {
        auto list = contacts.contacts(row.family.id);
        if (!list)
            continue;
        std::optional<Contact> latest;
        for (const Contact& contact : std::as_const(*list))
            if (contact.date < today && (!latest || contact.date > latest->date))
                latest = contact;
        if (latest)
            return std::make_pair(row.family.id, *latest);
    }
    return std::nullopt;
}

// The family's address and the visit's next-step date set to other values through the services,
// as `session`'s account.
bool change(const Session& session, qint64 familyId, qint64 contactId, const QString& address,
            const QDate& due, QString* error)
{
    FamilyService families(session);
    auto family = families.family(familyId);
    if (!ok(family, error))
        return false;
    family->address = address;
    if (!ok(families.update(*family), error))
        return false;
    ContactService contacts(session);
    auto list = contacts.contacts(familyId);
    if (!ok(list, error))
        return false;
    const auto visit = std::find_if(list->begin(), list->end(),
                                    [contactId](const Contact& c) { return c.id == contactId; });
    if (visit == list->end()) {
        *error = FieldScreenshots::tr("The example visit is missing.");
        return false;
    }
    Contact changed = *visit;
    if (changed.nextStep.isEmpty())
        changed.nextStep = ScreenshotMaker::tr("Bring the housing allowance form");
    changed.nextStepDue = due;
    return ok(contacts.update(changed), error);
}

} // namespace

bool FieldScreenshots::save(MainWindow& window, const QString& directory, QString* error)
{
    const QDir dir(directory);
    // Named as scripts/screenshots.sh names the demo database's folder (mktemp -d): the status
    // bar shows the path.
    QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/tmp.XXXXXXXXXX"));
    if (!folder.isValid()) {
        *error = tr("Cannot make a temporary folder for the centre's database and its field copy.");
        return false;
    }
    // The centre: a copy of the demo database (nothing is being written now).
    const QString centrePath = folder.filePath(QStringLiteral("demo.sqlite"));
    const QString live = window.workspace()->location();
    if (!copyDatabase(live, centrePath, error))
        return false;
    auto centreOpened = Workspace::open(centrePath, Workspace::OpenMode::MustExist);
    if (!ok(centreOpened, error))
        return false;
    Database& centre = (*centreOpened)->database();
    const User manager = window.actor(); // the demo's manager
    auto admin = (*centreOpened)->actingUser(QString());
    if (!ok(admin, error))
        return false;
    const Session managerSession(centre, manager);
    auto named = SettingsService(managerSession).centreName();
    if (!ok(named, error))
        return false;
    if (named->trimmed().isEmpty() &&
        !ok(SettingsService(Session(centre, *admin)).setCentreName(kCentreName), error))
        return false;

    // A social worker with families, given an account with a password (she signs in to her copy
    // and at the centre with it).
    const auto worker = exampleWorker(managerSession);
    if (!worker) {
        *error = tr("The demo database has no social worker with families to take out.");
        return false;
    }
    NewAccount account;
    account.login = loginOf(*worker);
    account.role = Role::SocialWorker;
    account.workerId = worker->id;
    account.password = kWorkerPassword;
    auto workerUser = AccountService(Session(centre, *admin)).addAccount(account);
    if (!ok(workerUser, error))
        return false;
    const Session workerAtCentre(centre, *workerUser);

    // File › Take Cases into the Field…, as she fills it in: her own cases, the file offered in
    // her home folder, the passphrase typed twice.
    {
        TakeIntoFieldDialog take(workerAtCentre, &window);
        auto* path = take.findChild<QLineEdit*>(QStringLiteral("fieldFileEdit"));
        auto* passphrase = take.findChild<QLineEdit*>(QStringLiteral("fieldPassphraseEdit"));
        auto* again = take.findChild<QLineEdit*>(QStringLiteral("fieldPassphraseRepeatEdit"));
        auto* who = take.findChild<QComboBox*>(QStringLiteral("fieldWorkerCombo"));
        if (!path || !passphrase || !again || !who || who->currentData() != worker->id) {
            *error = tr("The Take Cases into the Field dialog does not show the worker's fields.");
            return false;
        }
        // A home folder of hers, not this computer's: the path is in the picture.
        path->setText(QDir::toNativeSeparators(
            QStringLiteral("/home/%1/%2")
                .arg(workerUser->login, QFileInfo(TakeIntoFieldDialog::defaultPath()).fileName())));
        passphrase->setText(kPassphrase);
        again->setText(kPassphrase);
        take.resize(640, take.sizeHint().height()); // the whole file name in view
        take.show();
        settle();
        passphrase->deselect(); // typed, not selected
        settle();
        const bool saved =
            saveImage(take, dir.filePath(QStringLiteral("take-into-field.png")), error);
        take.hide();
        if (!saved)
            return false;
    }

    // The same, through the service: the copy the rest of the pictures show.
    const QString copyPath = folder.filePath(
        QStringLiteral("%1.opieka")
            .arg(QString(workerUser->login).replace(QLatin1Char('.'), QLatin1Char('-'))));
    if (!ok(FieldCheckout::checkout(workerAtCentre, worker->id, copyPath, kPassphrase.toUtf8()),
            error))
        return false;

    // After the check-out, at the centre: the manager corrects the family's address and moves
    // the visit's next step.
    const auto visit = exampleVisit(managerSession, worker->id);
    if (!visit) {
        *error = tr("The worker's families have no past visit to change.");
        return false;
    }
    const QDate today = QDate::currentDate();
    if (!change(managerSession, visit->first, visit->second.id, kCentreAddress, today.addDays(7),
                error))
        return false;

    // In the field, meanwhile: she changes the same two fields to other values.
    if (!ok(FieldCopy::unlockFile(copyPath, kPassphrase.toUtf8()), error))
        return false;
    auto copyOpened = Workspace::open(copyPath, Workspace::OpenMode::MustExist);
    if (!ok(copyOpened, error))
        return false;
    Database& copy = (*copyOpened)->database();
    auto inCopy = SignInService(copy).signIn(workerUser->login, kWorkerPassword);
    if (!ok(inCopy, error) || !ok(FieldCopy::setActingLogin(copy, inCopy->login), error))
        return false;
    const Session workerInCopy(copy, *inCopy);
    if (!change(workerInCopy, visit->first, visit->second.id, kFieldAddress, today.addDays(14),
                error))
        return false;

    // Back at the centre she syncs (signed in there with the same login and password): both
    // fields are left to decide. Then, in the field again, she logs today's visit: a change the
    // next sync takes.
    {
        auto atCentre = SignInService(centre).signIn(workerUser->login, kWorkerPassword);
        if (!ok(atCentre, error))
            return false;
        auto synced = FieldSync::sync(workerInCopy, Session(centre, *atCentre));
        if (!ok(synced, error))
            return false;
        if (synced->conflicts.size() != 2) {
            *error = tr("The sync left %n field(s) to decide, not two.", nullptr,
                        static_cast<int>(synced->conflicts.size()));
            return false;
        }
        Contact visitToday;
        visitToday.familyId = visit->first;
        visitToday.workerId = worker->id;
        visitToday.date = today;
        visitToday.kind = ContactKind::HomeVisit;
        visitToday.present = ScreenshotMaker::tr("Mother, both children");
        if (!ok(ContactService(workerInCopy).log(visitToday), error))
            return false;
    }

    // The window on the copy, as she signed in to it.
    MainWindow copyWindow;
    copyWindow.enterSession(std::move(*copyOpened), copyPath, *inCopy);
    copyWindow.resize(1024, 768); // as the main window's pictures
    copyWindow.show();
    settle();
    if (!copyWindow.fieldCopyActions() || !copyWindow.fieldCopyActions()->info()) {
        *error = tr("The window does not see the field copy.");
        return false;
    }

    // File › Sync with the Centre…: the visit to go, the two fields side by side. She keeps her
    // address (the decision shows) and looks at the date next; her password typed for Sync.
    {
        SyncDialog sync(copyWindow.session(), *copyWindow.fieldCopyActions()->info(), &copyWindow);
        auto* password = sync.findChild<QLineEdit*>(QStringLiteral("syncPasswordEdit"));
        if (!password || sync.pendingList()->count() != 1 ||
            sync.conflictsModel()->rowCount() != 2) {
            *error = tr("The Sync with the Centre dialog does not show the change to go and the "
                        "two fields to decide.");
            return false;
        }
        password->setText(QString::fromUtf8(kWorkerPassword));
        sync.show();
        settle();
        sync.conflictsTable()->selectRow(0);
        if (!sync.resolveSelected(FieldSync::Keep::Field)) {
            auto* message = sync.findChild<QLabel*>(QStringLiteral("syncMessage"));
            *error = tr("Keeping the copy's value was refused: %1")
                         .arg(message ? message->text() : QString());
            return false;
        }
        sync.conflictsTable()->selectRow(1);
        password->deselect(); // typed, not selected
        settle();
        const bool saved =
            saveImage(sync, dir.filePath(QStringLiteral("field-conflicts.png")), error);
        sync.hide();
        if (!saved)
            return false;
    }

    // Her desk in the copy, read again after the sync; the status bar names the copy.
    copyWindow.reloadAfterRestore();
    SocialWorkerDeskTab* desk = copyWindow.myCaseloadTab();
    if (!desk) {
        *error = tr("The window on the field copy has no social worker's desk.");
        return false;
    }
    desk->selectWorker(worker->id);
    copyWindow.tabs()->setCurrentWidget(desk);
    settle();
    if (!saveImage(copyWindow, dir.filePath(QStringLiteral("field-copy-window.png")), error))
        return false;
    copyWindow.hide();
    settle();
    return true;
}

} // namespace opieka::screenshots
