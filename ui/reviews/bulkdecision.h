#pragma once

#include "review/campaignstate.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace attest::app {
class Session;
}

namespace attest {

class BackgroundTask;

// Records a large bulk decision (accept every recommendation, decide a big selection) off the GUI
// thread: on its own workspace connection the worker rebuilds the campaign's state from the stored
// history (so the GUI thread copies nothing), plans the records, writes them in batches, one
// transaction each, and hands back the new state, history and progress for the view to take over. Cancel stops before
// the next batch: the batches already written stay recorded (whole batches only, never part of one), so running the
// same bulk decision again finishes the job without overwriting anything.
class BulkDecision final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkDecision)

public:
    using Plan = std::function<std::optional<std::vector<DecisionRecord>>(const CampaignState& state, QString* error)>;

    struct Result
    {
        qint64 recorded = 0; // decisions written (whole batches)
        qint64 planned = 0;
        bool cancelled = false;
        QString error;
        // As stored once the worker stopped: set whenever it could read the campaign.
        std::optional<CampaignState> state;
        std::vector<DecisionRecord> history;
        std::optional<CampaignState::Progress> progress;
    };

    explicit BulkDecision(QObject* parent = nullptr);
    ~BulkDecision() override;

    // `items` is the campaign's (immutable) item table, shared with the view.
    void start(std::shared_ptr<app::Session> session, std::shared_ptr<const ReviewItemTable> items, qint64 campaignId,
               Plan plan, qint64 batchSize);
    void cancel();
    bool isRunning() const;
    qint64 campaignId() const { return m_campaignId; }
    // Valid after finished(); takeResult() moves it out.
    const Result& result() const { return *m_result; }
    Result takeResult() { return std::move(*m_result); }

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total);
    void finished();

private:
    BackgroundTask* m_task;
    std::shared_ptr<Result> m_result = std::make_shared<Result>();
    qint64 m_campaignId = 0;
};

} // namespace attest
