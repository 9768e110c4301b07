#pragma once

#include "Package.h"
#include "Result.h"
#include "Session.h"
#include "User.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace opieka {

class Database;

// The centre's settings kept in the database (so every workstation of a shared database sees the
// same): the centre's name on printed documents, the assessment interval, the residents of its
// area and the legal basis its packages to partner centres name (issue 22, docs/law.md).
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)

public:
    explicit SettingsService(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    // The family assistant assesses the family's situation at least every six months
    // (u.w.r.s.p.z. art. 15 ust. 1): a centre may choose a shorter interval, never a longer one.
    static constexpr int kMaxAssessmentIntervalMonths = 6;

    Result<QString> centreName();
    Result<int> assessmentIntervalMonths(); // default 6, never more
    Status setCentreName(const QString& name);
    Status setAssessmentIntervalMonths(int months);
    // The residents of the centre's area (liczba mieszkańców), for the norm of art. 110 ust. 11
    // u.p.s.; none until the centre records it.
    Result<std::optional<int>> residents();
    Status setResidents(int residents);
    static constexpr int kMaxResidents = 100000000;

    // The largest document a case may have attached, in MB (a centre setting: the statute sets
    // none; docs/law.md): 30 until the centre records its own, from 1 to 100 (DocumentService).
    Result<int> documentMaxMb();
    Status setDocumentMaxMb(int megabytes);
    static constexpr int kDefaultDocumentMaxMb = 30;
    static constexpr int kHardDocumentMaxMb = 100;

    // The legal basis a package to a partner centre names for `purpose` (referral, plan,
    // transfer): the centre's setting, or defaultLegalBasis(purpose) until the centre records its
    // own. The sender may still change it for one package (SendRequest::legalBasis).
    Result<QString> legalBasis(PackagePurpose purpose);
    // Records the centre's legal basis for `purpose` (managers and administrators, audited as
    // every setting); an empty text goes back to the default. A receipt names none: bad input.
    Status setLegalBasis(PackagePurpose purpose, const QString& text);
    // What the program proposes until the centre confirms or changes it (docs/law.md): for a
    // referral and a plan, the family assistant's cooperation with government and
    // local-government bodies (u.w.r.s.p.z. art. 15); for a transfer, local competence by the
    // place of residence (u.p.s. art. 101). Empty for a receipt.
    static QString defaultLegalBasis(PackagePurpose purpose);
    // Whether `text` can be a package's legal basis: one line (no control characters), at most
    // kMaxLegalBasisLength characters, as a package's manifest carries it.
    static Status checkLegalBasis(const QString& text);
    static constexpr int kMaxLegalBasisLength = 1000;
    // The settings' keys (`opieka-cli settings set KEY`): legal_basis_referral, _plan, _transfer.
    static QString legalBasisKey(PackagePurpose purpose);

private:
    Status set(const QString& key, const QString& value);

    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
