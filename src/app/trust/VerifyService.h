#pragma once

#include "Audit.h"
#include "Result.h"
#include "User.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace opieka {

class Database;

// What 'opieka-cli verify' found: the database file's own check and the audit chain.
struct VerifyReport
{
    QString integrityProblems; // empty: the file passed SQLite's integrity check
    bool fileChecked = true;   // false on PostgreSQL: the server keeps its own files sound
    AuditChainCheck chain;
    // The database file's permission bits when accounts other than its owner may read or write
    // it (group or others); a warning, not a failure (SECURITY.md).
    std::optional<int> exposedMode;
    QString file;

    bool ok() const { return integrityProblems.isEmpty() && chain.intact(); }
};

// Checks that the database file is sound and that no audit record was edited or deleted.
class VerifyService
{
    Q_DECLARE_TR_FUNCTIONS(VerifyService)

public:
    explicit VerifyService(Database& database)
        : m_database(database)
    {}

    Result<VerifyReport> verify();
    // One line per finding, in the user's language.
    static QStringList describe(const VerifyReport& report);
    // What is not a failure but should be put right: a database file others can read.
    static QStringList warnings(const VerifyReport& report);

private:
    static QStringList anchorLines(const AuditChainCheck& chain);

    Database& m_database;
};

} // namespace opieka
