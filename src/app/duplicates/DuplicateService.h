#pragma once

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

private:
    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
