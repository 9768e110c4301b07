#pragma once

#include <QString>
#include <optional>

namespace opieka {

// What an assignment points at: a family (rodzina / środowisko) or a foster family
// (rodzina zastępcza or rodzinny dom dziecka).
enum class CaseKind
{
    Family,
    FosterFamily,
};

QString caseKindName(CaseKind kind);
std::optional<CaseKind> parseCaseKind(const QString& text);

// A case as assignments see it.
struct CaseRef
{
    CaseKind kind = CaseKind::Family;
    qint64 id = 0;
    friend bool operator==(const CaseRef&, const CaseRef&) = default;
};

} // namespace opieka
