// placement list|notice: a foster family's placements, and a notice of an emergency intake sent
// after the intake was recorded (art. 58 ust. 3).
#include "ChildCareService.h"
#include "Cli.h"
#include "FosterRegisterService.h"
#include "IsoDate.h"
#include "PastDates.h"
#include "PlacementService.h"

#include <QJsonObject>

namespace opieka::cli {
namespace {
QString noticeNames(const QList<IntakeNotice>& notices)
{
    QStringList names;
    for (IntakeNotice notice : notices)
        names << intakeNoticeName(notice);
    return names.join(QLatin1Char(' '));
}

int listPlacements(Context& c)
{
    const auto fosterFamily = c.args.idOption(QStringLiteral("--foster-family"), true);
    const QString format = formatArgument(c);
    auto session = c.start(QStringLiteral("placement list"));
    if (!session)
        return session.exitCode();
    // An unknown foster family is bad input (exit 2), not an empty list.
    if (auto family = FosterRegisterService(session->signedIn()).familyStatus(*fosterFamily);
        !family)
        return c.fail(family.error());
    auto placements = PlacementService(session->signedIn()).placementsIn(*fosterFamily);
    if (!placements)
        return c.fail(placements.error());
    Listing list{{QStringLiteral("placement_id"), QStringLiteral("child_member_id"),
                  QStringLiteral("child_name"), QStringLiteral("from"), QStringLiteral("to"),
                  QStringLiteral("basis"), QStringLiteral("court_notice_on"),
                  QStringLiteral("starosta_notice_on"), QStringLiteral("home_ops_notice_on"),
                  QStringLiteral("missing_notices")}};
    const QStringList& header = list.header;
    for (const Placement& p : *placements) {
        auto deadlines = ChildCareService(session->signedIn()).deadlines(p.childMemberId);
        if (!deadlines)
            return c.fail(deadlines.error());
        const QString missing = noticeNames(foster_rules::missingIntakeNotices(p));
        const QStringList row{QString::number(p.id),
                              QString::number(p.childMemberId),
                              deadlines->child.displayName(),
                              isoDate(p.from),
                              isoDate(p.to),
                              placementBasisName(p.basis),
                              isoDate(p.emergencyNoticeOn),
                              isoDate(p.starostaNoticeOn),
                              isoDate(p.opsNoticeOn),
                              missing};
        QJsonObject object;
        for (int i = 0; i < header.size(); ++i) // a day not recorded is null, as in `caseload`
            object.insert(header.at(i), row.at(i).isEmpty() && i != header.size() - 1
                                            ? QJsonValue()
                                            : QJsonValue(row.at(i)));
        object.insert(QStringLiteral("placement_id"), p.id);
        object.insert(QStringLiteral("child_member_id"), p.childMemberId);
        list.add(row, object);
    }
    return printList(c, format, list);
}

QString toldMessage(IntakeNotice notice, qint64 placementId, const QDate& on)
{
    switch (notice) {
    case IntakeNotice::Court:
        return Cli::tr("Placement %1: the court was told of the intake on %2.")
            .arg(placementId)
            .arg(localDate(on));
    case IntakeNotice::Starosta:
        return Cli::tr("Placement %1: the starosta was told of the intake on %2.")
            .arg(placementId)
            .arg(localDate(on));
    case IntakeNotice::HomeOps:
        break;
    }
    return Cli::tr("Placement %1: the child's home OPS was told of the intake on %2.")
        .arg(placementId)
        .arg(localDate(on));
}

int recordNotice(Context& c)
{
    const auto placement = c.args.idOption(QStringLiteral("--placement"), true);
    const auto to = c.args.option(QStringLiteral("--to"));
    const auto on = c.args.dateOption(QStringLiteral("--on"));
    std::optional<IntakeNotice> notice;
    if (!to)
        c.args.addError(Cli::tr("--to is required: court, starosta or home_ops."));
    else if (notice = parseIntakeNotice(*to); !notice)
        c.args.addError(Cli::tr("--to takes court, starosta or home_ops, not '%1'.").arg(*to));
    auto session = c.start(QStringLiteral("placement notice"));
    if (!session)
        return session.exitCode();
    const QDate day = on.value_or(QDate::currentDate());
    if (Status s =
            PlacementService(session->signedIn()).recordIntakeNotice(*placement, *notice, day);
        !s)
        return c.fail(s.error());
    c.out << toldMessage(*notice, *placement, day) << Qt::endl;
    return Done;
}
} // namespace

int runPlacement(Context& c)
{
    return runAction(
        c, QStringLiteral("placement"),
        {{QLatin1String("list"), listPlacements}, {QLatin1String("notice"), recordNotice}},
        Cli::tr("'placement %1' is not a command; use 'placement "
                "list' or 'placement notice'."),
        Cli::tr("Use 'placement list' or 'placement notice'."));
}

} // namespace opieka::cli
