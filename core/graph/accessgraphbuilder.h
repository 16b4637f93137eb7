#pragma once

#include "accessgraph.h"
#include "csr.h"

#include <QString>

#include <memory>

namespace attest {

// Does the work of AccessGraph::build() in stages, so the graph's header stays a plain reader's
// interface. Internal to the graph folder.
class AccessGraphBuilder final
{
public:
    AccessGraphBuilder(const SnapshotData& data, const PrivilegedPolicy& policy, const ProgressFn& progress);

    std::unique_ptr<AccessGraph> build(); // nullptr when progress asks to cancel

private:
    bool report(qint64 done, qint64 total, const QString& stage) const;
    void indexMemberships();
    bool computeClosures();
    bool computeEffectiveGrants();
    void computeEffectiveMembers();
    void analyseNesting();
    void markPrivileged();
    void correlateIdentities();

    const SnapshotData& m_data;
    const PrivilegedPolicy& m_policy;
    const ProgressFn& m_progress;
    std::unique_ptr<AccessGraph> m_graph;
    graphdetail::Csr m_children; // entitlement → nested entitlements, kept for the cycle search
};

} // namespace attest
