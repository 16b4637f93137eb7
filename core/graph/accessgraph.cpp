#include "accessgraph.h"

#include "accessgraphbuilder.h"

#include <algorithm>

namespace attest {

namespace {

template <typename T, typename Offset>
std::span<const T> row(const std::vector<Offset>& offsets, const std::vector<T>& values, quint32 index)
{
    Q_ASSERT(std::size_t(index) + 1 < offsets.size());
    return {values.data() + offsets[index], values.data() + offsets[std::size_t(index) + 1]};
}

} // namespace

std::unique_ptr<AccessGraph> AccessGraph::build(const SnapshotData& data, const PrivilegedPolicy& policy,
                                                const ProgressFn& progress)
{
    return AccessGraphBuilder(data, policy, progress).build();
}

std::span<const quint32> AccessGraph::directEntitlements(quint32 account) const
{
    return row(m_accountOffsets, m_accountEntitlements, account);
}

std::span<const quint32> AccessGraph::directMemberAccounts(quint32 entitlement) const
{
    return row(m_directMemberOffsets, m_directMembers, entitlement);
}

std::span<const quint32> AccessGraph::nestedMembers(quint32 entitlement) const
{
    return row(m_nestedOffsets, m_nested, entitlement);
}

std::span<const quint32> AccessGraph::memberOf(quint32 entitlement) const
{
    return row(m_parentOffsets, m_parents, entitlement);
}

std::span<const AccessGraph::EffectiveGrant> AccessGraph::effectiveGrants(quint32 account) const
{
    return row(m_effectiveOffsets, m_effectiveTargets, account);
}

const AccessGraph::EffectiveGrant* AccessGraph::effectiveGrant(quint32 account, quint32 entitlement) const
{
    const auto grants = effectiveGrants(account);
    const auto it = std::lower_bound(grants.begin(), grants.end(), entitlement,
                                     [](const EffectiveGrant& g, quint32 e) { return g.entitlement < e; });
    return it != grants.end() && it->entitlement == entitlement ? &*it : nullptr;
}

std::span<const quint32> AccessGraph::effectiveMemberAccounts(quint32 entitlement) const
{
    return row(m_effectiveMemberOffsets, m_effectiveMembers, entitlement);
}

std::vector<quint32> AccessGraph::via(const EffectiveGrant& grant) const
{
    std::vector<quint32> chain;
    if (grant.depth == 0 || grant.directVia >= m_entitlementCount)
        return chain;
    // Walk the shortest-path predecessors stored in the closure of the direct entitlement back
    // from the target; the chain comes out target-first, so reverse it at the end.
    const auto closure = row(m_closureOffsets, m_closure, grant.directVia);
    const auto find = [&closure](quint32 target) {
        const auto it = std::lower_bound(closure.begin(), closure.end(), target,
                                         [](const ClosureEntry& e, quint32 t) { return e.target < t; });
        return it != closure.end() && it->target == target ? it->predecessor : kNone;
    };
    chain.reserve(grant.depth);
    for (quint32 step = find(grant.entitlement); step != kNone; step = find(step))
        chain.push_back(step);
    std::reverse(chain.begin(), chain.end());
    return chain;
}

Grant AccessGraph::grant(quint32 account, const EffectiveGrant& grant) const
{
    return Grant{account, grant.entitlement, via(grant)};
}

std::vector<Grant> AccessGraph::grantsOf(quint32 account) const
{
    std::vector<Grant> grants;
    const auto effective = effectiveGrants(account);
    grants.reserve(effective.size());
    for (const EffectiveGrant& g : effective)
        grants.push_back(grant(account, g));
    return grants;
}

std::optional<AccessGraph::PrivilegeReason> AccessGraph::privilegeReason(quint32 account) const
{
    if (!m_accountPrivileged[account])
        return std::nullopt;
    // Grants ascend by entitlement, so taking only strictly shorter ones keeps the lowest index on ties.
    const EffectiveGrant* best = nullptr;
    for (const EffectiveGrant& g : effectiveGrants(account)) {
        if (m_entitlementPrivileged[g.entitlement] && (!best || g.depth < best->depth))
            best = &g;
    }
    if (!best)
        return std::nullopt;
    return PrivilegeReason{best->entitlement, best->directVia, m_entitlementReasons[best->entitlement]};
}

std::span<const quint32> AccessGraph::accountsOfIdentity(quint32 identity) const
{
    return row(m_identityAccountOffsets, m_identityAccounts, identity);
}

quint32 AccessGraph::identityByKey(const QString& key) const
{
    if (key.isEmpty())
        return kNone;
    const auto it =
        std::lower_bound(m_identityKeys.begin(), m_identityKeys.end(), key,
                         [](const std::pair<QString, quint32>& e, const QString& k) { return e.first < k; });
    return it != m_identityKeys.end() && it->first == key ? it->second : kNone;
}

} // namespace attest
