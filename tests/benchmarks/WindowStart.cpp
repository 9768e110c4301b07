// The main window on a voivodeship's data (issue 9), offscreen:
//   QT_QPA_PLATFORM=offscreen opieka_window_bench DATABASE
// Times from process start to the window usable (shown, painted, answering events) and to the
// first page of families; the manager's "centre at a glance", built in the background; each
// tab's first showing (tabs read the database when first shown); and the peak memory while the
// whole families list is scrolled through the model's fetchMore, with the time of that whole
// scroll from the first family to the last (its CPU time, and the part spent in fetchMore: the
// page queries and what the list does with each page; BM_FamiliesScrollPlainSql times the plain
// SQL of the same pages). Prints one line per figure, "name value unit", for scripts/bench.sh.
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
#include <unistd.h>

namespace {
double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

// Resident memory now (not the peak): what the families list adds while it is scrolled.
double currentRssMb()
{
    long pages = 0;
    long resident = 0;
    if (FILE* statm = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(statm, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(statm);
    }
    return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / 1048576.0;
}

// The GUI thread's CPU time: the scroll's own, without what other threads do meanwhile.
double guiThreadCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    const auto ms = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
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
    // The tabs just shown may still be building reports in the background (the caseload report
    // page...); their results are shown on the GUI thread. Let them finish first, so that the
    // scroll below measures the scroll and not them.
    for (auto* runner : window.findChildren<opieka::ui::ReportRunner*>())
        runner->waitForIdle(600000);
    QApplication::processEvents();

    // Scrolling to the end: the view asks for one page after another.
    std::printf("rss_before_scrolling %.0f MB\n", currentRssMb());
    std::printf("peak_rss_before_scrolling %.0f MB\n", peakRssMb());
    QElapsedTimer scrolling;
    scrolling.start();
    const double scrollCpuStart = guiThreadCpuMs();
    qint64 fetchingNs = 0;
    int pages = 0;
    auto* view = window.findChild<QTableView*>(QStringLiteral("familiesTable"));
    while (model->canFetchMore({})) {
        QElapsedTimer fetching;
        fetching.start();
        model->fetchMore({});
        fetchingNs += fetching.nsecsElapsed();
        ++pages;
        if (view)
            view->scrollToBottom();
        QApplication::processEvents();
    }
    const double scrollMs = static_cast<double>(scrolling.elapsed());
    const double scrollCpuMs = guiThreadCpuMs() - scrollCpuStart;
    std::printf("families_rows %d rows\n", model->rowCount());
    std::printf("scroll_pages %d pages\n", pages);
    std::printf("scroll_whole_list %.0f ms\n", scrollMs);
    std::printf("scroll_whole_list_cpu %.0f ms\n", scrollCpuMs);
    std::printf("scroll_fetch_more %.0f ms\n", static_cast<double>(fetchingNs) / 1e6);
    std::printf("rss_after_scrolling %.0f MB\n", currentRssMb());
    std::printf("peak_rss_scrolling %.0f MB\n", peakRssMb());
    return 0;
}
