#include "FosterScreenshots.h"

#include "Capture.h"
#include "ChildCareService.h"
#include "CoordinatorDeskService.h"
#include "CoordinatorDeskTab.h"
#include "DirectoryService.h"
#include "FosterCareTab.h"
#include "FosterRegisterService.h"
#include "MainWindow.h"
#include "MemberService.h"
#include "PlacementDialog.h"
#include "PlacementService.h"
#include "ReviewDialog.h"
#include "Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextStream>

namespace opieka::screenshots {
using namespace ui;

namespace {
struct Example
{
    qint64 coordinatorId = 0;
    qint64 fosterFamilyId = 0;
    QList<Member> placed;          // in the example family
    std::optional<Member> refused; // the fourth child the dialog refuses
};

// Children of the demo's open families who are not placed anywhere yet.
QList<Member> unplacedChildren(Workspace& workspace, const User& actor, int wanted)
{
    DirectoryService directory(Session(workspace.database(), actor));
    MemberService members(Session(workspace.database(), actor));
    PlacementService placementService(Session(workspace.database(), actor));
    FamilyQuery query;
    query.openOnly = true;
    query.limit = 300;
    QList<Member> found;
    auto families = directory.families(query);
    if (!families)
        return found;
    const QDate today = QDate::currentDate();
    for (const Family& family : *families) {
        auto list = members.members(family.id);
        if (!list)
            continue;
        for (const Member& m : *list) {
            if (!m.birthDate || ageOn(*m.birthDate, today) >= 16)
                continue;
            auto placements = placementService.placementsOfChild(m.id);
            if (placements && placements->isEmpty())
                found << m;
            if (found.size() >= wanted)
                return found;
        }
    }
    return found;
}

// The first coordinator (by id) with a non-professional or professional family; that family
// is filled to its capacity of three, once: one review overdue, one due soon, one recent.
std::optional<Example> prepareExample(Workspace& workspace, const User& actor)
{
    auto workers = DirectoryService(Session(workspace.database(), actor)).workers();
    if (!workers)
        return std::nullopt;
    FosterRegisterService fosterRegister(Session(workspace.database(), actor));
    PlacementService placementService(Session(workspace.database(), actor));
    ChildCareService childCare(Session(workspace.database(), actor));
    CoordinatorDeskService start(Session(workspace.database(), actor));
    const QDate today = QDate::currentDate();
    for (const Worker& worker : *workers) {
        if (worker.role != Role::FosterCareCoordinator)
            continue;
        auto page = start.forWorker(worker.id, today);
        if (!page)
            continue;
        // The demo leaves carers and certificates blank: fill them as a register would, with
        // certificates falling due over the next two years.
        int n = 0;
        for (const FosterFamilyStatus& status : page->families) {
            ++n;
            if (!status.family.carers.isEmpty())
                continue;
            static const QStringList couples{
                QStringLiteral("Anna i Piotr"), QStringLiteral("Maria i Jan"),
                QStringLiteral("Ewa i Tomasz"), QStringLiteral("Katarzyna i Marek"),
                QStringLiteral("Agnieszka i Paweł")};
            FosterFamily f = status.family;
            f.carers = couples.at(n % couples.size()) + QLatin1Char(' ') + f.name;
            f.address = QStringLiteral("ul. Lipowa %1, %2").arg(n).arg(f.municipality);
            f.qualifiedOn = f.openedOn.addMonths(-2);
            f.training = QStringLiteral("PRIDE, %1").arg(f.openedOn.year());
            f.healthCertificateOn = today.addMonths(-24).addDays((n * 53) % 700 + 3);
            f.psychologistOpinionOn = today.addMonths(-24).addDays((n * 71) % 700 + 3);
            if (!fosterRegister.updateFamily(f))
                return std::nullopt;
        }
        page = start.forWorker(worker.id, today);
        if (!page)
            continue;
        for (const FosterFamilyStatus& status : page->families) {
            const FosterFamilyKind kind = status.family.kind;
            // Placed from seven months ago: the family must have been open by then.
            if ((kind != FosterFamilyKind::NonProfessional &&
                 kind != FosterFamilyKind::Professional) ||
                status.family.openedOn > today.addMonths(-8))
                continue;
            Example example;
            example.coordinatorId = worker.id;
            example.fosterFamilyId = status.family.id;
            if (status.childrenPlaced == 0) {
                const QList<Member> children = unplacedChildren(workspace, actor, 3);
                const QList<QDate> from{today.addMonths(-7), today.addMonths(-6).addDays(12),
                                        today.addMonths(-2)};
                for (int i = 0; i < children.size() && i < from.size(); ++i) {
                    Placement p;
                    p.childMemberId = children.at(i).id;
                    p.fosterFamilyId = status.family.id;
                    p.from = from.at(i);
                    p.courtOrder =
                        QStringLiteral("III Nsm %1/%2").arg(120 + i).arg(from.at(i).year() % 100);
                    p.courtOrderDate = from.at(i).addDays(-2);
                    if (auto placed = placementService.place(p); !placed) {
                        QTextStream(stderr) << placed.error().message << Qt::endl;
                        return std::nullopt;
                    }
                }
                if (!children.isEmpty())
                    (void)placementService.markLegalSituationSettled(children.last().id,
                                                                     today.addDays(-20));
            }
            auto placements = placementService.placementsIn(status.family.id);
            MemberService members(Session(workspace.database(), actor));
            if (placements)
                for (const Placement& p : *placements)
                    if (p.isActiveOn(today))
                        if (auto d = childCare.deadlines(p.childMemberId, today))
                            example.placed << d->child;
            const QList<Member> more = unplacedChildren(workspace, actor, 1);
            if (!more.isEmpty())
                example.refused = more.first();
            return example;
        }
    }
    return std::nullopt;
}
} // namespace

bool FosterScreenshots::run(const QString& directory, QString* error)
{
    Workspace& workspace = *m_window.workspace();
    const auto example = prepareExample(workspace, m_window.actor());
    if (!example || example->placed.isEmpty() || !example->refused) {
        *error = tr("The database has no coordinator with a foster family and children to "
                    "place.");
        return false;
    }
    const QDir dir(directory);
    // The placements were made behind the window's back: show them.
    FosterCareTab* tab = m_window.fosterCareTab();
    tab->refresh();
    tab->selectFosterFamily(example->fosterFamilyId);
    tab->selectChild(example->placed.first().id);
    m_window.tabs()->setCurrentWidget(tab);
    settle();
    if (!saveImage(m_window, dir.filePath(QStringLiteral("foster-care.png")), error))
        return false;

    {
        PlacementDialog placement(m_window.session(), example->fosterFamilyId, &m_window);
        placement.resize(660, 540);
        placement.search(example->refused->lastName);
        if (!placement.selectChild(example->refused->id)) {
            placement.search(QString());
            placement.selectBiologicalFamily(example->refused->familyId);
            placement.selectChild(example->refused->id);
        }
        if (auto* order = placement.findChild<QLineEdit*>(QStringLiteral("courtOrderEdit")))
            order->setText(QStringLiteral("III Nsm 131/25"));
        if (!saveShown(placement, dir.filePath(QStringLiteral("placement-refused.png")), error))
            return false;
    }

    {
        ReviewDialog review(ChildCareService(m_window.session()), example->placed.first().id,
                            &m_window);
        review.resize(600, 540);
        if (auto* psychologist =
                review.findChild<QCheckBox*>(QStringLiteral("teamPsychologistCheck")))
            psychologist->setChecked(true);
        if (auto* assistant = review.findChild<QCheckBox*>(QStringLiteral("teamAssistantCheck")))
            assistant->setChecked(true);
        if (auto* findings = review.findChild<QPlainTextEdit*>(QStringLiteral("findingsEdit")))
            findings->setPlainText(
                tr("The child has settled in well and attends school regularly. Contacts with "
                   "the mother every second Saturday; the mother keeps to the agreed plan."));
        if (!saveShown(review, dir.filePath(QStringLiteral("review-dialog.png")), error))
            return false;
    }

    CoordinatorDeskTab* coordinator = m_window.coordinatorTab();
    coordinator->refresh();
    coordinator->selectWorker(example->coordinatorId);
    m_window.tabs()->setCurrentWidget(coordinator);
    settle();
    return saveImage(m_window, dir.filePath(QStringLiteral("coordinator.png")), error);
}

} // namespace opieka::screenshots
