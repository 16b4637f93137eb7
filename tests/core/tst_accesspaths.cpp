#include "testregistry.h"

#include "analysis/accesspaths.h"
#include "domain/privilegedpolicy.h"
#include "graph/accessgraph.h"

#include <QTest>

#include <algorithm>
#include <map>
#include <set>

using namespace attest;

namespace {

using Kind = AccessPaths::Node::Kind;

// Hand-made snapshots: rows are added in order and refer to each other by index.
struct Fixture
{
    SnapshotData data;

    quint32 account(const QString& login, const QString& identityKey = {})
    {
        Account a;
        a.key = login;
        a.login = login;
        a.identityKey = identityKey;
        data.accounts.push_back(a);
        return quint32(data.accounts.size() - 1);
    }
    quint32 entitlement(const QString& name, EntitlementKind kind = EntitlementKind::Group)
    {
        Entitlement e;
        e.key = name;
        e.name = name;
        e.kind = kind;
        data.entitlements.push_back(e);
        return quint32(data.entitlements.size() - 1);
    }
    quint32 identity(const QString& key)
    {
        Identity i;
        i.key = key;
        i.displayName = key;
        data.identities.push_back(i);
        return quint32(data.identities.size() - 1);
    }
    void grant(quint32 entitlement, quint32 account)
    {
        data.memberships.push_back({entitlement, account, MemberKind::Account});
    }
    void nest(quint32 parent, quint32 child) { data.memberships.push_back({parent, child, MemberKind::Entitlement}); }

    std::unique_ptr<AccessGraph> build() const { return AccessGraph::build(data, PrivilegedPolicy()); }
};

AccessPathQuery query(AccessPathQuery::StartKind kind, quint32 start, AccessDirection direction)
{
    AccessPathQuery q;
    q.startKind = kind;
    q.start = start;
    q.direction = direction;
    return q;
}

// Every forward edge goes to a later layer; layers list each node once, in their order.
void checkLayout(const AccessPaths& paths)
{
    std::size_t listed = 0;
    for (quint32 l = 0; l < paths.layers.size(); ++l) {
        QVERIFY(!paths.layers[l].empty());
        for (quint32 i = 0; i < paths.layers[l].size(); ++i) {
            const auto& node = paths.nodes[paths.layers[l][i]];
            QCOMPARE(node.layer, l);
            QCOMPARE(node.order, i);
            ++listed;
        }
    }
    QCOMPARE(listed, paths.nodes.size());
    // Lanes: the same nodes in the same order, plus one waypoint per layer a long edge crosses.
    QCOMPARE(paths.lanes.size(), paths.layers.size());
    QCOMPARE(paths.edgeWaypoints.size(), paths.edges.size());
    std::map<quint32, quint32> waypointLayer;
    for (quint32 l = 0; l < paths.lanes.size(); ++l) {
        std::vector<quint32> nodesOnly;
        for (quint32 id : paths.lanes[l]) {
            if (id < paths.nodes.size())
                nodesOnly.push_back(id);
            else
                waypointLayer[id] = l;
        }
        QCOMPARE(nodesOnly, paths.layers[l]);
    }
    QCOMPARE(waypointLayer.size(), std::size_t(paths.waypointCount));
    for (std::size_t i = 0; i < paths.edges.size(); ++i) {
        const auto& e = paths.edges[i];
        const auto& via = paths.edgeWaypoints[i];
        if (e.back) {
            QVERIFY(via.empty());
            continue;
        }
        QCOMPARE(via.size(), std::size_t(paths.nodes[e.to].layer - paths.nodes[e.from].layer - 1));
        for (std::size_t k = 0; k < via.size(); ++k)
            QCOMPARE(waypointLayer[via[k]], quint32(paths.nodes[e.from].layer + 1 + k));
    }
    for (const auto& e : paths.edges) {
        if (!e.back)
            QVERIFY2(paths.nodes[e.from].layer < paths.nodes[e.to].layer,
                     qPrintable(QStringLiteral("%1 -> %2").arg(e.from).arg(e.to)));
    }
}

int crossings(const AccessPaths& paths)
{
    int count = 0;
    for (std::size_t i = 0; i < paths.edges.size(); ++i) {
        for (std::size_t j = i + 1; j < paths.edges.size(); ++j) {
            const auto& a = paths.edges[i];
            const auto& b = paths.edges[j];
            const auto& af = paths.nodes[a.from];
            const auto& at = paths.nodes[a.to];
            const auto& bf = paths.nodes[b.from];
            const auto& bt = paths.nodes[b.to];
            if (af.layer != bf.layer || at.layer != bt.layer || at.layer != af.layer + 1)
                continue;
            if ((int(af.order) - int(bf.order)) * (int(at.order) - int(bt.order)) < 0)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestAccessPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whatAnAccountReachesThroughNesting()
    {
        Fixture f;
        const quint32 alice = f.account(QStringLiteral("alice"));
        const quint32 staff = f.entitlement(QStringLiteral("staff"));
        const quint32 finance = f.entitlement(QStringLiteral("finance"));
        const quint32 approver = f.entitlement(QStringLiteral("invoice-approver"), EntitlementKind::Role);
        const quint32 admins = f.entitlement(QStringLiteral("Domain Admins"));
        const quint32 unrelated = f.entitlement(QStringLiteral("unrelated"));
        f.grant(staff, alice);
        f.nest(finance, staff);    // staff ⊂ finance
        f.nest(approver, finance); // finance ⊂ role
        f.nest(admins, staff);     // staff ⊂ Domain Admins
        f.grant(unrelated, f.account(QStringLiteral("bob")));
        const auto graph = f.build();

        AccessPaths paths = computeAccessPaths(
            *graph, f.data, query(AccessPathQuery::StartKind::Account, alice, AccessDirection::WhatCanReach));
        QVERIFY(paths.message.isEmpty());
        QCOMPARE(paths.nodes.size(), std::size_t(5));
        QCOMPARE(paths.edges.size(), std::size_t(4));
        QVERIFY(paths.findEntitlementNode(unrelated) == AccessGraph::kNone);
        checkLayout(paths);
        const auto layerOf = [&](quint32 ent) { return paths.nodes[paths.findEntitlementNode(ent)].layer; };
        QCOMPARE(paths.nodes[paths.startNode].layer, 0u);
        QVERIFY(paths.nodes[paths.startNode].start);
        QCOMPARE(paths.nodes[paths.startNode].kind, Kind::Account);
        QVERIFY(paths.nodes[paths.startNode].privileged);
        QCOMPARE(paths.nodes[paths.findEntitlementNode(approver)].kind, Kind::Role);
        // Layers: accounts → groups → roles → privileged entitlements.
        QVERIFY(layerOf(staff) < layerOf(finance));
        QVERIFY(layerOf(finance) < layerOf(approver));
        QVERIFY(paths.nodes[paths.findEntitlementNode(admins)].privileged);
        QCOMPARE(layerOf(admins), quint32(paths.layers.size() - 1));
        QVERIFY(layerOf(approver) < layerOf(admins));
        // staff → Domain Admins crosses the finance and role layers: a waypoint in each.
        QCOMPARE(paths.waypointCount, 2u);

        // With no focus the ways to the privileged tier are highlighted: alice → staff → admins.
        QCOMPARE(std::count_if(paths.edges.begin(), paths.edges.end(), [](const auto& e) { return e.highlighted; }), 2);
        // Focus on the role: exactly alice → staff → finance → role.
        QCOMPARE(highlightAccessPaths(paths, paths.findEntitlementNode(approver)), 3u);
        for (const auto& e : paths.edges)
            QCOMPARE(e.highlighted, paths.nodes[e.to].index != admins);
    }

    void identityStartsFromAllItsAccounts()
    {
        Fixture f;
        const quint32 person = f.identity(QStringLiteral("E100"));
        const quint32 user = f.account(QStringLiteral("carol"), QStringLiteral("E100"));
        const quint32 admin = f.account(QStringLiteral("carol-adm"), QStringLiteral("E100"));
        const quint32 staff = f.entitlement(QStringLiteral("staff"));
        const quint32 ops = f.entitlement(QStringLiteral("ops"));
        f.grant(staff, user);
        f.grant(ops, admin);
        const auto graph = f.build();
        AccessPaths paths = computeAccessPaths(
            *graph, f.data, query(AccessPathQuery::StartKind::Identity, person, AccessDirection::WhatCanReach));
        QVERIFY(paths.message.isEmpty());
        QCOMPARE(paths.nodes[paths.startNode].kind, Kind::Identity);
        QVERIFY(paths.findNode(Kind::Account, user) != AccessGraph::kNone);
        QVERIFY(paths.findNode(Kind::Account, admin) != AccessGraph::kNone);
        QCOMPARE(paths.layers.size(), std::size_t(3));
        QCOMPARE(paths.edges.size(), std::size_t(4));
        checkLayout(paths);
        // The path to ops goes through the admin account only.
        QCOMPARE(highlightAccessPaths(paths, paths.findEntitlementNode(ops)), 2u);
        for (const auto& e : paths.edges)
            if (e.highlighted)
                QVERIFY(e.from == paths.startNode || paths.nodes[e.from].index == admin);
    }

    void cyclesAreWalkedOnceAndDrawnAsBackEdges()
    {
        Fixture f;
        const quint32 a = f.account(QStringLiteral("a"));
        const quint32 g1 = f.entitlement(QStringLiteral("g1"));
        const quint32 g2 = f.entitlement(QStringLiteral("g2"));
        const quint32 g3 = f.entitlement(QStringLiteral("g3"));
        f.grant(g1, a);
        f.nest(g2, g1);
        f.nest(g3, g2);
        f.nest(g1, g3); // g1 ⊂ g2 ⊂ g3 ⊂ g1
        f.nest(g2, g2); // and a group listing itself
        const auto graph = f.build();
        AccessPaths up = computeAccessPaths(
            *graph, f.data, query(AccessPathQuery::StartKind::Account, a, AccessDirection::WhatCanReach));
        QCOMPARE(up.nodes.size(), std::size_t(4));
        QCOMPARE(up.edges.size(), std::size_t(4)); // a→g1, g1→g2, g2→g3, g3→g1 (no self edge)
        QCOMPARE(std::count_if(up.edges.begin(), up.edges.end(), [](const auto& e) { return e.back; }), 1);
        checkLayout(up);

        AccessPaths down = computeAccessPaths(
            *graph, f.data, query(AccessPathQuery::StartKind::Entitlement, g3, AccessDirection::WhoCanReach));
        QVERIFY(down.message.isEmpty());
        QCOMPARE(down.nodes.size(), std::size_t(4));
        QCOMPARE(std::count_if(down.edges.begin(), down.edges.end(), [](const auto& e) { return e.back; }), 1);
        checkLayout(down);
        QVERIFY(highlightAccessPaths(down, down.findNode(Kind::Account, a)) >= 3u);
    }

    void bigGroupsCollapseAndExpandByPages()
    {
        Fixture f;
        const quint32 all = f.entitlement(QStringLiteral("all-staff"));
        const quint32 big = f.entitlement(QStringLiteral("big"));
        const quint32 small = f.entitlement(QStringLiteral("small"));
        f.nest(all, big);
        f.nest(all, small);
        for (int i = 0; i < 1200; ++i)
            f.grant(big, f.account(QStringLiteral("u%1").arg(i)));
        for (int i = 0; i < 3; ++i)
            f.grant(small, f.account(QStringLiteral("s%1").arg(i)));
        const auto graph = f.build();

        AccessPathQuery q = query(AccessPathQuery::StartKind::Entitlement, all, AccessDirection::WhoCanReach);
        q.collapseThreshold = 50;
        q.pageSize = 500;
        AccessPaths paths = computeAccessPaths(*graph, f.data, q);
        QVERIFY(paths.message.isEmpty());
        QCOMPARE(paths.nodes.size(), std::size_t(3 + 3 + 1)); // 3 groups, 3 small accounts, one "+1200"
        const quint32 more = paths.findNode(Kind::MoreAccounts, big);
        QVERIFY(more != AccessGraph::kNone);
        QCOMPARE(paths.nodes[more].hiddenCount, 1200u);
        QCOMPARE(paths.nodes[more].shownCount, 0u);
        QVERIFY(paths.findNode(Kind::MoreAccounts, small) == AccessGraph::kNone);
        checkLayout(paths);

        q.expandedPages[big] = 1;
        paths = computeAccessPaths(*graph, f.data, q);
        QCOMPARE(paths.nodes.size(), std::size_t(3 + 3 + 500 + 1));
        QCOMPARE(paths.nodes[paths.findNode(Kind::MoreAccounts, big)].hiddenCount, 700u);
        QCOMPARE(paths.nodes[paths.findNode(Kind::MoreAccounts, big)].shownCount, 500u);
        checkLayout(paths);

        q.expandedPages[big] = 3; // beyond the end: every member, no "more" node
        paths = computeAccessPaths(*graph, f.data, q);
        QCOMPARE(paths.nodes.size(), std::size_t(3 + 3 + 1200));
        QVERIFY(paths.findNode(Kind::MoreAccounts, big) == AccessGraph::kNone);

        // A small overall budget collapses even small groups.
        q.expandedPages.clear();
        q.maxAccounts = 2;
        paths = computeAccessPaths(*graph, f.data, q);
        QCOMPARE(paths.nodes[paths.findNode(Kind::MoreAccounts, small)].hiddenCount, 3u);
    }

    void barycentreOrderingRemovesAvoidableCrossings()
    {
        // In discovery order (g0, g1, g2 and u, v) the edge u → g2 crosses v → g1; ordering the
        // groups g0, g2, g1 draws it without a crossing.
        Fixture f;
        const quint32 top = f.entitlement(QStringLiteral("top"));
        const quint32 g0 = f.entitlement(QStringLiteral("g0"));
        const quint32 g1 = f.entitlement(QStringLiteral("g1"));
        const quint32 g2 = f.entitlement(QStringLiteral("g2"));
        f.nest(top, g0);
        f.nest(top, g1);
        f.nest(top, g2);
        const quint32 u = f.account(QStringLiteral("u"));
        const quint32 v = f.account(QStringLiteral("v"));
        f.grant(g0, u);
        f.grant(g2, u);
        f.grant(g1, v);
        const auto graph = f.build();
        const AccessPaths paths = computeAccessPaths(
            *graph, f.data, query(AccessPathQuery::StartKind::Entitlement, top, AccessDirection::WhoCanReach));
        checkLayout(paths);
        QCOMPARE(paths.layers.size(), std::size_t(3));
        QCOMPARE(crossings(paths), 0);
    }

    void longEdgesFromOneLayerShareALane()
    {
        Fixture f;
        const quint32 top = f.entitlement(QStringLiteral("top"));
        const quint32 mid = f.entitlement(QStringLiteral("mid"));
        f.nest(top, mid);
        f.grant(mid, f.account(QStringLiteral("z")));
        f.grant(top, f.account(QStringLiteral("x")));
        f.grant(top, f.account(QStringLiteral("y")));
        const auto graph = f.build();
        const AccessPaths paths = computeAccessPaths(
            *graph, f.data, query(AccessPathQuery::StartKind::Entitlement, top, AccessDirection::WhoCanReach));
        checkLayout(paths);
        QCOMPARE(paths.layers.size(), std::size_t(3));
        QCOMPARE(paths.waypointCount, 1u); // x → top and y → top run along one lane past "mid"
        std::set<std::vector<quint32>> chains;
        for (const auto& via : paths.edgeWaypoints)
            if (!via.empty())
                chains.insert(via);
        QCOMPARE(chains.size(), std::size_t(1));
    }

    void noPathAndOddInputGiveAMessage()
    {
        Fixture f;
        const quint32 lonely = f.account(QStringLiteral("lonely"));
        const quint32 empty = f.entitlement(QStringLiteral("empty"));
        const quint32 nobody = f.identity(QStringLiteral("E9"));
        const auto graph = f.build();
        using S = AccessPathQuery::StartKind;
        const std::vector<AccessPathQuery> queries = {
            query(S::Account, lonely, AccessDirection::WhatCanReach),
            query(S::Account, lonely, AccessDirection::WhoCanReach),
            query(S::Entitlement, empty, AccessDirection::WhoCanReach),
            query(S::Entitlement, empty, AccessDirection::WhatCanReach),
            query(S::Identity, nobody, AccessDirection::WhatCanReach),
            query(S::Account, 999, AccessDirection::WhatCanReach),
            query(S::Entitlement, AccessGraph::kNone, AccessDirection::WhoCanReach),
            query(S::Identity, 7, AccessDirection::WhatCanReach),
        };
        std::set<QString> messages;
        for (const auto& q : queries) {
            AccessPaths paths = computeAccessPaths(*graph, f.data, q);
            QVERIFY(!paths.message.isEmpty());
            QVERIFY(paths.nodes.empty());
            QVERIFY(paths.edges.empty());
            QCOMPARE(highlightAccessPaths(paths, 3), 0u);
            messages.insert(paths.message);
        }
        QVERIFY(messages.size() >= 5); // each says what is missing

        // An empty graph.
        const SnapshotData none;
        const auto emptyGraph = AccessGraph::build(none, PrivilegedPolicy());
        QVERIFY(!computeAccessPaths(*emptyGraph, none, query(S::Entitlement, 0, AccessDirection::WhoCanReach))
                     .message.isEmpty());
    }
};

ATTEST_REGISTER_TEST(TestAccessPaths, "accesspaths")
#include "tst_accesspaths.moc"
