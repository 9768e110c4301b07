#include "DuplicateService.h"

#include "AuditedWrite.h"
#include "BlockingKey.h"
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

// Which candidate pairs to score (by the records' places in the list): all of them for the
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
            QList<DuplicatePair> pairs = kind == DuplicateKind::Members
                                             ? memberPairs(*read, threshold)
                                             : familyPairs(*read, threshold);
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

} // namespace opieka
