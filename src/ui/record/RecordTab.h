#pragma once

#include "Family.h"
#include "Result.h"
#include "Session.h"

#include <QWidget>
#include <initializer_list>
#include <memory>

class QDialog;
class QTableView;

namespace opieka::ui {

// What the family record's own tabs (details, members, contacts, chronology, team) share: the
// family as the record's frame read it, the signed-in session (the account acting and its
// database), and the word that something was stored, on which the frame reads the whole record
// again and tells the lists elsewhere.
class RecordTab : public QWidget
{
    Q_OBJECT

public:
    RecordTab(const Session& session, qint64 familyId, QWidget* parent = nullptr);

    // The family as the frame read it last; a tab that shows something of it overrides this.
    virtual void showFamily(const Family& family) { m_family = family; }
    // Reads the tab's own lists again.
    virtual void reload() {}

signals:
    // Something in the record was stored.
    void changed();

protected:
    // Shows the error and returns false when `status` failed; says changed() when it was stored.
    bool handle(const Status& status, const QString& title);
    // Opens the dialog; when the person saved it, says changed().
    void runDialog(QDialog& dialog);
    // Asks where to write a PDF, starting in the documents folder at `fileName`; empty when the
    // person cancelled.
    QString askPdfPath(const QString& title, const QString& fileName);
    // Sizes the tables' columns to their contents, each at least as wide as its title, the first
    // time the tab's lists are read; after that the sizes are left to the person.
    void fitColumnsOnce(std::initializer_list<QTableView*> tables);
    // The selected row of a single-selection table, or -1 when none is selected.
    static int selectedRow(const QTableView* table);

    const Session m_session;
    const qint64 m_familyId;
    Family m_family;

private:
    bool m_columnsFitted = false;
};

// A record tab whose form comes from a .ui file (`Form`, uic's Ui:: class), set up on the tab,
// which gets its object name (what the GUI tests find it by). Like FormDialog, the tab stays a
// Q_OBJECT of its own, with its own tr() context, and defines its destructor where `Form` is
// complete (its .cpp).
template <typename Form> class RecordFormTab : public RecordTab
{
protected:
    RecordFormTab(const Session& session, qint64 familyId, QWidget* parent,
                  const QString& objectName)
        : RecordTab(session, familyId, parent)
        , m_ui(std::make_unique<Form>())
    {
        m_ui->setupUi(this);
        setObjectName(objectName);
    }

    std::unique_ptr<Form> m_ui;
};

} // namespace opieka::ui
