#pragma once

#include "Pesel.h"
#include "Result.h"
#include "Session.h"
#include "User.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace opieka {

class Database;

// What the register's list compares: household members (people) or families.
enum class DuplicateKind
{
    Members,
    Families,
};

// "members", "families": the words of `opieka-cli duplicates --kind`.
QString duplicateKindName(DuplicateKind kind);
std::optional<DuplicateKind> parseDuplicateKind(const QString& text);
// "member", "family": one record of the kind, as the list's `kind` column says it.
QString duplicateRecordName(DuplicateKind kind);

// One side of a pair: a member (its id, its family, "first_name last_name", birth date) or a
// family (its id twice, its name, no birth date).
struct DuplicateRecord
{
    qint64 id = 0;
    qint64 familyId = 0;
    QString name;
    std::optional<QDate> birthDate;
};

// A likely duplicate: two records (the lower id first), their score (0-100) and its reasons
// (the codes of docs/duplicates.md).
struct DuplicatePair
{
    DuplicateKind kind = DuplicateKind::Members;
    int score = 0;
    DuplicateRecord a;
    DuplicateRecord b;
    QStringList reasons;
};

// A record being entered, as the entry dialogs have it before saving: a new member of family
// `familyId` (no `memberId`) or the changed details of member `memberId`.
struct MemberDraft
{
    qint64 familyId = 0;
    std::optional<qint64> memberId;
    QString firstName;
    QString lastName;
    QString pesel; // empty when there is none
    std::optional<QDate> birthDate;
    std::optional<Sex> sex;
};

// A new family (no `familyId`) or the changed details of family `familyId`.
struct FamilyDraft
{
    std::optional<qint64> familyId;
    QString name;
    QString municipality;
    QString address;
};

// A likely duplicate of a record being entered (issue 21 part 2). When the account may not read
// the existing record's case (`reachable` false), it is told only that a match exists and whose
// case it is: `caseWorkers` is filled, `id`, `familyId`, the name, birth date, case number,
// score and reasons are not (0 and empty).
struct EntryMatch
{
    DuplicateKind kind = DuplicateKind::Members;
    bool reachable = false;
    QString caseWorkers; // the workers the case is assigned to today, ", "-separated; may be empty
    qint64 id = 0;       // the existing member or family
    qint64 familyId = 0; // its family (for a family, its own id)
    QString name;        // "first_name last_name" or the family's name
    std::optional<QDate> birthDate;
    QString familyName;
    QString caseNumber;
    int score = 0;
    QStringList reasons; // the codes of docs/duplicates.md
};

// The register's list of likely duplicates (issue 21 part 3): every record read once, the
// candidates found through the blocking keys of BlockingKey.h (never every pair), each candidate
// pair scored once by DuplicateScore.h.
class DuplicateService
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateService)

public:
    explicit DuplicateService(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    // The pairs scoring at least `minScore` (0-100; kLikelyDuplicateScore when not given),
    // the highest score first, then by the records' ids. Managers only (names and birth dates
    // of every case); the reading is recorded in the audit ("duplicates.list": the kind, the
    // threshold and the number of pairs, never a name).
    Result<QList<DuplicatePair>> list(DuplicateKind kind,
                                      std::optional<int> minScore = std::nullopt);

    // The likely duplicates (score at least kLikelyDuplicateScore) of a member being entered or
    // changed, the highest score first; pairs marked "someone else" are left out, and so is the
    // member itself. Candidates come from the stored blocking keys (schema 17), never from every
    // member. The account must be allowed to change the draft's family (or member). Matches in
    // cases out of the account's reach say only whose case they are (see EntryMatch); telling
    // that is recorded in the audit ("duplicates.check", counts only).
    Result<QList<EntryMatch>> checkMember(const MemberDraft& draft);
    // The same for a family being opened or changed (the account must be allowed to open
    // families, or to change that family).
    Result<QList<EntryMatch>> checkFamily(const FamilyDraft& draft);

    // "This is someone else": the pair `a`, `b` (ids of two members or two families, either
    // order) is remembered as not a duplicate, and neither warned of on entry nor listed again.
    // A manager may mark any pair; another account a pair of records it may read both of, or a
    // family it may read and a family it opened itself.
    // Audited ("duplicates.dismiss": the kind and both ids). Marking a pair twice is not an error.
    Status dismiss(DuplicateKind kind, qint64 a, qint64 b);

private:
    // Sorted, and cut down to what the account may know of a match out of its reach.
    Result<QList<EntryMatch>> withReach(QList<EntryMatch> matches);
    Status recordsExist(DuplicateKind kind, qint64 a, qint64 b);
    // Whether the audit says `login` opened the family's case.
    Result<bool> openedBy(qint64 familyId, const QString& login);

    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
