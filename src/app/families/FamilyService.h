#pragma once

#include "Categories.h"
#include "Clock.h"
#include "Family.h"
#include "Result.h"
#include "Session.h"
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
    explicit FamilyService(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    // A new family; id 0 takes the next free id. Returns the id.
    Result<qint64> create(Family family);
    // Name, case number, municipality and address (category, closing and dates have their own
    // use cases below).
    Status update(const Family& family);
    Status changeCategory(qint64 familyId, NeedCategory category, const QDate& on);
    Status close(qint64 familyId, const QDate& on, const QString& reason);
    Status reopen(qint64 familyId);
    Status startBlueCard(qint64 familyId, const QDate& on);
    Status endBlueCard(qint64 familyId, const QDate& on);

    // The reads below check CaseAccess: the family must be among the signed-in account's cases.
    Result<Family> family(qint64 familyId);
    // Opening the family's record: the read check, then the audit of an opening from outside
    // the family's team (recordOpening).
    Result<Family> open(qint64 familyId, const QDate& day = Clock::today());
    // Records in the audit that the signed-in account opened the family's record when it is not on
    // the family's team that day (a manager, an administrator, a colleague standing in).
    // Returns whether a record was written.
    Result<bool> recordOpening(qint64 familyId, const QDate& day = Clock::today());
    Result<QList<CategoryChange>> categoryHistory(qint64 familyId);
    Result<QList<BlueCardPeriod>> blueCards(qint64 familyId);
    // The running procedure, if any.
    Result<std::optional<BlueCardPeriod>> activeBlueCard(qint64 familyId);

private:
    Result<Family> load(qint64 familyId);
    Result<QList<BlueCardPeriod>> loadBlueCards(qint64 familyId);
    Result<std::optional<BlueCardPeriod>> loadActiveBlueCard(qint64 familyId);

    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
