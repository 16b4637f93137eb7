#include "accesspaths.h"

#include <QCoreApplication>

#include <algorithm>
#include <deque>
#include <unordered_map>
#include <unordered_set>

namespace attest {

namespace {

using Node = AccessPaths::Node;
using Kind = AccessPaths::Node::Kind;

// Collects nodes and edges once each; keys are (kind, index) and (from, to).
class Builder
{
public:
    Builder(const AccessGraph& graph, const SnapshotData& data, AccessPaths& out)
        : m_graph(graph)
        , m_data(data)
        , m_out(out)
    {}

    // Returns the node and whether it is new.
    std::pair<quint32, bool> node(Kind kind, quint32 index)
    {
        const quint64 key = (quint64(keyKind(kind)) << 32) | index;
        const auto [it, inserted] = m_nodes.try_emplace(key, quint32(m_out.nodes.size()));
        if (inserted) {
            Node n;
            n.kind = kind;
            n.index = index;
            if (kind == Kind::Account)
                n.privileged = m_graph.isPrivilegedAccount(index);
            else if (kind == Kind::Group || kind == Kind::Role)
                n.privileged = m_graph.isPrivilegedEntitlement(index);
            m_out.nodes.push_back(n);
        }
        return {it->second, inserted};
    }

    std::pair<quint32, bool> entitlement(quint32 index)
    {
        const bool role =
            index < m_data.entitlements.size() && m_data.entitlements[index].kind == EntitlementKind::Role;
        return node(role ? Kind::Role : Kind::Group, index);
    }

    void edge(quint32 from, quint32 to)
    {
        if (from == to)
            return; // a group listing itself: nothing to draw between a node and itself
        if (m_edges.insert((quint64(from) << 32) | to).second)
            m_out.edges.push_back({from, to, false, false});
    }

    // Everything the entitlements in queue are members of, transitively (cycle-safe: each
    // entitlement is expanded once).
    void walkUp(std::deque<quint32> queue)
    {
        while (!queue.empty()) {
            const quint32 ent = queue.front();
            queue.pop_front();
            const quint32 from = entitlement(ent).first;
            for (const quint32 parent : m_graph.memberOf(ent)) {
                const auto [to, fresh] = entitlement(parent);
                edge(from, to);
                if (fresh)
                    queue.push_back(parent);
            }
        }
    }

    static quint32 keyKind(Kind kind)
    {
        // A group and a role are both entitlements: one key space for their row index.
        return kind == Kind::Role ? quint32(Kind::Group) : quint32(kind);
    }

private:
    const AccessGraph& m_graph;
    const SnapshotData& m_data;
    AccessPaths& m_out;
    std::unordered_map<quint64, quint32> m_nodes;
    std::unordered_set<quint64> m_edges;
};

bool isEntitlement(Kind kind)
{
    return kind == Kind::Group || kind == Kind::Role;
}

// Marks back edges (those closing a cycle in a depth-first search from the start) and returns a
// topological order of the remaining acyclic graph. Iterative: deep nesting cannot overflow.
std::vector<quint32> markBackEdges(AccessPaths& paths, const std::vector<quint32>& offsets,
                                   const std::vector<quint32>& outEdges)
{
    const auto n = quint32(paths.nodes.size());
    std::vector<quint8> colour(n, 0); // 0 unseen, 1 on the stack, 2 done
    std::vector<quint32> postorder;
    postorder.reserve(n);
    std::vector<std::pair<quint32, quint32>> stack; // node, next out-edge position
    // Roots: the nodes nothing points to first (accounts, identities), so that a cycle is cut
    // where it closes, not where the walk happened to start.
    std::vector<quint8> pointedTo(n, 0);
    for (const auto& e : paths.edges)
        pointedTo[e.to] = 1;
    std::vector<quint32> roots;
    for (quint32 v = 0; v < n; ++v)
        if (!pointedTo[v])
            roots.push_back(v);
    for (quint32 v = 0; v < n; ++v)
        if (pointedTo[v])
            roots.push_back(v);
    for (quint32 root : roots) {
        if (colour[root])
            continue;
        stack.push_back({root, offsets[root]});
        colour[root] = 1;
        while (!stack.empty()) {
            auto& [v, next] = stack.back();
            if (next == offsets[v + 1]) {
                colour[v] = 2;
                postorder.push_back(v);
                stack.pop_back();
                continue;
            }
            AccessPaths::Edge& e = paths.edges[outEdges[next++]];
            if (colour[e.to] == 1)
                e.back = true;
            else if (colour[e.to] == 0) {
                colour[e.to] = 1;
                stack.push_back({e.to, offsets[e.to]});
            }
        }
    }
    std::reverse(postorder.begin(), postorder.end());
    return postorder;
}

void assignLayers(AccessPaths& paths)
{
    const auto n = quint32(paths.nodes.size());
    if (n == 0)
        return;
    // Out-edges by node (CSR).
    std::vector<quint32> offsets(n + 1, 0), outEdges(paths.edges.size());
    for (const auto& e : paths.edges)
        ++offsets[e.from + 1];
    for (quint32 i = 0; i < n; ++i)
        offsets[i + 1] += offsets[i];
    {
        std::vector<quint32> fill(offsets.begin(), offsets.end() - 1);
        for (quint32 i = 0; i < paths.edges.size(); ++i)
            outEdges[fill[paths.edges[i].from]++] = i;
    }
    const std::vector<quint32> topo = markBackEdges(paths, offsets, outEdges);

    // Floors by band: identities, then accounts, then entitlements.
    bool hasIdentity = false, hasAccounts = false;
    for (const Node& node : paths.nodes) {
        hasIdentity |= node.kind == Kind::Identity;
        hasAccounts |= node.kind == Kind::Account || node.kind == Kind::MoreAccounts;
    }
    const quint32 accountFloor = hasIdentity ? 1 : 0;
    const quint32 entitlementFloor = accountFloor + (hasAccounts ? 1 : 0);

    std::vector<quint32> layer(n, 0);
    const auto longestPath = [&](quint32 roleFloor, quint32 privilegedFloor) {
        for (quint32 v : topo) {
            const Node& node = paths.nodes[v];
            quint32 floor = 0;
            if (node.kind == Kind::Account || node.kind == Kind::MoreAccounts)
                floor = accountFloor;
            else if (isEntitlement(node.kind))
                floor = node.privileged ? privilegedFloor : (node.kind == Kind::Role ? roleFloor : entitlementFloor);
            layer[v] = std::max(layer[v], floor);
        }
        for (quint32 v : topo) {
            for (quint32 i = offsets[v]; i < offsets[v + 1]; ++i) {
                const auto& e = paths.edges[outEdges[i]];
                if (!e.back)
                    layer[e.to] = std::max(layer[e.to], layer[v] + 1);
            }
        }
    };
    const auto maxLayer = [&](auto&& predicate, quint32 otherwise) {
        bool any = false;
        quint32 result = 0;
        for (quint32 v = 0; v < n; ++v) {
            if (predicate(paths.nodes[v])) {
                any = true;
                result = std::max(result, layer[v] + 1);
            }
        }
        return any ? result : otherwise;
    };
    // Three passes: plain longest path; roles after the groups that are not below a role; the
    // privileged entitlements after everything else that is not below one of them.
    longestPath(entitlementFloor, entitlementFloor);
    const quint32 roleFloor =
        maxLayer([](const Node& node) { return node.kind == Kind::Group && !node.privileged; }, entitlementFloor);
    std::fill(layer.begin(), layer.end(), 0);
    longestPath(roleFloor, roleFloor);
    const quint32 privilegedFloor =
        maxLayer([](const Node& node) { return isEntitlement(node.kind) && !node.privileged; }, entitlementFloor);
    std::fill(layer.begin(), layer.end(), 0);
    longestPath(roleFloor, privilegedFloor);

    // Drop empty layers.
    std::vector<quint32> used(*std::max_element(layer.begin(), layer.end()) + 1, 0);
    for (quint32 l : layer)
        used[l] = 1;
    std::vector<quint32> remap(used.size(), 0);
    quint32 next = 0;
    for (std::size_t l = 0; l < used.size(); ++l) {
        remap[l] = next;
        next += used[l];
    }
    paths.layers.assign(next, {});
    for (quint32 v = 0; v < n; ++v) {
        paths.nodes[v].layer = remap[layer[v]];
        paths.layers[paths.nodes[v].layer].push_back(v);
    }
}

// Barycentre crossing reduction over nodes and waypoints: each layer sorted by the mean
// relative position of its neighbours in the layer on one side, sweeping right-to-left then
// left-to-right. Long edges are first split at a waypoint per crossed layer, so every edge of the
// extended graph joins adjacent layers.
void orderLayers(AccessPaths& paths)
{
    const auto n = quint32(paths.nodes.size());
    paths.edgeWaypoints.assign(paths.edges.size(), {});
    paths.lanes = paths.layers;
    paths.waypointCount = 0;
    if (n == 0)
        return;
    std::vector<quint32> laneLayer(n);
    for (quint32 v = 0; v < n; ++v)
        laneLayer[v] = paths.nodes[v].layer;
    // Edges from one layer to the same target share their waypoints (a bus): a group's 500
    // expanded members need one lane to it, not 500.
    std::vector<std::pair<quint32, quint32>> links;       // extended edges, left → right
    std::map<std::pair<quint32, quint32>, quint32> buses; // (target, source layer) → the edge that made the chain
    for (quint32 i = 0; i < paths.edges.size(); ++i) {
        const auto& e = paths.edges[i];
        if (e.back)
            continue;
        const quint32 fromLayer = paths.nodes[e.from].layer;
        if (paths.nodes[e.to].layer <= fromLayer + 1) {
            links.push_back({e.from, e.to});
            continue;
        }
        const auto [bus, fresh] = buses.try_emplace({e.to, fromLayer}, i);
        if (!fresh) {
            paths.edgeWaypoints[i] = paths.edgeWaypoints[bus->second];
            links.push_back({e.from, paths.edgeWaypoints[i].front()});
            continue;
        }
        quint32 previous = e.from;
        for (quint32 l = fromLayer + 1; l < paths.nodes[e.to].layer; ++l) {
            const quint32 id = n + paths.waypointCount++;
            laneLayer.push_back(l);
            paths.lanes[l].push_back(id);
            paths.edgeWaypoints[i].push_back(id);
            links.push_back({previous, id});
            previous = id;
        }
        links.push_back({previous, e.to});
    }
    const std::size_t total = laneLayer.size();
    // Neighbours on each side, as CSR.
    std::vector<quint32> leftOffsets(total + 1, 0), rightOffsets(total + 1, 0);
    for (const auto& [a, b] : links) {
        ++leftOffsets[b + 1];
        ++rightOffsets[a + 1];
    }
    for (std::size_t i = 0; i < total; ++i) {
        leftOffsets[i + 1] += leftOffsets[i];
        rightOffsets[i + 1] += rightOffsets[i];
    }
    std::vector<quint32> left(links.size()), right(links.size());
    {
        std::vector<quint32> l(leftOffsets.begin(), leftOffsets.end() - 1),
            r(rightOffsets.begin(), rightOffsets.end() - 1);
        for (const auto& [a, b] : links) {
            left[l[b]++] = a;
            right[r[a]++] = b;
        }
    }
    std::vector<double> rank(total, 0.0);
    const auto updateRanks = [&](quint32 l) {
        const auto& lane = paths.lanes[l];
        for (std::size_t i = 0; i < lane.size(); ++i)
            rank[lane[i]] = (double(i) + 0.5) / double(lane.size());
    };
    for (quint32 l = 0; l < paths.lanes.size(); ++l)
        updateRanks(l);
    std::vector<std::pair<double, quint32>> keyed;
    const auto sweep = [&](bool towardsRight) {
        const auto layerCount = quint32(paths.lanes.size());
        for (quint32 step = 1; step < layerCount; ++step) {
            const quint32 l = towardsRight ? step : layerCount - 1 - step;
            auto& lane = paths.lanes[l];
            keyed.clear();
            for (quint32 v : lane) {
                // Moving right, an entry follows its neighbours on the left; moving left, those on the right.
                const auto& offsets = towardsRight ? leftOffsets : rightOffsets;
                const auto& neighbours = towardsRight ? left : right;
                double sum = 0;
                for (quint32 i = offsets[v]; i < offsets[v + 1]; ++i)
                    sum += rank[neighbours[i]];
                const quint32 count = offsets[v + 1] - offsets[v];
                keyed.push_back({count ? sum / count : rank[v], v});
            }
            std::stable_sort(keyed.begin(), keyed.end(),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
            for (std::size_t i = 0; i < lane.size(); ++i)
                lane[i] = keyed[i].second;
            updateRanks(l);
        }
    };
    for (int round = 0; round < 3; ++round) {
        sweep(false);
        sweep(true);
    }
    // The nodes' own order, without the waypoints.
    for (quint32 l = 0; l < paths.lanes.size(); ++l) {
        auto& layer = paths.layers[l];
        layer.clear();
        for (quint32 id : paths.lanes[l]) {
            if (id < n) {
                paths.nodes[id].order = quint32(layer.size());
                layer.push_back(id);
            }
        }
    }
}

} // namespace

quint32 AccessPaths::findNode(Node::Kind kind, quint32 index) const
{
    for (quint32 i = 0; i < nodes.size(); ++i) {
        if (nodes[i].index == index && (nodes[i].kind == kind || (isEntitlement(kind) && isEntitlement(nodes[i].kind))))
            return i;
    }
    return AccessGraph::kNone;
}

quint32 AccessPaths::findEntitlementNode(quint32 entitlement) const
{
    return findNode(Node::Kind::Group, entitlement);
}

AccessPaths computeAccessPaths(const AccessGraph& graph, const SnapshotData& data, const AccessPathQuery& query)
{
    AccessPaths out;
    Builder builder(graph, data, out);
    using StartKind = AccessPathQuery::StartKind;
    const bool fromEntitlement = query.startKind == StartKind::Entitlement;
    const quint32 limit = fromEntitlement                          ? graph.entitlementCount()
                          : query.startKind == StartKind::Identity ? graph.identityCount()
                                                                   : graph.accountCount();
    if (query.start >= limit || (fromEntitlement && query.start >= data.entitlements.size())) {
        out.message = QCoreApplication::translate(
            "AccessPaths", "The object is not in the loaded snapshot: choose an account, identity or entitlement.");
        return out;
    }
    if (!fromEntitlement && query.direction == AccessDirection::WhoCanReach) {
        out.message = QCoreApplication::translate(
            "AccessPaths", "Nothing grants access to an account or identity: use “What can this reach?” to see "
                           "what it holds.");
        return out;
    }

    if (!fromEntitlement) {
        std::vector<quint32> accounts;
        if (query.startKind == StartKind::Identity) {
            out.startNode = builder.node(Kind::Identity, query.start).first;
            for (quint32 account : graph.accountsOfIdentity(query.start)) {
                accounts.push_back(account);
                builder.edge(out.startNode, builder.node(Kind::Account, account).first);
            }
        } else {
            accounts.push_back(query.start);
            out.startNode = builder.node(Kind::Account, query.start).first;
        }
        std::deque<quint32> queue;
        for (quint32 account : accounts) {
            const quint32 from = builder.node(Kind::Account, account).first;
            for (quint32 ent : graph.directEntitlements(account)) {
                const auto [to, fresh] = builder.entitlement(ent);
                builder.edge(from, to);
                if (fresh)
                    queue.push_back(ent);
            }
        }
        if (queue.empty()) {
            out.message =
                query.startKind == StartKind::Identity && accounts.empty()
                    ? QCoreApplication::translate("AccessPaths",
                                                  "This identity has no accounts: there is no access path to show.")
                    : QCoreApplication::translate("AccessPaths", "No access path: the account holds no group or role.");
            out.nodes.clear();
            out.edges.clear();
            out.startNode = AccessGraph::kNone;
            return out;
        }
        builder.walkUp(std::move(queue));
    } else if (query.direction == AccessDirection::WhatCanReach) {
        out.startNode = builder.entitlement(query.start).first;
        builder.walkUp({query.start});
        if (out.edges.empty()) {
            out.message = QCoreApplication::translate(
                "AccessPaths", "No access path: this entitlement is not a member of any other group or role.");
            out.nodes.clear();
            out.startNode = AccessGraph::kNone;
            return out;
        }
    } else {
        // Who can reach: the entitlement and everything nested below it, then their members.
        out.startNode = builder.entitlement(query.start).first;
        std::vector<quint32> entitlements{query.start};
        for (std::size_t i = 0; i < entitlements.size(); ++i) {
            const quint32 parent = builder.entitlement(entitlements[i]).first;
            for (quint32 child : graph.nestedMembers(entitlements[i])) {
                const auto [from, fresh] = builder.entitlement(child);
                builder.edge(from, parent);
                if (fresh)
                    entitlements.push_back(child);
            }
        }
        quint64 accountsFound = 0;
        quint32 materialised = 0;
        for (quint32 ent : entitlements) {
            const auto members = graph.directMemberAccounts(ent);
            accountsFound += members.size();
            if (members.empty())
                continue;
            const auto expanded = query.expandedPages.find(ent);
            std::size_t shown = 0;
            if (expanded != query.expandedPages.end())
                shown = std::min<quint64>(members.size(), quint64(expanded->second) * query.pageSize);
            else if (members.size() <= query.collapseThreshold && materialised + members.size() <= query.maxAccounts)
                shown = members.size();
            const quint32 to = builder.entitlement(ent).first;
            for (std::size_t i = 0; i < shown; ++i)
                builder.edge(builder.node(Kind::Account, members[i]).first, to);
            if (expanded == query.expandedPages.end())
                materialised += quint32(shown); // what the user expanded does not use up the overview's budget
            if (shown < members.size()) {
                const quint32 more = builder.node(Kind::MoreAccounts, ent).first;
                out.nodes[more].hiddenCount = quint32(members.size() - shown);
                out.nodes[more].shownCount = quint32(shown);
                // Privileged when the group is: every one of its accounts is then privileged.
                out.nodes[more].privileged = graph.isPrivilegedEntitlement(ent);
                builder.edge(more, to);
            }
        }
        if (accountsFound == 0) {
            out.message = QCoreApplication::translate(
                "AccessPaths", "No access path: nobody holds this entitlement, directly or through nested groups.");
            out.nodes.clear();
            out.edges.clear();
            out.startNode = AccessGraph::kNone;
            return out;
        }
    }
    out.nodes[out.startNode].start = true;
    assignLayers(out);
    orderLayers(out);
    highlightAccessPaths(out);
    return out;
}

quint32 highlightAccessPaths(AccessPaths& paths, quint32 focusNode)
{
    for (auto& e : paths.edges)
        e.highlighted = false;
    const auto n = quint32(paths.nodes.size());
    if (paths.startNode >= n)
        return 0;
    // Nodes reachable from seeds along the edges (forward) or against them (backward).
    const auto reach = [&](const std::vector<quint32>& seeds, bool forward) {
        std::vector<quint8> seen(n, 0);
        std::vector<quint32> stack;
        for (quint32 s : seeds) {
            if (s < n && !seen[s]) {
                seen[s] = 1;
                stack.push_back(s);
            }
        }
        // Edges are few (the picture is bounded), so a scan per round is fine; iterate to a fixpoint.
        std::vector<std::vector<quint32>> adjacency(n);
        for (const auto& e : paths.edges)
            adjacency[forward ? e.from : e.to].push_back(forward ? e.to : e.from);
        while (!stack.empty()) {
            const quint32 v = stack.back();
            stack.pop_back();
            for (quint32 w : adjacency[v]) {
                if (!seen[w]) {
                    seen[w] = 1;
                    stack.push_back(w);
                }
            }
        }
        return seen;
    };
    std::vector<quint32> sources, targets;
    if (focusNode < n && focusNode != paths.startNode) {
        const auto fromStart = reach({paths.startNode}, true);
        if (fromStart[focusNode]) {
            sources = {paths.startNode};
            targets = {focusNode};
        } else {
            sources = {focusNode};
            targets = {paths.startNode};
        }
    } else {
        const Kind startKind = paths.nodes[paths.startNode].kind;
        const bool whoCanReach =
            isEntitlement(startKind) &&
            std::any_of(paths.edges.begin(), paths.edges.end(), [&](const auto& e) { return e.to == paths.startNode; });
        if (whoCanReach && paths.nodes[paths.startNode].privileged)
            return 0; // every way in is a privileged one: the borders already say so
        if (whoCanReach) {
            // The privileged accounts' ways in.
            for (quint32 v = 0; v < n; ++v)
                if (paths.nodes[v].kind == Kind::Account && paths.nodes[v].privileged)
                    sources.push_back(v);
            targets = {paths.startNode};
        } else {
            // The ways to the privileged tier.
            sources = {paths.startNode};
            for (quint32 v = 0; v < n; ++v)
                if (isEntitlement(paths.nodes[v].kind) && paths.nodes[v].privileged)
                    targets.push_back(v);
        }
    }
    if (sources.empty() || targets.empty())
        return 0;
    const auto forward = reach(sources, true);
    const auto backward = reach(targets, false);
    quint32 marked = 0;
    for (auto& e : paths.edges) {
        if (forward[e.from] && backward[e.to] && forward[e.to] && backward[e.from]) {
            e.highlighted = true;
            ++marked;
        }
    }
    return marked;
}

} // namespace attest
