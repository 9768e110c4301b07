#include "Contact.h"

#include "EnumNames.h"

#include <QCoreApplication>

namespace opieka {
namespace {
constexpr EnumNames<ContactKind, 8> kKinds{{{
    {ContactKind::HomeVisit, "home_visit"},
    {ContactKind::OfficeMeeting, "office_meeting"},
    {ContactKind::Phone, "phone"},
    {ContactKind::PartnerInstitution, "partner_institution"},
    {ContactKind::FamilyGroupConference, "family_group_conference"},
    {ContactKind::FamilyMediation, "family_mediation"},
    {ContactKind::InterdisciplinaryTeam, "interdisciplinary_team"},
    {ContactKind::SpecialistHelp, "specialist_help"},
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
    switch (kind) {
    case ContactKind::HomeVisit:
        return QCoreApplication::translate("ContactKind", "Home visit");
    case ContactKind::OfficeMeeting:
        return QCoreApplication::translate("ContactKind", "Office meeting");
    case ContactKind::Phone:
        return QCoreApplication::translate("ContactKind", "Phone call");
    case ContactKind::PartnerInstitution:
        return QCoreApplication::translate("ContactKind", "Partner institution");
    case ContactKind::FamilyGroupConference:
        return QCoreApplication::translate("ContactKind", "Family Group Conference");
    case ContactKind::FamilyMediation:
        return QCoreApplication::translate("ContactKind", "Family mediation");
    case ContactKind::InterdisciplinaryTeam:
        return QCoreApplication::translate("ContactKind", "Referral to the interdisciplinary team");
    case ContactKind::SpecialistHelp:
        return QCoreApplication::translate("ContactKind", "Specialist help");
    }
    return {};
}

QStringList contactKindNames()
{
    return kKinds.names();
}

} // namespace opieka
