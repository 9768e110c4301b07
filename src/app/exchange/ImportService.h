#pragma once

#include "DataSet.h"
#include "Result.h"
#include "Session.h"
#include "User.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class QIODevice;

namespace opieka {

class Database;

// A likely duplicate of a record already in the register (issue 21): an imported member or
// family that scores at or above the "likely" threshold against one that was there before.
struct ImportedDuplicate
{
    int line = 0; // the file's line of the new record
    qint64 newId = 0;
    qint64 existingId = 0;       // the member or family already in the register
    qint64 existingFamilyId = 0; // a member's family (a family: its own id)
    int score = 0;
    QStringList reasons; // the codes of docs/duplicates.md
};

struct ImportSummary
{
    DataSet dataSet = DataSet::Workers;
    int imported = 0;
    QDate checkedOn;          // the day the limits were checked (assignments)
    int workersOverLimit = 0; // after the import, on checkedOn (assignments)
    // Members and families: the likely duplicates of records already there (imported all the
    // same; `strict` refuses the import instead).
    QList<ImportedDuplicate> likelyDuplicates;
};

// CSV import, all or nothing: every bad row is reported as "FILE:LINE: message" and then nothing
// is stored. The file is streamed (read row by row, in one transaction), so its size is bounded by
// the disk, not by memory; a file of more than 10,000 rows is audited by one record of the file
// instead of one per row (data-protection.md). Imported assignments record the centre's real
// situation and may go beyond a limit; `strict` refuses such an import instead. Imported members
// and families are compared with the ones already there: the likely duplicates are listed in the
// summary, and `strict` refuses an import that has any.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    explicit ImportService(const Session& session)
        : m_database(session.database())
        , m_actor(session.actor())
    {}

    // Told how many of the file's bytes the rows read so far came from, of how many, while the
    // rows are read; answers false to cancel the import (then nothing is imported).
    using Progress = std::function<bool(qint64 bytesRead, qint64 bytesTotal)>;

    Result<ImportSummary> importFile(DataSet set, const QString& path, bool strict,
                                     const QDate& today = QDate::currentDate(),
                                     const Progress& progress = {});
    Result<ImportSummary> importBytes(DataSet set, const QByteArray& bytes, const QString& label,
                                      bool strict, const QDate& today);

    // "FILE:LINE: likely the same as member 45 of family 7 already in the register (score 90:
    // name;birth-date)": one line of the list an import ends with.
    static QString duplicateLine(const QString& label, DataSet set, const ImportedDuplicate& found);

private:
    Result<ImportSummary> importFrom(DataSet set, QIODevice& device, const QString& label,
                                     bool strict, const QDate& today,
                                     const Progress& progress = {});

    // Records a refused attempt in the audit and gives back the refusal.
    Error refusedAttempt(DataSet set, const QString& label, const Error& refusal);

    Database& m_database;
    User m_actor; // the signed-in account every read and change is checked for
};

} // namespace opieka
