// erase-member: a person's data erased on a GDPR request (docs/data-protection.md).
#include "Cli.h"
#include "MemberService.h"

namespace opieka::cli {

int runEraseMember(Context& c)
{
    const auto member = c.args.idOption(QStringLiteral("--member"), true);
    const auto reason = c.args.option(QStringLiteral("--reason"));
    if (!reason || reason->trimmed().isEmpty())
        c.args.addError(Cli::tr("--reason is required: say why (e.g. the request's reference)."));
    auto session = c.start(QStringLiteral("erase-member"));
    if (!session)
        return session.exitCode();
    auto blanked = MemberService(session->signedIn()).erase(*member, *reason);
    if (!blanked)
        return c.fail(blanked.error());
    c.out << Cli::tr("Member %1 erased; %n audit record(s) about them keep only who, when and "
                     "what kind of change.",
                     nullptr, *blanked)
                 .arg(*member)
          << Qt::endl;
    return Done;
}

} // namespace opieka::cli
