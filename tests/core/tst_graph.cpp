#include "testregistry.h"

#include "domain/privilegedpolicy.h"
#include "graph/accessgraph.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <ctime>
#include <deque>
#include <random>

using namespace attest;

namespace {

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
    quint32 group(const QString& name, const QString& ownerKey = {})
    {
        Entitlement e;
        e.key = name;
        e.name = name;
        e.ownerKey = ownerKey;
        data.entitlements.push_back(e);
        return quint32(data.entitlements.size() - 1);
    }
    quint32 identity(const QString& key, const QString& managerKey = {})
    {
        Identity i;
        i.key = key;
        i.displayName = key;
        i.managerKey = managerKey;
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

std::optional<AccessGraph::EffectiveGrant> findGrant(const AccessGraph& graph, quint32 account, quint32 entitlement)
{
    for (const auto& g : graph.effectiveGrants(account)) {
        if (g.entitlement == entitlement)
            return g;
    }
    return std::nullopt;
}

std::vector<quint32> targets(const AccessGraph& graph, quint32 account)
{
    std::vector<quint32> result;
    for (const auto& g : graph.effectiveGrants(account))
        result.push_back(g.entitlement);
    return result;
}

template <typename T>
std::vector<quint32> toVector(std::span<const T> span)
{
    return std::vector<quint32>(span.begin(), span.end());
}

using Ids = std::vector<quint32>;

// A random snapshot shaped like a directory: most memberships put accounts in groups; groups nest
// a few tiers deep (leaf groups in departmental groups in broader ones), with a few cycles.
SnapshotData randomDirectory(quint32 accounts, quint32 entitlements, quint32 memberships, quint32 seed)
{
    std::mt19937 engine(seed);
    const auto rng = [&engine] { return quint32(engine()); };
    SnapshotData data;
    data.accounts.resize(accounts);
    data.entitlements.resize(entitlements);
    data.memberships.reserve(memberships);
    const quint32 nested = entitlements + entitlements / 2; // one or two parents per group
    const quint32 tierSize = std::max<quint32>(1, entitlements / 4);
    for (quint32 i = 0; i < nested && i < memberships; ++i) {
        const quint32 child = rng() % entitlements;
        const quint32 tier = child / tierSize;
        // Mostly upward one tier; now and then anywhere, which makes the odd cycle.
        const bool anywhere = rng() % 50 == 0 || tier >= 3;
        const quint32 parent =
            anywhere ? rng() % entitlements : std::min(entitlements - 1, (tier + 1) * tierSize + rng() % tierSize);
        if (anywhere && tier >= 3 && rng() % 10 != 0)
            continue; // top tier rarely nests
        data.memberships.push_back({parent, child, MemberKind::Entitlement});
    }
    while (data.memberships.size() < memberships) {
        // Accounts mostly sit in leaf and departmental groups.
        const quint32 e = rng() % 4 == 0 ? rng() % entitlements : rng() % std::max<quint32>(1, tierSize * 2);
        data.memberships.push_back({e, quint32(rng() % accounts), MemberKind::Account});
    }
    return data;
}

} // namespace

class TestGraph final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptySnapshot()
    {
        const Fixture f;
        const auto graph = f.build();
        QVERIFY(graph);
        QCOMPARE(graph->accountCount(), 0u);
        QCOMPARE(graph->effectiveGrantCount(), 0u);
        QVERIFY(graph->cycles().empty());
    }

    void directGrant()
    {
        Fixture f;
        const quint32 alice = f.account(QStringLiteral("alice"));
        const quint32 bob = f.account(QStringLiteral("bob"));
        const quint32 vpn = f.group(QStringLiteral("VPN Users"));
        f.grant(vpn, alice);
        const auto graph = f.build();

        QCOMPARE(toVector(graph->directEntitlements(alice)), Ids{vpn});
        QVERIFY(graph->directEntitlements(bob).empty());
        QCOMPARE(toVector(graph->directMemberAccounts(vpn)), Ids{alice});
        const auto grant = findGrant(*graph, alice, vpn);
        QVERIFY(grant);
        QCOMPARE(grant->depth, 0u);
        QCOMPARE(grant->directVia, vpn);
        QVERIFY(graph->via(*grant).empty());
        QVERIFY(graph->grant(alice, *grant).isDirect());
        QCOMPARE(graph->directGrantCount(), 1u);
        QCOMPARE(graph->effectiveGrantCount(), 1u);
    }

    void nestedVia_data()
    {
        QTest::addColumn<int>("levels");
        QTest::newRow("two levels") << 2;
        QTest::newRow("four levels") << 4;
        QTest::newRow("ten levels") << 10;
    }

    void nestedVia()
    {
        QFETCH(int, levels);
        // alice ∈ g0 ⊂ g1 ⊂ … ⊂ g(levels-1)
        Fixture f;
        const quint32 alice = f.account(QStringLiteral("alice"));
        Ids groups;
        for (int i = 0; i < levels; ++i)
            groups.push_back(f.group(QStringLiteral("g%1").arg(i)));
        for (int i = 0; i + 1 < levels; ++i)
            f.nest(groups[i + 1], groups[i]);
        f.grant(groups[0], alice);
        const auto graph = f.build();

        QCOMPARE(targets(*graph, alice), groups);
        for (int i = 0; i < levels; ++i) {
            const auto grant = findGrant(*graph, alice, groups[i]);
            QVERIFY(grant);
            QCOMPARE(grant->depth, quint32(i));
            QCOMPARE(grant->directVia, groups[0]);
            QCOMPARE(graph->via(*grant), Ids(groups.begin(), groups.begin() + i));
        }
        const Grant top = graph->grant(alice, *findGrant(*graph, alice, groups.back()));
        QCOMPARE(top.account, alice);
        QCOMPARE(top.entitlement, groups.back());
        QCOMPARE(top.via.size(), std::size_t(levels - 1));
        QCOMPARE(graph->nestingDepth(groups.back()), quint32(levels - 1));
        QCOMPARE(graph->nestingDepth(groups.front()), 0u);
    }

    void shortestPathChosen()
    {
        // a ∈ A; A ⊂ B ⊂ C ⊂ T (3 steps) and A ⊂ D ⊂ T (2 steps): T comes via A, D.
        Fixture f;
        const quint32 a = f.account(QStringLiteral("a"));
        const quint32 T = f.group(QStringLiteral("T"));
        const quint32 A = f.group(QStringLiteral("A"));
        const quint32 B = f.group(QStringLiteral("B"));
        const quint32 C = f.group(QStringLiteral("C"));
        const quint32 D = f.group(QStringLiteral("D"));
        f.nest(T, C);
        f.nest(C, B);
        f.nest(B, A);
        f.nest(T, D);
        f.nest(D, A);
        f.grant(A, a);
        const auto graph = f.build();
        const auto grant = findGrant(*graph, a, T);
        QVERIFY(grant);
        QCOMPARE(grant->depth, 2u);
        QCOMPARE(graph->via(*grant), (Ids{A, D}));
        QCOMPARE(graph->effectiveGrants(a).size(), std::size_t(5));
    }

    void shortestPathThroughOtherDirectGroup()
    {
        // a ∈ A, a ∈ X; A ⊂ B ⊂ C ⊂ T and X ⊂ T: the one-step path through X wins.
        Fixture f;
        const quint32 a = f.account(QStringLiteral("a"));
        const quint32 A = f.group(QStringLiteral("A"));
        const quint32 B = f.group(QStringLiteral("B"));
        const quint32 C = f.group(QStringLiteral("C"));
        const quint32 T = f.group(QStringLiteral("T"));
        const quint32 X = f.group(QStringLiteral("X"));
        f.nest(B, A);
        f.nest(C, B);
        f.nest(T, C);
        f.nest(T, X);
        f.grant(A, a);
        f.grant(X, a);
        const auto graph = f.build();
        const auto grant = findGrant(*graph, a, T);
        QVERIFY(grant);
        QCOMPARE(grant->directVia, X);
        QCOMPARE(grant->depth, 1u);
        QCOMPARE(graph->via(*grant), Ids{X});
    }

    void tiesAreDeterministic()
    {
        // a ∈ X, a ∈ Y, both ⊂ T: the lower direct entitlement wins. b ∈ A; A ⊂ P, A ⊂ Q, both ⊂ T:
        // the path through the lower-indexed parent wins.
        Fixture f;
        const quint32 a = f.account(QStringLiteral("a"));
        const quint32 b = f.account(QStringLiteral("b"));
        const quint32 T = f.group(QStringLiteral("T"));
        const quint32 X = f.group(QStringLiteral("X"));
        const quint32 Y = f.group(QStringLiteral("Y"));
        const quint32 A = f.group(QStringLiteral("A"));
        const quint32 P = f.group(QStringLiteral("P"));
        const quint32 Q = f.group(QStringLiteral("Q"));
        f.nest(T, Y);
        f.nest(T, X);
        f.grant(Y, a);
        f.grant(X, a);
        f.nest(T, Q);
        f.nest(T, P);
        f.nest(Q, A);
        f.nest(P, A);
        f.grant(A, b);
        const auto graph = f.build();
        QCOMPARE(findGrant(*graph, a, T)->directVia, X);
        QCOMPARE(graph->via(*findGrant(*graph, a, T)), Ids{X});
        QCOMPARE(graph->via(*findGrant(*graph, b, T)), (Ids{A, P}));
    }

    void directWinsOverNested()
    {
        // a ∈ A ⊂ T and a ∈ T directly.
        Fixture f;
        const quint32 a = f.account(QStringLiteral("a"));
        const quint32 A = f.group(QStringLiteral("A"));
        const quint32 T = f.group(QStringLiteral("T"));
        f.nest(T, A);
        f.grant(A, a);
        f.grant(T, a);
        const auto graph = f.build();
        const auto grant = findGrant(*graph, a, T);
        QVERIFY(grant);
        QCOMPARE(grant->depth, 0u);
        QCOMPARE(grant->directVia, T);
        QVERIFY(graph->via(*grant).empty());
        QCOMPARE(graph->effectiveGrants(a).size(), std::size_t(2));
    }

    void cycles_data()
    {
        QTest::addColumn<int>("length"); // 1: a group containing itself
        QTest::newRow("self-membership") << 1;
        QTest::newRow("2-cycle") << 2;
        QTest::newRow("3-cycle") << 3;
    }

    void cycles()
    {
        QFETCH(int, length);
        // a ∈ L ⊂ c0 ⊂ c1 ⊂ … ⊂ c(length-1) ⊂ c0, and the cycle ⊂ Top.
        Fixture f;
        const quint32 a = f.account(QStringLiteral("a"));
        const quint32 top = f.group(QStringLiteral("Top"));
        const quint32 leaf = f.group(QStringLiteral("Leaf"));
        Ids ring;
        for (int i = 0; i < length; ++i)
            ring.push_back(f.group(QStringLiteral("c%1").arg(i)));
        for (int i = 0; i < length; ++i)
            f.nest(ring[(i + 1) % length], ring[i]);
        f.nest(ring[0], leaf);
        f.nest(top, ring.back());
        f.grant(leaf, a);
        const auto graph = f.build();

        QCOMPARE(graph->cycles().size(), std::size_t(1));
        QCOMPARE(graph->cycles().front(), ring);

        Ids expected{top, leaf};
        expected.insert(expected.end(), ring.begin(), ring.end());
        QCOMPARE(targets(*graph, a), expected);
        for (int i = 0; i < length; ++i) {
            const auto grant = findGrant(*graph, a, ring[i]);
            QCOMPARE(grant->depth, quint32(i + 1));
            Ids via{leaf};
            via.insert(via.end(), ring.begin(), ring.begin() + i);
            QCOMPARE(graph->via(*grant), via);
        }
        QCOMPARE(findGrant(*graph, a, top)->depth, quint32(length + 1));
        QCOMPARE(toVector(graph->effectiveMemberAccounts(ring.back())), Ids{a});

        // The cycle counts once: Leaf 0, the ring 1, Top 2.
        QCOMPARE(graph->nestingDepth(leaf), 0u);
        for (quint32 r : ring)
            QCOMPARE(graph->nestingDepth(r), 1u);
        QCOMPARE(graph->nestingDepth(top), 2u);
    }

    void severalCycles()
    {
        // {A,B} with a self-membership on B, {C} alone, {D,E,F}: reported in index order.
        Fixture f;
        Ids g;
        for (int i = 0; i < 7; ++i)
            g.push_back(f.group(QStringLiteral("g%1").arg(i)));
        f.nest(g[0], g[1]);
        f.nest(g[1], g[0]);
        f.nest(g[1], g[1]);
        f.nest(g[2], g[2]);
        f.nest(g[3], g[4]);
        f.nest(g[4], g[5]);
        f.nest(g[5], g[3]);
        f.nest(g[6], g[5]); // g6 sits above the cycle, not in it
        const auto graph = f.build();
        const std::vector<Ids> expected{{g[0], g[1]}, {g[1]}, {g[2]}, {g[3], g[4], g[5]}};
        QCOMPARE(graph->cycles(), expected);
        QCOMPARE(graph->nestingDepth(g[2]), 0u);
        QCOMPARE(graph->nestingDepth(g[6]), 1u);
    }

    void deepChain()
    {
        // 100,000 groups each nested in the next: the build walks this without recursion.
        constexpr quint32 depth = 100000;
        Fixture f;
        const quint32 a = f.account(QStringLiteral("a"));
        const quint32 b = f.account(QStringLiteral("b"));
        f.data.entitlements.resize(depth);
        for (quint32 i = 0; i + 1 < depth; ++i)
            f.nest(i + 1, i);
        f.grant(0, a);
        f.grant(depth - 1, b);
        const auto graph = f.build();
        QCOMPARE(graph->effectiveGrants(a).size(), std::size_t(depth));
        QCOMPARE(graph->effectiveGrants(b).size(), std::size_t(1));
        const auto top = findGrant(*graph, a, depth - 1);
        QCOMPARE(top->depth, depth - 1);
        const Ids via = graph->via(*top);
        QCOMPARE(via.size(), std::size_t(depth - 1));
        QCOMPARE(via.front(), 0u);
        QCOMPARE(via.back(), depth - 2);
        QCOMPARE(graph->nestingDepth(depth - 1), depth - 1);
        QVERIFY(graph->cycles().empty());
        QCOMPARE(toVector(graph->effectiveMemberAccounts(depth - 1)), (Ids{a, b}));
    }

    void deepCycle()
    {
        // The same chain closed into one 100,000-group cycle.
        constexpr quint32 length = 100000;
        Fixture f;
        const quint32 a = f.account(QStringLiteral("a"));
        f.data.entitlements.resize(length);
        for (quint32 i = 0; i < length; ++i)
            f.nest((i + 1) % length, i);
        f.grant(0, a);
        const auto graph = f.build();
        QCOMPARE(graph->effectiveGrants(a).size(), std::size_t(length));
        QCOMPARE(graph->cycles().size(), std::size_t(1));
        QCOMPARE(graph->cycles().front().size(), std::size_t(length));
        QCOMPARE(graph->nestingDepth(0), 0u);
    }

    void duplicateMemberships()
    {
        Fixture f;
        const quint32 a = f.account(QStringLiteral("a"));
        const quint32 A = f.group(QStringLiteral("A"));
        const quint32 T = f.group(QStringLiteral("T"));
        for (int i = 0; i < 3; ++i) {
            f.grant(A, a);
            f.nest(T, A);
        }
        const auto graph = f.build();
        QCOMPARE(toVector(graph->directEntitlements(a)), Ids{A});
        QCOMPARE(toVector(graph->directMemberAccounts(A)), Ids{a});
        QCOMPARE(toVector(graph->nestedMembers(T)), Ids{A});
        QCOMPARE(toVector(graph->memberOf(A)), Ids{T});
        QCOMPARE(targets(*graph, a), (Ids{A, T}));
        QCOMPARE(toVector(graph->effectiveMemberAccounts(T)), Ids{a});
        QCOMPARE(graph->directGrantCount(), 1u);
        QCOMPARE(graph->effectiveGrantCount(), 2u);
    }

    void farApartEntitlementsSorted()
    {
        // Few grants spread over many entitlements take the comparison-sort path.
        Fixture f;
        const quint32 a = f.account(QStringLiteral("a"));
        f.data.entitlements.resize(5000);
        f.nest(4000, 3);
        f.grant(4999, a);
        f.grant(3, a);
        f.grant(70, a);
        const auto graph = f.build();
        QCOMPARE(targets(*graph, a), (Ids{3, 70, 4000, 4999}));
        QCOMPARE(graph->via(*findGrant(*graph, a, 4000)), Ids{3});
    }

    void effectiveMembersSorted()
    {
        Fixture f;
        Ids accounts;
        for (int i = 0; i < 6; ++i)
            accounts.push_back(f.account(QStringLiteral("u%1").arg(i)));
        const quint32 T = f.group(QStringLiteral("T"));
        const quint32 A = f.group(QStringLiteral("A"));
        const quint32 B = f.group(QStringLiteral("B"));
        const quint32 other = f.group(QStringLiteral("Other"));
        f.nest(T, B);
        f.nest(T, A);
        f.grant(B, accounts[5]);
        f.grant(A, accounts[3]);
        f.grant(T, accounts[4]);
        f.grant(B, accounts[0]);
        f.grant(A, accounts[5]);
        f.grant(other, accounts[1]);
        const auto graph = f.build();
        QCOMPARE(toVector(graph->effectiveMemberAccounts(T)),
                 (Ids{accounts[0], accounts[3], accounts[4], accounts[5]}));
        QCOMPARE(toVector(graph->directMemberAccounts(T)), Ids{accounts[4]});
        QCOMPARE(toVector(graph->effectiveMemberAccounts(A)), (Ids{accounts[3], accounts[5]}));
        QCOMPARE(toVector(graph->directEntitlements(accounts[5])), (Ids{A, B}));
        QCOMPARE(toVector(graph->nestedMembers(T)), (Ids{A, B}));
        QVERIFY(graph->effectiveGrants(accounts[2]).empty());

        const std::vector<Grant> grants = graph->grantsOf(accounts[5]);
        QCOMPARE(grants.size(), std::size_t(3));
        QCOMPARE(grants[0].entitlement, T);
        QCOMPARE(grants[0].via, Ids{A}); // A and B are both one step below T; A has the lower index
        QVERIFY(grants[1].isDirect());
        QVERIFY(grants[2].isDirect());
    }

    void matchesNaiveSearch_data()
    {
        QTest::addColumn<int>("accounts");
        QTest::addColumn<int>("entitlements");
        QTest::addColumn<int>("memberships");
        QTest::addColumn<int>("stride"); // check every stride-th account
        QTest::newRow("small") << 300 << 80 << 1500 << 1;
        // Enough direct grants for the build to split the accounts over threads.
        QTest::newRow("threaded") << 30000 << 600 << 300000 << 97;
    }

    void matchesNaiveSearch()
    {
        QFETCH(int, accounts);
        QFETCH(int, entitlements);
        QFETCH(int, memberships);
        QFETCH(int, stride);
        // A random graph with cycles against a plain per-account breadth-first search.
        const SnapshotData data = randomDirectory(quint32(accounts), quint32(entitlements), quint32(memberships), 7);
        const auto graph = AccessGraph::build(data, PrivilegedPolicy());
        std::vector<Ids> parents(data.entitlements.size());
        std::vector<Ids> direct(data.accounts.size());
        for (const Membership& m : data.memberships) {
            if (m.memberKind == MemberKind::Entitlement)
                parents[m.member].push_back(m.entitlement);
            else
                direct[m.member].push_back(m.entitlement);
        }
        for (quint32 a = 0; a < data.accounts.size(); a += quint32(stride)) {
            std::vector<quint32> distance(data.entitlements.size(), AccessGraph::kNone);
            std::deque<quint32> queue;
            for (quint32 e : direct[a]) {
                distance[e] = 0;
                queue.push_back(e);
            }
            while (!queue.empty()) {
                const quint32 e = queue.front();
                queue.pop_front();
                for (quint32 p : parents[e]) {
                    if (distance[p] == AccessGraph::kNone) {
                        distance[p] = distance[e] + 1;
                        queue.push_back(p);
                    }
                }
            }
            Ids expected;
            for (quint32 e = 0; e < distance.size(); ++e) {
                if (distance[e] != AccessGraph::kNone)
                    expected.push_back(e);
            }
            QCOMPARE(targets(*graph, a), expected);
            for (const auto& grant : graph->effectiveGrants(a)) {
                QCOMPARE(grant.depth, distance[grant.entitlement]);
                const Ids via = graph->via(grant);
                QCOMPARE(via.size(), std::size_t(grant.depth));
                if (via.empty())
                    continue;
                // The chain starts at a direct entitlement and each step is a real nesting.
                QCOMPARE(via.front(), grant.directVia);
                QVERIFY(std::count(direct[a].begin(), direct[a].end(), via.front()) > 0);
                Ids chain = via;
                chain.push_back(grant.entitlement);
                for (std::size_t i = 0; i + 1 < chain.size(); ++i) {
                    const auto up = graph->memberOf(chain[i]);
                    QVERIFY(std::binary_search(up.begin(), up.end(), chain[i + 1]));
                }
                const auto members = graph->effectiveMemberAccounts(grant.entitlement);
                QVERIFY(std::binary_search(members.begin(), members.end(), a));
            }
        }
        quint64 memberTotal = 0;
        for (quint32 e = 0; e < data.entitlements.size(); ++e) {
            const auto members = graph->effectiveMemberAccounts(e);
            QVERIFY(std::is_sorted(members.begin(), members.end()));
            QVERIFY(std::adjacent_find(members.begin(), members.end()) == members.end());
            for (quint32 member : members)
                QVERIFY(findGrant(*graph, member, e));
            memberTotal += members.size();
        }
        QCOMPARE(memberTotal, graph->effectiveGrantCount());
    }

    void identities()
    {
        Fixture f;
        const quint32 boss = f.identity(QStringLiteral("E1"));
        const quint32 worker = f.identity(QStringLiteral("E2"), QStringLiteral("E1"));
        const quint32 loner = f.identity(QStringLiteral("E3"), QStringLiteral("E404"));
        f.identity(QStringLiteral("E1")); // duplicate key: the first one keeps it
        f.identity(QString());
        const quint32 w1 = f.account(QStringLiteral("worker"), QStringLiteral("E2"));
        const quint32 orphan = f.account(QStringLiteral("svc-old"));
        const quint32 ghost = f.account(QStringLiteral("ghost"), QStringLiteral("E999"));
        const quint32 w2 = f.account(QStringLiteral("worker-admin"), QStringLiteral("E2"));
        const quint32 b1 = f.account(QStringLiteral("boss"), QStringLiteral("E1"));
        const quint32 owned = f.group(QStringLiteral("Finance"), QStringLiteral("E1"));
        const quint32 unowned = f.group(QStringLiteral("Misc"));
        const quint32 badOwner = f.group(QStringLiteral("Legacy"), QStringLiteral("E404"));
        const auto graph = f.build();

        QCOMPARE(graph->identityCount(), 5u);
        QCOMPARE(graph->identityOfAccount(w1), worker);
        QCOMPARE(graph->identityOfAccount(w2), worker);
        QCOMPARE(graph->identityOfAccount(b1), boss);
        QCOMPARE(graph->identityOfAccount(orphan), AccessGraph::kNone);
        QCOMPARE(graph->identityOfAccount(ghost), AccessGraph::kNone);
        QCOMPARE(toVector(graph->accountsOfIdentity(worker)), (Ids{w1, w2}));
        QCOMPARE(toVector(graph->accountsOfIdentity(boss)), Ids{b1});
        QVERIFY(graph->accountsOfIdentity(loner).empty());
        QVERIFY(graph->accountsOfIdentity(3).empty());
        QCOMPARE(graph->managerOf(worker), boss);
        QCOMPARE(graph->managerOf(boss), AccessGraph::kNone);
        QCOMPARE(graph->managerOf(loner), AccessGraph::kNone);
        QCOMPARE(graph->entitlementOwner(owned), boss);
        QCOMPARE(graph->entitlementOwner(unowned), AccessGraph::kNone);
        QCOMPARE(graph->entitlementOwner(badOwner), AccessGraph::kNone);
        QCOMPARE(graph->identityByKey(QStringLiteral("E3")), loner);
        QCOMPARE(graph->identityByKey(QStringLiteral("E1")), boss);
        QCOMPARE(graph->identityByKey(QStringLiteral("e1")), AccessGraph::kNone);
        QCOMPARE(graph->identityByKey(QString()), AccessGraph::kNone);
    }

    void nestingDepth_data()
    {
        QTest::addColumn<QString>("edges"); // "parent>child" pairs over groups named by letters
        QTest::addColumn<QString>("group");
        QTest::addColumn<int>("depth");
        QTest::newRow("leaf") << QStringLiteral("") << QStringLiteral("a") << 0;
        QTest::newRow("one level") << QStringLiteral("a>b") << QStringLiteral("a") << 1;
        QTest::newRow("nested group itself") << QStringLiteral("a>b") << QStringLiteral("b") << 0;
        QTest::newRow("longest branch") << QStringLiteral("a>b a>c c>d d>e") << QStringLiteral("a") << 3;
        QTest::newRow("diamond") << QStringLiteral("a>b a>c b>d c>d") << QStringLiteral("a") << 2;
        QTest::newRow("self-membership") << QStringLiteral("a>a") << QStringLiteral("a") << 0;
        QTest::newRow("self-membership above") << QStringLiteral("a>a a>b") << QStringLiteral("a") << 1;
        QTest::newRow("in a 2-cycle") << QStringLiteral("a>b b>a") << QStringLiteral("a") << 0;
        QTest::newRow("above a 3-cycle") << QStringLiteral("x>a a>b b>c c>a c>d") << QStringLiteral("x") << 2;
        QTest::newRow("inside that cycle") << QStringLiteral("x>a a>b b>c c>a c>d") << QStringLiteral("b") << 1;
    }

    void nestingDepth()
    {
        QFETCH(QString, edges);
        QFETCH(QString, group);
        QFETCH(int, depth);
        Fixture f;
        for (char c = 'a'; c <= 'z'; ++c)
            f.group(QString(QLatin1Char(c)));
        const auto index = [](const QString& name) { return quint32(name.at(0).unicode() - 'a'); };
        for (const QString& edge : edges.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            f.nest(index(edge.section(QLatin1Char('>'), 0, 0)), index(edge.section(QLatin1Char('>'), 1, 1)));
        const auto graph = f.build();
        QCOMPARE(graph->nestingDepth(index(group)), quint32(depth));
    }

    void invalidRowsAreIgnored()
    {
        Fixture f;
        const quint32 a = f.account(QStringLiteral("a"));
        const quint32 A = f.group(QStringLiteral("A"));
        f.grant(A, a);
        f.grant(A, 42);
        f.grant(17, a);
        f.nest(A, 99);
        f.nest(99, A);
        QVERIFY(!f.data.validate(nullptr));
        const auto graph = f.build();
        QVERIFY(graph);
        QCOMPARE(targets(*graph, a), Ids{A});
        QVERIFY(graph->nestedMembers(A).empty());
    }

    void cancel()
    {
        const SnapshotData data = randomDirectory(10000, 100, 30000, 1);
        int calls = 0;
        const auto graph = AccessGraph::build(data, PrivilegedPolicy(), [&calls](qint64, qint64, const QString& stage) {
            [&] { QVERIFY(!stage.isEmpty()); }();
            return ++calls < 3;
        });
        QVERIFY(!graph);
        QCOMPARE(calls, 3);
    }

    void cancelWhileMerging()
    {
        // Big enough for several threads: the others stop when the reporting one is told to.
        const SnapshotData data = randomDirectory(30000, 600, 300000, 3);
        bool asked = false;
        const auto graph =
            AccessGraph::build(data, PrivilegedPolicy(), [&asked](qint64 done, qint64 total, const QString& stage) {
                if (stage != QLatin1String("Computing effective access") || done == 0)
                    return true;
                [&] { QVERIFY(done <= total); }();
                asked = true;
                return false;
            });
        QVERIFY(asked);
        QVERIFY(!graph);
    }

    void bigRandomGraph()
    {
        if (qEnvironmentVariableIntValue("ATTEST_BIG_TESTS") != 1)
            QSKIP("set ATTEST_BIG_TESTS=1 to build a 100,000-account, 1,000,000-membership graph");
        SnapshotData data = randomDirectory(100000, 10000, 1000000, 2026);
        data.identities.resize(100000);
        for (quint32 i = 0; i < data.identities.size(); ++i) {
            data.identities[i].key = QStringLiteral("E%1").arg(i, 6, 10, QLatin1Char('0'));
            data.identities[i].managerKey = QStringLiteral("E%1").arg(i / 10, 6, 10, QLatin1Char('0'));
        }
        for (quint32 a = 0; a < data.accounts.size(); ++a) {
            if (a % 50 != 0) // every fiftieth account an orphan
                data.accounts[a].identityKey = data.identities[a].key;
        }
        for (quint32 e = 0; e < data.entitlements.size(); ++e) {
            data.entitlements[e].name = QStringLiteral("Group %1").arg(e);
            data.entitlements[e].ownerKey = data.identities[e * 7].key;
        }
        data.entitlements[5100].name = QStringLiteral("Domain Admins");
        data.entitlements[5000].name = QStringLiteral("Backup Operators");

        const PrivilegedPolicy policy;
        for (int round = 0; round < 3; ++round) {
            QElapsedTimer timer;
            timer.start();
            const std::clock_t cpuStart = std::clock();
            const auto graph = AccessGraph::build(data, policy);
            const qint64 ms = timer.elapsed();
            // CPU time over all threads, for a machine busy with other work.
            const qint64 cpuMs = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
            QVERIFY(graph);
            qInfo("build %d: %lld ms (%lld ms CPU) for %u accounts, %u entitlements, %zu memberships: %llu direct "
                  "grants, "
                  "%llu effective grants, %zu cycles, %u privileged accounts",
                  round + 1, ms, cpuMs, graph->accountCount(), graph->entitlementCount(), data.memberships.size(),
                  graph->directGrantCount(), graph->effectiveGrantCount(), graph->cycles().size(),
                  graph->privilegedAccountCount());
        }
    }
};

ATTEST_REGISTER_TEST(TestGraph, "graph")

#include "tst_graph.moc"
