// settings: the centre's settings kept in the database (SettingsService).
#include "Cli.h"
#include "SettingsService.h"

namespace opieka::cli {
namespace {
// The purposes whose legal basis is a centre setting, in the order `settings show` prints them.
const QList<PackagePurpose> kLegalBasisPurposes{PackagePurpose::Referral, PackagePurpose::Plan,
                                                PackagePurpose::Transfer};

int showSettings(Context& c)
{
    auto session = c.start(QStringLiteral("settings show"));
    if (!session)
        return session.exitCode();
    SettingsService settings(session->signedIn());
    auto name = settings.centreName();
    if (!name)
        return c.fail(name.error());
    auto residents = settings.residents();
    if (!residents)
        return c.fail(residents.error());
    auto documentMaxMb = settings.documentMaxMb();
    if (!documentMaxMb)
        return c.fail(documentMaxMb.error());
    // key=value lines; a setting the centre has not recorded is empty, never 0.
    c.out << QStringLiteral("centre_name=") << *name << Qt::endl
          << QStringLiteral("residents=") << (*residents ? QString::number(**residents) : QString())
          << Qt::endl
          << QStringLiteral("document_max_mb=") << *documentMaxMb << Qt::endl;
    // The legal basis packages name: the centre's text, or the program's proposal.
    for (PackagePurpose purpose : kLegalBasisPurposes) {
        auto basis = settings.legalBasis(purpose);
        if (!basis)
            return c.fail(basis.error());
        c.out << SettingsService::legalBasisKey(purpose) << QLatin1Char('=') << *basis << Qt::endl;
    }
    return Done;
}

// Whether `key` names a purpose's legal basis; that purpose in `purpose`.
bool isLegalBasisKey(const QString& key, PackagePurpose& purpose)
{
    for (PackagePurpose each : kLegalBasisPurposes)
        if (key == SettingsService::legalBasisKey(each)) {
            purpose = each;
            return true;
        }
    return false;
}

int setSetting(Context& c)
{
    const auto key = c.args.positional();
    const auto value = c.args.positional();
    PackagePurpose purpose = PackagePurpose::Referral;
    const bool legalBasis = key && isLegalBasisKey(*key, purpose);
    const bool documentLimit = key && *key == QLatin1String("document_max_mb");
    if (!key || !value)
        c.args.addError(Cli::tr("Use 'settings set residents N', 'settings set document_max_mb N' "
                                "or 'settings set "
                                "legal_basis_referral|legal_basis_plan|legal_basis_transfer "
                                "TEXT'."));
    else if (*key != QLatin1String("residents") && !legalBasis && !documentLimit)
        c.args.addError(Cli::tr("'%1' is not a setting this command sets; use 'residents', "
                                "'document_max_mb', 'legal_basis_referral', 'legal_basis_plan' or "
                                "'legal_basis_transfer'.")
                            .arg(*key));
    bool number = false;
    const int whole = value ? value->toInt(&number) : 0; // residents or MB
    if (documentLimit && value &&
        (!number || whole < 1 || whole > SettingsService::kHardDocumentMaxMb))
        c.args.addError(Cli::tr("document_max_mb takes a whole number of MB from 1 to %1, not "
                                "'%2'.")
                            .arg(SettingsService::kHardDocumentMaxMb)
                            .arg(*value));
    if (key && value && *key == QLatin1String("residents") &&
        (!number || whole < 1 || whole > SettingsService::kMaxResidents))
        c.args.addError(Cli::tr("residents takes a whole number from 1 to %1, not '%2'.")
                            .arg(SettingsService::kMaxResidents)
                            .arg(*value));
    auto session = c.start(QStringLiteral("settings set"));
    if (!session)
        return session.exitCode();
    SettingsService settings(session->signedIn());
    if (legalBasis) {
        if (Status s = settings.setLegalBasis(purpose, *value); !s)
            return c.fail(s.error());
        auto basis = settings.legalBasis(purpose);
        if (!basis)
            return c.fail(basis.error());
        c.out << Cli::tr("The legal basis packages of purpose '%1' name: %2")
                     .arg(packagePurposeName(purpose), *basis)
              << Qt::endl;
        return Done;
    }
    if (documentLimit) {
        if (Status s = settings.setDocumentMaxMb(whole); !s)
            return c.fail(s.error());
        c.out << Cli::tr("The largest document the centre accepts: %1 MB.").arg(whole) << Qt::endl;
        return Done;
    }
    if (Status s = settings.setResidents(whole); !s)
        return c.fail(s.error());
    c.out << Cli::tr("The centre's residents: %1.").arg(whole) << Qt::endl;
    return Done;
}
} // namespace

int runSettings(Context& c)
{
    return runAction(c, QStringLiteral("settings"),
                     {{QLatin1String("show"), showSettings}, {QLatin1String("set"), setSetting}},
                     Cli::tr("'settings %1' is not a command; use 'settings "
                             "show' or 'settings set'."),
                     Cli::tr("Use 'settings show' or 'settings set'."));
}

} // namespace opieka::cli
