#include "DocumentChecks.h"

#include "CaseAccess.h"
#include "Clock.h"
#include "Database.h"
#include "DocumentService.h"
#include "FamilyRepository.h"
#include "FosterFamilyRepository.h"
#include "MemberRepository.h"
#include "PastDates.h"
#include "PlacementRepository.h"
#include "WorkPlanRepository.h"

#include <algorithm>

namespace opieka::document_checks {
namespace {

bool hasControlCharacter(const QString& text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

Error noPlacement(qint64 placementId)
{
    return badInput(DocumentService::tr("There is no placement %1.").arg(placementId));
}

} // namespace

QString baseName(const QString& fileName)
{
    const qsizetype slash =
        std::max(fileName.lastIndexOf(QLatin1Char('/')), fileName.lastIndexOf(QLatin1Char('\\')));
    return fileName.mid(slash + 1).trimmed();
}

Status ownerRule(Database& database, const User& actor, const DocumentOwner& owner, bool change)
{
    CaseAccess access(database);
    const QDate today = Clock::today();
    switch (owner.kind) {
    case DocumentOwner::Kind::Family:
        return change ? access.mayChangeFamily(actor, owner.id, today)
                      : access.mayReadFamily(actor, owner.id, today);
    case DocumentOwner::Kind::FosterFamily:
        return change ? access.mayChangeFosterFamily(actor, owner.id, today)
                      : access.mayReadFosterFamily(actor, owner.id, today);
    case DocumentOwner::Kind::Placement:
        break;
    }
    auto placement = PlacementRepository(database).find(owner.id);
    if (!placement)
        return placement.error();
    if (!*placement)
        return noPlacement(owner.id);
    const qint64 child = (*placement)->childMemberId;
    Status byChild = change ? access.mayChangeMember(actor, child, today)
                            : access.mayReadMember(actor, child, today);
    const std::optional<qint64> fosterFamily = (*placement)->fosterFamilyId;
    if (byChild || !fosterFamily)
        return byChild;
    const Status byFosterFamily = change ? access.mayChangeFosterFamily(actor, *fosterFamily, today)
                                         : access.mayReadFosterFamily(actor, *fosterFamily, today);
    return byFosterFamily ? byFosterFamily : byChild;
}

Status checkDetails(const NewDocument& d, const QString& name, const QDate& today)
{
    if (name.isEmpty())
        return badInput(DocumentService::tr("Give the document's file name."));
    if (name.size() > DocumentService::kMaxFileNameLength)
        return badInput(DocumentService::tr("The file name is longer than %1 characters: "
                                            "rename the file.")
                            .arg(DocumentService::kMaxFileNameLength));
    if (hasControlCharacter(name))
        return badInput(DocumentService::tr("The file name holds control characters: rename "
                                            "the file."));
    if (!d.date.isValid())
        return badInput(DocumentService::tr("Give the document's date."));
    if (d.date > today)
        return badInput(DocumentService::tr("The document's date (%1) is after today: give the "
                                            "date it was issued or signed.")
                            .arg(localDate(d.date)));
    if (d.date.year() < 1900)
        return badInput(DocumentService::tr("The document's date (%1) is before 1900: check it.")
                            .arg(localDate(d.date)));
    if (d.description.size() > DocumentService::kMaxDescriptionLength)
        return badInput(DocumentService::tr("The description is longer than %1 characters.")
                            .arg(DocumentService::kMaxDescriptionLength));
    if (d.description.contains(QChar(0)))
        return badInput(DocumentService::tr("The description holds a NUL character."));
    const bool toFosterFamily = d.owner.kind == DocumentOwner::Kind::FosterFamily;
    if (d.kind == DocumentKind::HealthCertificate && !toFosterFamily)
        return refused(DocumentService::tr("A health certificate is attached to the foster "
                                           "family that presented it."));
    if (d.kind == DocumentKind::PsychologistOpinion && !toFosterFamily)
        return refused(DocumentService::tr("A psychologist's opinion is attached to the foster "
                                           "family that presented it."));
    if (d.kind == DocumentKind::SignedWorkPlan && d.owner.kind != DocumentOwner::Kind::Family)
        return refused(DocumentService::tr("A signed work plan is attached to the family's "
                                           "record."));
    if (d.planId && d.kind != DocumentKind::SignedWorkPlan)
        return badInput(DocumentService::tr("A plan version is given only for a signed work "
                                            "plan."));
    return {};
}

Status checkOwner(Database& database, const NewDocument& d, std::optional<qint64>& planId)
{
    std::optional<qint64> placedChild;
    switch (d.owner.kind) {
    case DocumentOwner::Kind::Family: {
        auto exists = FamilyRepository(database).exists(d.owner.id);
        if (!exists)
            return exists.error();
        if (!*exists)
            return badInput(DocumentService::tr("There is no family %1.").arg(d.owner.id));
        break;
    }
    case DocumentOwner::Kind::FosterFamily: {
        auto exists = FosterFamilyRepository(database).exists(d.owner.id);
        if (!exists)
            return exists.error();
        if (!*exists)
            return badInput(DocumentService::tr("There is no foster family %1.").arg(d.owner.id));
        break;
    }
    case DocumentOwner::Kind::Placement: {
        auto placement = PlacementRepository(database).find(d.owner.id);
        if (!placement)
            return placement.error();
        if (!*placement)
            return noPlacement(d.owner.id);
        placedChild = (*placement)->childMemberId;
        break;
    }
    }
    if (d.memberId) {
        auto member = MemberRepository(database).find(*d.memberId);
        if (!member)
            return member.error();
        if (!*member)
            return badInput(
                DocumentService::tr("There is no household member %1.").arg(*d.memberId));
        bool fits = false;
        switch (d.owner.kind) {
        case DocumentOwner::Kind::Family:
            fits = (*member)->familyId == d.owner.id;
            break;
        case DocumentOwner::Kind::Placement:
            fits = placedChild == *d.memberId;
            break;
        case DocumentOwner::Kind::FosterFamily: {
            auto placements = PlacementRepository(database).forChild(*d.memberId);
            if (!placements)
                return placements.error();
            for (const Placement& p : *placements)
                fits = fits || p.fosterFamilyId == d.owner.id;
            break;
        }
        }
        if (!fits)
            return badInput(
                DocumentService::tr("Household member %1 is not of the case the document is "
                                    "attached to.")
                    .arg(*d.memberId));
    }
    if (d.kind != DocumentKind::SignedWorkPlan)
        return {};
    WorkPlanRepository plans(database);
    if (d.planId) {
        auto plan = plans.find(*d.planId);
        if (!plan)
            return plan.error();
        if (!*plan || (*plan)->familyId != d.owner.id)
            return badInput(DocumentService::tr("Family %1 has no work plan %2.")
                                .arg(d.owner.id)
                                .arg(*d.planId));
        if ((*plan)->status == PlanStatus::Draft)
            return refused(
                DocumentService::tr("Version %1 of the work plan is a draft: the family signs the "
                                    "agreed plan.")
                    .arg((*plan)->version));
        planId = d.planId;
        return {};
    }
    auto versions = plans.forFamily(d.owner.id);
    if (!versions)
        return versions.error();
    for (const WorkPlan& plan : *versions)
        if (plan.status == PlanStatus::Agreed)
            planId = plan.id; // oldest first: the last one is the latest
    if (!planId)
        return refused(
            DocumentService::tr("Family %1 has no agreed work plan to sign: agree the plan first.")
                .arg(d.owner.id));
    return {};
}

} // namespace opieka::document_checks
