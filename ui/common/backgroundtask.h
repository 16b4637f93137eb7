#pragma once

#include "domain/progress.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace attest {

// Runs one piece of long work (opening a workspace, generating the demo) on the thread pool and
// reports its progress to the GUI thread, throttled so a fast loop cannot flood the event queue.
// Cancel asks the work to stop through the ProgressFn it was given; the work then undoes itself.
class BackgroundTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundTask)

public:
    explicit BackgroundTask(QObject* parent = nullptr);
    ~BackgroundTask() override;

    // work runs on a pool thread; finished() follows on this object's thread.
    void start(std::function<void(const ProgressFn&)> work);
    void cancel();
    bool isRunning() const;
    bool wasCancelled() const { return m_cancelled->load(); }

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total, const QString& stage);
    void finished();

private:
    QFutureWatcher<void> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
};

} // namespace attest
