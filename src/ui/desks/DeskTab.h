#pragma once

#include "DirectoryService.h"
#include "Session.h"

#include <QWidget>
#include <functional>

class QAbstractButton;
class QComboBox;
class QTableView;

namespace opieka::ui {

// What the start pages of the workers who carry cases share (the social worker's, the family
// assistant's, the foster-care coordinator's): the worker whose page is shown, picked in a list
// of the centre's workers of the desk's kind active today, the account's own worker chosen at
// the start (any worker for a manager, DeskOwner); the page read again when another is picked,
// a failed read told through loadFailed; a family picked in its list opened.
class DeskTab : public QWidget
{
    Q_OBJECT

public:
    qint64 workerId() const;
    bool selectWorker(qint64 workerId);
    // The family selected in the desk's list of families (0: none, or the desk lists none).
    qint64 selectedFamilyId() const;

public slots:
    virtual void refresh() = 0;

signals:
    void openFamilyRequested(qint64 familyId);
    void loadFailed(const QString& message);

protected:
    // Which workers the picker offers, in which order and how each reads in it.
    struct WorkerList
    {
        std::function<bool(const Worker&)> shows{};
        std::function<bool(const Worker&, const Worker&)> before{}; // empty: the directory's order
        std::function<QString(const Worker&)> label{};
        const char* unreadable = ""; // the log line when the workers cannot be read
    };

    DeskTab(const Session& session, QWidget* parent);

    // Fills `picker` (the form's combo box, once the form is set up) and refreshes the page
    // whenever another worker is picked there.
    void setUpWorkerPicker(QComboBox* picker, const WorkerList& list);
    // The desk's list of families (`familyIdRole` gives a row's family): a row activated, or
    // `openButton` clicked, asks to open the selected family's record.
    void setUpFamilyList(QTableView* table, int familyIdRole, QAbstractButton* openButton);
    const Session& session() const { return m_session; }

private:
    Session m_session;
    DirectoryService m_directory;
    QComboBox* m_picker = nullptr;
    QTableView* m_families = nullptr;
    int m_familyIdRole = 0;
};

} // namespace opieka::ui
