#include "accessgraphbuilder.h"

#include "domain/privilegedpolicy.h"
#include "nestinganalysis.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <thread>

namespace attest {

using graphdetail::Csr;

namespace {

constexpr quint32 kProgressEvery = 4096;  // accounts or entitlements between progress reports
constexpr quint64 kParallelWork = 100000; // direct grants below which one thread is quicker
constexpr quint32 kMaxThreads = 8;

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

void AccessGraphBuilder::splitAccounts()
{
    const AccessGraph& g = *m_graph;
    // Threads pay off only on big snapshots; each range gets about the same number of direct
    // grants, which is what the merge work follows.
    const quint64 work = g.m_accountEntitlements.size();
    const quint32 hardware = std::max(1u, std::thread::hardware_concurrency());
    const quint32 parts = work < kParallelWork ? 1 : std::min(hardware, kMaxThreads);
    m_bounds.assign(1, 0);
    for (quint32 part = 1; part < parts; ++part) {
        const quint64 target = work * part / parts;
        const auto it = std::lower_bound(g.m_accountOffsets.begin(), g.m_accountOffsets.end(), target);
        m_bounds.push_back(std::max(m_bounds.back(), quint32(it - g.m_accountOffsets.begin())));
    }
    m_bounds.push_back(g.m_accountCount);
    m_bounds.back() = std::max(m_bounds.back(), m_bounds[m_bounds.size() - 2]);
}

bool AccessGraphBuilder::runParts(const std::function<void(quint32 part)>& work)
{
    {
        std::vector<std::jthread> threads;
        for (quint32 part = 1; part + 1 < m_bounds.size(); ++part)
            threads.emplace_back(work, part);
        work(0); // the calling thread takes the first range and is the one that reports progress
    }
    return !m_cancelled.load();
}

bool AccessGraphBuilder::keepGoing(quint32 part, quint32 account, const QString& stage)
{
    if ((account - m_bounds[part]) % kProgressEvery != 0)
        return true;
    if (part == 0) {
        // Progress is estimated from the first range, as the ranges run side by side, and the
        // counting and filling passes each take half of it.
        const qint64 total = m_graph->m_accountCount;
        const qint64 inPass = std::min<qint64>(qint64(account) * qint64(m_bounds.size() - 1), total);
        if (!report((m_pass * total + inPass) / 2, total, stage))
            m_cancelled.store(true);
    }
    return !m_cancelled.load(std::memory_order_relaxed);
}

void AccessGraphBuilder::mergeClosures(quint32 account, MergeScratch& scratch) const
{
    const AccessGraph& g = *m_graph;
    scratch.targets.clear();
    // Direct entitlements ascend, and a grant is replaced only by a strictly shorter one, so ties
    // go to the lowest direct entitlement and a direct grant (depth 0) always wins.
    for (quint32 d = g.m_accountOffsets[account]; d < g.m_accountOffsets[account + 1]; ++d) {
        const quint32 direct = g.m_accountEntitlements[d];
        for (quint64 c = g.m_closureOffsets[direct]; c < g.m_closureOffsets[direct + 1]; ++c) {
            const AccessGraph::ClosureEntry& entry = g.m_closure[c];
            MergeScratch::Slot& slot = scratch.slots[entry.target];
            if (slot.account != account) {
                slot = {account, direct, entry.depth};
                scratch.targets.push_back(entry.target);
            } else if (entry.depth < slot.depth) {
                slot.directVia = direct;
                slot.depth = entry.depth;
            }
        }
    }
}

void AccessGraphBuilder::sortTargets(MergeScratch& scratch)
{
    std::vector<quint32>& targets = scratch.targets;
    quint32 low = AccessGraph::kNone;
    quint32 high = 0;
    for (quint32 t : targets) {
        low = std::min(low, t);
        high = std::max(high, t);
    }
    const quint32 words = (high >> 6) - (low >> 6) + 1;
    // Comparison sorts of a few dozen targets per account were a sixth of the build; marking them
    // in a bitmap and reading the set bits back out is linear when they are not spread too thin.
    if (words > targets.size() * 4) {
        std::sort(targets.begin(), targets.end());
        return;
    }
    std::vector<quint64>& bits = scratch.bits;
    for (quint32 t : targets)
        bits[t >> 6] |= quint64(1) << (t & 63);
    auto out = targets.begin();
    for (quint32 w = low >> 6; w <= high >> 6; ++w) {
        for (quint64 word = bits[w]; word != 0; word &= word - 1)
            *out++ = (w << 6) | quint32(std::countr_zero(word));
        bits[w] = 0;
    }
}

bool AccessGraphBuilder::computeEffectiveGrants()
{
    AccessGraph& g = *m_graph;
    const quint32 entitlements = g.m_entitlementCount;
    const QString stage = QCoreApplication::translate("AccessGraph", "Computing effective access");
    splitAccounts();
    const quint32 parts = quint32(m_bounds.size() - 1);
    std::vector<MergeScratch> scratch(parts);
    m_pass = 0;
    for (MergeScratch& s : scratch) {
        s.slots.resize(entitlements);
        s.bits.resize(entitlements / 64 + 1);
    }

    // Two passes, counting and then filling, so the grants land in one exactly sized array that
    // every thread writes its own range of: no growth, no concatenation, no per-account vectors.
    g.m_effectiveOffsets.assign(std::size_t(g.m_accountCount) + 1, 0);
    const bool counted = runParts([&](quint32 part) {
        for (quint32 account = m_bounds[part]; account < m_bounds[part + 1]; ++account) {
            if (!keepGoing(part, account, stage))
                return;
            mergeClosures(account, scratch[part]);
            g.m_effectiveOffsets[account + 1] = scratch[part].targets.size();
        }
    });
    if (!counted)
        return false;
    m_pass = 1;
    for (std::size_t i = 1; i < g.m_effectiveOffsets.size(); ++i)
        g.m_effectiveOffsets[i] += g.m_effectiveOffsets[i - 1];

    g.m_effectiveTargets.resize(g.m_effectiveOffsets.back());
    m_memberCounts.assign(parts, std::vector<quint64>(entitlements, 0));
    for (MergeScratch& s : scratch)
        std::fill(s.slots.begin(), s.slots.end(), MergeScratch::Slot());
    return runParts([&](quint32 part) {
        MergeScratch& s = scratch[part];
        std::vector<quint64>& memberCounts = m_memberCounts[part];
        for (quint32 account = m_bounds[part]; account < m_bounds[part + 1]; ++account) {
            if (!keepGoing(part, account, stage))
                return;
            mergeClosures(account, s);
            // One closure is already sorted by target; several need putting into order.
            if (g.m_accountOffsets[account + 1] - g.m_accountOffsets[account] > 1)
                sortTargets(s);
            AccessGraph::EffectiveGrant* out = g.m_effectiveTargets.data() + g.m_effectiveOffsets[account];
            for (quint32 target : s.targets) {
                const MergeScratch::Slot& slot = s.slots[target];
                *out++ = {target, slot.directVia, slot.depth};
                ++memberCounts[target];
            }
        }
    });
}

void AccessGraphBuilder::computeEffectiveMembers()
{
    AccessGraph& g = *m_graph;
    const quint32 parts = quint32(m_bounds.size() - 1);
    // A counting sort by entitlement. Each range of accounts gets its own slice of every member
    // list, in range order, so the threads write apart and each list comes out sorted.
    g.m_effectiveMemberOffsets.assign(std::size_t(g.m_entitlementCount) + 1, 0);
    quint64 running = 0;
    for (quint32 e = 0; e < g.m_entitlementCount; ++e) {
        g.m_effectiveMemberOffsets[e] = running;
        for (quint32 part = 0; part < parts; ++part) {
            const quint64 count = m_memberCounts[part][e];
            m_memberCounts[part][e] = running; // now the cursor where that range writes
            running += count;
        }
    }
    g.m_effectiveMemberOffsets[g.m_entitlementCount] = running;
    g.m_effectiveMembers.resize(running);
    runParts([&](quint32 part) {
        std::vector<quint64>& cursor = m_memberCounts[part];
        for (quint32 account = m_bounds[part]; account < m_bounds[part + 1]; ++account) {
            for (quint64 i = g.m_effectiveOffsets[account]; i < g.m_effectiveOffsets[account + 1]; ++i)
                g.m_effectiveMembers[cursor[g.m_effectiveTargets[i].entitlement]++] = account;
        }
    });
    m_memberCounts = {};
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
