#include "DuplicateService.h"

#include "AuditRepository.h"
#include "AuditTrail.h"
#include "AuditedWrite.h"
#include "BlockingKey.h"
#include "CaseAccess.h"
#include "DuplicateRepository.h"
#include "DuplicateScore.h"
#include "ExistingDuplicates.h"
#include "Family.h"
#include "FamilyRepository.h"
#include "MatchFields.h"
#include "Member.h"
#include "MemberRepository.h"
#include "Permissions.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <functional>
#include <set>
#include <tuple>
#include <utility>

namespace opieka {
namespace {

// The records of one kind as the rules see them, beside what the list shows of each.
template <typename Fields> struct Records
{
    QList<Fields> fields;
    QList<DuplicateRecord> shown;
};

// Every pair of records that share a blocking key, each pair once (the lower index first):
// the records grouped by key in one pass, then the pairs inside each group.
std::set<std::pair<int, int>> candidatePairs(const QList<QStringList>& keysOfRecords)
{
    QHash<QString, QList<int>> blocks;
    for (int i = 0; i < keysOfRecords.size(); ++i)
        for (const QString& key : keysOfRecords[i])
            blocks[key].append(i);
    std::set<std::pair<int, int>> pairs;
    for (const QList<int>& block : std::as_const(blocks))
        for (int x = 0; x < block.size(); ++x)
            for (int y = x + 1; y < block.size(); ++y)
                pairs.emplace(block[x], block[y]);
    return pairs;
}

// Which candidate pairs to score (asked with the two records): all of them for the
// register's list; those of a new record and an old one for an import's check.
using WantedPair = std::function<bool(const DuplicateRecord&, const DuplicateRecord&)>;

// The candidate pairs scored once each; those at or above `minScore`, as the list shows them.
template <typename Fields, typename KeysOf, typename Score>
QList<DuplicatePair> scoredPairs(DuplicateKind kind, const Records<Fields>& records, KeysOf keysOf,
                                 Score score, int minScore, const WantedPair& wanted)
{
    QList<QStringList> keys;
    keys.reserve(records.fields.size());
    for (const Fields& fields : records.fields)
        keys.append(keysOf(fields));
    QList<DuplicatePair> pairs;
    for (const auto& [x, y] : candidatePairs(keys)) {
        if (wanted && !wanted(records.shown[x], records.shown[y]))
            continue;
        const DuplicateScore scored = score(records.fields[x], records.fields[y]);
        if (scored.score < minScore)
            continue;
        DuplicatePair pair{kind, scored.score, records.shown[x], records.shown[y], scored.reasons};
        if (pair.b.id < pair.a.id)
            std::swap(pair.a, pair.b);
        pairs.append(pair);
    }
    return pairs;
}

// What the list reads, each table once: the families (in id order), every member, and the
// identity keys (memberIdentityKey, none empty) of each family's members.
struct Register
{
    QList<Family> families;
    QHash<qint64, QString> municipalityOf;
    QList<Member> members;
    QHash<qint64, QStringList> keysOfFamily;
};

Result<Register> readRegister(Database& database)
{
    Register read;
    OPIEKA_TRY(FamilyRepository(database).forEach([&](const Family& family) {
        read.families.append(family);
        read.municipalityOf.insert(family.id, family.municipality);
        return true;
    }));
    OPIEKA_TRY(MemberRepository(database).forEach([&](const Member& member) {
        read.members.append(member);
        const QString key = memberIdentityKey(member.firstName, member.lastName, member.birthDate);
        if (!key.isEmpty())
            read.keysOfFamily[member.familyId].append(key);
        return true;
    }));
    return read;
}

QList<DuplicatePair> memberPairs(const Register& read, int minScore, const WantedPair& wanted = {})
{
    Records<PersonMatchFields> records;
    for (const Member& m : read.members) {
        // The other people of the member's family: the member's own key taken out once.
        QStringList household = read.keysOfFamily.value(m.familyId);
        household.removeOne(memberIdentityKey(m.firstName, m.lastName, m.birthDate));
        records.fields.append({m.firstName, m.lastName, m.pesel, m.birthDate, m.sex,
                               read.municipalityOf.value(m.familyId), household});
        records.shown.append({m.id, m.familyId, m.displayName(), m.birthDate});
    }
    return scoredPairs(DuplicateKind::Members, records, personBlockingKeys, scorePersons, minScore,
                       wanted);
}

QList<DuplicatePair> familyPairs(const Register& read, int minScore, const WantedPair& wanted = {})
{
    Records<FamilyMatchFields> records;
    for (const Family& f : read.families) {
        records.fields.append({f.name, f.municipality, f.address, read.keysOfFamily.value(f.id)});
        records.shown.append({f.id, f.id, f.name, std::nullopt});
    }
    return scoredPairs(DuplicateKind::Families, records, familyBlockingKeys, scoreFamilies,
                       minScore, wanted);
}

} // namespace

Result<QList<DuplicatePair>> duplicatesOfExisting(Database& database, DuplicateKind kind,
                                                  const QSet<qint64>& newIds)
{
    if (newIds.isEmpty())
        return QList<DuplicatePair>{};
    auto read = readRegister(database);
    if (!read)
        return read.error();
    // One side new, the other already there: two new records alike are the file's own matter.
    const WantedPair oneNew = [&](const DuplicateRecord& x, const DuplicateRecord& y) {
        return newIds.contains(x.id) != newIds.contains(y.id);
    };
    QList<DuplicatePair> pairs = kind == DuplicateKind::Members
                                     ? memberPairs(*read, kLikelyDuplicateScore, oneNew)
                                     : familyPairs(*read, kLikelyDuplicateScore, oneNew);
    for (DuplicatePair& pair : pairs)
        if (newIds.contains(pair.a.id))
            std::swap(pair.a, pair.b);
    std::sort(pairs.begin(), pairs.end(), [](const DuplicatePair& x, const DuplicatePair& y) {
        return std::tuple(x.b.id, -x.score, x.a.id) < std::tuple(y.b.id, -y.score, y.a.id);
    });
    return pairs;
}

QString duplicateKindName(DuplicateKind kind)
{
    return kind == DuplicateKind::Members ? QStringLiteral("members") : QStringLiteral("families");
}

std::optional<DuplicateKind> parseDuplicateKind(const QString& text)
{
    for (DuplicateKind kind : {DuplicateKind::Members, DuplicateKind::Families})
        if (text == duplicateKindName(kind))
            return kind;
    return std::nullopt;
}

QString duplicateRecordName(DuplicateKind kind)
{
    return kind == DuplicateKind::Members ? QStringLiteral("member") : QStringLiteral("family");
}

Result<QList<DuplicatePair>> DuplicateService::list(DuplicateKind kind, std::optional<int> minScore)
{
    const int threshold = minScore.value_or(kLikelyDuplicateScore);
    const auto rule = [&]() -> Status {
        OPIEKA_TRY(Permissions::mayListDuplicates(m_actor));
        if (threshold < 0 || threshold > 100)
            return badInput(
                tr("The lowest score takes a whole number from 0 to 100, not %1.").arg(threshold));
        return {};
    };
    // The reading is recorded as a write, as an export's is: no names leave the system
    // unrecorded, even while another change (an import) is being saved.
    return AuditedWrite(m_database, m_actor)
        .run(rule, [&](AuditedWrite& audited) -> Result<QList<DuplicatePair>> {
            auto read = readRegister(m_database);
            if (!read)
                return read.error();
            auto dismissed =
                DuplicateRepository(m_database).dismissedPairs(duplicateRecordName(kind));
            if (!dismissed)
                return dismissed.error();
            QList<DuplicatePair> pairs = kind == DuplicateKind::Members
                                             ? memberPairs(*read, threshold)
                                             : familyPairs(*read, threshold);
            pairs.removeIf([&](const DuplicatePair& pair) {
                return dismissed->contains(std::pair(pair.a.id, pair.b.id));
            });
            std::sort(pairs.begin(), pairs.end(),
                      [](const DuplicatePair& x, const DuplicatePair& y) {
                          return std::tuple(-x.score, x.a.id, x.b.id) <
                                 std::tuple(-y.score, y.a.id, y.b.id);
                      });
            OPIEKA_TRY(audited.record(QStringLiteral("duplicates.list"),
                                      QStringLiteral("duplicates"), duplicateKindName(kind), {},
                                      {{QStringLiteral("kind"), duplicateKindName(kind)},
                                       {QStringLiteral("min_score"), threshold},
                                       {QStringLiteral("pairs"), static_cast<int>(pairs.size())}}));
            return pairs;
        });
}

namespace {

// The identity keys of the people of each family, for PersonMatchFields::householdKeys and
// FamilyMatchFields::memberKeys; `leftOut`'s own key is not among its family's.
QHash<qint64, QStringList> keysByFamily(const QList<Member>& members,
                                        std::optional<qint64> leftOut = std::nullopt)
{
    QHash<qint64, QStringList> keys;
    for (const Member& m : members) {
        if (leftOut && m.id == *leftOut)
            continue;
        const QString key = memberIdentityKey(m.firstName, m.lastName, m.birthDate);
        if (!key.isEmpty())
            keys[m.familyId] << key;
    }
    return keys;
}

} // namespace

Result<QList<EntryMatch>> DuplicateService::checkMember(const MemberDraft& draft)
{
    CaseAccess access(m_database);
    OPIEKA_TRY(draft.memberId ? access.mayChangeMember(m_actor, *draft.memberId)
                              : access.mayChangeFamily(m_actor, draft.familyId));
    MemberRepository members(m_database);
    auto family = FamilyRepository(m_database).find(draft.familyId);
    if (!family)
        return family.error();
    auto household = members.ofFamilies({draft.familyId});
    if (!household)
        return household.error();
    const PersonMatchFields entered{draft.firstName,
                                    draft.lastName,
                                    draft.pesel,
                                    draft.birthDate,
                                    draft.sex,
                                    *family ? (*family)->municipality : QString(),
                                    keysByFamily(*household, draft.memberId).value(draft.familyId)};
    const auto birth = entered.knownBirthDate();
    MemberRepository::KeyQuery keys;
    keys.nameKey = personNameKey(draft.firstName, draft.lastName);
    if (birth) {
        keys.nameKeyBirthDates = birthDatesAgreeing(*birth);
        keys.birthDates = birthDatesSharingKey(*birth);
    }
    if (entered.validPesel())
        keys.pesel = draft.pesel;
    auto candidates = members.sharingKeys(keys);
    if (!candidates)
        return candidates.error();
    QSet<qint64> dismissed;
    if (draft.memberId) {
        auto marked =
            DuplicateRepository(m_database)
                .dismissedWith(duplicateRecordName(DuplicateKind::Members), *draft.memberId);
        if (!marked)
            return marked.error();
        dismissed = *marked;
    }
    // A first score without the shared members, which add at most 20: only a candidate that could
    // still reach the threshold has its family's members read.
    QList<Member> near;
    QList<qint64> nearFamilies;
    for (const Member& m : std::as_const(*candidates)) {
        if ((draft.memberId && m.id == *draft.memberId) || dismissed.contains(m.id))
            continue;
        const PersonMatchFields other{m.firstName, m.lastName, m.pesel, m.birthDate, m.sex, {}, {}};
        if (scorePersons(entered, other).score + 20 >= kLikelyDuplicateScore) {
            near << m;
            nearFamilies << m.familyId;
        }
    }
    DuplicateRepository repository(m_database);
    auto shown = repository.familiesShown(nearFamilies);
    if (!shown)
        return shown.error();
    auto theirMembers = members.ofFamilies(nearFamilies);
    if (!theirMembers)
        return theirMembers.error();
    QList<EntryMatch> matches;
    for (const Member& m : std::as_const(near)) {
        const auto showing = shown->value(m.familyId);
        const PersonMatchFields other{m.firstName,
                                      m.lastName,
                                      m.pesel,
                                      m.birthDate,
                                      m.sex,
                                      showing.municipality,
                                      keysByFamily(*theirMembers, m.id).value(m.familyId)};
        const DuplicateScore scored = scorePersons(entered, other);
        if (!scored.likely())
            continue;
        EntryMatch match;
        match.kind = DuplicateKind::Members;
        match.id = m.id;
        match.familyId = m.familyId;
        match.name = m.displayName();
        match.birthDate = m.birthDate;
        match.familyName = showing.name;
        match.caseNumber = showing.caseNumber;
        match.score = scored.score;
        match.reasons = scored.reasons;
        matches << match;
    }
    return withReach(std::move(matches));
}

Result<QList<EntryMatch>> DuplicateService::checkFamily(const FamilyDraft& draft)
{
    if (draft.familyId)
        OPIEKA_TRY(CaseAccess(m_database).mayChangeFamily(m_actor, *draft.familyId));
    else
        OPIEKA_TRY(Permissions::mayCreateFamily(m_actor));
    MemberRepository members(m_database);
    QList<Member> ownMembers;
    QSet<qint64> dismissed;
    if (draft.familyId) {
        auto own = members.ofFamilies({*draft.familyId});
        if (!own)
            return own.error();
        ownMembers = *own;
        auto marked =
            DuplicateRepository(m_database)
                .dismissedWith(duplicateRecordName(DuplicateKind::Families), *draft.familyId);
        if (!marked)
            return marked.error();
        dismissed = *marked;
    }
    const FamilyMatchFields entered{draft.name, draft.municipality, draft.address,
                                    keysByFamily(ownMembers).value(draft.familyId.value_or(0))};
    // Without the same address or a member in common a family scores at most 55 (name and
    // municipality): the candidates are the families at the address and those of the members'
    // namesakes born on the same day.
    QList<qint64> sharingMember;
    for (const Member& m : std::as_const(ownMembers)) {
        if (!m.birthDate)
            continue;
        auto families =
            members.familiesWithMember(personNameKey(m.firstName, m.lastName), *m.birthDate);
        if (!families)
            return families.error();
        sharingMember << *families;
    }
    auto candidates = FamilyRepository(m_database)
                          .atAddressOrAmong(familyAddressKey(draft.address), sharingMember);
    if (!candidates)
        return candidates.error();
    // Shared members add at most 50: only a candidate that could still reach the threshold has
    // its members read.
    QList<Family> near;
    QList<qint64> nearIds;
    for (const Family& f : std::as_const(*candidates)) {
        if ((draft.familyId && f.id == *draft.familyId) || dismissed.contains(f.id))
            continue;
        const FamilyMatchFields other{f.name, f.municipality, f.address, {}};
        if (scoreFamilies(entered, other).score + 50 >= kLikelyDuplicateScore) {
            near << f;
            nearIds << f.id;
        }
    }
    auto theirMembers = members.ofFamilies(nearIds);
    if (!theirMembers)
        return theirMembers.error();
    const QHash<qint64, QStringList> keys = keysByFamily(*theirMembers);
    QList<EntryMatch> matches;
    for (const Family& f : std::as_const(near)) {
        const DuplicateScore scored = scoreFamilies(
            entered, FamilyMatchFields{f.name, f.municipality, f.address, keys.value(f.id)});
        if (!scored.likely())
            continue;
        EntryMatch match;
        match.kind = DuplicateKind::Families;
        match.id = f.id;
        match.familyId = f.id;
        match.name = f.name;
        match.familyName = f.name;
        match.caseNumber = f.caseNumber;
        match.score = scored.score;
        match.reasons = scored.reasons;
        matches << match;
    }
    return withReach(std::move(matches));
}

Result<QList<EntryMatch>> DuplicateService::withReach(QList<EntryMatch> matches)
{
    std::sort(matches.begin(), matches.end(), [](const EntryMatch& x, const EntryMatch& y) {
        return std::tuple(-x.score, x.id) < std::tuple(-y.score, y.id);
    });
    QList<qint64> familyIds;
    for (const EntryMatch& match : std::as_const(matches))
        familyIds << match.familyId;
    auto readable = CaseAccess(m_database).readableFamilies(m_actor, familyIds);
    if (!readable)
        return readable.error();
    auto workers =
        DuplicateRepository(m_database).workersOfFamilies(familyIds, QDate::currentDate());
    if (!workers)
        return workers.error();
    int outsideReach = 0;
    for (EntryMatch& match : matches) {
        match.caseWorkers = workers->value(match.familyId).join(QStringLiteral(", "));
        match.reachable = readable->contains(match.familyId);
        if (match.reachable)
            continue;
        // That a match exists and whose case it is; nothing of the person or the family.
        ++outsideReach;
        match = EntryMatch{match.kind, false, match.caseWorkers, 0, 0, {}, {}, {}, {}, 0, {}};
    }
    if (outsideReach > 0) {
        // Telling that a record exists in a case out of reach is recorded, as a lookup of a case
        // number out of reach is (counts only).
        const QString kind = duplicateKindName(matches.first().kind);
        OPIEKA_TRY(AuditTrail(m_database)
                       .record(m_actor, QStringLiteral("duplicates.check"),
                               QStringLiteral("duplicates"), kind, {},
                               {{QStringLiteral("kind"), kind},
                                {QStringLiteral("outside_reach"), outsideReach}}));
    }
    return matches;
}

Status DuplicateService::dismiss(DuplicateKind kind, qint64 a, qint64 b)
{
    const auto rule = [&]() -> Status {
        if (a == b)
            return badInput(tr("A record cannot be marked as someone other than itself."));
        if (Permissions::mayListDuplicates(m_actor)) // a manager: any two records
            return recordsExist(kind, a, b);
        // Another account: two records it may read both of, or for families also one it opened
        // itself (a social worker's new family is out of her reach until it is assigned, and
        // "this is another family" is said as she saves it).
        CaseAccess access(m_database);
        for (qint64 id : {a, b}) {
            if (kind == DuplicateKind::Members) {
                OPIEKA_TRY(access.mayReadMember(m_actor, id));
                continue;
            }
            Status readable = access.mayReadFamily(m_actor, id);
            if (readable)
                continue;
            auto opened = openedBy(id, m_actor.login);
            if (!opened)
                return opened.error();
            if (!*opened)
                return readable;
        }
        return {};
    };
    return AuditedWrite(m_database, m_actor).run(rule, [&](AuditedWrite& audited) -> Status {
        OPIEKA_TRY(DuplicateRepository(m_database)
                       .dismiss(duplicateRecordName(kind), a, b, m_actor.login,
                                QDateTime::currentDateTimeUtc()));
        const auto [lower, higher] = std::minmax(a, b);
        return audited.record(QStringLiteral("duplicates.dismiss"), duplicateRecordName(kind),
                              QString::number(lower), {},
                              {{QStringLiteral("kind"), duplicateRecordName(kind)},
                               {QStringLiteral("a_id"), lower},
                               {QStringLiteral("b_id"), higher}});
    });
}

Result<bool> DuplicateService::openedBy(qint64 familyId, const QString& login)
{
    auto trail =
        AuditRepository(m_database).forEntity(QStringLiteral("family"), QString::number(familyId));
    if (!trail)
        return trail.error();
    return std::any_of(trail->begin(), trail->end(), [&](const AuditEntry& entry) {
        return entry.action == QStringLiteral("family.create") && entry.userLogin == login;
    });
}

Status DuplicateService::recordsExist(DuplicateKind kind, qint64 a, qint64 b)
{
    for (qint64 id : {a, b}) {
        if (kind == DuplicateKind::Members) {
            auto member = MemberRepository(m_database).find(id);
            if (!member)
                return member.error();
            if (!*member)
                return badInput(tr("There is no member with the id %1.").arg(id));
        } else {
            auto exists = FamilyRepository(m_database).exists(id);
            if (!exists)
                return exists.error();
            if (!*exists)
                return badInput(tr("There is no family with the id %1.").arg(id));
        }
    }
    return {};
}

} // namespace opieka
