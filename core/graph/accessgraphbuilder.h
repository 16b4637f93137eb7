#pragma once

#include "accessgraph.h"
#include "csr.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace attest {

// Does the work of AccessGraph::build() in stages, so the graph's header stays a plain reader's
// interface. Internal to the graph folder.
class AccessGraphBuilder final
{
public:
    AccessGraphBuilder(const SnapshotData& data, const PrivilegedPolicy& policy, const ProgressFn& progress);

    std::unique_ptr<AccessGraph> build(); // nullptr when progress asks to cancel

private:
    // Per-thread state for merging an account's closures; slots is indexed by entitlement.
    struct MergeScratch
    {
        struct Slot
        {
            quint32 account = AccessGraph::kNone; // the account the slot is filled for
            quint32 directVia = 0;
            quint32 depth = 0;
        };
        std::vector<Slot> slots;
        std::vector<quint32> targets; // distinct entitlements of the current account, merge order
        std::vector<quint64> bits;    // one bit per entitlement, all clear between accounts
    };

    bool report(qint64 done, qint64 total, const QString& stage) const;
    void indexMemberships();
    bool computeClosures();
    void splitAccounts();
    bool runParts(const std::function<void(quint32 part)>& work); // false when cancelled
    bool keepGoing(quint32 part, quint32 account, const QString& stage);
    void mergeClosures(quint32 account, MergeScratch& scratch) const;
    static void sortTargets(MergeScratch& scratch);
    bool computeEffectiveGrants();
    void computeEffectiveMembers();
    void analyseNesting();
    void markPrivileged();
    void correlateIdentities();

    const SnapshotData& m_data;
    const PrivilegedPolicy& m_policy;
    const ProgressFn& m_progress;
    std::unique_ptr<AccessGraph> m_graph;
    graphdetail::Csr m_children;   // entitlement → nested entitlements, kept for the cycle search
    std::vector<quint32> m_bounds; // account ranges handled by one thread each: [m_bounds[i], m_bounds[i + 1])
    std::vector<std::vector<quint64>> m_memberCounts; // per range: members of each entitlement, then cursors
    int m_pass = 0;                                   // 0 while counting grants, 1 while filling them in
    std::atomic<bool> m_cancelled = false;            // set by the reporting thread, read by the others
};

} // namespace attest
