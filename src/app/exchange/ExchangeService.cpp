#include "ExchangeService.h"

#include "AssessmentService.h"
#include "AuditedWrite.h"
#include "CaseAccess.h"
#include "CentreIdentityRepository.h"
#include "ChildCareService.h"
#include "Clock.h"
#include "ContactService.h"
#include "DuplicateService.h"
#include "ExchangeDocuments.h"
#include "ExchangeErasure.h"
#include "ExchangeRepository.h"
#include "FamilyService.h"
#include "FieldCopy.h"
#include "IsoDate.h"
#include "Logging.h"
#include "MemberService.h"
#include "PastDates.h"
#include "Permissions.h"
#include "SettingsService.h"
#include "StoredCentreCard.h"
#include "WorkPlanService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace opieka {
namespace {

const QString kFormat = QStringLiteral("opieka-exchange-content");
constexpr int kContentVersion = 1;
const QString kIn = QStringLiteral("in");
const QString kOut = QStringLiteral("out");

QString key(const char* text)
{
    return QString::fromLatin1(text);
}

QString digitsOf(const QString& fingerprint)
{
    QString digits;
    for (const QChar c : fingerprint)
        if (c.isDigit())
            digits += c;
    return digits;
}

QJsonValue optionalDate(const std::optional<QDate>& day)
{
    return day ? QJsonValue(isoDate(*day)) : QJsonValue(QJsonValue::Null);
}

std::optional<QDate> dateFrom(const QJsonValue& value)
{
    if (!value.isString())
        return std::nullopt;
    const QDate day = QDate::fromString(value.toString(), Qt::ISODate);
    return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
}

QJsonObject familyJson(const Family& f)
{
    return {{key("id"), f.id},
            {key("name"), f.name},
            {key("case_number"), f.caseNumber},
            {key("municipality"), f.municipality},
            {key("address"), f.address},
            {key("category"), needCategoryName(f.category)},
            {key("opened_on"), isoDate(f.openedOn)}};
}

QJsonObject memberJson(const Member& m)
{
    return {{key("id"), m.id},
            {key("first_name"), m.firstName},
            {key("last_name"), m.lastName},
            {key("pesel"), m.pesel},
            {key("birth_date"), optionalDate(m.birthDate)},
            {key("sex"), m.sex ? QJsonValue(sexName(*m.sex)) : QJsonValue(QJsonValue::Null)},
            {key("relation"), relationName(m.relation)}};
}

Member memberFrom(const QJsonObject& o, qint64 familyId)
{
    Member m;
    m.familyId = familyId;
    m.firstName = o.value(key("first_name")).toString();
    m.lastName = o.value(key("last_name")).toString();
    m.pesel = o.value(key("pesel")).toString();
    m.birthDate = dateFrom(o.value(key("birth_date")));
    if (o.value(key("sex")).isString())
        m.sex = parseSex(o.value(key("sex")).toString());
    m.relation = parseRelation(o.value(key("relation")).toString()).value_or(Relation::Other);
    return m;
}

QJsonObject planJson(const WorkPlan& p)
{
    QJsonArray goals;
    for (const PlanGoal& goal : p.goals) {
        QJsonArray actions;
        for (const PlanAction& a : goal.actions)
            actions.append(
                QJsonObject{{key("description"), a.description},
                            {key("responsible_kind"), responsibleName(a.responsibleKind)},
                            {key("responsible"), a.responsible},
                            {key("deadline"), optionalDate(a.deadline)},
                            {key("expected_effect"), a.expectedEffect},
                            {key("status"), actionStatusName(a.status)},
                            {key("abandon_reason"), a.abandonReason},
                            {key("progress_notes"), a.progressNotes}});
        goals.append(
            QJsonObject{{key("description"), goal.description}, {key("actions"), actions}});
    }
    return {{key("version"), p.version},
            {key("status"), planStatusName(p.status)},
            {key("created_on"), isoDate(p.createdOn)},
            {key("agreed_on"), optionalDate(p.agreedOn)},
            {key("closed_on"), optionalDate(p.closedOn)},
            {key("family_took_part"), p.familyTookPart},
            {key("social_worker_consulted"), p.socialWorkerConsulted},
            {key("participants"), p.participants},
            {key("goals"), goals}};
}

WorkPlan planFrom(const QJsonObject& o)
{
    WorkPlan p;
    p.version = o.value(key("version")).toInt(1);
    p.status = parsePlanStatus(o.value(key("status")).toString()).value_or(PlanStatus::Draft);
    p.createdOn = dateFrom(o.value(key("created_on"))).value_or(Clock::today());
    p.agreedOn = dateFrom(o.value(key("agreed_on")));
    p.closedOn = dateFrom(o.value(key("closed_on")));
    p.familyTookPart = o.value(key("family_took_part")).toBool();
    p.socialWorkerConsulted = o.value(key("social_worker_consulted")).toBool();
    p.participants = o.value(key("participants")).toString();
    for (const QJsonValue g : o.value(key("goals")).toArray()) {
        PlanGoal goal;
        goal.description = g.toObject().value(key("description")).toString();
        for (const QJsonValue av : g.toObject().value(key("actions")).toArray()) {
            const QJsonObject a = av.toObject();
            PlanAction action;
            action.description = a.value(key("description")).toString();
            action.responsibleKind = parseResponsible(a.value(key("responsible_kind")).toString())
                                         .value_or(Responsible::FamilyMember);
            action.responsible = a.value(key("responsible")).toString();
            action.deadline = dateFrom(a.value(key("deadline")));
            action.expectedEffect = a.value(key("expected_effect")).toString();
            action.status = parseActionStatus(a.value(key("status")).toString())
                                .value_or(ActionStatus::Planned);
            action.abandonReason = a.value(key("abandon_reason")).toString();
            action.progressNotes = a.value(key("progress_notes")).toString();
            goal.actions << action;
        }
        p.goals << goal;
    }
    return p;
}

// The plan as readable lines (the partner plan copy's text).
QString planText(const WorkPlan& p)
{
    QStringList lines;
    for (int g = 0; g < p.goals.size(); ++g) {
        lines << QStringLiteral("%1. %2").arg(g + 1).arg(p.goals[g].description);
        for (int a = 0; a < p.goals[g].actions.size(); ++a) {
            const PlanAction& action = p.goals[g].actions[a];
            QString line =
                QStringLiteral("   %1.%2. %3").arg(g + 1).arg(a + 1).arg(action.description);
            if (!action.responsible.isEmpty())
                line += QStringLiteral(" — ") + action.responsible;
            if (action.deadline)
                line += QStringLiteral(" (") + localDate(*action.deadline) + QLatin1Char(')');
            lines << line;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QJsonObject assessmentJson(const FamilyAssessment& a)
{
    return {{key("id"), a.id},
            {key("assessed_on"), isoDate(a.assessedOn)},
            {key("findings"), a.findings}};
}

QJsonObject visitJson(const Contact& c, bool withNotes)
{
    QJsonObject o{{key("id"), c.id},
                  {key("date"), isoDate(c.date)},
                  {key("time"), c.time ? QJsonValue(c.time->toString(QStringLiteral("HH:mm")))
                                       : QJsonValue(QJsonValue::Null)},
                  {key("kind"), contactKindName(c.kind)},
                  {key("present"), c.present},
                  {key("next_step"), c.nextStep},
                  {key("next_step_due"), optionalDate(c.nextStepDue)},
                  {key("notes"), withNotes ? QJsonValue(c.notes) : QJsonValue(QJsonValue::Null)}};
    return o;
}

QString auditedSummary(const QString& purpose, int members, int visits)
{
    return QStringLiteral("%1: %2 members, %3 visits").arg(purpose).arg(members).arg(visits);
}

} // namespace

ExchangeService::ExchangeService(const Session& session, KeyDerivationCost cost)
    : m_session(session)
    , m_database(session.database())
    , m_actor(session.actor())
    , m_cost(cost)
{}

Status ExchangeService::mayExchange() const
{
    return Permissions::mayExchange(m_actor);
}

namespace {

// What the service needs of the centre and its partners, read without CentreService's
// administrator-and-manager rule (the case workers who exchange use the keys too).
struct Centre
{
    CentreCard card;
    QString fingerprint;
    SealedCentreKeys sealed;
};

Result<Centre> ownCentre(Database& database)
{
    auto centre = CentreIdentityRepository(database).centre();
    if (!centre)
        return centre.error();
    if (!*centre)
        return refused(ExchangeService::tr("The centre has no keys yet: an administrator makes "
                                           "them first (opieka-cli centre init)."));
    const StoredCentre& stored = **centre;
    Centre own;
    own.card = cardOf(stored.card);
    own.fingerprint = CentreIdentity::fingerprint(own.card);
    own.sealed = {stored.salt, {stored.operations, stored.memoryBytes}, stored.sealedKeys};
    return own;
}

Result<CentreKeys> unlockKeys(const Centre& centre, const QByteArray& passphrase)
{
    return CentreIdentity::unseal(centre.sealed, passphrase, centre.card.signingKey,
                                  centre.card.encryptionKey);
}

struct Partner
{
    CentreCard card;
    QString fingerprint;
};

// A partner by fingerprint (digits compared, spaces ignored) or by name (case-insensitive).
Result<Partner> findPartner(Database& database, const QString& wanted)
{
    auto partners = CentreIdentityRepository(database).partners();
    if (!partners)
        return partners.error();
    const QString digits = digitsOf(wanted);
    QList<Partner> byName;
    for (const StoredPartner& stored : *partners) {
        Partner partner{cardOf(stored.card), stored.fingerprint};
        if (!digits.isEmpty() && digitsOf(stored.fingerprint) == digits)
            return partner;
        if (stored.card.name.compare(wanted.trimmed(), Qt::CaseInsensitive) == 0)
            byName << partner;
    }
    if (byName.size() == 1)
        return byName.first();
    if (byName.size() > 1)
        return badInput(ExchangeService::tr("Two partner centres are called '%1'; name the one "
                                            "meant by its fingerprint.")
                            .arg(wanted));
    return refused(ExchangeService::tr("'%1' is not a partner centre; a manager adds its card "
                                       "first (opieka-cli partner add).")
                       .arg(wanted));
}

std::optional<Partner> partnerByFingerprint(const QList<StoredPartner>& partners,
                                            const QString& fingerprint)
{
    for (const StoredPartner& stored : partners)
        if (digitsOf(stored.fingerprint) == digitsOf(fingerprint))
            return Partner{cardOf(stored.card), stored.fingerprint};
    return std::nullopt;
}

ExchangeItem itemOf(const StoredExchangeItem& s)
{
    ExchangeItem item;
    item.id = s.id;
    item.direction = s.direction;
    item.partner = s.partnerName;
    item.partnerFingerprint = s.partnerFingerprint;
    item.purpose = parsePackagePurpose(s.purpose).value_or(PackagePurpose::Referral);
    item.familyId = s.familyId;
    item.status = s.status;
    item.createdAt = s.createdAt;
    item.updatedAt = s.updatedAt;
    item.packageId = s.packageId;
    item.sha256 = s.sha256;
    item.reason = s.reason;
    item.summary = s.summary;
    return item;
}

// The words people read for a purpose, a status or a relation (previews and messages).
QString purposeLabel(PackagePurpose purpose)
{
    switch (purpose) {
    case PackagePurpose::Referral:
        return ExchangeService::tr("referral");
    case PackagePurpose::Plan:
        return ExchangeService::tr("plan");
    case PackagePurpose::Transfer:
        return ExchangeService::tr("transfer");
    case PackagePurpose::Receipt:
        return ExchangeService::tr("receipt");
    }
    return {};
}

QString statusLabel(const QString& status)
{
    if (status == QStringLiteral("received"))
        return ExchangeService::tr("received");
    if (status == QStringLiteral("accepted"))
        return ExchangeService::tr("accepted");
    if (status == QStringLiteral("declined"))
        return ExchangeService::tr("declined");
    if (status == QStringLiteral("sent"))
        return ExchangeService::tr("sent");
    if (status == QStringLiteral("delivered"))
        return ExchangeService::tr("delivered");
    return status;
}

QString relationLabel(Relation relation)
{
    switch (relation) {
    case Relation::Parent:
        return ExchangeService::tr("parent");
    case Relation::Guardian:
        return ExchangeService::tr("legal guardian");
    case Relation::Child:
        return ExchangeService::tr("child");
    case Relation::Partner:
        return ExchangeService::tr("spouse or partner");
    case Relation::Sibling:
        return ExchangeService::tr("sibling");
    case Relation::Grandparent:
        return ExchangeService::tr("grandparent");
    case Relation::Other:
        return ExchangeService::tr("other household member");
    }
    return {};
}

} // namespace

// --- Building the content ---------------------------------------------------------------------

namespace {

struct Built
{
    QJsonObject content;
    PackagePreview preview;
    QString summary;
    Partner partner;
    QList<CaseDocument> documents; // a transfer's: the family's kept documents, content not read
};

} // namespace

static Result<Built> build(const Session& session, Database& database, const User& actor,
                           const SendRequest& request)
{
    if (request.purpose == PackagePurpose::Receipt)
        return badInput(ExchangeService::tr("A receipt is made for a received package "
                                            "(opieka-cli exchange receipt), not sent as a "
                                            "package of its own."));
    OPIEKA_TRY(CaseAccess(database).mayChangeFamily(actor, request.familyId));
    auto partner = findPartner(database, request.partner);
    if (!partner)
        return partner.error();
    if (request.helpPlanChildId && request.purpose != PackagePurpose::Plan)
        return badInput(ExchangeService::tr("A child's help plan goes in a plan package."));

    auto family = FamilyService(session).family(request.familyId);
    if (!family)
        return family.error();
    auto members = MemberService(session).members(request.familyId);
    if (!members)
        return members.error();
    auto plans = WorkPlanService(session).versions(request.familyId);
    if (!plans)
        return plans.error();
    auto assessments = AssessmentService(session).assessments(request.familyId);
    if (!assessments)
        return assessments.error();
    auto contacts = ContactService(session).contacts(request.familyId);
    if (!contacts)
        return contacts.error();

    const bool transfer = request.purpose == PackagePurpose::Transfer;
    const bool plan = request.purpose == PackagePurpose::Plan;
    Built built;
    built.partner = *partner;
    PackagePreview& preview = built.preview;
    preview.partnerName = partner->card.details.name;
    preview.partnerFingerprint = partner->fingerprint;
    preview.purpose = request.purpose;
    // The sender's text for this package, or the centre's setting for the purpose.
    preview.legalBasis = request.legalBasis.trimmed();
    if (preview.legalBasis.isEmpty()) {
        auto setting = SettingsService(session).legalBasis(request.purpose);
        if (!setting)
            return setting.error();
        preview.legalBasis = *setting;
    }
    OPIEKA_TRY(SettingsService::checkLegalBasis(preview.legalBasis));
    preview.familyLabel = ExchangeService::tr("Family no. %1 (%2), %3")
                              .arg(family->id)
                              .arg(family->name, family->municipality);
    if (!family->address.isEmpty())
        preview.familyLabel += QStringLiteral(", ") + family->address;

    QJsonObject content{{key("format"), kFormat},
                        {key("version"), kContentVersion},
                        {key("purpose"), packagePurposeName(request.purpose)},
                        {key("family"), familyJson(*family)}};

    if (plan && request.helpPlanChildId) {
        const auto child = std::find_if(members->begin(), members->end(), [&](const Member& m) {
            return m.id == *request.helpPlanChildId;
        });
        if (child == members->end())
            return badInput(ExchangeService::tr("Member %1 is not a member of family no. %2.")
                                .arg(*request.helpPlanChildId)
                                .arg(family->id));
        auto items = ChildCareService(session).helpPlan(child->id);
        if (!items)
            return items.error();
        if (items->isEmpty())
            return refused(
                ExchangeService::tr("%1 has no help plan to send.").arg(child->displayName()));
        QJsonArray itemArray;
        for (const HelpPlanItem& item : *items)
            itemArray.append(QJsonObject{{key("goal"), item.goal},
                                         {key("task"), item.task},
                                         {key("responsible"), item.responsible},
                                         {key("deadline"), optionalDate(item.deadline)},
                                         {key("done"), item.done}});
        content.insert(key("plan"),
                       QJsonObject{{key("kind"), QStringLiteral("help_plan")},
                                   {key("child"), QJsonObject{{key("id"), child->id},
                                                              {key("first_name"), child->firstName},
                                                              {key("last_name"), child->lastName},
                                                              {key("birth_date"),
                                                               optionalDate(child->birthDate)}}},
                                   {key("version_date"), isoDate(Clock::today())},
                                   {key("help_plan"), QJsonObject{{key("items"), itemArray}}}});
        preview.workPlan =
            ExchangeService::tr("Help plan for %1, %n item(s)", nullptr, int(items->size()))
                .arg(child->displayName());
        // Summaries name records by number, never a person (docs/exchange.md, "Summaries").
        built.summary = ExchangeService::tr("Plan: family no. %1, help plan of member no. %2")
                            .arg(family->id)
                            .arg(child->id);
    } else if (plan) {
        if (plans->isEmpty())
            return refused(
                ExchangeService::tr("Family no. %1 has no work plan to send.").arg(family->id));
        const WorkPlan& current = plans->last();
        content.insert(key("plan"),
                       QJsonObject{{key("kind"), QStringLiteral("work_plan")},
                                   {key("child"), QJsonValue(QJsonValue::Null)},
                                   {key("version_date"),
                                    isoDate(current.agreedOn.value_or(current.createdOn))},
                                   {key("work_plan"), planJson(current)}});
        preview.workPlan = ExchangeService::tr("Work plan version %1 of %2, %n goal(s)", nullptr,
                                               int(current.goals.size()))
                               .arg(current.version)
                               .arg(localDate(current.agreedOn.value_or(current.createdOn)));
        built.summary = ExchangeService::tr("Plan: family no. %1, work plan version %2")
                            .arg(family->id)
                            .arg(current.version);
    } else {
        QJsonArray memberArray;
        for (const Member& m : *members) {
            memberArray.append(memberJson(m));
            QString line = m.displayName() + QStringLiteral(", ") + relationLabel(m.relation);
            if (m.birthDate)
                line += QStringLiteral(", ") + localDate(*m.birthDate);
            preview.members << line;
        }
        content.insert(key("members"), memberArray);

        QJsonArray planArray;
        for (int i = transfer ? 0 : int(plans->size()) - 1; i >= 0 && i < plans->size(); ++i)
            planArray.append(planJson(plans->at(i)));
        content.insert(key("work_plans"), planArray);
        if (!plans->isEmpty()) {
            const WorkPlan& current = plans->last();
            preview.workPlan = ExchangeService::tr("Work plan version %1 (%2), %n goal(s)", nullptr,
                                                   int(current.goals.size()))
                                   .arg(current.version)
                                   .arg(planStatusLabel(current.status));
            if (transfer && plans->size() > 1)
                preview.workPlan += ExchangeService::tr(", with %n earlier version(s)", nullptr,
                                                        int(plans->size()) - 1);
        }

        QJsonArray assessmentArray;
        // A referral carries the latest assessment, a transfer every one (oldest first).
        QList<FamilyAssessment> sorted = *assessments;
        std::sort(
            sorted.begin(), sorted.end(), [](const FamilyAssessment& a, const FamilyAssessment& b) {
                return a.assessedOn < b.assessedOn || (a.assessedOn == b.assessedOn && a.id < b.id);
            });
        for (int i = transfer ? 0 : int(sorted.size()) - 1; i >= 0 && i < sorted.size(); ++i) {
            assessmentArray.append(assessmentJson(sorted.at(i)));
            preview.assessments
                << ExchangeService::tr("Assessment of %1").arg(localDate(sorted.at(i).assessedOn));
        }
        content.insert(key("assessments"), assessmentArray);

        // The visits: a transfer every one with notes; a referral the excerpt chosen (or the
        // last 12 months), notes only where ticked.
        QSet<qint64> chosen(request.visitIds.begin(), request.visitIds.end());
        const QSet<qint64> withNotes(request.noteVisitIds.begin(), request.noteVisitIds.end());
        QSet<qint64> known;
        for (const Contact& c : *contacts)
            known.insert(c.id);
        for (qint64 id : chosen)
            if (!known.contains(id))
                return badInput(ExchangeService::tr("Visit %1 is not a visit of family no. %2.")
                                    .arg(id)
                                    .arg(family->id));
        for (qint64 id : withNotes)
            if (!transfer && !request.includeAllNotes && !known.contains(id))
                return badInput(ExchangeService::tr("Visit %1 is not a visit of family no. %2.")
                                    .arg(id)
                                    .arg(family->id));
        const QDate since = Clock::today().addMonths(-12);
        QList<Contact> visits;
        for (const Contact& c : *contacts) {
            const bool sent =
                transfer || (chosen.isEmpty() ? c.date >= since : chosen.contains(c.id));
            if (sent)
                visits << c;
        }
        std::sort(visits.begin(), visits.end(), [](const Contact& a, const Contact& b) {
            return a.date < b.date || (a.date == b.date && a.id < b.id);
        });
        for (qint64 id : withNotes) {
            const bool inExcerpt = std::any_of(visits.begin(), visits.end(),
                                               [&](const Contact& c) { return c.id == id; });
            if (!inExcerpt)
                return badInput(ExchangeService::tr("The notes of visit %1 can go only with the "
                                                    "visit itself: add it to the excerpt.")
                                    .arg(id));
        }
        QJsonArray visitArray;
        for (const Contact& c : visits) {
            const bool notes = transfer || request.includeAllNotes || withNotes.contains(c.id);
            visitArray.append(visitJson(c, notes));
            if (notes)
                ++preview.visitsWithNotes;
            preview.visits << (notes ? ExchangeService::tr("%1 %2 — with notes")
                                     : ExchangeService::tr("%1 %2 — without notes"))
                                  .arg(localDate(c.date), contactKindLabel(c.kind));
        }
        content.insert(key("visits"), visitArray);
        // A transfer carries the family's kept documents (their content is read by send()); a
        // referral carries none (docs/exchange-content.md).
        if (transfer) {
            auto documents = ExchangeDocuments::keptOfFamily(database, family->id);
            if (!documents)
                return documents.error();
            built.documents = *documents;
        }
        built.summary = (transfer ? ExchangeService::tr("Transfer: family no. %1, %n member(s)",
                                                        nullptr, int(members->size()))
                                  : ExchangeService::tr("Referral: family no. %1, %n member(s)",
                                                        nullptr, int(members->size())))
                            .arg(family->id) +
                        ExchangeService::tr(", %n visit(s)", nullptr, int(visits.size()));
        if (!built.documents.isEmpty())
            built.summary +=
                ExchangeService::tr(", %n document(s)", nullptr, int(built.documents.size()));
    }

    preview.lines << ExchangeService::tr("To: %1 (fingerprint %2)")
                         .arg(preview.partnerName, preview.partnerFingerprint)
                  << ExchangeService::tr("Purpose: %1").arg(purposeLabel(request.purpose))
                  << ExchangeService::tr("Legal basis: %1").arg(preview.legalBasis)
                  << preview.familyLabel;
    if (!preview.members.isEmpty())
        preview.lines << ExchangeService::tr("%n member(s):", nullptr, int(preview.members.size()));
    for (const QString& line : preview.members)
        preview.lines << QStringLiteral("  ") + line;
    if (!preview.workPlan.isEmpty())
        preview.lines << preview.workPlan;
    for (const QString& line : preview.assessments)
        preview.lines << line;
    if (!plan)
        preview.lines << ExchangeService::tr("%n visit(s), of them with notes: %1", nullptr,
                                             int(preview.visits.size()))
                             .arg(preview.visitsWithNotes);
    for (const QString& line : preview.visits)
        preview.lines << QStringLiteral("  ") + line;
    if (!built.documents.isEmpty())
        preview.lines << ExchangeService::tr("%n document(s):", nullptr,
                                             int(built.documents.size()));
    for (const QString& line : ExchangeDocuments::previewLines(built.documents))
        preview.lines << QStringLiteral("  ") + line;
    built.content = content;
    return built;
}

Result<PackagePreview> ExchangeService::preview(const SendRequest& request)
{
    OPIEKA_TRY(mayExchange());
    auto built = build(m_session, m_database, m_actor, request);
    if (!built)
        return built.error();
    return built->preview;
}

Result<SentPackage> ExchangeService::send(const SendRequest& request, const QByteArray& passphrase)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::Exchange));
    OPIEKA_TRY(mayExchange());
    auto built = build(m_session, m_database, m_actor, request);
    if (!built)
        return built.error();
    auto centre = ownCentre(m_database);
    if (!centre)
        return centre.error();
    auto keys = unlockKeys(*centre, passphrase);
    if (!keys)
        return keys.error();

    PackageManifest manifest;
    manifest.id = Package::newId();
    manifest.purpose = request.purpose;
    manifest.legalBasis = built->preview.legalBasis;
    manifest.senderFingerprint = centre->fingerprint;
    manifest.recipientFingerprint = built->partner.fingerprint;
    manifest.senderName = centre->card.details.name;
    manifest.recipientName = built->partner.card.details.name;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    manifest.createdAt = now.addMSecs(-now.time().msec());
    if (request.purpose == PackagePurpose::Transfer) {
        auto documents = ExchangeDocuments::toJson(m_database, built->documents);
        if (!documents)
            return documents.error();
        built->content.insert(key("documents"), *documents);
    }
    const QByteArray content = QJsonDocument(built->content).toJson(QJsonDocument::Compact);
    auto bytes = Package::seal(manifest, content, *keys, built->partner.card);
    if (!bytes)
        return bytes.error();
    const QString sha = Package::sha256(*bytes);

    return AuditedWrite(m_database, m_actor).run([&](AuditedWrite& write) -> Result<SentPackage> {
        StoredExchangeItem stored;
        stored.direction = kOut;
        stored.packageId = manifest.id;
        stored.sha256 = sha;
        stored.purpose = packagePurposeName(request.purpose);
        stored.partnerFingerprint = built->partner.fingerprint;
        stored.partnerName = built->partner.card.details.name;
        stored.familyId = request.familyId;
        stored.partnerFamilyId = request.familyId;
        stored.status = QStringLiteral("sent");
        stored.summary = built->summary;
        stored.legalBasis = manifest.legalBasis;
        stored.packageCreatedAt = manifest.createdAt;
        stored.createdAt = now;
        stored.updatedAt = now;
        stored.createdBy = m_actor.login;
        auto id = write.recordNew(ExchangeRepository(m_database).insertItem(stored),
                                  QStringLiteral("exchange.send"), QStringLiteral("exchange_item"),
                                  {{key("package_id"), manifest.id},
                                   {key("sha256"), sha},
                                   {key("purpose"), stored.purpose},
                                   {key("partner_fingerprint"), stored.partnerFingerprint},
                                   {key("family_id"), request.familyId},
                                   {key("visits"), built->preview.visits.size()},
                                   {key("visits_with_notes"), built->preview.visitsWithNotes},
                                   {key("documents"), built->documents.size()}});
        if (!id)
            return id.error();
        stored.id = *id;
        logging::get("app")->info("exchange package sent");
        return SentPackage{itemOf(stored), *bytes};
    });
}

// --- Receiving ---------------------------------------------------------------------------------

namespace {

// The refusal's audit record, alone in its transaction; then the refusal as it came.
template <typename T>
Result<T> refusal(Database& database, const User& actor, const Error& error,
                  const QString& packageId, const QString& sha, const QString& senderFingerprint)
{
    QJsonObject values{{key("sha256"), sha},
                       {key("reason"), error.message},
                       {key("kind"), error.kind == ErrorKind::Refused
                                         ? QStringLiteral("refused")
                                         : QStringLiteral("bad_input")}};
    if (!packageId.isEmpty())
        values.insert(key("package_id"), packageId);
    if (!senderFingerprint.isEmpty())
        values.insert(key("sender_fingerprint"), senderFingerprint);
    Status audited = AuditedWrite(database, actor).run([&](AuditedWrite& write) -> Status {
        return write.record(QStringLiteral("exchange.refuse"), QStringLiteral("exchange_package"),
                            packageId.isEmpty() ? sha : packageId, {}, values);
    });
    if (!audited)
        return audited.error();
    return error;
}

} // namespace

Result<ExchangeItem> ExchangeService::receive(const QByteArray& bytes, const QString& source,
                                              const QByteArray& passphrase)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::Exchange));
    OPIEKA_TRY(mayExchange());
    const QString sha = Package::sha256(bytes);
    QString packageId;
    QString senderFingerprint;
    const auto refuse = [&](const Error& error) {
        return refusal<ExchangeItem>(m_database, m_actor, error, packageId, sha, senderFingerprint);
    };

    auto envelope = Package::readEnvelope(bytes, source);
    if (!envelope)
        return refuse(envelope.error());
    packageId = envelope->id;
    senderFingerprint = envelope->senderFingerprint;
    auto centre = ownCentre(m_database);
    if (!centre)
        return centre.error();
    if (digitsOf(envelope->recipientFingerprint) != digitsOf(centre->fingerprint))
        return refuse(refused(tr("%1 is meant for another centre (fingerprint %2), not this one; "
                                 "it was not opened.")
                                  .arg(source, envelope->recipientFingerprint)));
    auto partners = CentreIdentityRepository(m_database).partners();
    if (!partners)
        return partners.error();
    const auto sender = partnerByFingerprint(*partners, envelope->senderFingerprint);
    if (!sender)
        return refuse(refused(tr("%1 comes from a centre that is not a partner (fingerprint %2): "
                                 "a manager adds its card first, after checking the fingerprint "
                                 "by phone.")
                                  .arg(source, envelope->senderFingerprint)));
    ExchangeRepository repository(m_database);
    auto before = repository.itemByPackage(kIn, envelope->id);
    if (!before)
        return before.error();
    if (*before)
        return refuse(refused(
            tr("%1 was received before (package %2, on %3); the same package is "
               "not taken twice.")
                .arg(source, envelope->id, localDate((*before)->createdAt.toLocalTime().date()))));
    auto keys = unlockKeys(*centre, passphrase);
    if (!keys)
        return refuse(keys.error());
    auto opened = Package::open(bytes, source, *keys, sender->card);
    if (!opened)
        return refuse(opened.error());

    const QJsonDocument document = QJsonDocument::fromJson(opened->content);
    const QJsonObject content = document.object();
    if (!document.isObject() || content.value(key("format")).toString() != kFormat ||
        content.value(key("version")).toInt() != kContentVersion ||
        content.value(key("purpose")).toString() != packagePurposeName(opened->manifest.purpose))
        return refuse(badInput(tr("%1 opened, but its content is not an exchange document of "
                                  "version %2 for its purpose; ask the sender to send it again "
                                  "with an up-to-date program.")
                                   .arg(source)
                                   .arg(kContentVersion)));
    // A transfer's documents are checked before anything is stored: one that fails refuses the
    // whole package (docs/exchange-content.md, "documents").
    int documentCount = 0;
    if (opened->manifest.purpose == PackagePurpose::Transfer) {
        auto documents = ExchangeDocuments::read(content, source);
        if (!documents)
            return refuse(documents.error());
        documentCount = int(documents->size());
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    StoredExchangeItem stored;
    stored.direction = kIn;
    stored.packageId = opened->manifest.id;
    stored.sha256 = opened->sha256;
    stored.purpose = packagePurposeName(opened->manifest.purpose);
    stored.partnerFingerprint = sender->fingerprint;
    stored.partnerName = sender->card.details.name;
    stored.legalBasis = opened->manifest.legalBasis;
    stored.packageCreatedAt = opened->manifest.createdAt;
    stored.createdAt = now;
    stored.updatedAt = now;
    stored.createdBy = m_actor.login;

    if (opened->manifest.purpose == PackagePurpose::Receipt) {
        const QString aboutId = content.value(key("package_id")).toString();
        const QString aboutSha = content.value(key("package_sha256")).toString();
        const QString decision = content.value(key("decision")).toString();
        const QString reason = content.value(key("reason")).toString();
        if (decision != QStringLiteral("delivered") && decision != QStringLiteral("accepted") &&
            decision != QStringLiteral("declined"))
            return refuse(
                badInput(tr("%1 is a receipt without a decision this program knows.").arg(source)));
        auto sent = repository.itemByPackage(kOut, aboutId);
        if (!sent)
            return sent.error();
        if (!*sent || (*sent)->purpose == QStringLiteral("receipt"))
            return refuse(refused(tr("%1 is a receipt for package %2, which this centre did not "
                                     "send.")
                                      .arg(source, aboutId)));
        if (digitsOf((*sent)->partnerFingerprint) != digitsOf(sender->fingerprint))
            return refuse(refused(
                tr("%1 is a receipt for package %2 from '%3', but the package "
                   "went to '%4'.")
                    .arg(source, aboutId, sender->card.details.name, (*sent)->partnerName)));
        if (!aboutSha.isEmpty() && aboutSha != (*sent)->sha256)
            return refuse(refused(tr("%1 is a receipt for package %2, but for other bytes than "
                                     "those sent (a different SHA-256).")
                                      .arg(source, aboutId)));
        stored.familyId = (*sent)->familyId;
        stored.status = QStringLiteral("accepted");
        stored.reason = reason;
        stored.summary = tr("Receipt for package %1: %2").arg(aboutId, statusLabel(decision));
        const StoredExchangeItem outbox = **sent;
        return AuditedWrite(m_database, m_actor)
            .run([&](AuditedWrite& write) -> Result<ExchangeItem> {
                auto id = repository.insertItem(stored);
                if (!id)
                    return id.error();
                stored.id = *id;
                OPIEKA_TRY(repository.insertContent(*id, QString::fromUtf8(opened->content)));
                const QDateTime decidedAt =
                    QDateTime::fromString(content.value(key("decided_at")).toString(), Qt::ISODate);
                auto receiptId = repository.insertReceipt(outbox.id, *id, decision, reason,
                                                          decidedAt.isValid() ? decidedAt : now);
                if (!receiptId)
                    return receiptId.error();
                // A later "delivered" does not undo a decision already told.
                const bool decided = outbox.status == QStringLiteral("accepted") ||
                                     outbox.status == QStringLiteral("declined");
                if (!(decided && decision == QStringLiteral("delivered")))
                    OPIEKA_TRY(
                        repository.updateStatus(outbox.id, decision, reason, outbox.familyId, now));
                OPIEKA_TRY(write.record(QStringLiteral("exchange.receive"),
                                        QStringLiteral("exchange_item"), *id, {},
                                        {{key("package_id"), stored.packageId},
                                         {key("sha256"), stored.sha256},
                                         {key("purpose"), stored.purpose},
                                         {key("partner_fingerprint"), stored.partnerFingerprint},
                                         {key("receipt_for"), outbox.packageId},
                                         {key("decision"), decision}}));
                return itemOf(stored);
            });
    }

    const QJsonObject family = content.value(key("family")).toObject();
    const qint64 partnerFamilyId = family.value(key("id")).toInteger();
    stored.partnerFamilyId = partnerFamilyId;
    auto linked = repository.linkedFamily(sender->fingerprint, partnerFamilyId);
    if (!linked)
        return linked.error();
    stored.familyId = *linked;
    stored.status = QStringLiteral("received");
    const int members = int(content.value(key("members")).toArray().size());
    const int visits = int(content.value(key("visits")).toArray().size());
    // The summary names the partner's records by number, never a person: it stays when the
    // content is erased with a person's data (docs/data-protection.md).
    switch (opened->manifest.purpose) {
    case PackagePurpose::Referral:
        stored.summary = tr("Referral: the partner's family no. %1, %n member(s)", nullptr, members)
                             .arg(partnerFamilyId) +
                         tr(", %n visit(s)", nullptr, visits);
        break;
    case PackagePurpose::Transfer:
        stored.summary = tr("Transfer: the partner's family no. %1, %n member(s)", nullptr, members)
                             .arg(partnerFamilyId) +
                         tr(", %n visit(s)", nullptr, visits);
        if (documentCount > 0)
            stored.summary += tr(", %n document(s)", nullptr, documentCount);
        break;
    default:
        if (content.value(key("plan")).toObject().value(key("kind")).toString() ==
            QStringLiteral("help_plan")) {
            const QJsonObject child =
                content.value(key("plan")).toObject().value(key("child")).toObject();
            stored.summary = tr("Plan: the partner's family no. %1, help plan of its member no. %2")
                                 .arg(partnerFamilyId)
                                 .arg(child.value(key("id")).toInteger());
            break;
        }
        stored.summary = tr("Plan: the partner's family no. %1, work plan version %2")
                             .arg(partnerFamilyId)
                             .arg(content.value(key("plan"))
                                      .toObject()
                                      .value(key("work_plan"))
                                      .toObject()
                                      .value(key("version"))
                                      .toInt());
        break;
    }
    return AuditedWrite(m_database, m_actor).run([&](AuditedWrite& write) -> Result<ExchangeItem> {
        auto id = repository.insertItem(stored);
        if (!id)
            return id.error();
        stored.id = *id;
        OPIEKA_TRY(repository.insertContent(*id, QString::fromUtf8(opened->content)));
        OPIEKA_TRY(write.record(QStringLiteral("exchange.receive"), QStringLiteral("exchange_item"),
                                *id, {},
                                {{key("package_id"), stored.packageId},
                                 {key("sha256"), stored.sha256},
                                 {key("purpose"), stored.purpose},
                                 {key("partner_fingerprint"), stored.partnerFingerprint},
                                 {key("summary"), auditedSummary(stored.purpose, members, visits)},
                                 {key("documents"), documentCount}}));
        logging::get("app")->info("exchange package received");
        return itemOf(stored);
    });
}

// --- Accepting and declining -----------------------------------------------------------------

namespace {

Result<StoredExchangeItem> inboxItem(Database& database, qint64 inboxId)
{
    auto found = ExchangeRepository(database).item(inboxId);
    if (!found)
        return found.error();
    if (!*found || (*found)->direction != kIn)
        return badInput(
            ExchangeService::tr("There is no received package with id %1.").arg(inboxId));
    return **found;
}

} // namespace

Result<ExchangeItem> ExchangeService::accept(qint64 inboxId, std::optional<qint64> linkFamilyId)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::Exchange));
    OPIEKA_TRY(mayExchange());
    auto item = inboxItem(m_database, inboxId);
    if (!item)
        return item.error();
    if (item->purpose == QStringLiteral("receipt"))
        return refused(
            tr("Package %1 is a receipt; it was applied when it was received.").arg(inboxId));
    if (item->status != QStringLiteral("received"))
        return refused(tr("Package %1 is already %2.").arg(inboxId).arg(statusLabel(item->status)));
    ExchangeRepository repository(m_database);
    auto text = repository.content(inboxId);
    if (!text)
        return text.error();
    const QJsonObject content =
        QJsonDocument::fromJson(text->value_or(QString()).toUtf8()).object();
    if (isErased(content))
        return refused(tr("The content of package %1 was erased with a person's data (GDPR art. "
                          "17), so there is nothing to accept; decline it, and ask the partner "
                          "centre to send it again if it is still needed.")
                           .arg(inboxId));
    const QJsonObject family = content.value(key("family")).toObject();
    const bool plan = item->purpose == QStringLiteral("plan");
    const bool transfer = item->purpose == QStringLiteral("transfer");

    std::optional<qint64> target = linkFamilyId ? linkFamilyId : item->familyId;
    if (target) {
        OPIEKA_TRY(CaseAccess(m_database).mayChangeFamily(m_actor, *target));
    } else if (plan) {
        return refused(tr("Package %1 is a plan for the partner's family no. %2 (%3), which is "
                          "not linked to a family here; accept it with the family it is about "
                          "(--link FAMILY_ID).")
                           .arg(inboxId)
                           .arg(family.value(key("id")).toInteger())
                           .arg(family.value(key("name")).toString()));
    } else {
        if (m_actor.role != Role::Manager)
            return refused(tr("Only a manager accepts a package that opens a new family's case "
                              "(a social worker links it to her case with --link)."));
        // The duplicate check of issue 21: a likely match stops the creation.
        auto matches = DuplicateService(m_session).checkFamily(
            {std::nullopt, family.value(key("name")).toString(),
             family.value(key("municipality")).toString(),
             family.value(key("address")).toString()});
        if (!matches)
            return matches.error();
        if (!matches->isEmpty()) {
            const EntryMatch& match = matches->first();
            return refused(tr("The family of package %1 is likely family no. %2 (%3) already "
                              "registered here. Check, then accept again with --link %2 to add "
                              "the package to it.")
                               .arg(inboxId)
                               .arg(match.familyId)
                               .arg(match.name));
        }
    }

    const QJsonArray visits = content.value(key("visits")).toArray();
    if (!plan && !visits.isEmpty() && !m_actor.workerId)
        return refused(tr("The package's visits are written under the accepting worker; the "
                          "account '%1' is not linked to a worker.")
                           .arg(m_actor.login));
    // A transfer's documents, checked again before anything is written: one that fails refuses
    // the whole package, and no transaction is begun.
    QList<PackageDocument> documents;
    if (transfer) {
        auto read = ExchangeDocuments::read(content, tr("Package %1").arg(inboxId));
        if (!read)
            return read.error();
        documents = *read;
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    return AuditedWrite(m_database, m_actor).run([&](AuditedWrite& write) -> Result<ExchangeItem> {
        int created = 0;
        int documentCount = 0;
        const auto made = [&](const QString& entity, qint64 id,
                              std::optional<qint64> partnerId = std::nullopt) -> Status {
            ++created;
            return repository.insertRecord(inboxId, entity, id, partnerId);
        };
        // What earlier packages from this partner already brought into a linked family (by the
        // partner's ids): not added again.
        const auto broughtBefore = [&](const QString& entity) -> Result<QSet<qint64>> {
            if (!target)
                return QSet<qint64>();
            auto ids = repository.recordedPartnerIds(item->partnerFingerprint, *target, entity);
            if (!ids)
                return ids.error();
            return QSet<qint64>(ids->begin(), ids->end());
        };
        qint64 familyId = 0;
        if (plan) {
            familyId = *target;
            const QJsonObject planObject = content.value(key("plan")).toObject();
            const WorkPlan copy = planFrom(planObject.value(key("work_plan")).toObject());
            StoredPartnerPlan stored;
            stored.familyId = familyId;
            stored.itemId = inboxId;
            stored.partnerFingerprint = item->partnerFingerprint;
            stored.partnerName = item->partnerName;
            stored.kind = planObject.value(key("kind")).toString() == QStringLiteral("help_plan")
                              ? QStringLiteral("help_plan")
                              : QStringLiteral("work_plan");
            const QJsonObject child = planObject.value(key("child")).toObject();
            if (!child.isEmpty())
                stored.childName = child.value(key("first_name")).toString() + QLatin1Char(' ') +
                                   child.value(key("last_name")).toString();
            stored.version = copy.version;
            stored.versionDate = dateFrom(planObject.value(key("version_date")));
            if (stored.kind == QStringLiteral("help_plan")) {
                // Help plans have no versions in Opieka: the copies of one child's plan from one
                // partner are numbered here as they come, 1, 2, ...
                auto earlier = repository.partnerPlans(familyId);
                if (!earlier)
                    return earlier.error();
                stored.version = 1;
                for (const StoredPartnerPlan& other : *earlier)
                    if (other.kind == stored.kind && other.childName == stored.childName &&
                        other.partnerFingerprint == stored.partnerFingerprint)
                        stored.version = std::max(stored.version, other.version + 1);
                QStringList lines;
                int number = 0;
                for (const QJsonValue value :
                     planObject.value(key("help_plan")).toObject().value(key("items")).toArray()) {
                    const QJsonObject o = value.toObject();
                    QString line =
                        QStringLiteral("%1. %2").arg(++number).arg(o.value(key("goal")).toString());
                    if (!o.value(key("task")).toString().isEmpty())
                        line += QStringLiteral(": ") + o.value(key("task")).toString();
                    if (!o.value(key("responsible")).toString().isEmpty())
                        line += QStringLiteral(" — ") + o.value(key("responsible")).toString();
                    if (const auto deadline = dateFrom(o.value(key("deadline"))))
                        line += QStringLiteral(" (") + localDate(*deadline) + QLatin1Char(')');
                    lines << line;
                }
                stored.text = lines.join(QLatin1Char('\n'));
            }
            stored.receivedAt = now;
            stored.packageId = item->packageId;
            if (stored.kind != QStringLiteral("help_plan"))
                stored.text = planText(copy);
            stored.json =
                QString::fromUtf8(QJsonDocument(planObject).toJson(QJsonDocument::Compact));
            auto id = repository.insertPartnerPlan(stored);
            if (!id)
                return id.error();
            OPIEKA_TRY(made(QStringLiteral("partner_plan"), *id));
        } else {
            if (target) {
                familyId = *target;
            } else {
                Family f;
                f.name = family.value(key("name")).toString();
                f.municipality = family.value(key("municipality")).toString();
                f.address = family.value(key("address")).toString();
                f.category = parseNeedCategory(family.value(key("category")).toString())
                                 .value_or(NeedCategory::Coping);
                f.openedOn = Clock::today();
                auto id = FamilyService(m_session).create(f);
                if (!id)
                    return id.error();
                familyId = *id;
                OPIEKA_TRY(made(QStringLiteral("family"), familyId));
            }
            // Members: with --link, those already in the family (same PESEL, or same name and
            // birth date) are not added again.
            QList<Member> existing;
            if (target) {
                auto current = MemberService(m_session).members(familyId);
                if (!current)
                    return current.error();
                existing = *current;
            }
            auto membersBefore = broughtBefore(QStringLiteral("member"));
            if (!membersBefore)
                return membersBefore.error();
            QHash<qint64, qint64> localMembers; // the partner's member id -> the one made here
            for (const QJsonValue value : content.value(key("members")).toArray()) {
                const Member m = memberFrom(value.toObject(), familyId);
                const qint64 partnerId = value.toObject().value(key("id")).toInteger();
                const bool there =
                    membersBefore->contains(partnerId) ||
                    std::any_of(existing.begin(), existing.end(), [&](const Member& e) {
                        if (!m.pesel.isEmpty() && e.pesel == m.pesel)
                            return true;
                        return e.firstName.compare(m.firstName, Qt::CaseInsensitive) == 0 &&
                               e.lastName.compare(m.lastName, Qt::CaseInsensitive) == 0 &&
                               e.birthDate == m.birthDate;
                    });
                if (there)
                    continue;
                auto id = MemberService(m_session).add(m);
                if (!id)
                    return id.error();
                localMembers.insert(partnerId, *id);
                OPIEKA_TRY(made(QStringLiteral("member"), *id, partnerId));
            }
            // Work plans: into the new family's own plans (every version for a transfer, the
            // current one for a referral); with --link into a family that has a plan already,
            // kept as the partner's plan copy instead.
            WorkPlanService plans(m_session);
            auto ownPlans = plans.versions(familyId);
            if (!ownPlans)
                return ownPlans.error();
            const QJsonArray planArray = content.value(key("work_plans")).toArray();
            std::optional<qint64> previous;
            for (qsizetype index = 0; index < planArray.size(); ++index) {
                const QJsonValue value = planArray.at(index);
                const WorkPlan incoming = planFrom(value.toObject());
                if (!ownPlans->isEmpty()) {
                    StoredPartnerPlan stored;
                    stored.familyId = familyId;
                    stored.itemId = inboxId;
                    stored.partnerFingerprint = item->partnerFingerprint;
                    stored.partnerName = item->partnerName;
                    stored.kind = QStringLiteral("work_plan");
                    stored.version = incoming.version;
                    stored.versionDate = incoming.agreedOn.value_or(incoming.createdOn);
                    stored.receivedAt = now;
                    stored.packageId = item->packageId;
                    stored.text = planText(incoming);
                    stored.json = QString::fromUtf8(
                        QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
                    auto id = repository.insertPartnerPlan(stored);
                    if (!id)
                        return id.error();
                    OPIEKA_TRY(made(QStringLiteral("partner_plan"), *id));
                    continue;
                }
                auto id = previous ? plans.newVersion(*previous, incoming.createdOn)
                                   : plans.createDraft(familyId, incoming.createdOn,
                                                       incoming.participants);
                if (!id)
                    return id.error();
                auto draft = plans.plan(*id);
                if (!draft)
                    return draft.error();
                WorkPlan edited = *draft;
                edited.participants = incoming.participants;
                edited.goals = incoming.goals;
                for (PlanGoal& goal : edited.goals) {
                    goal.id = 0;
                    for (PlanAction& action : goal.actions)
                        action.id = 0;
                }
                OPIEKA_TRY(plans.saveDraft(edited));
                if (incoming.status != PlanStatus::Draft && incoming.agreedOn)
                    OPIEKA_TRY(plans.agree(*id, *incoming.agreedOn, true, true));
                // Only the last version closes: an older one is replaced by the next.
                const bool last = index == planArray.size() - 1;
                if (last && incoming.status == PlanStatus::Closed && incoming.closedOn)
                    OPIEKA_TRY(plans.close(*id, *incoming.closedOn));
                OPIEKA_TRY(made(QStringLiteral("work_plan"), *id));
                previous = *id;
            }
            auto assessmentsBefore = broughtBefore(QStringLiteral("family_assessment"));
            if (!assessmentsBefore)
                return assessmentsBefore.error();
            for (const QJsonValue value : content.value(key("assessments")).toArray()) {
                const QJsonObject o = value.toObject();
                const qint64 partnerId = o.value(key("id")).toInteger();
                if (assessmentsBefore->contains(partnerId))
                    continue;
                FamilyAssessment a;
                a.familyId = familyId;
                a.assessedOn = dateFrom(o.value(key("assessed_on"))).value_or(QDate());
                a.findings = o.value(key("findings")).toString();
                auto id = AssessmentService(m_session).record(a);
                if (!id)
                    return id.error();
                OPIEKA_TRY(made(QStringLiteral("family_assessment"), *id, partnerId));
            }
            auto visitsBefore = broughtBefore(QStringLiteral("contact"));
            if (!visitsBefore)
                return visitsBefore.error();
            for (const QJsonValue value : visits) {
                const QJsonObject o = value.toObject();
                const qint64 partnerId = o.value(key("id")).toInteger();
                if (visitsBefore->contains(partnerId))
                    continue;
                Contact c;
                c.familyId = familyId;
                c.workerId = *m_actor.workerId;
                c.date = dateFrom(o.value(key("date"))).value_or(QDate());
                if (o.value(key("time")).isString())
                    c.time =
                        QTime::fromString(o.value(key("time")).toString(), QStringLiteral("HH:mm"));
                c.kind = parseContactKind(o.value(key("kind")).toString())
                             .value_or(ContactKind::PartnerInstitution);
                c.present = o.value(key("present")).toString();
                c.notes = o.value(key("notes")).toString();
                c.nextStep = o.value(key("next_step")).toString();
                c.nextStepDue = dateFrom(o.value(key("next_step_due")));
                auto id = ContactService(m_session).log(c);
                if (!id)
                    return id.error();
                OPIEKA_TRY(made(QStringLiteral("contact"), *id, partnerId));
            }
            auto documentsBefore = broughtBefore(QStringLiteral("document"));
            if (!documentsBefore)
                return documentsBefore.error();
            auto attached = ExchangeDocuments::attach(
                m_database, write, documents, familyId, localMembers, *documentsBefore,
                item->packageId, [&](qint64 localId, qint64 partnerId) {
                    return made(QStringLiteral("document"), localId, partnerId);
                });
            if (!attached)
                return attached.error();
            documentCount = *attached;
            OPIEKA_TRY(repository.link(item->partnerFingerprint,
                                       family.value(key("id")).toInteger(), familyId, now,
                                       m_actor.login));
        }
        if (plan && linkFamilyId)
            OPIEKA_TRY(repository.link(item->partnerFingerprint,
                                       family.value(key("id")).toInteger(), familyId, now,
                                       m_actor.login));
        OPIEKA_TRY(repository.updateStatus(inboxId, QStringLiteral("accepted"), {}, familyId, now));
        OPIEKA_TRY(write.record(QStringLiteral("exchange.accept"), QStringLiteral("exchange_item"),
                                inboxId, {{key("status"), item->status}},
                                {{key("status"), QStringLiteral("accepted")},
                                 {key("package_id"), item->packageId},
                                 {key("sha256"), item->sha256},
                                 {key("family_id"), familyId},
                                 {key("linked"), bool(target)},
                                 {key("records_created"), created},
                                 {key("transfer"), transfer},
                                 {key("documents"), documentCount}}));
        StoredExchangeItem changed = *item;
        changed.status = QStringLiteral("accepted");
        changed.familyId = familyId;
        changed.updatedAt = now;
        return itemOf(changed);
    });
}

Result<ExchangeItem> ExchangeService::decline(qint64 inboxId, const QString& reason)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::Exchange));
    OPIEKA_TRY(mayExchange());
    auto item = inboxItem(m_database, inboxId);
    if (!item)
        return item.error();
    if (item->purpose == QStringLiteral("receipt"))
        return refused(
            tr("Package %1 is a receipt; it was applied when it was received.").arg(inboxId));
    if (item->status != QStringLiteral("received"))
        return refused(tr("Package %1 is already %2.").arg(inboxId).arg(statusLabel(item->status)));
    if (reason.trimmed().isEmpty())
        return badInput(tr("Give the reason for declining; the sender reads it in the receipt."));
    if (item->familyId)
        OPIEKA_TRY(CaseAccess(m_database).mayChangeFamily(m_actor, *item->familyId));
    else if (m_actor.role != Role::Manager && m_actor.role != Role::SocialWorker)
        return refused(tr("Only a manager or a social worker declines a package not yet linked "
                          "to a family."));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return AuditedWrite(m_database, m_actor).run([&](AuditedWrite& write) -> Result<ExchangeItem> {
        OPIEKA_TRY(ExchangeRepository(m_database)
                       .updateStatus(inboxId, QStringLiteral("declined"), reason.trimmed(),
                                     item->familyId, now));
        OPIEKA_TRY(write.record(QStringLiteral("exchange.decline"), QStringLiteral("exchange_item"),
                                inboxId, {{key("status"), item->status}},
                                {{key("status"), QStringLiteral("declined")},
                                 {key("package_id"), item->packageId},
                                 {key("sha256"), item->sha256},
                                 {key("reason"), reason.trimmed()}}));
        StoredExchangeItem changed = *item;
        changed.status = QStringLiteral("declined");
        changed.reason = reason.trimmed();
        changed.updatedAt = now;
        return itemOf(changed);
    });
}

Result<QByteArray> ExchangeService::receipt(qint64 inboxId, const QByteArray& passphrase)
{
    OPIEKA_TRY(FieldCopy::refuseOffline(m_database, FieldCopy::CentreOnly::Exchange));
    OPIEKA_TRY(mayExchange());
    auto item = inboxItem(m_database, inboxId);
    if (!item)
        return item.error();
    if (item->purpose == QStringLiteral("receipt"))
        return refused(
            tr("Package %1 is itself a receipt; a receipt gets no receipt.").arg(inboxId));
    if (item->familyId)
        OPIEKA_TRY(CaseAccess(m_database).mayChangeFamily(m_actor, *item->familyId));
    auto partners = CentreIdentityRepository(m_database).partners();
    if (!partners)
        return partners.error();
    const auto partner = partnerByFingerprint(*partners, item->partnerFingerprint);
    if (!partner)
        return refused(tr("The sender of package %1 is no longer a partner centre.").arg(inboxId));
    auto centre = ownCentre(m_database);
    if (!centre)
        return centre.error();
    auto keys = unlockKeys(*centre, passphrase);
    if (!keys)
        return keys.error();

    const QString decision =
        item->status == QStringLiteral("received") ? QStringLiteral("delivered") : item->status;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime decidedAt =
        (item->status == QStringLiteral("received") ? now : item->updatedAt).toUTC();
    const QJsonObject content{
        {key("format"), kFormat},
        {key("version"), kContentVersion},
        {key("purpose"), QStringLiteral("receipt")},
        {key("package_id"), item->packageId},
        {key("package_sha256"), item->sha256},
        {key("decision"), decision},
        {key("reason"), item->reason},
        {key("decided_at"), decidedAt.addMSecs(-decidedAt.time().msec()).toString(Qt::ISODate)}};
    PackageManifest manifest;
    manifest.id = Package::newId();
    manifest.purpose = PackagePurpose::Receipt;
    manifest.senderFingerprint = centre->fingerprint;
    manifest.recipientFingerprint = partner->fingerprint;
    manifest.senderName = centre->card.details.name;
    manifest.recipientName = partner->card.details.name;
    manifest.createdAt = now.addMSecs(-now.time().msec());
    auto bytes = Package::seal(manifest, QJsonDocument(content).toJson(QJsonDocument::Compact),
                               *keys, partner->card);
    if (!bytes)
        return bytes.error();
    const QString sha = Package::sha256(*bytes);
    return AuditedWrite(m_database, m_actor).run([&](AuditedWrite& write) -> Result<QByteArray> {
        ExchangeRepository repository(m_database);
        StoredExchangeItem stored;
        stored.direction = kOut;
        stored.packageId = manifest.id;
        stored.sha256 = sha;
        stored.purpose = QStringLiteral("receipt");
        stored.partnerFingerprint = partner->fingerprint;
        stored.partnerName = partner->card.details.name;
        stored.familyId = item->familyId;
        stored.status = QStringLiteral("sent");
        stored.reason = item->reason;
        stored.summary =
            tr("Receipt for package %1: %2").arg(item->packageId, statusLabel(decision));
        stored.packageCreatedAt = manifest.createdAt;
        stored.createdAt = now;
        stored.updatedAt = now;
        stored.createdBy = m_actor.login;
        auto id = repository.insertItem(stored);
        if (!id)
            return id.error();
        auto receiptId = repository.insertReceipt(inboxId, *id, decision, item->reason, decidedAt);
        if (!receiptId)
            return receiptId.error();
        OPIEKA_TRY(write.record(QStringLiteral("exchange.receipt"), QStringLiteral("exchange_item"),
                                *id, {},
                                {{key("package_id"), manifest.id},
                                 {key("sha256"), sha},
                                 {key("receipt_for"), item->packageId},
                                 {key("receipt_for_sha256"), item->sha256},
                                 {key("decision"), decision}}));
        return *bytes;
    });
}

// --- Reading -----------------------------------------------------------------------------------

Result<QList<ExchangeItem>> ExchangeService::list()
{
    OPIEKA_TRY(mayExchange());
    auto stored = ExchangeRepository(m_database).items();
    if (!stored)
        return stored.error();
    QList<qint64> familyIds;
    for (const StoredExchangeItem& s : *stored)
        if (s.familyId)
            familyIds << *s.familyId;
    auto readable = CaseAccess(m_database).readableFamilies(m_actor, familyIds);
    if (!readable)
        return readable.error();
    QList<ExchangeItem> items;
    for (const StoredExchangeItem& s : *stored) {
        const bool visible = s.familyId ? readable->contains(*s.familyId) : s.direction == kIn;
        if (visible || m_actor.role == Role::Manager)
            items << itemOf(s);
    }
    return items;
}

Result<ExchangeItem> ExchangeService::item(qint64 id)
{
    auto all = list();
    if (!all)
        return all.error();
    for (const ExchangeItem& item : *all)
        if (item.id == id)
            return item;
    return badInput(tr("There is no exchange item with id %1 that the account '%2' may see.")
                        .arg(id)
                        .arg(m_actor.login));
}

Result<QList<PartnerPlan>> ExchangeService::partnerPlans(qint64 familyId)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadFamily(m_actor, familyId));
    auto stored = ExchangeRepository(m_database).partnerPlans(familyId);
    if (!stored)
        return stored.error();
    QList<PartnerPlan> plans;
    for (const StoredPartnerPlan& s : *stored) {
        PartnerPlan plan;
        plan.id = s.id;
        plan.partner = s.partnerName;
        plan.partnerFingerprint = s.partnerFingerprint;
        plan.kind = s.kind;
        plan.childName = s.childName;
        plan.version = s.version;
        plan.versionDate = s.versionDate;
        plan.receivedAt = s.receivedAt;
        plan.packageId = s.packageId;
        plan.text = s.text;
        plan.planJson = s.json;
        // A copy erased with a person's data keeps its partner, kind, version and dates.
        if (isErased(QJsonDocument::fromJson(s.json.toUtf8()).object())) {
            plan.text = tr("This plan's text was erased with a person's data (GDPR art. 17).");
            if (plan.kind == QLatin1String("help_plan"))
                plan.childName = tr("a child whose data were erased");
        }
        plans << plan;
    }
    return plans;
}

} // namespace opieka
