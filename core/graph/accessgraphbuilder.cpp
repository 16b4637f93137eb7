#include "accessgraphbuilder.h"

#include "analysis/privilegedpolicy.h"
#include "nestinganalysis.h"

#include <QCoreApplication>

#include <algorithm>

namespace attest {

using graphdetail::Csr;

namespace {

constexpr quint32 kProgressEvery = 4096; // accounts or entitlements between progress reports

template <typename Offset>
void moveCsr(Csr&& csr, std::vector<Offset>& offsets, std::vector<quint32>& values)
{
    offsets = std::move(csr.offsets);
    values = std::move(csr.values);
}

} // namespace

AccessGraphBuilder::AccessGraphBuilder(const SnapshotData& data, const PrivilegedPolicy& policy,
                                       const ProgressFn& progress)
    : m_data(data)
    , m_policy(policy)
    , m_progress(progress)
{}

bool AccessGraphBuilder::report(qint64 done, qint64 total, const QString& stage) const
{
    return reportProgress(m_progress, done, total, stage);
}

std::unique_ptr<AccessGraph> AccessGraphBuilder::build()
{
    m_graph.reset(new AccessGraph());
    AccessGraph& g = *m_graph;
    g.m_accountCount = quint32(m_data.accounts.size());
    g.m_entitlementCount = quint32(m_data.entitlements.size());
    g.m_identityCount = quint32(m_data.identities.size());

    if (!report(0, -1, QCoreApplication::translate("AccessGraph", "Indexing memberships")))
        return nullptr;
    indexMemberships();
    if (!computeClosures() || !computeEffectiveGrants())
        return nullptr;
    computeEffectiveMembers();

    if (!report(0, -1, QCoreApplication::translate("AccessGraph", "Looking for nesting cycles")))
        return nullptr;
    analyseNesting();
    if (!report(0, -1, QCoreApplication::translate("AccessGraph", "Finding privileged access")))
        return nullptr;
    markPrivileged();
    if (!report(0, -1, QCoreApplication::translate("AccessGraph", "Correlating accounts with identities")))
        return nullptr;
    correlateIdentities();
    return std::move(m_graph);
}

void AccessGraphBuilder::indexMemberships()
{
    AccessGraph& g = *m_graph;
    const quint32 accounts = g.m_accountCount;
    const quint32 entitlements = g.m_entitlementCount;

    std::vector<quint32> holders, held, children, parents;
    holders.reserve(m_data.memberships.size());
    held.reserve(m_data.memberships.size());
    for (const Membership& m : m_data.memberships) {
        // Rows out of range come from a damaged or hostile source; SnapshotData::validate() names
        // them, the graph just leaves them out rather than crash.
        if (m.entitlement >= entitlements)
            continue;
        if (m.memberKind == MemberKind::Account) {
            if (m.member >= accounts)
                continue;
            holders.push_back(m.member);
            held.push_back(m.entitlement);
        } else {
            if (m.member >= entitlements)
                continue;
            children.push_back(m.member);
            parents.push_back(m.entitlement);
        }
    }

    Csr accountRows = graphdetail::buildSortedCsr(accounts, entitlements, holders, held);
    moveCsr(graphdetail::transposeCsr(accountRows, entitlements), g.m_directMemberOffsets, g.m_directMembers);
    moveCsr(std::move(accountRows), g.m_accountOffsets, g.m_accountEntitlements);

    Csr parentRows = graphdetail::buildSortedCsr(entitlements, entitlements, children, parents);
    m_children = graphdetail::transposeCsr(parentRows, entitlements);
    g.m_nestedOffsets = m_children.offsets;
    g.m_nested = m_children.values;
    moveCsr(std::move(parentRows), g.m_parentOffsets, g.m_parents);
}

bool AccessGraphBuilder::computeClosures()
{
    AccessGraph& g = *m_graph;
    const quint32 entitlements = g.m_entitlementCount;
    const QString stage = QCoreApplication::translate("AccessGraph", "Following nested groups");
    using Entry = AccessGraph::ClosureEntry;

    g.m_closureOffsets.assign(std::size_t(entitlements) + 1, 0);
    std::vector<quint32> seen(entitlements, AccessGraph::kNone);
    for (quint32 source = 0; source < entitlements; ++source) {
        if (source % kProgressEvery == 0 && !report(source, entitlements, stage))
            return false;
        const std::size_t begin = g.m_closure.size();
        g.m_closureOffsets[source] = begin;
        // Only entitlements held directly start an account's effective set; skipping the rest keeps
        // a long chain with one holder linear instead of quadratic.
        if (g.m_directMemberOffsets[source] == g.m_directMemberOffsets[source + 1])
            continue;
        // Breadth-first upward, using the output itself as the queue. Parents are visited in
        // ascending order, so among equally short paths the predecessor is chosen deterministically.
        g.m_closure.push_back({source, AccessGraph::kNone, 0});
        seen[source] = source;
        for (std::size_t i = begin; i < g.m_closure.size(); ++i) {
            const quint32 node = g.m_closure[i].target;
            const quint32 depth = g.m_closure[i].depth + 1;
            for (quint32 p = g.m_parentOffsets[node]; p < g.m_parentOffsets[node + 1]; ++p) {
                const quint32 parent = g.m_parents[p];
                if (seen[parent] != source) {
                    seen[parent] = source;
                    g.m_closure.push_back({parent, node, depth});
                }
            }
        }
        std::sort(g.m_closure.begin() + std::ptrdiff_t(begin), g.m_closure.end(),
                  [](const Entry& a, const Entry& b) { return a.target < b.target; });
    }
    g.m_closureOffsets[entitlements] = g.m_closure.size();
    g.m_closure.shrink_to_fit();
    return true;
}

bool AccessGraphBuilder::computeEffectiveGrants()
{
    AccessGraph& g = *m_graph;
    const quint32 accounts = g.m_accountCount;
    const QString stage = QCoreApplication::translate("AccessGraph", "Computing effective access");
    using Grant = AccessGraph::EffectiveGrant;

    // stamp[e] == account marks e as already in that account's set, at out[slot[e]]: a merge of
    // the direct entitlements' closures without clearing anything between accounts.
    std::vector<quint32> stamp(g.m_entitlementCount, AccessGraph::kNone);
    std::vector<quint64> slot(g.m_entitlementCount, 0);
    std::vector<Grant>& out = g.m_effectiveTargets;
    out.reserve(g.m_accountEntitlements.size() * 2);
    g.m_effectiveOffsets.assign(std::size_t(accounts) + 1, 0);

    for (quint32 account = 0; account < accounts; ++account) {
        if (account % kProgressEvery == 0 && !report(account, accounts, stage))
            return false;
        const std::size_t begin = out.size();
        g.m_effectiveOffsets[account] = begin;
        const quint32 directBegin = g.m_accountOffsets[account];
        const quint32 directEnd = g.m_accountOffsets[account + 1];
        // Direct entitlements ascend, and a grant is replaced only by a strictly shorter one, so
        // ties go to the lowest direct entitlement and a direct grant (depth 0) always wins.
        for (quint32 d = directBegin; d < directEnd; ++d) {
            const quint32 direct = g.m_accountEntitlements[d];
            for (quint64 c = g.m_closureOffsets[direct]; c < g.m_closureOffsets[direct + 1]; ++c) {
                const AccessGraph::ClosureEntry& entry = g.m_closure[c];
                if (stamp[entry.target] != account) {
                    stamp[entry.target] = account;
                    slot[entry.target] = out.size();
                    out.push_back({entry.target, direct, entry.depth});
                } else if (Grant& existing = out[slot[entry.target]]; entry.depth < existing.depth) {
                    existing.directVia = direct;
                    existing.depth = entry.depth;
                }
            }
        }
        // One closure is already sorted by target; several need merging into order.
        if (directEnd - directBegin > 1) {
            std::sort(out.begin() + std::ptrdiff_t(begin), out.end(),
                      [](const Grant& a, const Grant& b) { return a.entitlement < b.entitlement; });
        }
    }
    g.m_effectiveOffsets[accounts] = out.size();
    out.shrink_to_fit();
    return report(accounts, accounts, stage);
}

void AccessGraphBuilder::computeEffectiveMembers()
{
    AccessGraph& g = *m_graph;
    // Counting sort by entitlement; scanning accounts in order leaves each member list sorted.
    g.m_effectiveMemberOffsets.assign(std::size_t(g.m_entitlementCount) + 1, 0);
    for (const AccessGraph::EffectiveGrant& grant : g.m_effectiveTargets)
        ++g.m_effectiveMemberOffsets[grant.entitlement + 1];
    for (std::size_t i = 1; i < g.m_effectiveMemberOffsets.size(); ++i)
        g.m_effectiveMemberOffsets[i] += g.m_effectiveMemberOffsets[i - 1];
    g.m_effectiveMembers.resize(g.m_effectiveTargets.size());
    std::vector<quint64> cursor(g.m_effectiveMemberOffsets.begin(), g.m_effectiveMemberOffsets.end() - 1);
    for (quint32 account = 0; account < g.m_accountCount; ++account) {
        for (quint64 i = g.m_effectiveOffsets[account]; i < g.m_effectiveOffsets[account + 1]; ++i)
            g.m_effectiveMembers[cursor[g.m_effectiveTargets[i].entitlement]++] = account;
    }
}

void AccessGraphBuilder::analyseNesting()
{
    graphdetail::NestingAnalysis nesting = graphdetail::analyseNesting(m_children);
    m_graph->m_cycles = std::move(nesting.cycles);
    m_graph->m_depth = std::move(nesting.depth);
    m_children = {};
}

void AccessGraphBuilder::markPrivileged()
{
    AccessGraph& g = *m_graph;
    g.m_entitlementPrivileged.assign(g.m_entitlementCount, false);
    g.m_entitlementReasons.assign(g.m_entitlementCount, QString());
    for (quint32 e = 0; e < g.m_entitlementCount; ++e) {
        PrivilegedPolicy::Match match = m_policy.match(m_data.entitlements[e]);
        if (match.privileged) {
            g.m_entitlementPrivileged[e] = true;
            g.m_entitlementReasons[e] = std::move(match.reason);
        }
    }

    g.m_accountPrivileged.assign(g.m_accountCount, false);
    g.m_privilegedAccountCount = 0;
    for (quint32 account = 0; account < g.m_accountCount; ++account) {
        const auto grants = g.effectiveGrants(account);
        const bool privileged = std::any_of(grants.begin(), grants.end(), [&g](const AccessGraph::EffectiveGrant& x) {
            return g.m_entitlementPrivileged[x.entitlement];
        });
        if (privileged) {
            g.m_accountPrivileged[account] = true;
            ++g.m_privilegedAccountCount;
        }
    }
}

void AccessGraphBuilder::correlateIdentities()
{
    AccessGraph& g = *m_graph;
    // Sorted (key, index) pairs serve both the lookups here and identityByKey() later. An empty
    // key correlates nothing; a duplicated key resolves to its first identity.
    auto& keys = g.m_identityKeys;
    keys.reserve(g.m_identityCount);
    for (quint32 i = 0; i < g.m_identityCount; ++i) {
        if (!m_data.identities[i].key.isEmpty())
            keys.emplace_back(m_data.identities[i].key, i);
    }
    std::stable_sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    keys.erase(std::unique(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
               keys.end());
    keys.shrink_to_fit();

    g.m_accountIdentity.resize(g.m_accountCount);
    std::vector<quint32> owners, owned;
    for (quint32 a = 0; a < g.m_accountCount; ++a) {
        const quint32 identity = g.identityByKey(m_data.accounts[a].identityKey);
        g.m_accountIdentity[a] = identity;
        if (identity != AccessGraph::kNone) {
            owners.push_back(identity);
            owned.push_back(a);
        }
    }
    moveCsr(graphdetail::buildSortedCsr(g.m_identityCount, g.m_accountCount, owners, owned), g.m_identityAccountOffsets,
            g.m_identityAccounts);

    g.m_identityManager.resize(g.m_identityCount);
    for (quint32 i = 0; i < g.m_identityCount; ++i)
        g.m_identityManager[i] = g.identityByKey(m_data.identities[i].managerKey);
    g.m_entitlementOwner.resize(g.m_entitlementCount);
    for (quint32 e = 0; e < g.m_entitlementCount; ++e)
        g.m_entitlementOwner[e] = g.identityByKey(m_data.entitlements[e].ownerKey);
}

} // namespace attest
