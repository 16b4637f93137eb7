#pragma once

#include "domain/snapshot.h"

#include <QHash>

#include <vector>

namespace attest {

class AccessGraph;

// Peer groups of identities, shared by the review recommendations and the sprawl measures so both
// compare a person with the same people: same department and title when at least
// kMinimumTitlePeers others share them, otherwise the department. Identities without a department
// have no peers.
struct PeerGroups
{
    static constexpr int kMinimumTitlePeers = 3;

    std::vector<quint32> groupOf;   // per identity; AccessGraph::kNone: no peer group
    std::vector<quint32> groupSize; // identities per group
    std::vector<bool> byTitle;      // the group is department + title (else department only)
    // Per group: how many of its identities hold each entitlement (effectively, by any account;
    // each identity counts once).
    std::vector<QHash<quint32, quint32>> holders;

    // The share (0–100) of the identity's peers, the identity itself left out, who hold the
    // entitlement; -1 when the identity has no peers to compare with.
    int peerPercent(quint32 identity, quint32 entitlement, bool identityHoldsIt = true) const;
};

PeerGroups peerGroups(const SnapshotData& data, const AccessGraph& graph);

// The distinct entitlements an identity holds effectively through any of its accounts, ascending.
void identityEntitlements(const AccessGraph& graph, quint32 identity, std::vector<quint32>* out);

} // namespace attest
