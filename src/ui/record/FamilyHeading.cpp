#include "FamilyHeading.h"

#include "DirectoryService.h"

namespace opieka::ui {

QString FamilyHeading::text(const Session& session, qint64 familyId)
{
    auto family = DirectoryService(session).family(familyId);
    if (!family || !*family)
        return {};
    return tr("<b>%1</b> %2")
        .arg((*family)->name.toHtmlEscaped(), (*family)->caseNumber.toHtmlEscaped());
}

} // namespace opieka::ui
