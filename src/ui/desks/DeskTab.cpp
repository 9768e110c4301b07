#include "DeskTab.h"

#include "DeskOwner.h"
#include "Logging.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QTableView>
#include <algorithm>

namespace opieka::ui {

DeskTab::DeskTab(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_directory(session)
{}

void DeskTab::setUpWorkerPicker(QComboBox* picker, const WorkerList& list)
{
    m_picker = picker;
    auto workers = m_directory.workers();
    if (workers) {
        QList<Worker> shown;
        for (const Worker& worker : *workers)
            if (list.shows(worker) && worker.isActiveOn(QDate::currentDate()))
                shown << worker;
        if (list.before)
            std::stable_sort(shown.begin(), shown.end(), list.before);
        const QSignalBlocker blocker(picker);
        for (const Worker& worker : shown)
            picker->addItem(list.label(worker), worker.id);
        const std::optional<qint64> ownWorkerId = deskOwner(m_session.actor());
        const int own = ownWorkerId ? picker->findData(*ownWorkerId) : -1;
        picker->setCurrentIndex(own >= 0 ? own : (shown.isEmpty() ? -1 : 0));
    } else {
        logging::get("ui")->error(list.unreadable);
    }
    connect(picker, &QComboBox::currentIndexChanged, this, &DeskTab::refresh);
}

qint64 DeskTab::workerId() const
{
    return m_picker->currentData().toLongLong();
}

bool DeskTab::selectWorker(qint64 workerId)
{
    const int index = m_picker->findData(workerId);
    if (index < 0)
        return false;
    m_picker->setCurrentIndex(index);
    return true;
}

void DeskTab::setUpFamilyList(QTableView* table, int familyIdRole, QAbstractButton* openButton)
{
    m_families = table;
    m_familyIdRole = familyIdRole;
    const auto openSelected = [this] {
        if (const qint64 family = selectedFamilyId(); family != 0)
            emit openFamilyRequested(family);
    };
    connect(openButton, &QAbstractButton::clicked, this, openSelected);
    connect(table, &QTableView::activated, this, openSelected);
}

qint64 DeskTab::selectedFamilyId() const
{
    if (!m_families)
        return 0;
    const QModelIndexList rows = m_families->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(m_familyIdRole).toLongLong();
}

} // namespace opieka::ui
