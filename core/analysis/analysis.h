#pragma once

#include "drift.h"
#include "metrics.h"

#include "domain/progress.h"

#include <memory>
#include <optional>

namespace attest {

class AccessGraph;
class Workspace;

namespace analysis {

// One point of the trend line: a snapshot's headline figures.
struct TrendPoint
{
    qint64 snapshotId = 0;
    QString label;
    Timestamp takenAt = kNoTime;
    quint64 grants = 0; // effective
    quint64 privilegedAccounts = 0;
    quint64 staleAccounts = 0; // stale and never logged on
    quint64 orphans = 0;
    quint64 accounts = 0;
    quint64 identities = 0;
};

// What the dashboard, `attest metrics` and `attest report` show: the measures of one snapshot,
// the drift since the snapshot it is compared with, and the trend over every snapshot of its source.
struct Analysis
{
    std::shared_ptr<const SnapshotData> data;
    std::shared_ptr<const AccessGraph> graph;
    Metrics metrics;
    std::shared_ptr<const SnapshotData> previousData; // the compared snapshot, when there is one
    std::shared_ptr<const AccessGraph> previousGraph;
    std::optional<Drift> drift;
    std::vector<TrendPoint> trend; // oldest first, including this snapshot
    SodPolicy sodPolicy;
    QStringList notes;                // what could not be shown and why ("one snapshot: no trends")
    TrendPoint previousPoint() const; // the compared snapshot's figures (empty without one)
};

struct AnalysisRequest
{
    qint64 snapshotId = 0; // 0: the newest snapshot of the workspace
    qint64 compareId = 0;  // 0: the previous snapshot of the same source; -1: none
    Options options;
    // Optional: the snapshot already loaded (the GUI has it), to skip loading it again.
    std::shared_ptr<const SnapshotData> data;
    std::shared_ptr<const AccessGraph> graph;
    // Optional: a snapshot loaded before (the last comparison), reused when it is the one compared.
    std::shared_ptr<const SnapshotData> previousData;
    std::shared_ptr<const AccessGraph> previousGraph;
};

// Loads what is needed from the workspace and computes everything. Trend points are cached in the
// workspace per snapshot (snapshots never change) under the options they were computed with.
// nullopt with *error when a snapshot cannot be loaded or progress cancels.
std::optional<Analysis> analyse(Workspace& workspace, const AnalysisRequest& request, const ProgressFn& progress,
                                QString* error);

TrendPoint trendPoint(const SnapshotData& data, const AccessGraph& graph, const Options& options);

// The dashboard report for management and auditors, as PDF (text and bar charts; no GUI library,
// so the command line writes the same report as the GUI).
QByteArray renderReport(const Analysis& analysis, const QString& workspaceName);

} // namespace analysis
} // namespace attest
