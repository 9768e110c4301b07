#pragma once

#include "DuplicateService.h"
#include "Session.h"

#include <QList>
#include <QString>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QMainWindow;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace opieka::ui {

class ReportRunner;
class ReportTableModel;

// A likely duplicate as the list shows it: the pair, and for people the names of their families.
struct ListedDuplicate
{
    DuplicatePair pair;
    QString familyA; // members: the first record's family ("Rodzina Nowaków"); families: empty
    QString familyB;
};

// The manager's list of likely duplicates (issue 21 part 3): people or families whose records
// score at least a threshold (kLikelyDuplicateScore unless changed), the highest first, with the
// reasons in words. A pair is marked "not a duplicate" (and never listed again) or compared side
// by side and merged (MergeDialog). The list reads every record of the register, so it is built
// off the GUI thread on a connection of its own (ReportRunner), as the reports are.
class DuplicatesTab : public QWidget
{
    Q_OBJECT

public:
    // Closes the open records of these families before a merge changes them, asking about what
    // is unsaved; false when the person kept one open (the merge does not go ahead).
    using CloseRecords = std::function<bool(const QList<qint64>& familyIds)>;

    explicit DuplicatesTab(const Session& session, QWidget* parent = nullptr);

    // Makes the tab when the account may list duplicates (managers) and points Cases › Likely
    // Duplicates… at it, which adds it to the window's tabs (with a close button) and shows it;
    // otherwise hides that entry. Returns the tab, or nullptr.
    static DuplicatesTab* install(QMainWindow& window, QTabWidget* tabs, const Session& session);

    void setCloseRecords(CloseRecords closeRecords) { m_closeRecords = std::move(closeRecords); }
    ReportRunner* runner() const { return m_runner; }
    ReportTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // What the list shows, row by row.
    const QList<ListedDuplicate>& pairs() const { return m_pairs; }
    DuplicateKind kind() const;
    bool selectPair(qint64 aId, qint64 bId);

public slots:
    // Reads the pairs again (kind and lowest score as chosen), off the GUI thread.
    void refresh();
    // The selected pair is two different people (families): remembered, and gone from the list.
    void dismissSelected();
    // The selected pair side by side (MergeDialog); after a merge the list is read again.
    void compareSelected();

signals:
    // A merge removed a record: lists elsewhere in the window read again.
    void merged();
    void statusMessage(const QString& text); // what was done, for the status bar

private:
    const ListedDuplicate* selected() const;
    void display(const QList<ListedDuplicate>& pairs, DuplicateKind kind, int minScore);
    void updateButtons();
    QString pairText(const ListedDuplicate& listed) const;

    Session m_session;
    QList<ListedDuplicate> m_pairs;
    CloseRecords m_closeRecords;
    int m_requestedScore = -1; // the lowest score of the last reading asked for
    QComboBox* m_kind = nullptr;
    QSpinBox* m_minScore = nullptr;
    ReportRunner* m_runner = nullptr;
    QLabel* m_summary = nullptr;
    ReportTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_dismissButton = nullptr;
    QPushButton* m_compareButton = nullptr;
};

} // namespace opieka::ui
