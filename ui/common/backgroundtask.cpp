#include "backgroundtask.h"

#include "app/pools.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace attest {

BackgroundTask::BackgroundTask(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &BackgroundTask::finished);
}

BackgroundTask::~BackgroundTask()
{
    // The work holds a pointer to this object for its progress reports: let it stop first.
    cancel();
    m_watcher.waitForFinished();
}

void BackgroundTask::start(std::function<void(const ProgressFn&)> work)
{
    Q_ASSERT(!isRunning());
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    const auto cancelled = m_cancelled;
    const QPointer<BackgroundTask> self(this);
    m_watcher.setFuture(QtConcurrent::run(workPool(), [work = std::move(work), cancelled, self] {
        QElapsedTimer sinceReport;
        sinceReport.start();
        QString lastStage;
        const ProgressFn progress = [&](qint64 done, qint64 total, const QString& stage) {
            if (cancelled->load())
                return false;
            // Report at most every 50 ms, but always when the stage changes.
            if (stage != lastStage || sinceReport.elapsed() >= 50) {
                sinceReport.restart();
                lastStage = stage;
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, done, total, stage] {
                        if (self)
                            Q_EMIT self->progressChanged(done, total, stage);
                    },
                    Qt::QueuedConnection);
            }
            return true;
        };
        work(progress);
    }));
}

void BackgroundTask::cancel()
{
    m_cancelled->store(true);
}

bool BackgroundTask::isRunning() const
{
    return m_watcher.isRunning();
}

} // namespace attest
