#include "bulkdecision.h"

#include "common/backgroundtask.h"

#include "app/session.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QSet>

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

void BulkDecision::start(std::shared_ptr<app::Session> session, std::shared_ptr<const ReviewItemTable> items,
                         qint64 campaignId, Plan plan, qint64 batchSize)
{
    Q_ASSERT(!isRunning());
    m_result = std::make_shared<Result>();
    m_campaignId = campaignId;
    const auto result = m_result;
    const qint64 batch = std::max<qint64>(1, batchSize);
    m_task->start([session = std::move(session), items = std::move(items), campaignId, plan = std::move(plan), batch,
                   result](const ProgressFn& progress) {
        QString error;
        // Workspace connections belong to one thread: this worker opens its own.
        auto workspace = session->connect(&error);
        if (!workspace) {
            result->error = error;
            return;
        }
        const auto campaign = workspace->campaign(campaignId, &error);
        auto history = campaign ? workspace->decisionHistory(campaignId, &error) : std::nullopt;
        if (!campaign || !history) {
            result->error = error;
            return;
        }
        CampaignState state(*campaign, items.get());
        state.applyAll(*history);
        auto records = plan(state, &error);
        if (!records) {
            result->error = error;
            return;
        }
        const qint64 total = qint64(records->size());
        result->planned = total;
        history->reserve(history->size() + records->size());
        qint64 done = 0;
        qint64 recorded = 0;
        while (done < total) {
            if (!progress(done, total, QString())) {
                result->cancelled = true;
                break;
            }
            const qint64 n = std::min(batch, total - done);
            std::vector<DecisionRecord> chunk(std::make_move_iterator(records->begin() + done),
                                              std::make_move_iterator(records->begin() + done + n));
            // Each batch checks, inside its own transaction, what others decided meanwhile: an item
            // decided (or reassigned) since the plan was made is left as they left it.
            auto transaction = workspace->transaction(QStringLiteral("record decisions"), &error);
            std::vector<quint32> touched;
            if (!transaction || !review::catchUp(*workspace, state, &error, &touched)) {
                result->error = error;
                break;
            }
            if (state.campaign().status == CampaignStatus::Closed) {
                result->error = BulkDecision::tr("the campaign was closed meanwhile");
                break;
            }
            if (!touched.empty()) {
                const QSet<quint32> changed(touched.begin(), touched.end());
                std::erase_if(chunk, [&changed](const DecisionRecord& r) { return changed.contains(r.item); });
            }
            if ((!chunk.empty() && !workspace->appendDecisions(campaignId, &chunk, &error)) ||
                !transaction.commit(&error)) {
                result->error = error;
                break;
            }
            recorded += qint64(chunk.size());
            state.applyAll(chunk);
            history->insert(history->end(), std::make_move_iterator(chunk.begin()),
                            std::make_move_iterator(chunk.end()));
            done += n;
        }
        result->recorded = recorded;
        progress(done, total, QString());
        // What the view shows next, computed here rather than on the GUI thread.
        result->progress = state.progress(QDateTime::currentMSecsSinceEpoch());
        result->state = std::move(state);
        result->history = std::move(*history);
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
