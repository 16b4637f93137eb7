#pragma once

#include "review/campaignstate.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace attest {

class BackgroundTask;

// Records a large bulk decision (accept every recommendation, decide a big selection) off the GUI
// thread: plans the records on a copy of the campaign's state, then writes them on the worker's
// own workspace connection in batches, one transaction each. Cancel stops before the next batch:
// the batches already written stay recorded (whole batches only, never part of one), so running
// the same bulk decision again finishes the job without overwriting anything.
class BulkDecision final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkDecision)

public:
    using Plan = std::function<std::optional<std::vector<DecisionRecord>>(const CampaignState& state, QString* error)>;

    struct Result
    {
        std::vector<DecisionRecord> recorded; // in the workspace, in the order written
        qint64 planned = 0;
        bool cancelled = false;
        QString error;
    };

    explicit BulkDecision(QObject* parent = nullptr);
    ~BulkDecision() override;

    // `items` keeps the table the state's copy points to alive while the worker runs.
    void start(const QString& workspacePath, std::shared_ptr<const ReviewItemTable> items, CampaignState state,
               Plan plan, qint64 batchSize);
    void cancel();
    bool isRunning() const;
    qint64 campaignId() const { return m_campaignId; }
    // Valid after finished().
    const Result& result() const { return *m_result; }

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total);
    void finished();

private:
    BackgroundTask* m_task;
    std::shared_ptr<Result> m_result = std::make_shared<Result>();
    qint64 m_campaignId = 0;
};

} // namespace attest
