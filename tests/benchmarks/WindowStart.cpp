// The main window on a voivodeship's data (issue 9), offscreen:
//   QT_QPA_PLATFORM=offscreen opieka_window_bench DATABASE
// Times from process start to the window usable (shown, painted, answering events) and to the
// first page of families; the manager's "centre at a glance", built in the background; each
// tab's first showing (tabs read the database when first shown); and the peak memory while the
// whole families list is scrolled through the model's fetchMore. Prints one line per figure,
// "name value unit", for scripts/bench.sh.
#include "FamiliesModel.h"
#include "MainWindow.h"
#include "ManagerDeskTab.h"
#include "ReportRunner.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTableView>
#include <cstdio>
#include <sys/resource.h>

namespace {
double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}
} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DATABASE\n", argv[0]);
        return 2;
    }
    // No dialog: the demo database (an administrator, no passwords) opens as its manager.
    opieka::ui::MainWindow window;
    if (!window.openDatabase(QString::fromLocal8Bit(argv[1])))
        return 1;
    window.show();
    QApplication::processEvents(); // the first paint: the window answers from here on
    std::printf("window_usable %.0f ms\n", static_cast<double>(sinceStart.elapsed()));
    auto* model = window.findChild<opieka::ui::FamiliesModel*>(QStringLiteral("familiesModel"));
    if (!model)
        return 1;
    while (model->rowCount() == 0 && sinceStart.elapsed() < 60000)
        QApplication::processEvents();
    QApplication::processEvents();
    std::printf("window_first_page %.0f ms\n", static_cast<double>(sinceStart.elapsed()));
    std::printf("rss_after_start %.0f MB\n", peakRssMb());

    // The manager's start page builds its figures on a connection of its own.
    if (opieka::ui::ManagerDeskTab* glance = window.managerStartTab()) {
        glance->runner()->waitForIdle(600000);
        std::printf("glance_ready %.0f ms\n", static_cast<double>(sinceStart.elapsed()));
    }
    // Each tab's first showing, in the order of the tab bar.
    QTabWidget* tabs = window.tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        if (!tabs->isTabVisible(i) || i == tabs->currentIndex())
            continue;
        QElapsedTimer shown;
        shown.start();
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        QString name = tabs->widget(i)->objectName();
        std::printf("tab_first_shown[%s] %.0f ms\n", qPrintable(name),
                    static_cast<double>(shown.elapsed()));
    }
    tabs->setCurrentWidget(window.findChild<QWidget*>(QStringLiteral("familiesTab")));
    QApplication::processEvents();

    // Scrolling to the end: the view asks for one page after another.
    QElapsedTimer scrolling;
    scrolling.start();
    auto* view = window.findChild<QTableView*>(QStringLiteral("familiesTable"));
    while (model->canFetchMore({})) {
        model->fetchMore({});
        if (view)
            view->scrollToBottom();
        QApplication::processEvents();
    }
    std::printf("families_rows %d rows\n", model->rowCount());
    std::printf("scroll_whole_list %.0f ms\n", static_cast<double>(scrolling.elapsed()));
    std::printf("peak_rss_scrolling %.0f MB\n", peakRssMb());
    return 0;
}
