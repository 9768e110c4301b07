#include "MemberService.h"

#include "AuditRepository.h"
#include "AuditTrail.h"
#include "AuditedWrite.h"
#include "CaseAccess.h"
#include "Clock.h"
#include "Database.h"
#include "DocumentRepository.h"
#include "EntityJson.h"
#include "ExchangeErasure.h"
#include "FamilyRepository.h"
#include "FieldCopy.h"
#include "Lookup.h"
#include "MemberRepository.h"
#include "PastDates.h"
#include "Permissions.h"
#include "PlacementRepository.h"

#include <QJsonArray>
#include <algorithm>

namespace opieka {
namespace {
// The member, or bad input naming the id that is not there.
Result<Member> existing(MemberRepository& members, qint64 memberId)
{
    auto found = members.find(memberId);
    if (!found)
        return found.error();
    if (!*found)
        return badInput(MemberService::tr("There is no member with id %1.").arg(memberId));
    return **found;
}
} // namespace
namespace {
QString sexLabel(Sex sex)
{
    return sex == Sex::Female ? MemberService::tr("female") : MemberService::tr("male");
}
} // namespace

Result<Member> MemberService::validate(const Member& input, qint64 ignoreMemberId, Entry entry)
{
    Member m = input;
    m.firstName = m.firstName.trimmed();
    m.lastName = m.lastName.trimmed();
    m.pesel = m.pesel.trimmed();
    if (m.firstName.isEmpty())
        return badInput(tr("Give the first name."));
    if (m.lastName.isEmpty())
        return badInput(tr("Give the last name."));

    if (!m.pesel.isEmpty()) {
        auto info = Pesel::parse(m.pesel);
        if (!info)
            return info.error();
        if (m.birthDate && *m.birthDate != info->birthDate)
            return badInput(tr("The birth date %1 contradicts PESEL %2, which gives %3.")
                                .arg(localDate(*m.birthDate), m.pesel, localDate(info->birthDate)));
        if (m.sex && *m.sex != info->sex)
            return badInput(tr("The sex entered (%1) contradicts PESEL %2, which is a %3's number.")
                                .arg(sexLabel(*m.sex), m.pesel, sexLabel(info->sex)));
        m.birthDate = info->birthDate;
        m.sex = info->sex;
        auto holder = MemberRepository(m_database).findByPesel(m.pesel);
        if (!holder)
            return holder.error();
        if (*holder && (*holder)->id != ignoreMemberId) {
            // Which family holds it only to who may read that family (issue 18, defect 6):
            // anyone else learns no more than that the number is taken.
            if (!CaseAccess(m_database).mayReadFamily(m_actor, (*holder)->familyId))
                return badInput(tr("PESEL %1 is already registered at the centre. Contact a "
                                   "manager to find out where.")
                                    .arg(m.pesel));
            return badInput(tr("PESEL %1 is already recorded for a member of family %2.")
                                .arg(m.pesel)
                                .arg((*holder)->familyId));
        }
    } else if (!m.sex && entry == Entry::Typed) {
        // Never a silent default (a Zofia stored as a man): without a PESEL, the person says.
        return badInput(tr("Choose the sex: without a PESEL it is not known otherwise."));
    }
    if (m.birthDate)
        OPIEKA_TRY(PastDates::notAfterToday(PastEvent::Birth, *m.birthDate, Clock::today()));
    return m;
}

Result<qint64> MemberService::add(const Member& input)
{
    const auto rule = [&] {
        return CaseAccess(m_database).mayChangeFamily(m_actor, input.familyId);
    };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Result<qint64> {
        OPIEKA_TRY(Lookup::familyExists(m_database, input.familyId));
        auto member = validate(input);
        if (!member)
            return member.error();
        auto id = MemberRepository(m_database).insert(*member);
        if (!id)
            return id.error();
        OPIEKA_TRY(FamilyRepository(m_database).refreshSearchText(member->familyId));
        OPIEKA_TRY(write.record(QStringLiteral("member.add"), QStringLiteral("member"), *id, {},
                                toJson(*member)));
        return id;
    });
}

Status MemberService::update(const Member& input)
{
    const auto rule = [&] { return CaseAccess(m_database).mayChangeMember(m_actor, input.id); };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Status {
        MemberRepository members(m_database);
        auto current = existing(members, input.id);
        if (!current)
            return current.error();
        if (input.rowVersion != current->rowVersion)
            return refused(
                tr("Someone else changed this person's details %1 since you opened them, "
                   "so your changes were not saved over theirs. Close the form, open the "
                   "person again and enter your changes once more.")
                    .arg(AuditTrail(m_database)
                             .lastChangeText(QStringLiteral("member"), QString::number(input.id))));
        Member changed = input;
        changed.familyId = current->familyId; // a member moves between families by a new record
        auto member = validate(changed, input.id);
        if (!member)
            return member.error();
        OPIEKA_TRY(members.update(*member));
        OPIEKA_TRY(FamilyRepository(m_database).refreshSearchText(member->familyId));
        return write.record(QStringLiteral("member.update"), QStringLiteral("member"), input.id,
                            toJson(*current), toJson(*member));
    });
}

Status MemberService::remove(qint64 memberId)
{
    const auto rule = [&] { return CaseAccess(m_database).mayChangeMember(m_actor, memberId); };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Status {
        MemberRepository members(m_database);
        auto current = existing(members, memberId);
        if (!current)
            return current.error();
        // Documents about a person entered by mistake stay in the family's file.
        auto unlinked = DocumentRepository(m_database).unlinkMember(memberId);
        if (!unlinked)
            return unlinked.error();
        OPIEKA_TRY(members.remove(memberId));
        OPIEKA_TRY(FamilyRepository(m_database).refreshSearchText(current->familyId));
        QJsonObject removed = toJson(*current);
        if (*unlinked > 0)
            removed.insert(QStringLiteral("documents_unlinked"), *unlinked);
        return write.record(QStringLiteral("member.remove"), QStringLiteral("member"), memberId,
                            removed, {});
    });
}

Result<int> MemberService::erase(qint64 memberId, const QString& reason)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::Administration));
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(Permissions::mayErasePersonalData(m_actor));
        if (reason.trimmed().isEmpty())
            return badInput(tr("Give the reason for the erasure (e.g. the request's reference)."));
        return {};
    };
    auto erased =
        AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& write) -> Result<int> {
            MemberRepository members(m_database);
            auto current = existing(members, memberId);
            if (!current)
                return current.error();
            auto placements = PlacementRepository(m_database).forChild(memberId);
            if (!placements)
                return placements.error();
            if (!placements->isEmpty())
                return refused(
                    tr("Member %1 has foster care placements; their records must be kept "
                       "as the law requires and cannot be erased.")
                        .arg(memberId));
            AuditRepository audit(m_database);
            auto concerning = audit.idsConcerning(QStringLiteral("member"),
                                                  QString::number(memberId), current->pesel);
            if (!concerning)
                return concerning.error();
            // The documents about the person go, and their audit records (file names) blanked.
            DocumentRepository documents(m_database);
            auto documentIds = documents.idsOfMember(memberId);
            if (!documentIds)
                return documentIds.error();
            for (qint64 documentId : *documentIds) {
                auto ids = audit.idsConcerning(QStringLiteral("document"),
                                               QString::number(documentId), QString());
                if (!ids)
                    return ids.error();
                *concerning << *ids;
            }
            std::sort(concerning->begin(), concerning->end());
            concerning->erase(std::unique(concerning->begin(), concerning->end()),
                              concerning->end());
            auto blanked = audit.erasePersonalValues(*concerning);
            if (!blanked)
                return blanked.error();
            // What partner centres sent that names the person (docs/data-protection.md).
            auto exchange = eraseFromExchange(m_database, *current, Clock::today());
            if (!exchange)
                return exchange.error();
            auto documentsRemoved = documents.removeAllOfMember(memberId);
            if (!documentsRemoved)
                return documentsRemoved.error();
            OPIEKA_TRY(members.remove(memberId));
            OPIEKA_TRY(FamilyRepository(m_database).refreshSearchText(current->familyId));
            // The erasure itself is recorded without anything that names the person, with the
            // numbers of the records it blanked: verify accepts an erased record only when one
            // names it.
            QJsonArray blankedIds;
            for (qint64 id : *blanked)
                blankedIds << id;
            OPIEKA_TRY(write.record(
                AuditRepository::erasureAction(), QStringLiteral("member"), memberId, {},
                {{QStringLiteral("family_id"), current->familyId},
                 {QStringLiteral("reason"), reason.trimmed()},
                 {QStringLiteral("audit_records_blanked"), blanked->size()},
                 {QStringLiteral("exchange_contents_erased"), exchange->items.size()},
                 {QStringLiteral("partner_plans_erased"), exchange->plans.size()},
                 {QStringLiteral("documents_removed"), *documentsRemoved},
                 {AuditRepository::erasedRecordsKey(), blankedIds}}));
            return static_cast<int>(blanked->size());
        });
    if (!erased)
        return erased;
    OPIEKA_TRY(m_database.checkpoint()); // no older copy left in the write-ahead log
    return erased;
}

Result<QList<Member>> MemberService::members(qint64 familyId)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadFamily(m_actor, familyId));
    return MemberRepository(m_database).forFamily(familyId);
}

} // namespace opieka
