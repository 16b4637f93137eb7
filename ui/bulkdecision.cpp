#include "bulkdecision.h"

#include "backgroundtask.h"

#include "store/workspace.h"

#include <iterator>

namespace attest {

BulkDecision::BulkDecision(QObject* parent)
    : QObject(parent)
    , m_task(new BackgroundTask(this))
{
    connect(m_task, &BackgroundTask::progressChanged, this,
            [this](qint64 done, qint64 total, const QString&) { Q_EMIT progressChanged(done, total); });
    connect(m_task, &BackgroundTask::finished, this, &BulkDecision::finished);
}

BulkDecision::~BulkDecision() = default;

void BulkDecision::start(const QString& workspacePath, std::shared_ptr<const ReviewItemTable> items,
                         CampaignState state, Plan plan, qint64 batchSize)
{
    Q_ASSERT(!isRunning());
    m_result = std::make_shared<Result>();
    m_campaignId = state.campaign().id;
    const auto result = m_result;
    const qint64 batch = std::max<qint64>(1, batchSize);
    m_task->start([workspacePath, items = std::move(items), state = std::move(state), plan = std::move(plan), batch,
                   result](const ProgressFn& progress) {
        QString error;
        auto records = plan(state, &error);
        if (!records) {
            result->error = error;
            return;
        }
        const qint64 total = qint64(records->size());
        result->planned = total;
        // Workspace connections belong to one thread: this worker opens its own.
        auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::OpenExisting, &error);
        if (!workspace) {
            result->error = error;
            return;
        }
        result->recorded.reserve(records->size());
        qint64 done = 0;
        while (done < total) {
            if (!progress(done, total, QString())) {
                result->cancelled = true;
                return;
            }
            const qint64 n = std::min(batch, total - done);
            std::vector<DecisionRecord> chunk(std::make_move_iterator(records->begin() + done),
                                              std::make_move_iterator(records->begin() + done + n));
            if (!workspace->appendDecisions(state.campaign().id, &chunk, &error)) {
                result->error = error;
                return;
            }
            result->recorded.insert(result->recorded.end(), std::make_move_iterator(chunk.begin()),
                                    std::make_move_iterator(chunk.end()));
            done += n;
        }
        progress(done, total, QString());
    });
}

void BulkDecision::cancel()
{
    m_task->cancel();
}

bool BulkDecision::isRunning() const
{
    return m_task->isRunning();
}

} // namespace attest
