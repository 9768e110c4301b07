#include "BulkWriter.h"

#include "BlockingKey.h"
#include "Database.h"
#include "IsoDate.h"
#include "Logging.h"
#include "SqlHelpers.h"

#include <QSqlDriver>
#include <QSqlError>
#include <sqlite3.h>

namespace opieka {

// One value bound to a statement's parameter, kept as it is (no QVariant) until it is bound.
// Nulls keep their type for PostgreSQL's sake; a null QString is NULL, as Qt binds it.
class BulkWriter::Value
{
public:
    enum class Kind
    {
        NullText,
        NullId,
        Id,
        Text,
        Date,
        Time, // HH:mm
    };

    Value(qint64 id)
        : m_kind(Kind::Id)
        , m_id(id)
    {}
    Value(const QString& text)
        : m_kind(text.isNull() ? Kind::NullText : Kind::Text)
        , m_text(text)
    {}
    Value(const QDate& day)
        : m_kind(day.isValid() ? Kind::Date : Kind::NullText)
        , m_date(day)
    {}
    Value(const QTime& time)
        : m_kind(time.isValid() ? Kind::Time : Kind::NullText)
        , m_time(time)
    {}
    // Empty text and a missing date, time or id are NULL (sql::text, sql::date).
    static Value optionalText(const QString& text) { return text.isEmpty() ? Value() : text; }
    static Value date(const std::optional<QDate>& day) { return day ? Value(*day) : Value(); }
    static Value time(const std::optional<QTime>& time) { return time ? Value(*time) : Value(); }
    static Value id(const std::optional<qint64>& id) { return id ? Value(*id) : nullId(); }
    static Value nullText() { return {}; }
    static Value nullId()
    {
        Value v;
        v.m_kind = Kind::NullId;
        return v;
    }

    Kind kind() const { return m_kind; }
    qint64 number() const { return m_id; }
    const QString& text() const { return m_text; }
    const QDate& day() const { return m_date; }
    const QTime& time() const { return m_time; }

    QVariant toVariant() const
    {
        switch (m_kind) {
        case Kind::NullText:
            return QVariant(QMetaType::fromType<QString>());
        case Kind::NullId:
            return QVariant(QMetaType::fromType<qlonglong>());
        case Kind::Id:
            return QVariant(m_id);
        case Kind::Text:
            return QVariant(m_text);
        case Kind::Date:
            return QVariant(isoDate(m_date));
        case Kind::Time:
            return QVariant(m_time.toString(QStringLiteral("HH:mm")));
        }
        return {};
    }

private:
    Value() = default;

    Kind m_kind = Kind::NullText;
    qint64 m_id = 0;
    QString m_text;
    QDate m_date;
    QTime m_time;
};

namespace {
// SQLite's page cache for the writer's lifetime: the indexes of a voivodeship (members' PESEL
// numbers above all) are written in no order, and with the default 2 MB cache every insert would
// go to the disk for its index page.
const QString kBulkCache = QStringLiteral("PRAGMA cache_size = -262144"); // 256 MB
const QString kDefaultCache = QStringLiteral("PRAGMA cache_size = -2000");

sqlite3* sqliteHandle(const Database& database)
{
    if (!database.dialect().isSqlite())
        return nullptr;
    const QVariant handle = database.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

// YYYY-MM-DD (Qt::ISODate) into `out` without a QString; years outside 1-9999 the slow way.
void putIsoDate(const QDate& day, std::string& out)
{
    int year = 0;
    int month = 0;
    int dayOfMonth = 0;
    day.getDate(&year, &month, &dayOfMonth);
    if (year < 1 || year > 9999) {
        out = isoDate(day).toStdString();
        return;
    }
    out.resize(10);
    const auto digit = [](int n) { return static_cast<char>('0' + n); };
    out[0] = digit(year / 1000);
    out[1] = digit(year / 100 % 10);
    out[2] = digit(year / 10 % 10);
    out[3] = digit(year % 10);
    out[4] = '-';
    out[5] = digit(month / 10);
    out[6] = digit(month % 10);
    out[7] = '-';
    out[8] = digit(dayOfMonth / 10);
    out[9] = digit(dayOfMonth % 10);
}

// HH:mm (QTime::toString's format) into `out`.
void putTime(const QTime& time, std::string& out)
{
    out.resize(5);
    out[0] = static_cast<char>('0' + time.hour() / 10);
    out[1] = static_cast<char>('0' + time.hour() % 10);
    out[2] = ':';
    out[3] = static_cast<char>('0' + time.minute() / 10);
    out[4] = static_cast<char>('0' + time.minute() % 10);
}
} // namespace

BulkWriter::BulkWriter(Database& database)
    : m_database(database)
    , m_sqlite(sqliteHandle(database))
{
    if (m_database.dialect().isSqlite())
        (void)sql::run(m_database, kBulkCache);
}

BulkWriter::~BulkWriter()
{
    for (sqlite3_stmt* statement : m_native)
        sqlite3_finalize(statement); // a null statement is a no-op
    m_statements = {};
    if (m_database.dialect().isSqlite())
        (void)sql::run(m_database, kDefaultCache);
}

Error BulkWriter::nativeError(int code) const
{
    // As Qt's SQLite driver reports a failed step; the message names tables and constraints,
    // never the bound values.
    const QSqlError error(QStringLiteral("Unable to fetch row"),
                          QString::fromUtf8(sqlite3_errmsg(m_sqlite)), QSqlError::StatementError,
                          QString::number(code));
    logging::get("storage")->error("query failed: {}", error.text().toStdString());
    return m_database.failure(error);
}

Result<qint64> BulkWriter::runNative(Statement which, const char* text,
                                     std::initializer_list<Value> values, bool returnsId)
{
    sqlite3_stmt*& statement = m_native[static_cast<std::size_t>(which)];
    if (statement == nullptr) {
        if (const int code = sqlite3_prepare_v3(m_sqlite, text, -1, SQLITE_PREPARE_PERSISTENT,
                                                &statement, nullptr);
            code != SQLITE_OK) {
            sqlite3_finalize(statement);
            statement = nullptr;
            return nativeError(code);
        }
    }
    int index = 1;
    for (const Value& value : values) {
        std::string& buffer = m_buffers[static_cast<std::size_t>(index - 1)];
        int code = SQLITE_OK;
        switch (value.kind()) {
        case Value::Kind::NullText:
        case Value::Kind::NullId:
            code = sqlite3_bind_null(statement, index);
            break;
        case Value::Kind::Id:
            code = sqlite3_bind_int64(statement, index, value.number());
            break;
        case Value::Kind::Text: {
            const QString& s = value.text();
            buffer.resize(static_cast<std::size_t>(m_utf8.requiredSpace(s.size())));
            char* end = m_utf8.appendToBuffer(buffer.data(), s);
            buffer.resize(static_cast<std::size_t>(end - buffer.data()));
            code = sqlite3_bind_text(statement, index, buffer.data(),
                                     static_cast<int>(buffer.size()), SQLITE_STATIC);
            break;
        }
        case Value::Kind::Date:
        case Value::Kind::Time:
            if (value.kind() == Value::Kind::Date)
                putIsoDate(value.day(), buffer);
            else
                putTime(value.time(), buffer);
            code = sqlite3_bind_text(statement, index, buffer.data(),
                                     static_cast<int>(buffer.size()), SQLITE_STATIC);
            break;
        }
        if (code != SQLITE_OK)
            return nativeError(code);
        ++index;
    }
    const int code = sqlite3_step(statement);
    if (code != SQLITE_DONE) {
        Error error = nativeError(code);
        sqlite3_reset(statement);
        return error;
    }
    sqlite3_reset(statement);
    return returnsId ? static_cast<qint64>(sqlite3_last_insert_rowid(m_sqlite)) : qint64(0);
}

Result<qint64> BulkWriter::run(Statement which, const char* text,
                               std::initializer_list<Value> values, bool returnsId)
{
    Q_ASSERT(values.size() <= kMaxValues);
    if (m_sqlite != nullptr)
        return runNative(which, text, values, returnsId);
    auto& statement = m_statements[static_cast<std::size_t>(which)];
    if (!statement) {
        statement = std::make_unique<QSqlQuery>(m_database.connection());
        statement->setForwardOnly(true);
        QString sql = QString::fromLatin1(text);
        if (returnsId)
            sql += QStringLiteral(" RETURNING id");
        if (!statement->prepare(sql)) {
            const QString message = statement->lastError().text();
            statement.reset();
            return storageError(
                QCoreApplication::translate("Database", "Database error: %1").arg(message));
        }
    }
    int index = 0;
    for (const Value& value : values)
        statement->bindValue(index++, value.toVariant());
    if (Status s = sql::exec(m_database, *statement); !s)
        return s.error();
    if (!returnsId)
        return qint64(0);
    if (!statement->next())
        return storageError(QCoreApplication::translate("Database", "The change was not saved."));
    const qint64 id = statement->value(0).toLongLong();
    statement->finish();
    return id;
}

Status BulkWriter::addFamily(const Family& f, const QString& searchText)
{
    auto q = run(FamilyInsert,
                 "INSERT INTO families (id, case_number, name, municipality, category, "
                 "opened_on, closed_on, address, close_reason, search_text, address_key) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 {f.id, Value::optionalText(f.caseNumber), f.name, f.municipality,
                  needCategoryName(f.category), f.openedOn, Value::date(f.closedOn),
                  Value::optionalText(f.address), Value::optionalText(f.closeReason), searchText,
                  familyAddressKey(f.address)});
    return q ? Status() : Status(q.error());
}

Result<qint64> BulkWriter::addMember(const Member& m)
{
    return run(MemberInsert,
               "INSERT INTO members (family_id, first_name, last_name, pesel, birth_date, sex, "
               "relation, name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
               {m.familyId, m.firstName, m.lastName, Value::optionalText(m.pesel),
                Value::date(m.birthDate), m.sex ? Value(sexName(*m.sex)) : Value::nullText(),
                relationName(m.relation), personNameKey(m.firstName, m.lastName)},
               true);
}

Result<qint64> BulkWriter::addContact(const Contact& c)
{
    return run(ContactInsert,
               "INSERT INTO contacts (family_id, worker_id, contact_date, contact_time, kind, "
               "present, notes, next_step, next_step_due) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
               {c.familyId, c.workerId, c.date, Value::time(c.time), contactKindName(c.kind),
                Value::optionalText(c.present), Value::optionalText(c.notes),
                Value::optionalText(c.nextStep), Value::date(c.nextStepDue)},
               true);
}

Status BulkWriter::addAssignment(const Assignment& a)
{
    const bool family = a.caseRef.kind == CaseKind::Family;
    auto q = run(AssignmentInsert,
                 "INSERT INTO assignments (worker_id, family_id, foster_family_id, from_date, "
                 "to_date, override_reason) VALUES (?, ?, ?, ?, ?, ?)",
                 {a.workerId, family ? Value(a.caseRef.id) : Value::nullId(),
                  family ? Value::nullId() : Value(a.caseRef.id), a.from, Value::date(a.to),
                  Value::optionalText(a.overrideReason)});
    return q ? Status() : Status(q.error());
}

Status BulkWriter::addCategoryChange(qint64 familyId, const QDate& on, NeedCategory category,
                                     const QString& changedBy)
{
    auto q = run(CategoryInsert,
                 "INSERT INTO category_changes (family_id, changed_on, old_category, "
                 "new_category, changed_by) VALUES (?, ?, ?, ?, ?)",
                 {familyId, on, Value::nullText(), needCategoryName(category), changedBy});
    return q ? Status() : Status(q.error());
}

Status BulkWriter::addPlacement(const Placement& p)
{
    auto q = run(PlacementInsert,
                 "INSERT INTO placements (child_member_id, foster_family_id, institution, "
                 "from_date, to_date, basis, court_order, court_order_date) VALUES (?, ?, ?, ?, "
                 "?, ?, ?, ?)",
                 {p.childMemberId, Value::id(p.fosterFamilyId), Value::optionalText(p.institution),
                  p.from, Value::date(p.to), placementBasisName(p.basis),
                  Value::optionalText(p.courtOrder), Value::date(p.courtOrderDate)});
    return q ? Status() : Status(q.error());
}

Status BulkWriter::addTeamLink(qint64 familyId, qint64 workerId, const QDate& from)
{
    auto q = run(TeamLinkInsert,
                 "INSERT INTO team_links (family_id, worker_id, from_date) VALUES (?, ?, ?)",
                 {familyId, workerId, from});
    return q ? Status() : Status(q.error());
}

} // namespace opieka
