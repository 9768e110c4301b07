#include "BackgroundWork.h"

#include "Workspace.h"

#include <QApplication>
#include <QEventLoop>
#include <QLabel>
#include <QMainWindow>
#include <QPointer>
#include <QProgressBar>
#include <QStatusBar>
#include <QThread>
#include <algorithm>
#include <memory>

namespace opieka::ui {
namespace {
QPointer<QWidget> g_busyWindow; // the window disabled by the running work

// A busy bar with its label in the window's status bar while the work runs.
class BusyIndicator
{
public:
    BusyIndicator(QWidget* window, const QString& label)
    {
        if (auto* main = qobject_cast<QMainWindow*>(window)) {
            m_label = new QLabel(label, main);
            m_label->setObjectName(QStringLiteral("busyLabel"));
            m_bar = new QProgressBar(main);
            m_bar->setObjectName(QStringLiteral("busyBar"));
            m_bar->setAccessibleName(label);
            m_bar->setRange(0, 0);
            m_bar->setMaximumWidth(160);
            main->statusBar()->addWidget(m_label);
            main->statusBar()->addWidget(m_bar);
        }
        QApplication::setOverrideCursor(Qt::BusyCursor);
    }
    ~BusyIndicator()
    {
        QApplication::restoreOverrideCursor();
        delete m_bar.data();
        delete m_label.data();
    }
    BusyIndicator(const BusyIndicator&) = delete;
    BusyIndicator& operator=(const BusyIndicator&) = delete;

private:
    QPointer<QLabel> m_label;
    QPointer<QProgressBar> m_bar;
};
} // namespace

QString BackgroundWork::run(const QString& databasePath, QWidget* window, const QString& label,
                            Work work)
{
    auto error = std::make_shared<QString>();
    QThread* thread = QThread::create([databasePath, work = std::move(work), error] {
        auto opened = Workspace::connect(databasePath);
        if (!opened) {
            *error = opened.error().message;
            return;
        }
        *error = work((*opened)->database());
    });
    thread->setObjectName(QStringLiteral("background"));
    BusyIndicator busy(window, label);
    const QPointer<QWidget> previous = g_busyWindow;
    g_busyWindow = window;
    if (window)
        window->setEnabled(false);
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    // No clicks or keys reach the window meanwhile; a question asked by the work opens a
    // dialog with an event loop of its own.
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delete thread;
    if (window)
        window->setEnabled(true);
    g_busyWindow = previous;
    return *error;
}

bool BackgroundWork::askInGuiThread(const std::function<bool()>& ask)
{
    bool answer = false;
    QMetaObject::invokeMethod(
        qApp,
        [&] {
            const QPointer<QWidget> window = g_busyWindow;
            if (window)
                window->setEnabled(true);
            answer = ask();
            if (window)
                window->setEnabled(false);
        },
        Qt::BlockingQueuedConnection);
    return answer;
}

std::function<void(int, int)> BackgroundWork::progressOn(QProgressBar* progressBar)
{
    const QPointer<QProgressBar> bar = progressBar;
    return [bar](int done, int total) {
        QMetaObject::invokeMethod(
            bar.data(),
            [bar, done, total] {
                if (!bar)
                    return;
                bar->setRange(0, std::max(total, 1));
                bar->setValue(done);
            },
            Qt::QueuedConnection);
    };
}

} // namespace opieka::ui
