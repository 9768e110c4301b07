#include "PastDates.h"

#include <QLocale>
#include <QRegularExpression>

namespace opieka {

QString localDateFormat()
{
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return QStringLiteral("yyyy-MM-dd");
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // Some locales write two digits of the year ("M/d/yy"); a case file spans generations.
    static const QRegularExpression year(QStringLiteral("y+"));
    format.replace(year, QStringLiteral("yyyy"));
    // Day and month with two digits, so that columns of dates line up.
    static const QRegularExpression day(QStringLiteral("(?<![d])d(?![d])"));
    static const QRegularExpression month(QStringLiteral("(?<![M])M(?![M])"));
    format.replace(day, QStringLiteral("dd"));
    format.replace(month, QStringLiteral("MM"));
    return format;
}

QString localDate(const QDate& date)
{
    return date.isValid() ? date.toString(localDateFormat()) : QString();
}

QString localDate(const std::optional<QDate>& date)
{
    return date ? localDate(*date) : QString();
}

Status PastDates::notAfterToday(PastEvent what, const QDate& day, const QDate& today)
{
    if (!day.isValid() || day <= today)
        return {};
    return refused(futureMessage(what, day));
}

QString PastDates::futureMessage(PastEvent what, const QDate& day)
{
    QString text;
    switch (what) {
    case PastEvent::CaseOpened:
        text = tr("The case cannot be opened on a day that has not come yet: %1.");
        break;
    case PastEvent::CaseClosed:
        text = tr("The case cannot be closed on a day that has not come yet: %1.");
        break;
    case PastEvent::CategoryChanged:
        text = tr("The family's category cannot change on a day that has not come yet: %1.");
        break;
    case PastEvent::BlueCardStarted:
        text = tr("The Niebieska Karta procedure cannot start on a day that has not come yet: %1.");
        break;
    case PastEvent::BlueCardEnded:
        text = tr("The Niebieska Karta procedure cannot end on a day that has not come yet: %1.");
        break;
    case PastEvent::PlanDrafted:
    case PastEvent::PlanVersionDrafted:
        text = tr("The plan cannot be drafted on a day that has not come yet: %1.");
        break;
    case PastEvent::PlanAgreed:
        text = tr("The plan cannot be agreed on a day that has not come yet: %1.");
        break;
    case PastEvent::PlanClosed:
        text = tr("The plan cannot be closed on a day that has not come yet: %1.");
        break;
    case PastEvent::Contact:
        text = tr("A contact cannot be logged for a day that has not come yet: %1. Log it once "
                  "it has taken place.");
        break;
    case PastEvent::Birth:
        text = tr("The birth date cannot be a day that has not come yet: %1.");
        break;
    case PastEvent::FamilyAssessment:
    case PastEvent::FosterAssessment:
        text = tr("An assessment cannot be recorded for a day that has not come yet: %1.");
        break;
    case PastEvent::FosterFamilyRegistered:
        text = tr("The foster family cannot be registered from a day that has not come yet: %1.");
        break;
    case PastEvent::FosterFamilyQualified:
        text = tr("The qualification cannot be dated on a day that has not come yet: %1.");
        break;
    case PastEvent::HealthCertificate:
        text = tr("The health certificate cannot be presented on a day that has not come yet: "
                  "%1.");
        break;
    case PastEvent::PsychologistOpinion:
        text = tr("The psychologist's opinion cannot be presented on a day that has not come "
                  "yet: %1.");
        break;
    case PastEvent::PlacementStarted:
        text = tr("A placement cannot be recorded from a day that has not come yet: %1. Record "
                  "it on the day the child comes.");
        break;
    case PastEvent::PlacementEnded:
        text = tr("A placement cannot be ended on a day that has not come yet: %1.");
        break;
    case PastEvent::CourtOrder:
        text = tr("The court order cannot be dated on a day that has not come yet: %1.");
        break;
    case PastEvent::CourtNotified:
        text = tr("The court cannot have been notified on a day that has not come yet: %1.");
        break;
    case PastEvent::ChildReview:
        text = tr("A review cannot be recorded for a day that has not come yet: %1.");
        break;
    case PastEvent::LegalSituationSettled:
        text = tr("The legal situation cannot be settled on a day that has not come yet: %1.");
        break;
    case PastEvent::ReportedForAdoption:
        text = tr("The child cannot be reported to an adoption centre on a day that has not come "
                  "yet: %1.");
        break;
    case PastEvent::GuardianChosen:
        text = tr("The guardian of independence cannot be chosen on a day that has not come "
                  "yet: %1.");
        break;
    case PastEvent::ProgrammeReady:
        text = tr("The leaving-care programme cannot be ready on a day that has not come yet: "
                  "%1.");
        break;
    case PastEvent::IntakeNotified:
        text = tr("The intake cannot have been told of on a day that has not come yet: %1.");
        break;
    case PastEvent::ExtensionConsent:
        text = tr("The consent to extend the stay cannot be given on a day that has not come "
                  "yet: %1.");
        break;
    case PastEvent::CourtProceedingsEnded:
        text = tr("The court's proceedings cannot have ended on a day that has not come yet: "
                  "%1.");
        break;
    }
    return text.arg(localDate(day));
}

} // namespace opieka
