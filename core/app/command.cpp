#include "command.h"

#include "pools.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <atomic>

namespace attest::app {

struct Command::Run
{
    std::atomic<bool> cancelled = false;
};

Command::Command(QObject* parent, Pool pool)
    : QObject(parent)
    , m_pool(pool)
{}

Command::~Command()
{
    cancel();
    // Runs report to this object: wait until none is on a pool thread any more (each was asked to
    // stop). What they posted and this object did not receive is dropped with it.
    while (m_inFlight->load() > 0)
        QThread::msleep(2);
}

void Command::start(std::function<void(const ProgressFn&)> work)
{
    startErased([work = std::move(work)](const ProgressFn& progress) -> std::function<void()> {
        work(progress);
        return {};
    });
}

void Command::startErased(std::function<std::function<void()>(const ProgressFn&)> work)
{
    if (m_current)
        m_current->cancelled.store(true); // its result will be dropped below
    auto run = std::make_shared<Run>();
    m_current = run;
    m_inFlight->fetch_add(1);
    const auto inFlight = m_inFlight;
    const QPointer<Command> self(this);
    QThreadPool* pool = m_pool == Pool::Cpu ? workPool() : blockingPool();
    pool->start([work = std::move(work), run, self, inFlight] {
        QElapsedTimer sinceReport;
        sinceReport.start();
        QString lastStage;
        const ProgressFn progress = [&](qint64 done, qint64 total, const QString& stage) {
            if (run->cancelled.load())
                return false;
            if (stage != lastStage || sinceReport.elapsed() >= 50) {
                sinceReport.restart();
                lastStage = stage;
                QMetaObject::invokeMethod(
                    self, // a QPointer: the queued call is dropped when the Command is gone
                    [self, run, done, total, stage] {
                        if (self && self->m_current == run)
                            Q_EMIT self->progressChanged(done, total, stage);
                    },
                    Qt::QueuedConnection);
            }
            return true;
        };
        std::function<void()> deliver = work(progress);
        QMetaObject::invokeMethod(
            self,
            [self, run, deliver = std::move(deliver)] {
                if (!self || self->m_current != run)
                    return; // replaced by a newer start(): stale
                if (deliver)
                    deliver();
                if (self && self->m_current == run) {
                    self->m_current.reset();
                    self->m_lastCancelled = run->cancelled.load();
                    Q_EMIT self->finished();
                }
            },
            Qt::QueuedConnection);
        inFlight->fetch_sub(1);
    });
}

void Command::cancel()
{
    if (m_current)
        m_current->cancelled.store(true);
}

bool Command::isRunning() const
{
    return m_current != nullptr;
}

bool Command::wasCancelled() const
{
    return m_current ? m_current->cancelled.load() : m_lastCancelled;
}

} // namespace attest::app
