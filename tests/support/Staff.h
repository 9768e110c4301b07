#pragma once

#include "Role.h"

#include <QByteArray>
#include <initializer_list>

namespace opieka::test {

// One worker of a test's centre, full-time, as the workers' CSV import takes it.
struct StaffMember
{
    const char* firstName;
    const char* lastName;
    Role role;
    const char* unit = nullptr; // none
};

// The synthetic people most tests share, in the roles they usually have.
namespace staff {
inline constexpr StaffMember cezary{"Cezary", "Przykładowy", Role::SocialWorker};
inline constexpr StaffMember dorota{"Dorota", "Wzorcowa", Role::SocialWorker};
inline constexpr StaffMember anna{"Anna", "Testowa", Role::FamilyAssistant};
inline constexpr StaffMember beata{"Beata", "Próbna", Role::FamilyAssistant};
inline constexpr StaffMember ewa{"Ewa", "Próbna", Role::FosterCareCoordinator};
} // namespace staff

// The workers' CSV, header included: ids 1, 2, ... in the order given; the unit column only when
// one of them has a unit.
QByteArray workersCsv(std::initializer_list<StaffMember> workers);

} // namespace opieka::test
