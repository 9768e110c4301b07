#include "FamilyHeading.h"

#include "DirectoryService.h"
#include "Workspace.h"

namespace opieka::ui {

QString FamilyHeading::text(Workspace& workspace, const User& actor, qint64 familyId)
{
    auto family = DirectoryService(Session(workspace.database(), actor)).family(familyId);
    if (!family || !*family)
        return {};
    return tr("<b>%1</b> %2")
        .arg((*family)->name.toHtmlEscaped(), (*family)->caseNumber.toHtmlEscaped());
}

} // namespace opieka::ui
