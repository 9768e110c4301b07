#include "Contact.h"

#include "EnumNames.h"

#include <QCoreApplication>

namespace opieka {
namespace {
constexpr EnumNames<ContactKind, 8> kKinds{
    "ContactKind",
    {{
        {ContactKind::HomeVisit, "home_visit", QT_TRANSLATE_NOOP("ContactKind", "Home visit")},
        {ContactKind::OfficeMeeting, "office_meeting",
         QT_TRANSLATE_NOOP("ContactKind", "Office meeting")},
        {ContactKind::Phone, "phone", QT_TRANSLATE_NOOP("ContactKind", "Phone call")},
        {ContactKind::PartnerInstitution, "partner_institution",
         QT_TRANSLATE_NOOP("ContactKind", "Partner institution")},
        {ContactKind::FamilyGroupConference, "family_group_conference",
         QT_TRANSLATE_NOOP("ContactKind", "Family Group Conference")},
        {ContactKind::FamilyMediation, "family_mediation",
         QT_TRANSLATE_NOOP("ContactKind", "Family mediation")},
        {ContactKind::InterdisciplinaryTeam, "interdisciplinary_team",
         QT_TRANSLATE_NOOP("ContactKind", "Referral to the interdisciplinary team")},
        {ContactKind::SpecialistHelp, "specialist_help",
         QT_TRANSLATE_NOOP("ContactKind", "Specialist help")},
    }}};
} // namespace

QString contactKindName(ContactKind kind)
{
    return kKinds.name(kind);
}
std::optional<ContactKind> parseContactKind(const QString& text)
{
    return kKinds.parse(text.trimmed().toLower());
}
QString contactKindLabel(ContactKind kind)
{
    return kKinds.label(kind);
}

QStringList contactKindNames()
{
    return kKinds.names();
}

} // namespace opieka
