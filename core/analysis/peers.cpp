#include "peers.h"

#include "graph/accessgraph.h"

#include <algorithm>

namespace attest {

int PeerGroups::peerPercent(quint32 identity, quint32 entitlement, bool identityHoldsIt) const
{
    if (identity >= groupOf.size() || groupOf[identity] == AccessGraph::kNone)
        return -1;
    const quint32 group = groupOf[identity];
    const quint32 others = groupSize[group] - 1;
    if (others == 0)
        return -1;
    quint32 count = holders[group].value(entitlement);
    if (identityHoldsIt && count > 0)
        --count;
    return int((qint64(count) * 100) / others);
}

void identityEntitlements(const AccessGraph& graph, quint32 identity, std::vector<quint32>* out)
{
    out->clear();
    const auto accounts = graph.accountsOfIdentity(identity);
    for (const quint32 account : accounts) {
        for (const AccessGraph::EffectiveGrant& grant : graph.effectiveGrants(account))
            out->push_back(grant.entitlement);
    }
    if (accounts.size() > 1) {
        std::sort(out->begin(), out->end());
        out->erase(std::unique(out->begin(), out->end()), out->end());
    }
}

PeerGroups peerGroups(const SnapshotData& data, const AccessGraph& graph)
{
    const std::size_t identities = data.identities.size();
    QHash<QString, quint32> titleCount;
    for (const Identity& identity : data.identities)
        ++titleCount[identity.department + QLatin1Char('\x1f') + identity.title];
    PeerGroups peers;
    peers.groupOf.resize(identities, AccessGraph::kNone);
    QHash<QString, quint32> groupIds;
    for (std::size_t i = 0; i < identities; ++i) {
        const Identity& identity = data.identities[i];
        if (identity.department.isEmpty())
            continue;
        const QString titleKey = identity.department + QLatin1Char('\x1f') + identity.title;
        const bool byTitle = !identity.title.isEmpty() && titleCount.value(titleKey) > PeerGroups::kMinimumTitlePeers;
        const QString key = byTitle ? QStringLiteral("t:") + titleKey : QStringLiteral("d:") + identity.department;
        auto it = groupIds.find(key);
        if (it == groupIds.end()) {
            it = groupIds.insert(key, quint32(peers.groupSize.size()));
            peers.groupSize.push_back(0);
            peers.holders.emplace_back();
            peers.byTitle.push_back(byTitle);
        }
        peers.groupOf[i] = *it;
        ++peers.groupSize[*it];
    }
    std::vector<quint32> held;
    for (std::size_t i = 0; i < identities; ++i) {
        const quint32 group = peers.groupOf[i];
        if (group == AccessGraph::kNone)
            continue;
        identityEntitlements(graph, quint32(i), &held);
        QHash<quint32, quint32>& counts = peers.holders[group];
        for (const quint32 entitlement : held)
            ++counts[entitlement];
    }
    return peers;
}

} // namespace attest
