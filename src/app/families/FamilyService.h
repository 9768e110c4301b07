#pragma once

#include "Categories.h"
#include "Clock.h"
#include "Family.h"
#include "Result.h"
#include "User.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace opieka {

class Database;

// A change of a family's need category, kept as history.
struct CategoryChange
{
    qint64 id = 0;
    qint64 familyId = 0;
    QDate changedOn;
    std::optional<NeedCategory> from; // none for the first category
    NeedCategory to = NeedCategory::Coping;
    QString changedBy;
};

// A Niebieska Karta (domestic-violence procedure) period of a family.
struct BlueCardPeriod
{
    qint64 id = 0;
    qint64 familyId = 0;
    QDate startedOn;
    std::optional<QDate> endedOn;
};

// The family record (kartoteka rodziny): create, edit, category history, closing, Niebieska Karta.
class FamilyService
{
    Q_DECLARE_TR_FUNCTIONS(FamilyService)

public:
    explicit FamilyService(Database& database)
        : m_database(database)
    {}

    // A new family; id 0 takes the next free id. Returns the id.
    Result<qint64> create(const User& actor, Family family);
    // Name, case number, municipality and address (category, closing and dates have their own
    // use cases below).
    Status update(const User& actor, const Family& family);
    Status changeCategory(const User& actor, qint64 familyId, NeedCategory category,
                          const QDate& on);
    Status close(const User& actor, qint64 familyId, const QDate& on, const QString& reason);
    Status reopen(const User& actor, qint64 familyId);
    Status startBlueCard(const User& actor, qint64 familyId, const QDate& on);
    Status endBlueCard(const User& actor, qint64 familyId, const QDate& on);

    // The reads below check CaseAccess: the family must be among the actor's cases.
    Result<Family> family(const User& actor, qint64 familyId);
    // Opening the family's record: the read check, then the audit of an opening from outside
    // the family's team (recordOpening).
    Result<Family> open(const User& actor, qint64 familyId, const QDate& day = Clock::today());
    // Records in the audit that the actor opened the family's record when the actor is not on
    // the family's team that day (a manager, an administrator, a colleague standing in).
    // Returns whether a record was written.
    Result<bool> recordOpening(const User& actor, qint64 familyId,
                               const QDate& day = Clock::today());
    Result<QList<CategoryChange>> categoryHistory(const User& actor, qint64 familyId);
    Result<QList<BlueCardPeriod>> blueCards(const User& actor, qint64 familyId);
    // The running procedure, if any.
    Result<std::optional<BlueCardPeriod>> activeBlueCard(const User& actor, qint64 familyId);

private:
    Result<Family> load(qint64 familyId);
    Result<QList<BlueCardPeriod>> loadBlueCards(qint64 familyId);
    Result<std::optional<BlueCardPeriod>> loadActiveBlueCard(qint64 familyId);

    Database& m_database;
};

} // namespace opieka
