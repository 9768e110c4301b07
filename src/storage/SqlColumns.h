#pragma once

#include "SqlHelpers.h"
#include "TableRepository.h"

#include <QStringList>
#include <functional>
#include <optional>

namespace opieka::sql {

// When a column is written.
enum class Written
{
    Always,   // on insert and on update
    OnInsert, // fixed once the row is there (the family a contact belongs to)
    Never,    // read only: a version the database counts (the id is never written as a column)
};

// One column of a table bound to a field of a row type T: its name, the value a T writes to it
// and how the value read from it goes back into a T, and when it is written.
template <typename T> struct Column
{
    QString name;
    std::function<QVariant(const T&)> write;
    std::function<void(T&, const QVariant&)> read;
    Written written = Written::Always;
};

// How a field's value goes into a bound value and back: numbers as they are, a flag as 1 or 0,
// a day as its ISO text, what is not there as NULL.
namespace field {
inline QVariant value(qint64 v)
{
    return v;
}
inline QVariant value(int v)
{
    return v;
}
inline QVariant value(double v)
{
    return v;
}
inline QVariant value(bool v)
{
    return v ? 1 : 0;
}
inline QVariant value(const QString& v)
{
    return v;
}
inline QVariant value(const QDate& v)
{
    return date(v);
}
inline QVariant value(const std::optional<QDate>& v)
{
    return date(v);
}
inline QVariant value(const std::optional<int>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}
inline QVariant value(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qlonglong>());
}

inline void read(const QVariant& v, qint64& f)
{
    f = v.toLongLong();
}
inline void read(const QVariant& v, int& f)
{
    f = v.toInt();
}
inline void read(const QVariant& v, double& f)
{
    f = v.toDouble();
}
inline void read(const QVariant& v, bool& f)
{
    f = v.toInt() != 0;
}
inline void read(const QVariant& v, QString& f)
{
    f = v.toString();
}
inline void read(const QVariant& v, QDate& f)
{
    f = requiredDate(v);
}
inline void read(const QVariant& v, std::optional<QDate>& f)
{
    f = optionalDate(v);
}
inline void read(const QVariant& v, std::optional<int>& f)
{
    f = v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}
inline void read(const QVariant& v, std::optional<qint64>& f)
{
    f = v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}
} // namespace field

// A column holding the field as it is (see field::value).
template <typename T, typename F>
Column<T> column(const char* name, F T::*f, Written written = Written::Always)
{
    return {QString::fromLatin1(name), [f](const T& row) { return field::value(row.*f); },
            [f](T& row, const QVariant& v) { field::read(v, row.*f); }, written};
}

// A text column that holds NULL for an empty text.
template <typename T>
Column<T> optionalText(const char* name, QString T::*f, Written written = Written::Always)
{
    return {QString::fromLatin1(name), [f](const T& row) { return text(row.*f); },
            [f](T& row, const QVariant& v) { row.*f = v.toString(); }, written};
}

// An enumeration kept by its name: `toName` writes it, `parse` reads it back (`fallback` where
// the name is not known).
template <typename T, typename E, typename ToName, typename Parse>
Column<T> named(const char* name, E T::*f, ToName toName, Parse parse, E fallback)
{
    return {QString::fromLatin1(name),
            [f, toName](const T& row) { return QVariant(toName(row.*f)); },
            [f, parse, fallback](T& row, const QVariant& v) {
                row.*f = parse(v.toString()).value_or(fallback);
            }};
}

// The same for an enumeration that may be missing (NULL).
template <typename T, typename E, typename ToName, typename Parse>
Column<T> optionalNamed(const char* name, std::optional<E> T::*f, ToName toName, Parse parse)
{
    return {QString::fromLatin1(name),
            [f, toName](const T& row) {
                return row.*f ? QVariant(toName(*(row.*f)))
                              : QVariant(QMetaType::fromType<QString>());
            },
            [f, parse](T& row, const QVariant& v) {
                if (!v.isNull())
                    row.*f = parse(v.toString());
            }};
}

// A table's columns bound to the fields of T, the id first: what reads a row into a T and the
// statements that write one. The SELECT reads them in this order. A bound id is spelt
// QList<QVariant>{QVariant(id)}: clang reads QList<QVariant>{id} as QList(qsizetype), `id` empty
// values (the fuzz build's worker import failed with "Parameter count mismatch").
template <typename T> class Columns
{
public:
    Columns(QString table, QList<Column<T>> columns)
        : m_table(std::move(table))
        , m_columns(std::move(columns))
    {}

    // "id, name, ...": every column, for a SELECT.
    QString names() const { return namesOf(m_columns); }

    T fromRow(const QSqlQuery& query) const
    {
        T row{};
        for (int i = 0; i < m_columns.size(); ++i)
            m_columns[i].read(row, query.value(i));
        return row;
    }

    // The rows read as values (see Table).
    Table<T> table(const Database& database) const
    {
        return {database, m_table, names(), [this](const QSqlQuery& q) { return fromRow(q); }};
    }

    // "INSERT INTO table (id, ...) VALUES (?, ...)": a row whose id the caller picked.
    Status insertWithId(const Database& database, qint64 id, const T& row) const
    {
        const QList<Column<T>> columns = inserted();
        return run(database,
                   QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (?%4)")
                       .arg(m_table, m_columns.first().name, namesOf(columns),
                            QStringLiteral(", ?").repeated(columns.size())),
                   QList<QVariant>{QVariant(id)} + valuesOf(columns, row));
    }

    // "INSERT INTO table (...) VALUES (...) RETURNING id": the id the database gives; `notSaved`
    // as in returnedId.
    Result<qint64> insertReturningId(const Database& database, const T& row,
                                     const char* notSaved = nullptr) const
    {
        const QList<Column<T>> columns = inserted();
        return returnedId(run(database,
                              QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                                  .arg(m_table, namesOf(columns), placeholders(columns.size())),
                              valuesOf(columns, row)),
                          notSaved);
    }

    // "a = ?, b = ?": the columns an update writes, and their values.
    QString assignments() const
    {
        QStringList set;
        for (const Column<T>& c : updated())
            set << c.name + QStringLiteral(" = ?");
        return set.join(QStringLiteral(", "));
    }
    QList<QVariant> updatedValues(const T& row) const { return valuesOf(updated(), row); }

    // "UPDATE table SET a = ?, ... WHERE id = ?": the row with this id.
    Status update(const Database& database, qint64 id, const T& row) const
    {
        return run(database,
                   QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(m_table, assignments()),
                   updatedValues(row) + QList<QVariant>{QVariant(id)});
    }

private:
    static QString namesOf(const QList<Column<T>>& columns)
    {
        QStringList names;
        for (const Column<T>& c : columns)
            names << c.name;
        return names.join(QStringLiteral(", "));
    }
    static QList<QVariant> valuesOf(const QList<Column<T>>& columns, const T& row)
    {
        QList<QVariant> values;
        for (const Column<T>& c : columns)
            values << c.write(row);
        return values;
    }
    static QString placeholders(qsizetype count)
    {
        return QStringList(count, QStringLiteral("?")).join(QStringLiteral(", "));
    }
    QList<Column<T>> written(bool onInsert) const
    {
        QList<Column<T>> columns;
        for (const Column<T>& c : m_columns.mid(1)) // the id is never among them
            if (c.written == Written::Always || (onInsert && c.written == Written::OnInsert))
                columns << c;
        return columns;
    }
    QList<Column<T>> inserted() const { return written(true); }
    QList<Column<T>> updated() const { return written(false); }

    QString m_table;
    QList<Column<T>> m_columns;
};

} // namespace opieka::sql

namespace opieka {

template <typename T> Result<std::optional<T>> TableRepository<T>::find(qint64 id)
{
    return columns().table(m_database).find(id);
}

template <typename T> Status TableRepository<T>::update(const T& row)
{
    return columns().update(m_database, row.id, row);
}

} // namespace opieka
