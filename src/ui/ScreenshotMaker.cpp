#include "ScreenshotMaker.h"

#include "AssignDialog.h"
#include "CaseloadService.h"
#include "CaseloadTab.h"
#include "DirectoryService.h"
#include "FamiliesModel.h"
#include "FamiliesTab.h"
#include "MainWindow.h"
#include "Workspace.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>

namespace opieka::ui {
namespace {
void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

// A family assistant at or over the limit and an open family they could be given: the
// dialog then shows a refusal.
std::optional<std::pair<qint64, qint64>> refusedExample(Workspace& workspace)
{
    CaseloadService caseloads(workspace.database());
    auto report = caseloads.report(QDate::currentDate());
    if (!report)
        return std::nullopt;
    DirectoryService directory(workspace.database());
    FamilyQuery query;
    query.openOnly = true;
    query.limit = 300;
    auto families = directory.families(query);
    if (!families)
        return std::nullopt;
    for (const WorkerCaseload& row : report->rows) {
        if (row.worker.role != Role::FamilyAssistant || !row.load.limit ||
            row.load.cases < *row.load.limit)
            continue;
        for (const Family& family : *families) {
            auto preview = caseloads.preview(row.worker.id, family.id, QDate::currentDate());
            if (preview && !preview->verdict.allowed)
                return std::make_pair(row.worker.id, family.id);
        }
    }
    return std::nullopt;
}
} // namespace

bool ScreenshotMaker::run(const QString& directory, QString* error)
{
    if (!m_window.hasDatabase() || !m_window.tabs()) {
        *error = tr("No database is open.");
        return false;
    }
    if (!QDir().mkpath(directory)) {
        *error = tr("Cannot create the folder %1.").arg(directory);
        return false;
    }
    const QDir dir(directory);
    m_window.resize(1100, 680);
    m_window.show();

    m_window.tabs()->setCurrentWidget(m_window.familiesTab());
    auto* families =
        m_window.familiesTab()->findChild<QTableView*>(QStringLiteral("familiesTable"));
    if (families && families->model()->rowCount() > 2)
        families->selectRow(2);
    settle();
    if (!save(m_window, dir.filePath(QStringLiteral("families.png")), error))
        return false;

    m_window.tabs()->setCurrentWidget(m_window.caseloadTab());
    settle();
    if (!save(m_window, dir.filePath(QStringLiteral("caseload.png")), error))
        return false;

    const auto example = refusedExample(*m_window.workspace());
    if (!example) {
        *error = tr("The database has no family assistant at the limit to show a refusal.");
        return false;
    }
    AssignDialog dialog(*m_window.workspace(), m_window.actor(), example->second, &m_window);
    dialog.selectWorker(example->first);
    dialog.show();
    settle();
    if (!save(dialog, dir.filePath(QStringLiteral("assign-refused.png")), error))
        return false;

    // The same dialog with a worker who has room: the verdict turns green.
    CaseloadService caseloads(m_window.workspace()->database());
    auto room = caseloads.withRoom(Role::FamilyAssistant, QDate::currentDate());
    if (room && !room->isEmpty() && dialog.selectWorker(room->first().worker.id)) {
        settle();
        if (!save(dialog, dir.filePath(QStringLiteral("assign-allowed.png")), error))
            return false;
    }
    dialog.close();
    return true;
}

bool ScreenshotMaker::save(QWidget& widget, const QString& path, QString* error)
{
    if (!widget.grab().save(path, "PNG")) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace opieka::ui
