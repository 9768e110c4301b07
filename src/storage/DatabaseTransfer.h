#pragma once

#include "Result.h"
#include "TransferReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace opieka {

class Database;

// Moves a centre's database from its SQLite file into a new database (a centre's PostgreSQL
// server, issue 8: `opieka-cli migrate`): every table's rows with their ids, the audit chain
// unchanged, in one transaction on the target. The tables come from the file's schema, so a
// table added by a later migration is copied without a change here.
class DatabaseTransfer
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseTransfer)

public:
    // The source must be an SQLite file of an Opieka database at this program's schema (an
    // older one is upgraded by opening it with opieka-cli first, a newer one needs a newer
    // program); nothing is changed in it.
    static Status checkSource(Database& source);
    // The first table of `database` that holds rows a new database of its schema does not
    // have (the rules and settings the migrations put in do not count); none when it is empty.
    static Result<std::optional<QString>> tableHoldingData(Database& database);
    // The tables of an SQLite database, each after the tables its foreign keys refer to.
    static Result<QStringList> tablesInForeignKeyOrder(Database& sqlite);

    // Brings `target` to the current schema with the migrations, refuses it when it holds data,
    // then in one transaction on it: copies every table's rows (ids kept), sets each generated
    // id past the largest the file ever gave, and checks that every table holds the same rows
    // on both sides and that the audit chain verifies there. Any failure leaves the target
    // without rows. The source is held in a write transaction meanwhile, so that nothing is
    // written to it that the copy would miss; it is never changed.
    static Result<TransferReport> copy(Database& source, Database& target);
};

} // namespace opieka
