#include "testregistry.h"

#include "analysis/privilegedpolicy.h"
#include "graph/accessgraph.h"
#include "review/campaignstate.h"
#include "review/closing.h"
#include "review/population.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace attest;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;
const Timestamp kNow = 1'790'000'000'000LL;

// A small organisation: Engineering (5 people with the same title) under a manager, a person
// without a manager, a disabled account, a stale one and an orphan service account; groups
// nested Dev → Staff, and a privileged Admins group.
struct Org
{
    SnapshotData data;

    quint32 person(const QString& key, const QString& manager, const QString& department = QStringLiteral("Eng"),
                   const QString& title = QStringLiteral("Engineer"))
    {
        Identity i;
        i.key = key;
        i.displayName = key.toUpper();
        i.managerKey = manager;
        i.department = department;
        i.title = title;
        data.identities.push_back(i);
        Account a;
        a.key = QStringLiteral("uid=") + key;
        a.login = key;
        a.dn = a.key;
        a.identityKey = key;
        a.lastLogon = kNow - kDay;
        a.created = kNow - 400 * kDay;
        data.accounts.push_back(a);
        return quint32(data.accounts.size() - 1);
    }
    quint32 group(const QString& name, const QString& owner = {})
    {
        Entitlement e;
        e.key = QStringLiteral("cn=") + name;
        e.name = name;
        e.dn = e.key;
        e.ownerKey = owner;
        data.entitlements.push_back(e);
        return quint32(data.entitlements.size() - 1);
    }
    void grant(quint32 group, quint32 account) { data.memberships.push_back({group, account, MemberKind::Account}); }
    void nest(quint32 parent, quint32 child) { data.memberships.push_back({parent, child, MemberKind::Entitlement}); }
};

struct Built
{
    Org org;
    std::unique_ptr<AccessGraph> graph;
    quint32 boss, a1, a2, a3, a4, a5, loner, disabled, stale, service;
    quint32 staff, dev, rare, admins;
};

std::unique_ptr<Built> build()
{
    auto b = std::make_unique<Built>();
    Org& o = b->org;
    b->boss = o.person(QStringLiteral("boss"), {}, QStringLiteral("Mgmt"), QStringLiteral("Head"));
    b->a1 = o.person(QStringLiteral("a1"), QStringLiteral("boss"));
    b->a2 = o.person(QStringLiteral("a2"), QStringLiteral("boss"));
    b->a3 = o.person(QStringLiteral("a3"), QStringLiteral("boss"));
    b->a4 = o.person(QStringLiteral("a4"), QStringLiteral("boss"));
    b->a5 = o.person(QStringLiteral("a5"), QStringLiteral("boss"));
    b->loner = o.person(QStringLiteral("loner"), {}, QStringLiteral("Sales"));
    b->disabled = o.person(QStringLiteral("gone"), QStringLiteral("boss"), QStringLiteral("Sales"));
    o.data.accounts[b->disabled].enabled = false;
    b->stale = o.person(QStringLiteral("stale"), QStringLiteral("boss"), QStringLiteral("Sales"));
    o.data.accounts[b->stale].lastLogon = kNow - 200 * kDay;
    Account svc;
    svc.key = QStringLiteral("uid=svc-backup");
    svc.login = QStringLiteral("svc-backup");
    svc.kind = AccountKind::Service;
    o.data.accounts.push_back(svc);
    b->service = quint32(o.data.accounts.size() - 1);

    b->staff = o.group(QStringLiteral("Staff"), QStringLiteral("a1")); // owned by a1, who is a member
    b->dev = o.group(QStringLiteral("Dev"));
    b->rare = o.group(QStringLiteral("Rare"));
    b->admins = o.group(QStringLiteral("Domain Admins")); // privileged by policy
    o.nest(b->staff, b->dev);                             // Dev members are Staff members
    for (quint32 a : {b->a1, b->a2, b->a3, b->a4, b->a5})
        o.grant(b->dev, a);
    o.grant(b->rare, b->a2);
    o.grant(b->staff, b->loner);
    o.grant(b->staff, b->disabled);
    o.grant(b->staff, b->stale);
    o.grant(b->admins, b->service);
    b->graph = AccessGraph::build(o.data, PrivilegedPolicy());
    return b;
}

CampaignDefinition definition()
{
    CampaignDefinition d;
    d.name = QStringLiteral("Q4 review");
    d.owner = QStringLiteral("ciso");
    d.fallbackReviewer = QStringLiteral("auditor");
    d.snapshotId = 1;
    d.due = kNow + 14 * kDay;
    return d;
}

int find(const ReviewItemTable& items, const QString& login, const QString& entitlement)
{
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items.text(i, ReviewItemTable::AccountLogin) == login &&
            items.text(i, ReviewItemTable::EntitlementName) == entitlement)
            return int(i);
    }
    return -1;
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Workspace> workspace()
    {
        QString error;
        return Workspace::open(m_dir.filePath(QStringLiteral("r%1.attest").arg(++m_files)),
                               Workspace::OpenMode::CreateIfMissing, &error);
    }

private Q_SLOTS:
    void populationHasEveryEffectiveGrantWithItsPath()
    {
        const auto b = build();
        QString error;
        const auto p = buildPopulation(b->org.data, *b->graph, definition(), kNow, {}, &error);
        QVERIFY2(p, qPrintable(error));
        // a1..a5: Dev + Staff (nested) = 10; a2 Rare = 1; loner, gone, stale: Staff = 3; svc: Admins = 1.
        QCOMPARE(p->items.size(), std::size_t(15));
        QVERIFY(p->reconciliation.balanced());
        const int nested = find(p->items, QStringLiteral("a3"), QStringLiteral("Staff"));
        QVERIFY(nested >= 0);
        QCOMPARE(p->items.text(nested, ReviewItemTable::AccessPath), QStringLiteral("via Dev"));
        QCOMPARE(p->items.text(nested, ReviewItemTable::DirectGroupName), QStringLiteral("Dev"));
        QVERIFY(!p->items.isDirect(nested));
        QCOMPARE(p->sha256, p->items.sha256());
        QCOMPARE(p->sha256.size(), 32);
    }

    void reviewersFollowTheRuleAndNobodyReviewsThemselves()
    {
        const auto b = build();
        QString error;
        auto p = buildPopulation(b->org.data, *b->graph, definition(), kNow, {}, &error);
        QVERIFY(p);
        const auto reviewer = [&](const char* login, const char* group) {
            const int i = find(p->items, QLatin1String(login), QLatin1String(group));
            return std::make_pair(p->items.text(i, ReviewItemTable::Reviewer), p->items.relation(i));
        };
        QCOMPARE(reviewer("a2", "Rare"), std::make_pair(QStringLiteral("boss"), ReviewerRelation::Manager));
        // No manager: the fallback. An orphan account: the fallback, and it is in, flagged.
        QCOMPARE(reviewer("loner", "Staff"), std::make_pair(QStringLiteral("auditor"), ReviewerRelation::Fallback));
        const int orphan = find(p->items, QStringLiteral("svc-backup"), QStringLiteral("Domain Admins"));
        QVERIFY(orphan >= 0);
        QVERIFY(p->items.text(orphan, ReviewItemTable::IdentityKey).isEmpty());

        // By owner: a1 owns Staff and holds it — their own item goes to the fallback.
        CampaignDefinition byOwner = definition();
        byOwner.reviewerRule = ReviewerRule::EntitlementOwner;
        p = buildPopulation(b->org.data, *b->graph, byOwner, kNow, {}, &error);
        QVERIFY(p);
        QCOMPARE(reviewer("a1", "Staff"), std::make_pair(QStringLiteral("auditor"), ReviewerRelation::Fallback));
        QCOMPARE(reviewer("a2", "Staff"), std::make_pair(QStringLiteral("a1"), ReviewerRelation::Owner));
        QCOMPARE(reviewer("a2", "Dev"), std::make_pair(QStringLiteral("auditor"), ReviewerRelation::Fallback));
    }

    void recommendationsComeWithTheirReasons()
    {
        const auto b = build();
        QString error;
        const auto p = buildPopulation(b->org.data, *b->graph, definition(), kNow, {}, &error);
        QVERIFY(p);
        const auto rec = [&](const char* login, const char* group) {
            const int i = find(p->items, QLatin1String(login), QLatin1String(group));
            return std::make_pair(p->items.recommendation(i), p->items.text(i, ReviewItemTable::RecommendationReason));
        };
        // All five engineers hold Dev: 100% of peers → approve.
        QCOMPARE(rec("a1", "Dev").first, Recommendation::Approve);
        QVERIFY(rec("a1", "Dev").second.contains(QStringLiteral("100%")));
        QCOMPARE(p->items.peerPercent(find(p->items, QStringLiteral("a1"), QStringLiteral("Dev"))), 100);
        // Only a2 holds Rare: 0% of peers → revoke, with the percentage.
        QCOMPARE(rec("a2", "Rare").first, Recommendation::Revoke);
        QVERIFY(rec("a2", "Rare").second.contains(QStringLiteral("0% of peers")));
        QCOMPARE(rec("gone", "Staff").first, Recommendation::Revoke);
        QVERIFY(rec("gone", "Staff").second.contains(QStringLiteral("disabled")));
        QCOMPARE(rec("stale", "Staff").first, Recommendation::Revoke);
        QVERIFY(rec("stale", "Staff").second.contains(QStringLiteral("no logon for 200 days")));
        QCOMPARE(rec("svc-backup", "Domain Admins").first, Recommendation::Revoke);
        QVERIFY(rec("svc-backup", "Domain Admins").second.contains(QStringLiteral("without an owner")));
    }

    void scopeExclusionsAndAnEmptyScope()
    {
        const auto b = build();
        QString error;
        CampaignDefinition d = definition();
        d.scope.entitlements = CampaignScope::Entitlements::Privileged;
        auto p = buildPopulation(b->org.data, *b->graph, d, kNow, {}, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->items.size(), std::size_t(1));

        d = definition();
        d.scope.exclusions.append({QStringLiteral("a2"), QString(), QStringLiteral("on leave, reviewed by HR")});
        p = buildPopulation(b->org.data, *b->graph, d, kNow, {}, &error);
        QVERIFY(p);
        QCOMPARE(p->items.size(), std::size_t(12));
        QCOMPARE(p->reconciliation.excluded, 3);
        QVERIFY(p->reconciliation.balanced());
        QVERIFY(p->exclusions.first().contains(QStringLiteral("on leave")));

        d.scope.exclusions.first().reason.clear();
        QVERIFY(!buildPopulation(b->org.data, *b->graph, d, kNow, {}, &error));
        QVERIFY(error.contains(QStringLiteral("reason")));

        d = definition();
        d.scope.entitlements = CampaignScope::Entitlements::Filter;
        d.scope.entitlementFilter = QStringLiteral("nothing like this");
        QVERIFY(!buildPopulation(b->org.data, *b->graph, d, kNow, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("scope is empty")), qPrintable(error));
    }

    void storedCampaignReadsBackIdentically()
    {
        const auto b = build();
        QString error;
        const auto p = buildPopulation(b->org.data, *b->graph, definition(), kNow, {}, &error);
        auto ws = workspace();
        const auto id = ws->createCampaign(definition(), *p, &error);
        QVERIFY2(id, qPrintable(error));
        const auto loaded = review::load(*ws, *id, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->items->size(), p->items.size());
        QCOMPARE(loaded->items->sha256(), p->sha256);
        QCOMPARE(loaded->campaign.populationSha256, p->sha256);
        QCOMPARE(loaded->campaign.definition.name, QStringLiteral("Q4 review"));
        QCOMPARE(loaded->campaign.reconciliation.items, qint64(15));
        for (std::size_t i = 0; i < p->items.size(); ++i)
            QCOMPARE(loaded->items->item(i).entitlementKey, p->items.item(i).entitlementKey);
    }

    void decisionsKeepHistoryAndFollowThePolicy()
    {
        const auto b = build();
        QString error;
        const auto p = buildPopulation(b->org.data, *b->graph, definition(), kNow, {}, &error);
        auto ws = workspace();
        const auto id = ws->createCampaign(definition(), *p, &error);
        auto loaded = review::load(*ws, *id, &error);
        QVERIFY(loaded);
        CampaignState& state = loaded->state;
        const quint32 item = quint32(find(*loaded->items, QStringLiteral("a2"), QStringLiteral("Rare")));

        QVERIFY(!review::decide(*ws, state, {item}, Decision::Revoke, QStringLiteral("boss"), QString(), &error));
        QVERIFY(error.contains(QStringLiteral("justification")));
        QCOMPARE(state.state(item).decision, Decision::None);

        QVERIFY(review::decide(*ws, state, {item}, Decision::Approve, QStringLiteral("boss"), QString(), &error));
        QVERIFY(review::decide(*ws, state, {item}, Decision::Revoke, QStringLiteral("boss"),
                               QStringLiteral("moved teams"), &error));
        QCOMPARE(state.state(item).decision, Decision::Revoke);
        QCOMPARE(state.state(item).changes, 2);
        const auto history = ws->decisionHistory(*id, &error);
        QVERIFY(history);
        QCOMPARE(history->size(), std::size_t(2));
        QCOMPARE(history->front().decision, Decision::Approve);
        QCOMPARE(history->back().recommendationShown, Recommendation::Revoke);

        // Replaying the history gives the same state.
        auto again = review::load(*ws, *id, &error);
        QCOMPARE(again->state.state(item).decision, Decision::Revoke);
        QCOMPARE(again->state.state(item).justification, QStringLiteral("moved teams"));
    }

    void justificationsAreBounded()
    {
        const auto b = build();
        QString error;
        const auto p = buildPopulation(b->org.data, *b->graph, definition(), kNow, {}, &error);
        auto ws = workspace();
        const auto id = ws->createCampaign(definition(), *p, &error);
        auto loaded = review::load(*ws, *id, &error);
        QVERIFY(loaded);
        CampaignState& state = loaded->state;
        const quint32 item = quint32(find(*loaded->items, QStringLiteral("a2"), QStringLiteral("Rare")));
        const QString atLimit(kMaxJustificationChars, QLatin1Char('j'));

        // One character more is refused, by the rule the GUI, the command line and worksheets share;
        // the GUI's bulk path (planDecisions) too. White space around does not count: it is trimmed.
        QVERIFY(!review::decide(*ws, state, {item}, Decision::Revoke, QStringLiteral("boss"),
                                atLimit + QLatin1Char('j'), &error));
        QVERIFY2(error.contains(QStringLiteral("at most 4000 characters; this one has 4001")), qPrintable(error));
        QVERIFY(!review::planDecisions(state, {item}, Decision::Approve, QStringLiteral("boss"),
                                       QString(60 * 1024 * 1024, QLatin1Char('j')), &error));
        QVERIFY2(error.contains(QStringLiteral("this one has 62914560")), qPrintable(error));
        QCOMPARE(state.state(item).decision, Decision::None);
        QCOMPARE(ws->decisionHistory(*id, &error)->size(), std::size_t(0));

        QVERIFY2(review::decide(*ws, state, {item}, Decision::Revoke, QStringLiteral("boss"),
                                QStringLiteral("\n ") + atLimit + QStringLiteral(" \n"), &error),
                 qPrintable(error));
        QCOMPARE(state.state(item).justification, atLimit);
    }

    void acceptingRecommendationsNeverOverwrites()
    {
        const auto b = build();
        QString error;
        const auto p = buildPopulation(b->org.data, *b->graph, definition(), kNow, {}, &error);
        auto ws = workspace();
        const auto id = ws->createCampaign(definition(), *p, &error);
        auto loaded = review::load(*ws, *id, &error);
        CampaignState& state = loaded->state;
        const quint32 rare = quint32(find(*loaded->items, QStringLiteral("a2"), QStringLiteral("Rare")));
        QVERIFY(review::decide(*ws, state, {rare}, Decision::Approve, QStringLiteral("boss"),
                               QStringLiteral("needed for the audit"), &error));
        const auto accepted = review::acceptRecommendations(*ws, state, QString(), QStringLiteral("boss"), &error);
        QVERIFY2(accepted, qPrintable(error));
        QVERIFY(*accepted > 0);
        QCOMPARE(state.state(rare).decision, Decision::Approve); // the reviewer's decision stands
        for (std::size_t i = 0; i < state.size(); ++i) {
            if (loaded->items->recommendation(i) == Recommendation::None)
                QCOMPARE(state.state(i).decision, Decision::None);
        }
        // Again: nothing left to accept.
        QCOMPARE(*review::acceptRecommendations(*ws, state, QString(), QStringLiteral("boss"), &error), 0);
    }

    void reassignmentIsRecordedAndSelfReviewRefused()
    {
        const auto b = build();
        QString error;
        const auto p = buildPopulation(b->org.data, *b->graph, definition(), kNow, {}, &error);
        auto ws = workspace();
        const auto id = ws->createCampaign(definition(), *p, &error);
        auto loaded = review::load(*ws, *id, &error);
        CampaignState& state = loaded->state;
        const auto moved = review::reassign(*ws, state, {}, QStringLiteral("boss"), QStringLiteral("deputy"),
                                            QStringLiteral("ciso"), QStringLiteral("boss on leave"), &error);
        QVERIFY2(moved, qPrintable(error));
        QCOMPARE(*moved, qint64(13)); // a1…a5 (Dev and Staff), a2 Rare, gone and stale
        const quint32 item = quint32(find(*loaded->items, QStringLiteral("a3"), QStringLiteral("Dev")));
        QCOMPARE(state.reviewerOf(item), QStringLiteral("deputy"));
        QCOMPARE(state.relationOf(item), ReviewerRelation::Delegate);
        QVERIFY(!review::reassign(*ws, state, {item}, QString(), QStringLiteral("a3"), QStringLiteral("ciso"),
                                  QString(), &error));
        QVERIFY(error.contains(QStringLiteral("own access")));
        QVERIFY(!review::reassign(*ws, state, {}, QStringLiteral("nobody"), QStringLiteral("x"), QStringLiteral("ciso"),
                                  QString(), &error));
        const auto progress = state.progress(kNow, loaded->history);
        QCOMPARE(progress.total, qint64(15));
    }

    void remediationPlanForDirectAndNestedGrants()
    {
        const auto b = build();
        QString error;
        auto ws = workspace();
        const auto source = ws->addSource(QStringLiteral("corp"), QStringLiteral("file"), {}, &error);
        QVERIFY(source);
        SnapshotData data = b->org.data;
        data.info.takenAt = kNow;
        const auto snapshotId = ws->importSnapshot(*source, data, {}, &error);
        QVERIFY2(snapshotId, qPrintable(error));
        CampaignDefinition d = definition();
        d.snapshotId = *snapshotId;
        const auto p = buildPopulation(b->org.data, *b->graph, d, kNow, {}, &error);
        const auto id = ws->createCampaign(d, *p, &error);
        auto loaded = review::load(*ws, *id, &error);
        QVERIFY(loaded);
        const quint32 nested = quint32(find(*loaded->items, QStringLiteral("a3"), QStringLiteral("Staff")));
        const quint32 direct = quint32(find(*loaded->items, QStringLiteral("a2"), QStringLiteral("Rare")));
        QVERIFY(review::decide(*ws, loaded->state, {nested, direct}, Decision::Revoke, QStringLiteral("boss"),
                               QStringLiteral("not needed"), &error));
        const auto plan = review::close(*ws, loaded->state, true, QStringLiteral("ciso"), &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->size(), std::size_t(2));
        for (const review::PlannedChange& change : *plan) {
            if (change.accountLogin == QLatin1String("a3")) {
                // Staff comes through Dev: the membership in Dev has to go, and Dev goes with it.
                QCOMPARE(change.groupName, QStringLiteral("Dev"));
                QCOMPARE(change.alsoRemoves, QStringList{QStringLiteral("Dev")});
                QVERIFY(change.description().contains(QStringLiteral("also takes away: Dev")));
            } else {
                QCOMPARE(change.accountLogin, QStringLiteral("a2"));
                QCOMPARE(change.groupName, QStringLiteral("Rare"));
                QVERIFY(change.alsoRemoves.isEmpty());
                QVERIFY(change.stillReaches.isEmpty());
            }
            QCOMPARE(change.status, QStringLiteral("planned"));
        }
        // A "file" source cannot be changed by Attest: the changes are left for a person, who
        // records completing them.
        loaded = review::load(*ws, *id, &error);
        const auto result = review::remediate(*ws, loaded->state, {}, QStringLiteral("ciso"), {}, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->manual, 2);
        QVERIFY(!review::markDone(*ws, loaded->state, nested, QStringLiteral("ops"), QString(), &error));
        QVERIFY(review::markDone(*ws, loaded->state, nested, QStringLiteral("ops"), QStringLiteral("CHG-9"), &error));
        QVERIFY(!review::markDone(*ws, loaded->state, nested, QStringLiteral("ops"), QStringLiteral("CHG-9"), &error));
        QVERIFY(error.contains(QStringLiteral("already done")));
        const auto again = review::remediate(*ws, loaded->state, {}, QStringLiteral("ciso"), {}, &error);
        QCOMPARE(again->skipped, 1); // done is never redone
    }

    void isoTimesAreTheSameAsQts()
    {
        // toIsoString is hand-written for speed (evidence and exports write millions).
        for (const Timestamp t : {Timestamp(0), Timestamp(951782400000LL) /* 2000-02-29 */, Timestamp(-86400001LL),
                                  Timestamp(4102444799999LL), kNow, Timestamp(253402300799000LL)}) {
            QCOMPARE(
                toIsoString(t),
                QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
                    QLatin1Char('Z'));
        }
        quint64 x = 88172645463325252ULL;
        for (int i = 0; i < 20000; ++i) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            const Timestamp t = Timestamp(x % 4'000'000'000'000ULL) - 1'000'000'000'000LL;
            QCOMPARE(
                toIsoString(t),
                QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
                    QLatin1Char('Z'));
        }
        QCOMPARE(toIsoString(kNoTime), QString());
    }

    void aClosedCampaignChangesNoMore()
    {
        const auto b = build();
        QString error;
        const auto p = buildPopulation(b->org.data, *b->graph, definition(), kNow, {}, &error);
        auto ws = workspace();
        const auto id = ws->createCampaign(definition(), *p, &error);
        QVERIFY(ws->closeCampaign(*id, kNow, &error));
        auto loaded = review::load(*ws, *id, &error);
        QCOMPARE(loaded->campaign.status, CampaignStatus::Closed);
        QVERIFY(!review::decide(*ws, loaded->state, {0}, Decision::Approve, QStringLiteral("boss"), QString(), &error));
        QVERIFY(error.contains(QStringLiteral("closed")));
    }
};

ATTEST_REGISTER_TEST(TestReview, "review")
#include "tst_review.moc"
