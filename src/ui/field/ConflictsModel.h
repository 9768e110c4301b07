#pragma once

#include "FieldSync.h"
#include "RowTableModel.h"

namespace opieka::ui {

// A field copy's open conflicts side by side (issue 23): the record and field in words, the
// centre's value with who changed it and when, the copy's value the same way, and the choice
// made so far (carried out by the next sync).
class ConflictsModel : public RowTableModel<FieldConflict>
{
    Q_OBJECT

public:
    enum Column
    {
        RecordColumn,
        CentreColumn,
        CopyColumn,
        DecisionColumn,
    };

    explicit ConflictsModel(QObject* parent = nullptr);

    using RowTableModel::setRows;

    static QString decision(const FieldConflict& conflict);
};

} // namespace opieka::ui
