#include "ExchangeScreenshots.h"

#include "BackupCrypto.h"
#include "Capture.h"
#include "CentreIdentity.h"
#include "CentrePartnersDialog.h"
#include "CentreService.h"
#include "ChildCareService.h"
#include "ContactService.h"
#include "DemoService.h"
#include "DirectoryService.h"
#include "ExchangeService.h"
#include "ExchangeTab.h"
#include "FamilyRecordWindow.h"
#include "FamilyService.h"
#include "MainWindow.h"
#include "MemberService.h"
#include "SendToPartnerDialog.h"
#include "WorkPlanService.h"
#include "Workspace.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <algorithm>
#include <optional>
#include <tuple>

namespace opieka::screenshots {
using namespace ui;

namespace {

// The fast key derivation of the tests: the pictures need keys, not keys hard to guess.
KeyDerivationCost fast()
{
    return KeyDerivationCost::minimal();
}

const QByteArray kPassphrase = "przykładowe hasło ośrodka";

// Synthetic centres (no real office is named).
CentreDetails ops()
{
    return {QStringLiteral("Miejski Ośrodek Pomocy Społecznej w Testowie"), CentreKind::Ops,
            QStringLiteral("Testowo"), QStringLiteral("123456785")};
}

CentreDetails pcpr()
{
    return {QStringLiteral("Powiatowe Centrum Pomocy Rodzinie w Przykładowie"), CentreKind::Pcpr,
            QStringLiteral("powiat przykładowski"), QString()};
}

// Of the first open demo families, one whose referral shows the most: members with a child,
// visits of the last twelve months with notes, a work plan.
std::optional<qint64> exampleFamily(const Session& session)
{
    FamilyQuery query;
    query.openOnly = true;
    query.limit = 60;
    auto families = DirectoryService(session).families(query);
    if (!families)
        return std::nullopt;
    MemberService members(session);
    ContactService contacts(session);
    WorkPlanService plans(session);
    const QDate yearAgo = QDate::currentDate().addMonths(-12);
    std::optional<qint64> best;
    int bestScore = -1;
    for (const Family& family : std::as_const(*families)) {
        auto memberList = members.members(family.id);
        auto contactList = contacts.contacts(family.id);
        if (!memberList || !contactList)
            continue;
        const bool child = std::any_of(memberList->begin(), memberList->end(), [](const Member& m) {
            return m.relation == Relation::Child;
        });
        if (!child)
            continue;
        int recent = 0;
        for (const Contact& contact : std::as_const(*contactList))
            if (contact.date >= yearAgo && !contact.notes.isEmpty())
                ++recent;
        auto versions = plans.versions(family.id);
        int score = std::min(static_cast<int>(memberList->size()), 5) + std::min(recent, 6);
        score += versions && !versions->isEmpty() ? 4 : 0;
        if (score > bestScore) {
            bestScore = score;
            best = family.id;
        }
    }
    return best;
}

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

} // namespace

bool ExchangeScreenshots::save(MainWindow& window, const QString& directory, QString* error)
{
    const QDir dir(directory);
    // Named as scripts/screenshots.sh names the demo database's folder (mktemp -d): the status
    // bar shows the path.
    QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/tmp.XXXXXXXXXX"));
    if (!folder.isValid()) {
        *error = tr("Cannot make a temporary folder for the two centres' databases.");
        return false;
    }
    // This centre: a copy of the demo database (nothing is being written now).
    const QString opsPath = folder.filePath(QStringLiteral("demo.sqlite"));
    const QString live = window.workspace()->location();
    if (!copyDatabase(live, opsPath, error))
        return false;
    auto opened = Workspace::open(opsPath, Workspace::OpenMode::MustExist);
    if (!ok(opened, error))
        return false;
    Workspace& here = **opened;
    const User manager = window.actor(); // the demo's manager
    auto admin = here.actingUser(QString());
    if (!ok(admin, error))
        return false;

    // The partner: a demo database of its own, with other (synthetic) families.
    auto partnerOpened = Workspace::open(folder.filePath(QStringLiteral("partner.sqlite")),
                                         Workspace::OpenMode::CreateIfMissing);
    if (!ok(partnerOpened, error))
        return false;
    Workspace& there = **partnerOpened;
    auto partnerAdmin = there.ensureAdministrator(QStringLiteral("admin"));
    if (!ok(partnerAdmin, error))
        return false;
    if (!ok(DemoService(Session(there.database(), *partnerAdmin))
                .generate(DemoService::Scale::Small, 11),
            error))
        return false;
    auto partnerManager = there.unprotectedSessionUser();
    if (!ok(partnerManager, error))
        return false;
    const Session opsSession(here.database(), manager);
    const Session pcprSession(there.database(), *partnerManager);

    // Both centres' keys, and each trusts the other's card (read over the phone, in real life).
    auto opsCard = CentreService(Session(here.database(), *admin), fast()).init(ops(), kPassphrase);
    auto pcprCard =
        CentreService(Session(there.database(), *partnerAdmin), fast()).init(pcpr(), kPassphrase);
    if (!ok(opsCard, error) || !ok(pcprCard, error))
        return false;
    if (!ok(CentreService(opsSession, fast())
                .addPartner(CentreIdentity::toJson(*pcprCard), QStringLiteral("pcpr.card")),
            error) ||
        !ok(CentreService(pcprSession, fast())
                .addPartner(CentreIdentity::toJson(*opsCard), QStringLiteral("ops.card")),
            error))
        return false;

    const auto familyId = exampleFamily(opsSession);
    if (!familyId) {
        *error = tr("The demo database has no family with a child and visits to refer.");
        return false;
    }
    auto family = FamilyService(opsSession).family(*familyId);
    if (!ok(family, error))
        return false;

    // The referral, with the default excerpt (the visits of the last twelve months, without
    // notes). The partner accepts it (a family of its own, linked) and answers with the receipt,
    // which this centre reads back: the outbox item "accepted".
    ExchangeService opsExchange(opsSession, fast());
    ExchangeService pcprExchange(pcprSession, fast());
    // The send dialog's picture ticks the notes of the latest visit of the year that has notes.
    std::optional<Contact> notedVisit;
    {
        auto contacts = ContactService(opsSession).contacts(*familyId);
        if (!ok(contacts, error))
            return false;
        for (const Contact& contact : std::as_const(*contacts))
            if (!contact.notes.isEmpty() && contact.date >= QDate::currentDate().addMonths(-12) &&
                (!notedVisit || contact.date > notedVisit->date))
                notedVisit = contact;
    }
    SendRequest referral;
    referral.familyId = *familyId;
    referral.partner = pcpr().name;
    referral.purpose = PackagePurpose::Referral;
    auto sent = opsExchange.send(referral, kPassphrase);
    if (!ok(sent, error))
        return false;
    auto received =
        pcprExchange.receive(sent->bytes, QStringLiteral("referral.opieka"), kPassphrase);
    if (!ok(received, error))
        return false;
    auto accepted = pcprExchange.accept(received->id, std::nullopt);
    if (!ok(accepted, error) || !accepted->familyId) {
        if (error->isEmpty())
            *error = tr("The partner's accepted referral has no family.");
        return false;
    }
    auto receipt = pcprExchange.receipt(received->id, kPassphrase);
    if (!ok(receipt, error) ||
        !ok(opsExchange.receive(*receipt, QStringLiteral("receipt.opieka"), kPassphrase), error))
        return false;

    // The partner's help plan for the child it now cares for, sent back and accepted here into
    // the family's record: the read-only copy beside the family's work plan. The partner's own
    // words, in Polish in both languages' pictures (as the demo's plans are).
    auto partnerMembers = MemberService(pcprSession).members(*accepted->familyId);
    if (!ok(partnerMembers, error))
        return false;
    const auto child =
        std::find_if(partnerMembers->begin(), partnerMembers->end(),
                     [](const Member& member) { return member.relation == Relation::Child; });
    if (child == partnerMembers->end()) {
        *error = tr("The referred family has no child at the partner centre.");
        return false;
    }
    const QDate today = QDate::currentDate();
    QList<HelpPlanItem> items;
    for (const auto& [goal, task, responsible, months] :
         {std::make_tuple(QStringLiteral("Regularne uczęszczanie do szkoły"),
                          QStringLiteral("Cotygodniowy kontakt z wychowawcą klasy"),
                          QStringLiteral("asystent rodziny"), 2),
          std::make_tuple(QStringLiteral("Kontakty z rodzicami"),
                          QStringLiteral("Spotkania z matką w każdą sobotę"),
                          QStringLiteral("koordynator rodzinnej pieczy zastępczej"), 3),
          std::make_tuple(
              QStringLiteral("Terapia logopedyczna"),
              QStringLiteral("Zajęcia w poradni psychologiczno-pedagogicznej dwa razy w miesiącu"),
              QStringLiteral("rodzina zastępcza"), 6)}) {
        HelpPlanItem item;
        item.childMemberId = child->id;
        item.goal = goal;
        item.task = task;
        item.responsible = responsible;
        item.deadline = today.addMonths(months);
        items << item;
    }
    if (!ok(ChildCareService(pcprSession).saveHelpPlan(child->id, items), error))
        return false;
    SendRequest plan;
    plan.familyId = *accepted->familyId;
    plan.partner = ops().name;
    plan.purpose = PackagePurpose::Plan;
    plan.helpPlanChildId = child->id;
    auto planSent = pcprExchange.send(plan, kPassphrase);
    if (!ok(planSent, error))
        return false;
    auto planReceived =
        opsExchange.receive(planSent->bytes, QStringLiteral("plan.opieka"), kPassphrase);
    if (!ok(planReceived, error) || !ok(opsExchange.accept(planReceived->id, *familyId), error))
        return false;

    // A referral of one of the partner's own families, received here and not yet answered.
    {
        FamilyQuery query;
        query.openOnly = true;
        query.limit = 20;
        auto theirs = DirectoryService(pcprSession).families(query);
        if (!ok(theirs, error))
            return false;
        std::optional<qint64> other;
        for (const Family& candidate : std::as_const(*theirs))
            if (candidate.id != *accepted->familyId) {
                auto list = MemberService(pcprSession).members(candidate.id);
                if (list && list->size() >= 2) {
                    other = candidate.id;
                    break;
                }
            }
        if (!other) {
            *error = tr("The partner's demo database has no family to refer.");
            return false;
        }
        SendRequest back;
        back.familyId = *other;
        back.partner = ops().name;
        back.purpose = PackagePurpose::Referral;
        auto backSent = pcprExchange.send(back, kPassphrase);
        if (!ok(backSent, error) ||
            !ok(opsExchange.receive(backSent->bytes, QStringLiteral("skierowanie.opieka"),
                                    kPassphrase),
                error))
            return false;
    }

    // This centre's window, as its manager sees it.
    MainWindow opsWindow;
    opsWindow.enterSession(std::move(*opened), opsPath, manager);
    opsWindow.resize(1024, 768); // as the main window's pictures
    opsWindow.show();
    settle();
    const Session session = opsWindow.session();

    // Settings › Centre Identity and Partners…: the card, its fingerprint, the one partner.
    {
        CentrePartnersDialog partners(session, fast(), &opsWindow);
        if (!partners.card() || partners.partnersTable()->rowCount() != 1) {
            *error = tr("The Centre Identity and Partners dialog shows no card or no partner.");
            return false;
        }
        partners.partnersTable()->selectRow(0);
        if (!saveShown(partners, dir.filePath(QStringLiteral("centre-partners.png")), error))
            return false;
    }

    // Record › Send to Partner Centre…: a referral to the partner, the notes of one visit ticked.
    {
        SendToPartnerDialog send(session, *familyId, family->name, &opsWindow);
        send.setKeyDerivationCost(fast());
        send.choosePartner(pcpr().name);
        send.choosePurpose(PackagePurpose::Referral);
        if (notedVisit)
            send.includeNotes(notedVisit->id, true);
        if (send.previewText()->toPlainText().isEmpty() || send.visitsTable()->rowCount() == 0) {
            *error = tr("The Send to Partner Centre dialog shows no visits or no preview.");
            return false;
        }
        if (!saveShown(send, dir.filePath(QStringLiteral("send-to-partner.png")), error))
            return false;
    }

    // Cases › Exchange with Partner Centres…: the received referral selected.
    if (auto* open = opsWindow.findChild<QAction*>(QStringLiteral("exchangeAction")))
        open->trigger();
    auto* exchange = qobject_cast<ExchangeTab*>(opsWindow.tabs()->currentWidget());
    if (!exchange) {
        *error = tr("Cases › Exchange with Partner Centres… shows no Exchange tab.");
        return false;
    }
    exchange->refresh();
    qint64 inbox = 0;
    for (const ExchangeItem& item : exchange->items())
        if (item.direction == QLatin1String("in") && item.status == QLatin1String("received"))
            inbox = item.id;
    if (!inbox || !exchange->selectItem(inbox)) {
        *error = tr("The Exchange tab lists no received package.");
        return false;
    }
    settle();
    if (!saveImage(opsWindow, dir.filePath(QStringLiteral("exchange-tab.png")), error))
        return false;

    // The family's work plan with the partner's help plan beside it.
    FamilyRecordWindow* record = opsWindow.openFamily(*familyId);
    if (!record) {
        *error = tr("The family record could not be opened.");
        return false;
    }
    record->resize(1024, 768);
    record->showTab(FamilyRecordWindow::Tab::WorkPlan);
    settle();
    if (!saveImage(*record, dir.filePath(QStringLiteral("partner-plan.png")), error))
        return false;
    record->closeDiscarding();
    opsWindow.hide();
    settle();
    return true;
}

} // namespace opieka::screenshots
