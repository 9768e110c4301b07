#include "FosterLabels.h"

namespace opieka::ui {

QString FosterLabels::kind(FosterFamilyKind kind)
{
    switch (kind) {
    case FosterFamilyKind::Kinship:
        return tr("Kinship foster family");
    case FosterFamilyKind::NonProfessional:
        return tr("Non-professional foster family");
    case FosterFamilyKind::Professional:
        return tr("Professional foster family");
    case FosterFamilyKind::Emergency:
        return tr("Emergency foster family");
    case FosterFamilyKind::Specialised:
        return tr("Specialised foster family");
    case FosterFamilyKind::FamilyHome:
        return tr("Family children's home");
    }
    return fosterFamilyKindName(kind);
}

QString FosterLabels::shortKind(FosterFamilyKind kind)
{
    switch (kind) {
    case FosterFamilyKind::Kinship:
        return tr("kinship");
    case FosterFamilyKind::NonProfessional:
        return tr("non-professional");
    case FosterFamilyKind::Professional:
        return tr("professional");
    case FosterFamilyKind::Emergency:
        return tr("emergency");
    case FosterFamilyKind::Specialised:
        return tr("specialised");
    case FosterFamilyKind::FamilyHome:
        return tr("family children's home");
    }
    return fosterFamilyKindName(kind);
}

QString FosterLabels::basis(PlacementBasis basis)
{
    switch (basis) {
    case PlacementBasis::CourtOrder:
        return tr("Court order");
    case PlacementBasis::Emergency:
        return tr("Emergency placement");
    }
    return placementBasisName(basis);
}

QString FosterLabels::endReason(PlacementEnd end)
{
    switch (end) {
    case PlacementEnd::ReturnHome:
        return tr("Return home");
    case PlacementEnd::Adoption:
        return tr("Adoption");
    case PlacementEnd::AnotherPlacement:
        return tr("Another placement");
    case PlacementEnd::LeavingCare:
        return tr("Leaving care");
    case PlacementEnd::ComingOfAge:
        return tr("Coming of age");
    }
    return placementEndName(end);
}

QString FosterLabels::decision(ReviewDecision decision)
{
    switch (decision) {
    case ReviewDecision::Continue:
        return tr("Continue the placement");
    case ReviewDecision::ReturnHome:
        return tr("Prepare the return home");
    case ReviewDecision::ChangePlacement:
        return tr("Change the placement");
    case ReviewDecision::ReportForAdoption:
        return tr("Report for adoption");
    }
    return reviewDecisionName(decision);
}

QStringList FosterLabels::teamRoles()
{
    return {QStringLiteral("foster_family"),    QStringLiteral("coordinator"),
            QStringLiteral("psychologist"),     QStringLiteral("pedagogue"),
            QStringLiteral("family_assistant"), QStringLiteral("social_worker"),
            QStringLiteral("adoption_centre"),  QStringLiteral("parents")};
}

QString FosterLabels::teamRole(const QString& key)
{
    if (key == QLatin1String("foster_family"))
        return tr("Foster family");
    if (key == QLatin1String("coordinator"))
        return tr("Coordinator");
    if (key == QLatin1String("psychologist"))
        return tr("Psychologist");
    if (key == QLatin1String("pedagogue"))
        return tr("Pedagogue");
    if (key == QLatin1String("family_assistant"))
        return tr("Family assistant");
    if (key == QLatin1String("social_worker"))
        return tr("Social worker");
    if (key == QLatin1String("adoption_centre"))
        return tr("Adoption centre");
    if (key == QLatin1String("parents"))
        return tr("Parents");
    return key;
}

QString FosterLabels::itemKind(CoordinatorItem::Kind kind)
{
    switch (kind) {
    case CoordinatorItem::Kind::ChildReview:
        return tr("Child's review");
    case CoordinatorItem::Kind::FosterAssessment:
        return tr("Foster family assessment");
    case CoordinatorItem::Kind::HealthCertificate:
        return tr("Health certificate");
    case CoordinatorItem::Kind::PsychologistOpinion:
        return tr("Psychologist's opinion");
    case CoordinatorItem::Kind::EmergencyStay:
        return tr("Emergency stay ends");
    case CoordinatorItem::Kind::AdoptionReport:
        return tr("Report to an adoption centre");
    case CoordinatorItem::Kind::IndependenceGuardian:
        return tr("Guardian of independence");
    case CoordinatorItem::Kind::IndependenceProgramme:
        return tr("Leaving-care programme");
    case CoordinatorItem::Kind::CourtNotice:
        return tr("Tell the court of the intake");
    case CoordinatorItem::Kind::StarostaNotice:
        return tr("Tell the starosta of the intake");
    case CoordinatorItem::Kind::HomeOpsNotice:
        return tr("Tell the child's home OPS of the intake");
    }
    return coordinatorItemName(kind);
}

QString FosterLabels::intakeNotice(IntakeNotice notice)
{
    switch (notice) {
    case IntakeNotice::Court:
        return tr("The court");
    case IntakeNotice::Starosta:
        return tr("The starosta");
    case IntakeNotice::HomeOps:
        return tr("The child's home OPS");
    }
    return intakeNoticeName(notice);
}

QString FosterLabels::intakeNoticeDue(IntakeNotice notice, const QString& due)
{
    switch (notice) {
    case IntakeNotice::Court:
        return tr("tell the court of the intake by %1").arg(due);
    case IntakeNotice::Starosta:
        return tr("tell the starosta of the intake by %1").arg(due);
    case IntakeNotice::HomeOps:
        return tr("tell the child's home OPS of the intake by %1").arg(due);
    }
    return intakeNoticeName(notice);
}

} // namespace opieka::ui
