// Time from start to the main window showing the first page of families, and peak memory while
// the whole families list is scrolled through the model's fetchMore (issue 9). Offscreen:
//   QT_QPA_PLATFORM=offscreen opieka_window_bench DATABASE
// Prints one line per figure, "name value unit", for scripts/bench.sh.
#include "FamiliesModel.h"
#include "MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
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
    opieka::ui::MainWindow window;
    window.setHeadless(true); // no dialogs: a database without passwords opens as its manager
    if (!window.openDatabase(QString::fromLocal8Bit(argv[1])))
        return 1;
    window.show();
    auto* model = window.findChild<opieka::ui::FamiliesModel*>(QStringLiteral("familiesModel"));
    if (!model)
        return 1;
    while (model->rowCount() == 0 && sinceStart.elapsed() < 60000)
        QApplication::processEvents();
    QApplication::processEvents(); // the first paint
    std::printf("window_first_page %.0f ms\n", static_cast<double>(sinceStart.elapsed()));
    std::printf("rss_after_start %.0f MB\n", peakRssMb());

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
