#pragma once

#include "domain/progress.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThreadPool;

namespace attest::app {

// The one way long work runs off the calling (GUI) thread: start it, watch its progress, cancel
// it, and take its typed result back on the thread that owns this object. Starting again while a
// run is in flight cancels that run and drops its result and progress: a view never shows a stale
// answer, and no view keeps its own "is this still the newest request" counter.
//
//     m_load.start<Figures>([=](const ProgressFn& progress) { return measure(…, progress); },
//                           [this](Figures figures) { show(figures); });
//
// The work must stop soon after `progress` returns false and leave nothing half done (the use
// cases it calls run in one workspace transaction). Destroying the Command cancels and waits.
class Command final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Command)

public:
    enum class Pool
    {
        Cpu,      // computing: loading, measuring, planning (workPool)
        Blocking, // waiting: a directory, the keychain, the network (blockingPool)
    };

    explicit Command(QObject* parent = nullptr, Pool pool = Pool::Cpu);
    ~Command() override;

    template <typename Result>
    void start(std::function<Result(const ProgressFn&)> work, std::function<void(Result)> onResult)
    {
        startErased([work = std::move(work),
                     onResult = std::move(onResult)](const ProgressFn& progress) -> std::function<void()> {
            auto result = std::make_shared<Result>(work(progress));
            return [onResult, result] { onResult(std::move(*result)); };
        });
    }
    // Work with nothing to hand back but "done" (finished() says so).
    void start(std::function<void(const ProgressFn&)> work);

    // Asks the running work to stop; its result is still delivered (a use case that was asked to
    // stop says so in its result), unless a newer start() replaced it.
    void cancel();
    bool isRunning() const;
    bool wasCancelled() const;

Q_SIGNALS:
    // Throttled: at most every 50 ms, and whenever the stage changes.
    void progressChanged(qint64 done, qint64 total, const QString& stage);
    // After the result callback of the newest run, on this object's thread.
    void finished();

private:
    struct Run;
    void startErased(std::function<std::function<void()>(const ProgressFn&)> work);

    Pool m_pool;
    std::shared_ptr<Run> m_current;
    bool m_lastCancelled = false;
    // Runs of this Command still on a pool thread; shared with them, so the destructor can wait.
    std::shared_ptr<std::atomic<int>> m_inFlight = std::make_shared<std::atomic<int>>(0);
};

} // namespace attest::app
