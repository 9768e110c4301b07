#pragma once

#include "DuplicateService.h"
#include "MergeService.h"
#include "Session.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class QButtonGroup;
class QLabel;
class QRadioButton;

namespace opieka::ui {

// Two records of one person or one family side by side before they become one (issue 21 part
// 4): the person chooses the record kept (the lower number unless changed) and, where the two
// differ, which value each field keeps. Merge asks once more, naming both records, then
// MergeService moves everything of the other record to the one kept and removes it.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    // Closes the open records of the two families before the merge (see DuplicatesTab).
    using CloseRecords = std::function<bool(const QList<qint64>& familyIds)>;

    // The dialog for `pair`, its fields read by MergeService::compare; null with `error` set when
    // they cannot be read (refused, or a record is gone).
    static std::unique_ptr<MergeDialog> create(const Session& session, const DuplicatePair& pair,
                                               CloseRecords closeRecords, QWidget* parent,
                                               QString* error);

    // Which side is kept: the pair's first record (a) or its second (b).
    bool keepsFirst() const;
    void setKeepsFirst(bool first);
    // The side whose value `field` takes (true: the first record's); only fields that differ.
    void takeFromFirst(const QString& field, bool first);
    // The request Merge would send.
    MergeRequest request() const;
    // What the merge did (after the dialog was accepted).
    const std::optional<MergeOutcome>& outcome() const { return m_outcome; }
    // The record in words for a question or a message: "Anna Nowak, born 03.02.1990 (no. 12)".
    static QString describe(DuplicateKind kind, const DuplicateRecord& record);
    // What moved, a line per kind of record: "Visits and contacts: 3".
    static QStringList movedLines(const MergeOutcome& outcome);
    // A value of MergeService::compare as the window shows it: its ISO dates in the locale's
    // format; "(empty)" for none.
    static QString displayValue(const QString& value);

public slots:
    // Asks, naming both records; then closes their open records and merges. Stays open with the
    // reason when the merge is refused.
    void accept() override;

private:
    MergeDialog(const Session& session, const DuplicatePair& pair, QList<MergeField> fields,
                CloseRecords closeRecords, QWidget* parent);
    void buildForm();
    // The choices of the fields not chosen by hand follow the record kept (unless its value is
    // empty and the other's is not).
    void applyDefaults();
    const DuplicateRecord& kept() const;
    const DuplicateRecord& removed() const;

    struct FieldChoice
    {
        QRadioButton* first = nullptr;
        QRadioButton* second = nullptr;
        bool chosenByHand = false;
    };

    MergeService m_merges;
    DuplicatePair m_pair;
    QList<MergeField> m_fields; // keptValue: the first record's, removedValue: the second's
    CloseRecords m_closeRecords;
    QHash<QString, FieldChoice> m_choices; // the fields that differ
    QRadioButton* m_keepFirst = nullptr;
    QRadioButton* m_keepSecond = nullptr;
    QLabel* m_errorLine = nullptr;
    std::optional<MergeOutcome> m_outcome;
};

} // namespace opieka::ui
