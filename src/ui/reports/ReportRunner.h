#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;
class QTimer;

namespace opieka {
class Database;
}

namespace opieka::ui {

// Builds a report off the GUI thread, on a connection of its own to the same database file
// (a QSqlDatabase connection serves only the thread that opened it; SQLite in WAL mode lets it
// read while the window's connection works). Shows itself as an inline busy bar with Cancel when
// a report takes longer than a moment. Cancel, or a newer start, abandons the running report:
// its result is dropped and the screen keeps what it showed before.
class ReportRunner : public QWidget
{
    Q_OBJECT

public:
    // Runs in the worker thread with that thread's connection; returns an error message (empty:
    // done). It must only fill state that `done` reads afterwards.
    using Work = std::function<QString(Database&)>;
    // Runs in the GUI thread once the work is done, unless it was abandoned.
    using Done = std::function<void()>;

    explicit ReportRunner(QString databasePath, QWidget* parent = nullptr);
    ~ReportRunner() override;

    void start(Work work, Done done);
    // Builds a report with `build(Database&) -> Result<T>` in the worker thread and hands it to
    // `display(const T&)` in the GUI thread, unless it was cancelled or overtaken.
    template <typename T, typename Build, typename Display> void build(Build build, Display display)
    {
        auto result = std::make_shared<T>();
        start(
            [result, build](Database& db) {
                auto built = build(db);
                if (!built)
                    return built.error().message;
                *result = std::move(*built);
                return QString();
            },
            [result, display] { display(*result); });
    }
    bool isRunning() const { return m_running; }
    // Processes events until the current report is done or abandoned (tests, screenshots).
    bool waitForIdle(int timeoutMs = 30000);
    void setShowDelay(int ms);

public slots:
    void cancel();

signals:
    void failed(const QString& message);
    void cancelled();

private:
    void finish(int generation, const QString& error, const Done& done);

    QString m_databasePath;
    int m_generation = 0;
    bool m_running = false;
    QList<QPointer<QThread>> m_threads;
    QTimer* m_showTimer = nullptr;
    QLabel* m_label = nullptr;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_cancelButton = nullptr;
};

} // namespace opieka::ui
