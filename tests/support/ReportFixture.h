#pragma once

#include "TestWorkspace.h"

#include <QDate>

namespace opieka::test {

// A small centre whose report figures are counted by hand
// (tests/app/reports/ReportFiguresTest.cpp):
//   1 Anna Testowa      social worker  FTE 1    Zespół A  families 1-45  (Aleksandrów)
//   2 Bożena Próbna     social worker  FTE 1    Zespół B  families 46-95 (Brzeziny)
//   3 Celina Wzorowa    social worker  FTE 0.5  Zespół A  families 96-121 (Aleksandrów)
//   4 Dorota Przykładna assistant      FTE 1    Asystenci families 1-20, and 21 from 2025-06-01
//                                                         with a manager's override
//   5 Edyta Fikcyjna    coordinator    FTE 1    Piecza    foster families 1-12 (Piotrków)
// The social workers' limit is 50 (prorated) until 2025-12-31 and 40 from 2026-01-01.
void loadReportFixture(TestWorkspace& ws);

inline QDate beforeRuleChange()
{
    return {2025, 12, 31};
}
inline QDate afterRuleChange()
{
    return {2026, 1, 2};
}

} // namespace opieka::test
