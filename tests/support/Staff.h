#pragma once

#include "Role.h"

#include <QByteArray>
#include <QtGlobal>
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

// A worker with the id (and FTE) the test gives it.
struct WorkerRow
{
    qint64 id;
    const char* firstName;
    const char* lastName;
    Role role;
    double fte = 1.0;
    const char* unit = nullptr; // none
};

// The workers' CSV, header included: ids 1, 2, ... in the order given; the unit column only when
// one of them has a unit.
QByteArray workersCsv(std::initializer_list<StaffMember> workers);
// The same with the ids and FTEs given.
QByteArray numberedWorkersCsv(std::initializer_list<WorkerRow> workers);

} // namespace opieka::test
