#pragma once

#include "Arguments.h"
#include "Result.h"
#include "Session.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <initializer_list>
#include <memory>
#include <optional>

namespace opieka::cli {

// Exit codes, a contract with scripts (docs/cli.md).
enum ExitCode : int
{
    Done = 0,
    Refused = 1,  // a rule said no: over the limit, not allowed
    BadInput = 2, // bad input or usage
    StorageFailure = 3,
    Busy = 4, // another change (an import) held the write lock longer than the wait: try again
    ConflictsLeft = 4, // field sync: applied what it could, conflicts wait for field resolve
};

int exitCodeFor(const Error& error);

// What every command gets: its arguments, the database location, the acting login, the streams.
struct Context
{
    Arguments& args;
    QString databasePath;
    QString login; // empty: the first administrator (until sign-in, issue 7)
    QTextStream& out;
    QTextStream& err;

    // An open database and the account acting on it.
    struct Session
    {
        std::unique_ptr<Workspace> workspace;
        User actor;
        Database& database() { return workspace->database(); }
        // The workspace signed in as the acting account: what a service is made from
        // (`FamilyService(session->signedIn())`).
        opieka::Session signedIn() const { return opieka::Session(workspace->database(), actor); }
        // What the account may do, asked as the window asks it (opieka::Session).
        Status may(Capability capability) const
        {
            return opieka::Session(workspace->database(), actor).may(capability);
        }
    };

    // A command under way: its session, or the exit code it stopped with (its message printed);
    // made from either, so that start() returns either as it is.
    class Started
    {
    public:
        Started(Session session)
            : m_session(std::move(session))
        {}
        Started(int exitCode)
            : m_exitCode(exitCode)
        {}
        explicit operator bool() const { return m_session.has_value(); }
        Session* operator->() { return &*m_session; }
        Session& operator*() { return *m_session; }
        int exitCode() const { return m_exitCode; }

    private:
        std::optional<Session> m_session;
        int m_exitCode = Done;
    };

    // How a command that changes or reads the data starts once its words are read: the words
    // left over are a usage error (which names the command's first word: 'user' for 'user add'),
    // then signedIn().
    Started start(const QString& command, std::optional<Capability> needs = std::nullopt);
    // The database opened and the acting account signed in, and, where given, allowed `needs`;
    // a failure or refusal is printed and its exit code kept.
    Started signedIn(std::optional<Capability> needs = std::nullopt) const;
    // Opens (creating it only where the command may) without signing in: init and demo. A field
    // copy's file is unlocked first (unlockFieldCopy).
    Result<std::unique_ptr<Workspace>> openForSetUp(Workspace::OpenMode mode) const;
    // When the database is a field copy's encrypted file (issue 23): its passphrase from
    // OPIEKA_FIELD_PASSPHRASE or typed without echo, and the file unlocked for this process. A
    // wrong passphrase is refused with the service's sentence; any other database is left alone.
    Status unlockFieldCopy() const;
    // The acting account: the command-line session's (opieka-cli login) when one is kept for this
    // database and --user names no other account, else signInWithPassword.
    Result<User> signIn(Workspace& workspace) const;
    // The acting account signed in with its password (OPIEKA_PASSWORD or typed), as login does.
    Result<User> signInWithPassword(Workspace& workspace) const;
    // The account of this database's command-line session (SessionCommands.cpp): none when no
    // session file is kept or --user names another account; refused when the session no longer
    // holds (expired, ended, copied, the account changed) or its file is not private.
    Result<std::optional<User>> resumeSession(Workspace& workspace) const;
    // Opens the database and resolves the acting user, for commands that change data.
    Result<Session> session(Workspace::OpenMode mode) const;
    // Rejects words the command did not take; true when the command line is usable.
    bool argumentsOk(const QString& command);
    int fail(const Error& error) const; // prints the message, returns the exit code
    int usage(const QString& command) const;
};

// opieka-cli: parses the global options and runs one command.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    static QString usageText();
    static QString defaultDatabasePath();
};

// --format text|csv|json (text by default); a bad value is a usage error.
QString formatArgument(Context& c);
void printJson(Context& c, const QJsonArray& array);
// A list's rows, each as texts under `header` and as a JSON object.
struct Listing
{
    explicit Listing(QStringList columns)
        : header(std::move(columns))
    {}

    QStringList header;
    QList<QStringList> rows;
    QJsonArray json;
    // A row whose JSON object holds its texts under the header's names.
    void add(const QStringList& row);
    // A row with its own JSON object (which keeps each value's own type).
    void add(const QStringList& row, const QJsonObject& object);
};
// A list in the --format asked for: its rows as a text table or CSV under its header, or its
// JSON objects. Returns Done.
int printList(Context& c, const QString& format, const Listing& list);
// A command of several actions ('user add', 'user list'...): runs the one the next word names;
// another word is a usage error of `command` saying `notAnAction` (%1: the word), none one saying
// `use`.
struct Action
{
    QLatin1String name;
    int (*run)(Context&);
};
int runAction(Context& c, const QString& command, std::initializer_list<Action> actions,
              const QString& notAnAction, const QString& use);

int runInit(Context& context);
int runDemo(Context& context);
int runImport(Context& context);
int runExport(Context& context);
int runAssign(Context& context);
int runRelease(Context& context);
int runTransfer(Context& context);
int runCaseload(Context& context);
int runRules(Context& context);
int runSettings(Context& context);
int runReport(Context& context);
int runVerify(Context& context);
int runUser(Context& context);
int runEraseMember(Context& context);
int runAudit(Context& context);
int runBackup(Context& context);
int runRestore(Context& context);
int runMigrate(Context& context);
int runPlacement(Context& context);
int runDuplicates(Context& context);
int runCentre(Context& context);
int runPartner(Context& context);
int runExchange(Context& context);
int runFamily(Context& context);
int runVisit(Context& context);
int runMember(Context& context);
int runDocument(Context& context);
int runField(Context& context);
int runLogin(Context& context);
int runLogout(Context& context);

} // namespace opieka::cli
