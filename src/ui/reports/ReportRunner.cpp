#include "ReportRunner.h"

#include "Logging.h"
#include "Workspace.h"

#include <QDeadlineTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <memory>

namespace opieka::ui {

ReportRunner::ReportRunner(QString databasePath, QWidget* parent)
    : QWidget(parent)
    , m_databasePath(std::move(databasePath))
    , m_showTimer(new QTimer(this))
    , m_label(new QLabel(tr("Building the report…"), this))
    , m_bar(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("reportRunner"));
    m_label->setObjectName(QStringLiteral("reportProgressLabel"));
    m_bar->setObjectName(QStringLiteral("reportProgressBar"));
    m_bar->setAccessibleName(tr("Report progress"));
    m_bar->setRange(0, 0); // busy: the services do not report steps
    m_bar->setMaximumWidth(240);
    m_cancelButton->setObjectName(QStringLiteral("cancelReportButton"));
    m_cancelButton->setAccessibleName(tr("Cancel the report"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancelButton);
    layout->addStretch(1);
    m_showTimer->setSingleShot(true);
    m_showTimer->setInterval(300);
    connect(m_showTimer, &QTimer::timeout, this, [this] {
        if (m_running)
            show();
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportRunner::cancel);
    hide();
}

ReportRunner::~ReportRunner()
{
    // An abandoned report may still be reading: its connection must close in its own thread
    // before the application goes.
    for (const QPointer<QThread>& thread : m_threads)
        if (thread) {
            thread->wait();
            delete thread.data();
        }
}

void ReportRunner::setShowDelay(int ms)
{
    m_showTimer->setInterval(ms);
}

void ReportRunner::start(Work work, Done done)
{
    const int generation = ++m_generation;
    m_running = true;
    m_showTimer->start();
    auto error = std::make_shared<QString>();
    QThread* thread = QThread::create([path = m_databasePath, work = std::move(work), error] {
        auto opened = Workspace::connect(path);
        if (!opened) {
            *error = opened.error().message;
            return;
        }
        *error = work((*opened)->database());
    });
    thread->setObjectName(QStringLiteral("report"));
    m_threads.removeAll(nullptr);
    m_threads << thread;
    // Queued to the GUI thread: the result is read there, after the worker has let go of it.
    connect(thread, &QThread::finished, this,
            [this, thread, generation, error, done = std::move(done)] {
                m_threads.removeAll(thread);
                thread->deleteLater();
                finish(generation, *error, done);
            });
    thread->start(QThread::LowPriority);
}

void ReportRunner::finish(int generation, const QString& error, const Done& done)
{
    if (generation != m_generation)
        return; // abandoned: cancelled or overtaken by a newer report
    m_running = false;
    m_showTimer->stop();
    hide();
    if (!error.isEmpty()) {
        logging::get("ui")->warn("report could not be built");
        emit failed(error);
        return;
    }
    done();
}

void ReportRunner::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    m_running = false;
    m_showTimer->stop();
    hide();
    logging::get("ui")->info("report cancelled");
    emit cancelled();
}

bool ReportRunner::waitForIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_running && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    return !m_running;
}

} // namespace opieka::ui
