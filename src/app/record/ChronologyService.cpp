#include "ChronologyService.h"

#include "AssessmentRepository.h"
#include "AssignmentRepository.h"
#include "CaseAccess.h"
#include "ContactRepository.h"
#include "Database.h"
#include "FamilyHistoryRepository.h"
#include "IsoDate.h"
#include "Lookup.h"
#include "WorkPlanRepository.h"
#include "WorkerRepository.h"

#include <QHash>

namespace opieka {
namespace {
QString workerLabel(const QHash<qint64, Worker>& workers, qint64 id)
{
    const auto it = workers.constFind(id);
    if (it == workers.constEnd())
        return ChronologyService::tr("worker %1").arg(id);
    return ChronologyService::tr("%1 (%2)").arg(it->displayName(), roleLabel(it->role));
}
} // namespace

Result<QList<ChronologyEntry>> ChronologyService::forFamily(qint64 familyId,
                                                            const QSet<ChronologyKind>& kinds,
                                                            const DateText& date)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadFamily(m_actor, familyId));
    auto family = Lookup::family(m_database, familyId);
    if (!family)
        return family.error();
    const Family& f = *family;
    auto wanted = [&](ChronologyKind kind) { return kinds.isEmpty() || kinds.contains(kind); };
    QList<ChronologyEntry> entries;

    if (wanted(ChronologyKind::CaseOpened))
        entries << ChronologyEntry{f.openedOn,        std::nullopt, ChronologyKind::CaseOpened,
                                   tr("Case opened"), QString(),    f.id};
    if (f.closedOn && wanted(ChronologyKind::CaseClosed))
        entries << ChronologyEntry{*f.closedOn,       std::nullopt,  ChronologyKind::CaseClosed,
                                   tr("Case closed"), f.closeReason, f.id};

    auto byId = WorkerRepository(m_database).byId();
    if (!byId)
        return byId.error();
    const QHash<qint64, Worker>& workers = *byId;

    if (wanted(ChronologyKind::Contact)) {
        auto contacts = ContactRepository(m_database).forFamily(familyId);
        if (!contacts)
            return contacts.error();
        for (const Contact& c : *contacts) {
            QString detail = c.notes;
            if (!c.present.isEmpty())
                detail = tr("Present: %1").arg(c.present) + QLatin1Char('\n') + detail;
            if (!c.nextStep.isEmpty())
                detail += QLatin1Char('\n') +
                          (c.nextStepDue
                               ? tr("Next step: %1 (by %2)").arg(c.nextStep, date(*c.nextStepDue))
                               : tr("Next step: %1").arg(c.nextStep));
            entries << ChronologyEntry{c.date,
                                       c.time,
                                       ChronologyKind::Contact,
                                       contactKindLabel(c.kind) + QStringLiteral(" — ") +
                                           workerLabel(workers, c.workerId),
                                       detail.trimmed(),
                                       c.id};
        }
    }
    FamilyHistoryRepository history(m_database);
    if (wanted(ChronologyKind::CategoryChange)) {
        auto changes = history.categoryChanges(familyId);
        if (!changes)
            return changes.error();
        for (const CategoryChangeRow& c : *changes)
            if (c.from)
                entries << ChronologyEntry{
                    c.changedOn,
                    std::nullopt,
                    ChronologyKind::CategoryChange,
                    tr("Category: %1 → %2")
                        .arg(needCategoryLabel(*c.from), needCategoryLabel(c.to)),
                    QString(),
                    c.id};
    }
    if (wanted(ChronologyKind::Assignment)) {
        auto assignments = AssignmentRepository(m_database).forCase({CaseKind::Family, familyId});
        if (!assignments)
            return assignments.error();
        auto links = history.teamLinks(familyId);
        if (!links)
            return links.error();
        QList<std::tuple<qint64, QDate, std::optional<QDate>, qint64>> periods;
        for (const Assignment& a : *assignments)
            periods << std::make_tuple(a.workerId, a.from, a.to, a.id);
        for (const TeamLinkRow& l : *links)
            periods << std::make_tuple(l.workerId, l.from, l.to, l.id);
        for (const auto& [workerId, from, to, id] : periods) {
            entries << ChronologyEntry{
                from,
                std::nullopt,
                ChronologyKind::Assignment,
                tr("Joined the team: %1").arg(workerLabel(workers, workerId)),
                QString(),
                id};
            if (to)
                entries << ChronologyEntry{
                    *to,
                    std::nullopt,
                    ChronologyKind::Assignment,
                    tr("Left the team: %1").arg(workerLabel(workers, workerId)),
                    QString(),
                    id};
        }
    }
    if (wanted(ChronologyKind::BlueCard)) {
        auto cards = history.blueCards(familyId);
        if (!cards)
            return cards.error();
        for (const BlueCardRow& b : *cards) {
            entries << ChronologyEntry{b.startedOn,
                                       std::nullopt,
                                       ChronologyKind::BlueCard,
                                       tr("Niebieska Karta procedure started"),
                                       QString(),
                                       b.id};
            if (b.endedOn)
                entries << ChronologyEntry{*b.endedOn,
                                           std::nullopt,
                                           ChronologyKind::BlueCard,
                                           tr("Niebieska Karta procedure ended"),
                                           QString(),
                                           b.id};
        }
    }
    if (wanted(ChronologyKind::Plan)) {
        auto plans = WorkPlanRepository(m_database).forFamily(familyId);
        if (!plans)
            return plans.error();
        for (const WorkPlan& p : *plans) {
            entries << ChronologyEntry{
                p.createdOn,          std::nullopt,
                ChronologyKind::Plan, tr("Work plan version %1 drafted").arg(p.version),
                p.participants,       p.id};
            if (p.agreedOn)
                entries << ChronologyEntry{
                    *p.agreedOn,
                    std::nullopt,
                    ChronologyKind::Plan,
                    tr("Work plan version %1 agreed with the family").arg(p.version),
                    tr("%n goal(s)", nullptr, static_cast<int>(p.goals.size())),
                    p.id};
            if (p.closedOn)
                entries << ChronologyEntry{*p.closedOn,
                                           std::nullopt,
                                           ChronologyKind::Plan,
                                           tr("Work plan version %1 closed").arg(p.version),
                                           QString(),
                                           p.id};
        }
        auto assessments = AssessmentRepository(m_database).forFamily(familyId);
        if (!assessments)
            return assessments.error();
        for (const FamilyAssessment& a : *assessments)
            entries << ChronologyEntry{
                a.assessedOn,         std::nullopt,
                ChronologyKind::Plan, tr("Assessment of the family's situation"),
                a.findings,           a.id};
    }
    sortNewestFirst(entries);
    return entries;
}

Result<QString> ChronologyService::printableHtml(qint64 familyId, const DateText& date,
                                                 const QSet<ChronologyKind>& kinds)
{
    OPIEKA_TRY(CaseAccess(m_database).mayReadFamily(m_actor, familyId));
    auto family = Lookup::family(m_database, familyId);
    if (!family)
        return family.error();
    auto entries = forFamily(familyId, kinds, date);
    if (!entries)
        return entries.error();
    const Family& f = *family;
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body>");
    html += QStringLiteral("<h2>%1</h2>")
                .arg(tr("Chronology of the case: %1").arg(f.name.toHtmlEscaped()));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Case number: %1 · Municipality: %2 · Opened: %3 · Printed: %4")
                         .arg(f.caseNumber.toHtmlEscaped(), f.municipality.toHtmlEscaped(),
                              date(f.openedOn), date(QDate::currentDate())));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                           "<thead><tr><th>%1</th><th>%2</th><th>%3</th></tr></thead><tbody>")
                .arg(tr("Date"), tr("Event"), tr("Details"));
    for (const ChronologyEntry& e : *entries) {
        QString when = date(e.date);
        if (e.time)
            when += QLatin1Char(' ') + e.time->toString(QStringLiteral("HH:mm"));
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                .arg(when, e.title.toHtmlEscaped(),
                     e.detail.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    html += QStringLiteral("</tbody></table></body></html>");
    return html;
}

} // namespace opieka
