#include "testregistry.h"

#include "app/remediation.h"
#include "audit/journal.h"
#include "domain/journalrecord.h"
#include "domain/personresolver.h"
#include "domain/privilegedpolicy.h"
#include "graph/accessgraph.h"
#include "review/campaignstate.h"
#include "review/closing.h"
#include "review/evidence.h"
#include "review/population.h"
#include "review/worksheet.h"
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>
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
    // Someone who runs or reviews campaigns and holds no access in the source (no account).
    void staff(const QString& key, const QString& name)
    {
        Identity i;
        i.key = key;
        i.displayName = name;
        i.department = QStringLiteral("Audit");
        i.title = name;
        data.identities.push_back(i);
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
    // The campaign's owner, its fallback reviewer and a delegate: people of the snapshot.
    o.staff(QStringLiteral("ciso"), QStringLiteral("Chief Information Security Officer"));
    o.staff(QStringLiteral("auditor"), QStringLiteral("Internal Auditor"));
    o.staff(QStringLiteral("deputy"), QStringLiteral("Deputy Manager"));
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

// The people of the organisation, for naming reviewers.
PersonResolver people(const Built& b)
{
    return PersonResolver(b.org.data.identities, b.org.data.accounts);
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

namespace {

// The console's and the command line's remediation (the source's connector made by the registry).
std::optional<review::RemediationResult> remediateCampaign(Workspace& ws, qint64 campaignId, const QString& by,
                                                           QString* error)
{
    app::RemediateRequest request;
    request.campaignId = campaignId;
    request.by = by;
    const app::RemediateResult result = app::remediate(ws, std::move(request));
    if (!result.ok) {
        *error = result.error;
        return std::nullopt;
    }
    return result.remediation;
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
        QCOMPARE(again->state.justificationOf(item), QStringLiteral("moved teams"));
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
        QCOMPARE(state.justificationOf(item), atLimit);
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

    void anOversizedReassignmentReasonIsRefused()
    {
        const auto b = build();
        QString error;
        const auto p = buildPopulation(b->org.data, *b->graph, definition(), kNow, {}, &error);
        auto ws = workspace();
        const auto id = ws->createCampaign(definition(), *p, &error);
        auto loaded = review::load(*ws, *id, &error);
        QVERIFY(!review::reassign(*ws, loaded->state, {0}, QString(), people(*b), QStringLiteral("deputy"),
                                  QStringLiteral("ciso"), QString(kMaxJustificationChars + 1, QLatin1Char('r')),
                                  &error));
        QVERIFY2(error.contains(QStringLiteral("at most")), qPrintable(error));
        QVERIFY(ws->decisionHistory(*id, &error)->empty());
        QVERIFY(review::reassign(*ws, loaded->state, {0}, QString(), people(*b), QStringLiteral("deputy"),
                                 QStringLiteral("ciso"), QString(kMaxJustificationChars, QLatin1Char('r')), &error));
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
        const auto moved =
            review::reassign(*ws, state, {}, QStringLiteral("boss"), people(*b), QStringLiteral("deputy"),
                             QStringLiteral("ciso"), QStringLiteral("boss on leave"), &error);
        QVERIFY2(moved, qPrintable(error));
        QCOMPARE(*moved, qint64(13)); // a1…a5 (Dev and Staff), a2 Rare, gone and stale
        const quint32 item = quint32(find(*loaded->items, QStringLiteral("a3"), QStringLiteral("Dev")));
        QCOMPARE(state.reviewerOf(item), QStringLiteral("deputy"));
        QCOMPARE(state.relationOf(item), ReviewerRelation::Delegate);
        QVERIFY(!review::reassign(*ws, state, {item}, QString(), people(*b), QStringLiteral("a3"),
                                  QStringLiteral("ciso"), QString(), &error));
        QVERIFY(error.contains(QStringLiteral("own access")));
        QVERIFY(!review::reassign(*ws, state, {}, QStringLiteral("nobody"), people(*b), QStringLiteral("x"),
                                  QStringLiteral("ciso"), QString(), &error));
        const auto progress = state.progress(kNow);
        QCOMPARE(progress.total, qint64(15));
    }

    // An item's state holds ids into the campaign's string table, not a QString per text: a
    // campaign of 1.66 M items is opened in memory a user's machine has. The texts read back the same.
    void itemStatesAreCompactAndReadBackTheirTexts()
    {
        QVERIFY(sizeof(CampaignState::ItemState) <= 48);
        const auto b = build();
        QString error;
        const auto p = buildPopulation(b->org.data, *b->graph, definition(), kNow, {}, &error);
        auto ws = workspace();
        const auto id = ws->createCampaign(definition(), *p, &error);
        auto loaded = review::load(*ws, *id, &error);
        QVERIFY2(loaded, qPrintable(error));
        CampaignState& state = loaded->state;
        const quint32 dev = quint32(find(*loaded->items, QStringLiteral("a3"), QStringLiteral("Dev")));
        const quint32 rare = quint32(find(*loaded->items, QStringLiteral("a2"), QStringLiteral("Rare")));
        QCOMPARE(state.decidedByOf(dev), QString());
        QCOMPARE(state.justificationOf(dev), QString());
        QCOMPARE(state.reassignedToOf(dev), QString());
        QVERIFY(!state.isReassigned(dev));
        QVERIFY(review::decide(*ws, state, {dev, rare}, Decision::Revoke, QStringLiteral("boss"),
                               QStringLiteral("moved teams"), &error));
        QVERIFY(review::reassign(*ws, state, {rare}, QString(), people(*b), QStringLiteral("deputy"),
                                 QStringLiteral("ciso"), QStringLiteral("boss on leave"), &error));
        QVERIFY(review::decide(*ws, state, {rare}, Decision::Approve, QStringLiteral("deputy"),
                               QStringLiteral("still needed"), &error));
        const auto check = [&](const CampaignState& s) {
            QCOMPARE(s.decidedByOf(dev), QStringLiteral("boss"));
            QCOMPARE(s.justificationOf(dev), QStringLiteral("moved teams"));
            QCOMPARE(s.reviewerOf(dev), QStringLiteral("boss"));
            QCOMPARE(s.decidedByOf(rare), QStringLiteral("deputy"));
            QCOMPARE(s.justificationOf(rare), QStringLiteral("still needed"));
            QCOMPARE(s.reassignedToOf(rare), QStringLiteral("deputy"));
            QVERIFY(s.isReassigned(rare));
            QCOMPARE(s.reviewerOf(rare), QStringLiteral("deputy"));
            QCOMPARE(s.state(rare).capacity, DecisionCapacity::Delegate);
            const auto deputy = s.reviewerProgress(QStringLiteral("deputy"), kNow);
            QVERIFY(deputy);
            QCOMPARE(deputy->total, qint64(1));
            QCOMPARE(deputy->approved, qint64(1));
            const auto boss = s.reviewerProgress(QStringLiteral("boss"), kNow);
            QVERIFY(boss);
            QCOMPARE(boss->revoked, qint64(1));
            QCOMPARE(s.undecidedCount(QStringLiteral("deputy")), qint64(0));
            QCOMPARE(s.undecidedCount(QStringLiteral("nobody")), qint64(0));
        };
        check(state);
        // The same after replaying the stored history.
        const auto again = review::load(*ws, *id, &error);
        QVERIFY2(again, qPrintable(error));
        check(again->state);
    }

    // Damaged item chunks are an error naming the damage, never a short or wrong table; an absurd
    // string count is refused before anything is reserved for it.
    void damagedItemChunksAreAnError()
    {
        const auto b = build();
        QString error;
        const auto p = buildPopulation(b->org.data, *b->graph, definition(), kNow, {}, &error);
        QVERIFY2(p, qPrintable(error));
        const QList<QByteArray> strings = p->items.encodeStrings();
        const QList<QByteArray> items = p->items.encodeItems();
        QCOMPARE(qsizetype(p->items.itemChunkCount()), items.size());
        ReviewItemTable table;
        QVERIFY2(ReviewItemTable::decode(strings, items, &table, &error), qPrintable(error));
        QCOMPARE(table.sha256(), p->sha256);

        QByteArray shortChunk = items.front();
        shortChunk.chop(1);
        QVERIFY(!ReviewItemTable::decode(strings, {shortChunk}, &table, &error));
        QVERIFY2(error.contains(QStringLiteral("record size")), qPrintable(error));
        // Records whose text ids point past the string table.
        QVERIFY(!ReviewItemTable::decode({}, items, &table, &error));
        QVERIFY2(error.contains(QStringLiteral("text index")), qPrintable(error));
        QByteArray hugeCount = strings.front();
        qToBigEndian<quint32>(0xfffffff0u, hugeCount.data() + 4); // QDataStream is big-endian
        QVERIFY(!ReviewItemTable::decode({hugeCount}, items, &table, &error));
        QVERIFY2(error.contains(QStringLiteral("string count")), qPrintable(error));
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
        const auto result = remediateCampaign(*ws, *id, QStringLiteral("ciso"), &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->manual, 2);
        QVERIFY(!review::markDone(*ws, loaded->state, nested, QStringLiteral("ops"), QString(), &error));
        QVERIFY(review::markDone(*ws, loaded->state, nested, QStringLiteral("ops"), QStringLiteral("CHG-9"), &error));
        QVERIFY(!review::markDone(*ws, loaded->state, nested, QStringLiteral("ops"), QStringLiteral("CHG-9"), &error));
        QVERIFY(error.contains(QStringLiteral("already done")));
        const auto again = remediateCampaign(*ws, *id, QStringLiteral("ciso"), &error);
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

    // Each decision records as what it was made, and counts never mix them: the owner's
    // accept-recommendations decides in the owner's name on the reviewers' behalf, a stranger may
    // decide nothing, "don't know" is not a decision, and the policy's verdicts are its own.
    void decisionsAreCountedByCapacity()
    {
        const auto b = build();
        QString error;
        const auto p = buildPopulation(b->org.data, *b->graph, definition(), kNow, {}, &error);
        auto ws = workspace();
        const auto id = ws->createCampaign(definition(), *p, &error);
        auto loaded = review::load(*ws, *id, &error);
        CampaignState& state = loaded->state;
        const quint32 rare = quint32(find(*loaded->items, QStringLiteral("a2"), QStringLiteral("Rare")));
        const QString reviewer = state.reviewerOf(rare);
        QVERIFY(!reviewer.isEmpty() && reviewer != QLatin1String("ciso"));

        // A stranger: refused, whatever the front end.
        QVERIFY(!review::decide(*ws, state, {rare}, Decision::Approve, QStringLiteral("mallory"), QStringLiteral("x"),
                                &error));
        QVERIFY2(error.contains(QStringLiteral("is not the reviewer")), qPrintable(error));
        QVERIFY(!review::acceptRecommendations(*ws, state, reviewer, QStringLiteral("mallory"), &error));

        // The reviewer answers "don't know": not decided.
        QVERIFY(review::decide(*ws, state, {rare}, Decision::DontKnow, reviewer, QStringLiteral("ask IT"), &error));
        QCOMPARE(state.state(rare).capacity, DecisionCapacity::Reviewer);
        auto progress = state.progress(kNow);
        QCOMPARE(progress.decided, 0);
        QCOMPARE(progress.dontKnow, 1);

        // The owner accepts every recommendation: on the reviewers' behalf, in the owner's name.
        const auto accepted = review::acceptRecommendations(*ws, state, QString(), QStringLiteral("ciso"), &error);
        QVERIFY2(accepted && *accepted > 0, qPrintable(error));
        QCOMPARE(state.state(rare).decision, Decision::DontKnow); // an answer is not overwritten
        auto reloaded = review::load(*ws, *id, &error);
        progress = reloaded->state.progress(kNow);
        QCOMPARE(progress.byReviewers, 0);
        QCOMPARE(progress.byOwner, *accepted);
        for (const auto& r : progress.reviewers) {
            QCOMPARE(r.decided, 0); // nothing was decided by a reviewer
            QVERIFY(!r.rubberStamp);
        }
        for (std::size_t i = 0; i < reloaded->state.size(); ++i) {
            if (isDecided(reloaded->state.state(i).decision)) {
                QCOMPARE(reloaded->state.state(i).capacity, DecisionCapacity::OwnerOnBehalf);
                QCOMPARE(reloaded->state.decidedByOf(i), QStringLiteral("ciso"));
            }
        }
        // A reviewer accepting for somebody else's items is refused; on their own it is theirs.
        QVERIFY(!review::acceptRecommendations(*ws, reloaded->state, QStringLiteral("someone-else"), reviewer, &error));
    }

    // Decisions and the population are in the signed chain: changed after sign-off (a revoke
    // turned into an approve, an item of the frozen population edited), no evidence is exported.
    void evidenceRefusesDecisionsChangedAfterSignOff()
    {
        const auto b = build();
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("signed.attest"));
        auto ws = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
        const auto source = ws->addSource(QStringLiteral("corp"), QStringLiteral("file"), {}, &error);
        SnapshotData data = b->org.data;
        data.info.takenAt = kNow;
        CampaignDefinition d = definition();
        d.snapshotId = *ws->importSnapshot(*source, data, {}, &error);
        const auto p = buildPopulation(b->org.data, *b->graph, d, kNow, {}, &error);
        const auto id = createCampaign(*ws, d, *p, &error);
        QVERIFY2(id, qPrintable(error));
        auto loaded = review::load(*ws, *id, &error);
        const quint32 rare = quint32(find(*loaded->items, QStringLiteral("a2"), QStringLiteral("Rare")));
        QVERIFY(review::decide(*ws, loaded->state, {rare}, Decision::Revoke, QStringLiteral("ciso"),
                               QStringLiteral("not needed"), &error));
        QVERIFY2(review::close(*ws, loaded->state, true, QStringLiteral("ciso"), &error), qPrintable(error));
        loaded = review::load(*ws, *id, &error);
        QVERIFY2(review::signOff(*ws, loaded->campaign, QStringLiteral("ciso"), QStringLiteral("done"), &error),
                 qPrintable(error));
        QVERIFY2(evidence::exportPack(*ws, *id, m_dir.filePath(QStringLiteral("pack-ok")), &error), qPrintable(error));
        ws.reset();

        const auto tamper = [&path](const QString& sql) {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
                QVERIFY(q.numRowsAffected() > 0);
            }
            QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        };
        tamper(QStringLiteral("UPDATE review_decisions SET decision = 1 WHERE decision = 2"));
        ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY(!evidence::exportPack(*ws, *id, m_dir.filePath(QStringLiteral("pack-1")), &error));
        QVERIFY2(error.contains(QStringLiteral("decisions were changed")), qPrintable(error));
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("pack-1"))).exists() ||
                QDir(m_dir.filePath(QStringLiteral("pack-1"))).isEmpty());
        ws.reset();
        tamper(QStringLiteral("UPDATE review_decisions SET decision = 2 WHERE decision = 1 AND kind = 0"));
        tamper(QStringLiteral("UPDATE review_item_chunks SET data = data || x'00' WHERE kind = 0"));
        ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        const bool exported =
            evidence::exportPack(*ws, *id, m_dir.filePath(QStringLiteral("pack-2")), &error).has_value();
        QVERIFY(!exported);
    }

    // A revoke whose removal takes access approved in the same campaign is a conflict: shown with
    // both decisions, resolved by the owner with a reason (keep: left manual; revoke anyway: the
    // change is planned and takes the approved access), journaled, in the evidence, and signed:
    // a resolution changed after sign-off refuses the export.
    void conflictsAreResolvedByTheOwnerAndSigned()
    {
        const auto b = build();
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("conflict.attest"));
        auto ws = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
        const auto source = ws->addSource(QStringLiteral("corp"), QStringLiteral("file"), {}, &error);
        SnapshotData data = b->org.data;
        data.info.takenAt = kNow;
        CampaignDefinition d = definition();
        d.snapshotId = *ws->importSnapshot(*source, data, {}, &error);
        const auto p = buildPopulation(b->org.data, *b->graph, d, kNow, {}, &error);
        const auto id = createCampaign(*ws, d, *p, &error);
        QVERIFY2(id, qPrintable(error));
        auto loaded = review::load(*ws, *id, &error);
        // a3 reaches Staff only through Dev: revoking Staff means removing Dev, which was approved.
        const quint32 staff = quint32(find(*loaded->items, QStringLiteral("a3"), QStringLiteral("Staff")));
        const quint32 dev = quint32(find(*loaded->items, QStringLiteral("a3"), QStringLiteral("Dev")));
        const quint32 rare = quint32(find(*loaded->items, QStringLiteral("a2"), QStringLiteral("Rare")));
        QVERIFY(review::decide(*ws, loaded->state, {staff}, Decision::Revoke, QStringLiteral("boss"),
                               QStringLiteral("not needed"), &error));
        QVERIFY(review::decide(*ws, loaded->state, {dev}, Decision::Approve, QStringLiteral("ciso"),
                               QStringLiteral("builds need it"), &error));

        auto plan = review::previewPlan(*ws, loaded->state, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->conflicts.size(), std::size_t(1));
        const review::PlanConflict& conflict = plan->conflicts.front();
        QCOMPARE(conflict.revoked.item, staff);
        QCOMPARE(conflict.revoked.decision, Decision::Revoke);
        QCOMPARE(conflict.revoked.by, QStringLiteral("boss"));
        QCOMPARE(conflict.revoked.capacity, DecisionCapacity::Reviewer);
        QCOMPARE(conflict.approved.size(), std::size_t(1));
        QCOMPARE(conflict.approved.front().item, dev);
        QCOMPARE(conflict.approved.front().by, QStringLiteral("ciso"));
        QCOMPARE(conflict.approved.front().capacity, DecisionCapacity::OwnerOnBehalf);
        QCOMPARE(conflict.groups, QStringList{QStringLiteral("Dev")});
        QVERIFY(!conflict.resolution);
        QCOMPARE(plan->changes.size(), std::size_t(1));
        QVERIFY(plan->changes.front().conflict);
        QCOMPARE(plan->changes.front().status, QStringLiteral("manual"));

        // Only the owner, with a reason within bounds, on an item in conflict.
        QVERIFY(!review::resolveConflict(*ws, loaded->state, staff, ConflictChoice::RevokeAnyway,
                                         QStringLiteral("boss"), QStringLiteral("why not"), &error));
        QVERIFY2(error.contains(QStringLiteral("owner")), qPrintable(error));
        QVERIFY(!review::resolveConflict(*ws, loaded->state, staff, ConflictChoice::RevokeAnyway,
                                         QStringLiteral("ciso"), QStringLiteral("  "), &error));
        QVERIFY(!review::resolveConflict(*ws, loaded->state, staff, ConflictChoice::RevokeAnyway,
                                         QStringLiteral("ciso"), QString(kMaxJustificationChars + 1, QLatin1Char('x')),
                                         &error));
        QVERIFY(error.contains(QString::number(kMaxJustificationChars)));
        QVERIFY(!review::resolveConflict(*ws, loaded->state, rare, ConflictChoice::RevokeAnyway, QStringLiteral("ciso"),
                                         QStringLiteral("no"), &error));
        QVERIFY2(error.contains(QStringLiteral("not in conflict")), qPrintable(error));
        QCOMPARE(ws->decisionHistory(*id, &error)->size(), std::size_t(2)); // nothing recorded

        // Keep: the revoke stays manual, with the owner's reason.
        QVERIFY2(review::resolveConflict(*ws, loaded->state, staff, ConflictChoice::KeepApproved,
                                         QStringLiteral("ciso"), QStringLiteral("Dev is needed until March"), &error),
                 qPrintable(error));
        plan = review::previewPlan(*ws, loaded->state, &error);
        QVERIFY(plan->conflicts.front().applies());
        QCOMPARE(plan->conflicts.front().resolution->choice, ConflictChoice::KeepApproved);
        QCOMPARE(plan->conflicts.front().resolution->by, QStringLiteral("ciso"));
        QCOMPARE(plan->changes.size(), std::size_t(1));
        QCOMPARE(plan->changes.front().status, QStringLiteral("manual"));
        QVERIFY(plan->changes.front().message.contains(QStringLiteral("Dev is needed until March")));

        // Revoke anyway: the removal is planned and takes the approved access, said so.
        QVERIFY2(review::resolveConflict(*ws, loaded->state, staff, ConflictChoice::RevokeAnyway,
                                         QStringLiteral("ciso"), QStringLiteral("leaves next week"), &error),
                 qPrintable(error));
        plan = review::previewPlan(*ws, loaded->state, &error);
        QVERIFY(plan->conflicts.front().revokeAnyway());
        QCOMPARE(plan->changes.size(), std::size_t(1));
        QCOMPARE(plan->changes.front().status, QStringLiteral("planned"));
        QCOMPARE(plan->changes.front().groupName, QStringLiteral("Dev"));
        QCOMPARE(plan->changes.front().items, std::vector<quint32>{staff});
        QCOMPARE(plan->changes.front().takesApproved, QStringList{QStringLiteral("Dev")});

        // A decision after the resolution outdates it: the conflict is open again.
        QVERIFY(review::decide(*ws, loaded->state, {dev}, Decision::Approve, QStringLiteral("ciso"),
                               QStringLiteral("still needed"), &error));
        plan = review::previewPlan(*ws, loaded->state, &error);
        QVERIFY(plan->conflicts.front().outdated);
        QVERIFY(!plan->conflicts.front().applies());
        QCOMPARE(plan->changes.front().status, QStringLiteral("manual"));
        QVERIFY(review::resolveConflict(*ws, loaded->state, staff, ConflictChoice::RevokeAnyway, QStringLiteral("ciso"),
                                        QStringLiteral("leaves next week"), &error));

        // The close uses the resolution; after it, the owner may still change it until remediated.
        auto closed = review::close(*ws, loaded->state, true, QStringLiteral("ciso"), &error);
        QVERIFY2(closed, qPrintable(error));
        QCOMPARE(closed->size(), std::size_t(1));
        QCOMPARE(closed->front().status, QStringLiteral("planned"));
        QVERIFY(review::resolveConflict(*ws, loaded->state, staff, ConflictChoice::KeepApproved, QStringLiteral("ciso"),
                                        QStringLiteral("kept after all"), &error));
        QCOMPARE(review::remediationPlan(*ws, loaded->state, &error)->front().status, QStringLiteral("manual"));
        QVERIFY(review::resolveConflict(*ws, loaded->state, staff, ConflictChoice::RevokeAnyway, QStringLiteral("ciso"),
                                        QStringLiteral("leaves next week"), &error));
        QCOMPARE(review::remediationPlan(*ws, loaded->state, &error)->front().status, QStringLiteral("planned"));
        int journaled = 0;
        const auto journal = ws->journalRecords(&error);
        QVERIFY2(journal, qPrintable(error));
        for (const JournalRecord& r : *journal)
            journaled += r.action == QLatin1String("review.resolve-conflict") ? 1 : 0;
        QCOMPARE(journaled, 5); // keep, revoke, revoke again once outdated, keep and revoke after the close

        // The evidence: the conflict, both decisions, the resolution, who, when and why; counted.
        loaded = review::load(*ws, *id, &error);
        QVERIFY2(review::signOff(*ws, loaded->campaign, QStringLiteral("ciso"), QStringLiteral("done"), &error),
                 qPrintable(error));
        QVERIFY(!review::resolveConflict(*ws, loaded->state, staff, ConflictChoice::KeepApproved,
                                         QStringLiteral("ciso"), QStringLiteral("too late"), &error));
        QVERIFY2(error.contains(QStringLiteral("signed off")), qPrintable(error));
        const QString pack = m_dir.filePath(QStringLiteral("conflict-pack"));
        QVERIFY2(evidence::exportPack(*ws, *id, pack, &error), qPrintable(error));
        QFile json(pack + QStringLiteral("/campaign.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject conflicts =
            QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("conflicts")).toObject();
        QCOMPARE(conflicts.value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(conflicts.value(QStringLiteral("revokedAnyway")).toInt(), 1);
        QCOMPARE(conflicts.value(QStringLiteral("unresolved")).toInt(), 0);
        const QJsonObject listed = conflicts.value(QStringLiteral("list")).toArray().first().toObject();
        QCOMPARE(listed.value(QStringLiteral("revoked")).toInteger(), qint64(staff) + 1);
        QCOMPARE(listed.value(QStringLiteral("approved")).toArray(), QJsonArray{qint64(dev) + 1});
        // Every fact of the plan's conflict is in the pack: its items by number in campaign.json,
        // who decided each, as what, when and why in that item's row of items.csv.
        const auto full = review::planRemediation(*ws, loaded->state, &error);
        QVERIFY2(full && full->conflicts.size() == 1, qPrintable(error));
        const review::PlanConflict& expected = full->conflicts.front();
        QCOMPARE(listed.value(QStringLiteral("account")).toString(), expected.accountLogin);
        QStringList memberships;
        for (const QJsonValue& group : listed.value(QStringLiteral("memberships")).toArray())
            memberships << group.toString();
        QCOMPARE(memberships, expected.groups);
        QFile itemsFile(pack + QStringLiteral("/items.csv"));
        QVERIFY(itemsFile.open(QIODevice::ReadOnly));
        std::vector<worksheet::CsvRecord> rows;
        QVERIFY2(worksheet::readCsv(itemsFile.readAll(), &rows, &error), qPrintable(error));
        const QStringList header = rows.front().cells;
        const auto rowOf = [&rows, &header](qint64 number, const char* column) {
            for (const worksheet::CsvRecord& row : rows) {
                if (row.cells.value(header.indexOf(QStringLiteral("item"))) == QString::number(number))
                    return row.cells.value(header.indexOf(QLatin1String(column)), QStringLiteral("<missing>"));
            }
            return QStringLiteral("<no row>");
        };
        std::vector<std::pair<qint64, review::ItemDecision>> sides{
            {listed.value(QStringLiteral("revoked")).toInteger(), expected.revoked}};
        const QJsonArray approvedNumbers = listed.value(QStringLiteral("approved")).toArray();
        QCOMPARE(std::size_t(approvedNumbers.size()), expected.approved.size());
        for (qsizetype a = 0; a < approvedNumbers.size(); ++a)
            sides.emplace_back(approvedNumbers[a].toInteger(), expected.approved[std::size_t(a)]);
        for (const auto& [number, side] : sides) {
            QCOMPARE(number, qint64(side.item) + 1);
            QCOMPARE(rowOf(number, "entitlement"), side.entitlement);
            QCOMPARE(rowOf(number, "decision"), decisionName(side.decision));
            QCOMPARE(rowOf(number, "decided_by"), side.by);
            QCOMPARE(rowOf(number, "decided_by_name"), side.byName);
            QCOMPARE(rowOf(number, "decided_as"), capacityName(side.capacity));
            QCOMPARE(rowOf(number, "decided_at"), toIsoString(side.at));
            QCOMPARE(rowOf(number, "justification"), side.justification);
        }
        QCOMPARE(rowOf(qint64(staff) + 1, "decided_by"), QStringLiteral("boss"));
        QCOMPARE(rowOf(qint64(staff) + 1, "decided_as"), QStringLiteral("reviewer"));
        QCOMPARE(rowOf(qint64(dev) + 1, "decided_as"), QStringLiteral("owner-on-behalf"));
        const QJsonObject resolution = listed.value(QStringLiteral("resolution")).toObject();
        QCOMPARE(resolution.value(QStringLiteral("at")).toString(), toIsoString(expected.resolution->at));
        QCOMPARE(resolution.value(QStringLiteral("applies")).toBool(), expected.applies());
        QCOMPARE(resolution.value(QStringLiteral("choice")).toString(), QStringLiteral("revoke"));
        QCOMPARE(resolution.value(QStringLiteral("by")).toString(), QStringLiteral("ciso"));
        QCOMPARE(resolution.value(QStringLiteral("reason")).toString(), QStringLiteral("leaves next week"));
        QVERIFY(!resolution.value(QStringLiteral("at")).toString().isEmpty());
        QFile csv(pack + QStringLiteral("/items.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString items = QString::fromUtf8(csv.readAll());
        QVERIFY(items.section(QLatin1Char('\n'), 0, 0).endsWith(QStringLiteral("conflict\r")) ||
                items.section(QLatin1Char('\n'), 0, 0).endsWith(QStringLiteral("conflict")));
        QVERIFY2(items.contains(QStringLiteral("approved, but taken by the resolution of item %1").arg(staff + 1)),
                 qPrintable(items.left(2000)));
        QVERIFY(evidence::verifyPack(pack, ws.get()).intact);

        // A conflict naming an item outside the population lost a fact: the pack does not verify,
        // even re-signed with the right key.
        {
            const QString copy = m_dir.filePath(QStringLiteral("conflict-pack-renamed"));
            QVERIFY(QDir().mkpath(copy));
            for (const QString& name : QDir(pack).entryList(QDir::Files))
                QVERIFY(QFile::copy(pack + QLatin1Char('/') + name, copy + QLatin1Char('/') + name));
            QFile campaignFile(copy + QStringLiteral("/campaign.json"));
            QVERIFY(campaignFile.open(QIODevice::ReadOnly));
            QByteArray text = campaignFile.readAll();
            campaignFile.close();
            const QByteArray named = "\"revoked\":" + QByteArray::number(qint64(staff) + 1);
            QVERIFY(text.contains(named));
            text.replace(named, "\"revoked\":" + QByteArray::number(loaded->campaign.itemCount + 1));
            QVERIFY(campaignFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
            campaignFile.write(text);
            campaignFile.close();
            QFile manifestFile(copy + QStringLiteral("/manifest.json"));
            QVERIFY(manifestFile.open(QIODevice::ReadOnly));
            QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
            manifestFile.close();
            QCOMPARE(manifest.value(QStringLiteral("format")).toInt(), evidence::kPackFormat);
            QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
            for (qsizetype f = 0; f < files.size(); ++f) {
                QJsonObject entry = files[f].toObject();
                if (entry.value(QStringLiteral("name")).toString() == QLatin1String("campaign.json"))
                    entry.insert(
                        QStringLiteral("sha256"),
                        QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex()));
                files[f] = entry;
            }
            manifest.insert(QStringLiteral("files"), files);
            const QByteArray manifestBytes = QJsonDocument(manifest).toJson();
            const auto key = Journal::loadOrCreateKey(*ws, &error);
            QVERIFY2(key, qPrintable(error));
            QVERIFY(manifestFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
            manifestFile.write(manifestBytes);
            manifestFile.close();
            QFile signatureFile(copy + QStringLiteral("/manifest.sig"));
            QVERIFY(signatureFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
            signatureFile.write(key->sign(manifestBytes, &error).toHex() + '\n');
            signatureFile.close();
            const evidence::Verification renamed = evidence::verifyPack(copy, ws.get());
            QVERIFY(!renamed.intact);
            QVERIFY2(renamed.problems.join(QLatin1Char('\n')).contains(QStringLiteral("not an item of the population")),
                     qPrintable(renamed.problems.join(QLatin1Char('\n'))));
            QCOMPARE(renamed.problems.size(), 1); // the signature and the hashes are right
        }
        ws.reset();

        // A resolution changed, or added, after sign-off: no evidence.
        const auto tamper = [&path](const QString& sql) {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
                QVERIFY(q.numRowsAffected() > 0);
            }
            QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        };
        const QString last = QStringLiteral("(SELECT MAX(id) FROM review_decisions WHERE kind = 3)");
        tamper(QStringLiteral("UPDATE review_decisions SET decision = 1 WHERE id = ") + last);
        ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY(!evidence::exportPack(*ws, *id, m_dir.filePath(QStringLiteral("conflict-pack-1")), &error));
        QVERIFY2(error.contains(QStringLiteral("decisions were changed")), qPrintable(error));
        ws.reset();
        tamper(QStringLiteral("UPDATE review_decisions SET decision = 2 WHERE id = ") + last);
        ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(evidence::exportPack(*ws, *id, m_dir.filePath(QStringLiteral("conflict-pack-2")), &error),
                 qPrintable(error));
        ws.reset();
        tamper(QStringLiteral("INSERT INTO review_decisions (campaign_id, item, kind, decision, decided_by, time, "
                              "justification, recommendation) VALUES (%1, %2, 3, 1, 'ciso', 1, 'keep', 0)")
                   .arg(*id)
                   .arg(staff));
        ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY(!evidence::exportPack(*ws, *id, m_dir.filePath(QStringLiteral("conflict-pack-3")), &error));
        QVERIFY2(error.contains(QStringLiteral("no signed journal record")), qPrintable(error));
    }

    // Two processes on one campaign: one has loaded it, the other records a reviewer's revoke;
    // then the first accepts recommendations, closes with the no-response policy, and imports
    // an older worksheet. The reviewer's decision stands every time.
    void aConcurrentDecisionIsNeverOverwritten()
    {
        const auto b = build();
        QString error;
        CampaignDefinition d = definition();
        d.noResponse = NoResponsePolicy::Revoke;
        const QString path = m_dir.filePath(QStringLiteral("concurrent.attest"));
        auto console = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
        const auto source = console->addSource(QStringLiteral("corp"), QStringLiteral("file"), {}, &error);
        SnapshotData data = b->org.data;
        data.info.takenAt = kNow;
        const auto snapshotId = console->importSnapshot(*source, data, {}, &error);
        QVERIFY2(snapshotId, qPrintable(error));
        d.snapshotId = *snapshotId;
        const auto p = buildPopulation(b->org.data, *b->graph, d, kNow, {}, &error);
        const auto id = console->createCampaign(d, *p, &error);
        QVERIFY2(id, qPrintable(error));
        auto stale = review::load(*console, *id, &error);
        QVERIFY(stale);
        // An item the recommendation would approve (a1's Dev: all of a1's peers hold it).
        const quint32 item = quint32(find(*stale->items, QStringLiteral("a1"), QStringLiteral("Dev")));
        QCOMPARE(stale->items->recommendation(item), Recommendation::Approve);

        // The other process (its own connection): the reviewer revokes it.
        {
            auto other = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
            auto fresh = review::load(*other, *id, &error);
            QVERIFY(review::decide(*other, fresh->state, {item}, Decision::Revoke, QStringLiteral("boss"),
                                   QStringLiteral("left the team"), &error));
        }
        // The console, with its older state, accepts every recommendation.
        const auto accepted =
            review::acceptRecommendations(*console, stale->state, QString(), QStringLiteral("ciso"), &error);
        QVERIFY2(accepted, qPrintable(error));
        QCOMPARE(stale->state.state(item).decision, Decision::Revoke);
        auto reread = review::load(*console, *id, &error);
        QCOMPARE(reread->state.state(item).decision, Decision::Revoke);
        QCOMPARE(reread->state.decidedByOf(item), QStringLiteral("boss"));

        // A worksheet exported before: it approves the item. The newer decision wins.
        auto older = review::load(*console, *id, &error);
        const QString reviewer = older->state.reviewerOf(item);
        {
            auto other = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
            auto fresh = review::load(*other, *id, &error);
            QVERIFY(review::decide(*other, fresh->state, {item}, Decision::Revoke, QStringLiteral("boss"),
                                   QStringLiteral("confirmed"), &error));
        }
        worksheet::Validation validation;
        validation.entries.push_back({2, item, Decision::Approve, QStringLiteral("fine")});
        const auto imported = worksheet::import(*console, older->state, validation, reviewer, &error);
        QVERIFY2(imported, qPrintable(error));
        QCOMPARE(*imported, 0);
        reread = review::load(*console, *id, &error);
        QCOMPARE(reread->state.state(item).decision, Decision::Revoke);
        QCOMPARE(reread->state.justificationOf(item), QStringLiteral("confirmed"));

        // Another item decided by the other process after the console loaded: close's no-response
        // verdict (revoke) must not land on it, and the journal counts only real no-responses.
        const quint32 kept = quint32(find(*stale->items, QStringLiteral("a2"), QStringLiteral("Dev")));
        auto beforeClose = review::load(*console, *id, &error);
        {
            auto other = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
            auto fresh = review::load(*other, *id, &error);
            QVERIFY(review::decide(*other, fresh->state, {kept}, Decision::Approve, QStringLiteral("boss"),
                                   QStringLiteral("needed"), &error));
        }
        QVERIFY2(review::close(*console, beforeClose->state, true, QStringLiteral("ciso"), &error), qPrintable(error));
        reread = review::load(*console, *id, &error);
        QCOMPARE(reread->state.state(kept).decision, Decision::Approve);
        QVERIFY(!reread->state.state(kept).byNoResponsePolicy);
        // Closed is closed, for every connection.
        QVERIFY(!review::decide(*console, stale->state, {kept}, Decision::Revoke, QStringLiteral("boss"),
                                QStringLiteral("late"), &error));
        QVERIFY2(error.contains(QStringLiteral("closed")), qPrintable(error));
    }

    // A damaged page in the decision history must give an error, never a shorter history that
    // counts fewer decisions (and feeds evidence and no-response verdicts).
    void aDamagedDecisionPageIsAnErrorNotAShortHistory()
    {
        const auto b = build();
        QString error;
        const auto p = buildPopulation(b->org.data, *b->graph, definition(), kNow, {}, &error);
        const QString path = m_dir.filePath(QStringLiteral("damaged.attest"));
        qint64 id = 0;
        {
            auto ws = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
            QVERIFY2(ws, qPrintable(error));
            id = *ws->createCampaign(definition(), *p, &error);
            auto loaded = review::load(*ws, id, &error);
            QVERIFY(loaded);
            // Enough history for many pages: every item decided a few times, with long reasons.
            const QString reason = QString(400, QLatin1Char('r'));
            for (int round = 0; round < 8; ++round) {
                for (quint32 item = 0; item < loaded->state.size(); ++item)
                    QVERIFY2(review::decide(*ws, loaded->state, {item}, Decision::Revoke, QStringLiteral("ciso"),
                                            reason, &error),
                             qPrintable(error));
            }
            QVERIFY(ws->decisionHistory(id, &error)->size() > 100);
        } // the last connection closes: everything is in the main file
        QList<int> leaves;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'review_decisions' AND "
                                       "pagetype = 'leaf' ORDER BY pageno")))
                QSKIP("this SQLite has no dbstat table to find the pages with");
            while (q.next())
                leaves << q.value(0).toInt();
            q.finish();
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            const int pageSize = q.value(0).toInt();
            q.finish();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("pages"));
            QVERIFY(leaves.size() > 3);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            // A leaf in the middle: the pages before it read fine, then the damage.
            QVERIFY(file.seek(qint64(leaves[leaves.size() / 2] - 1) * pageSize));
            QByteArray garbage(pageSize, '\xa5');
            for (int i = 0; i < pageSize; i += 7)
                garbage[i] = char(i * 31);
            QCOMPARE(file.write(garbage), qint64(pageSize));
        }
        auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        error.clear();
        QVERIFY(!ws->decisionHistory(id, &error));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        QVERIFY(!review::load(*ws, id, &error));
    }
};

ATTEST_REGISTER_TEST(TestReview, "review")
#include "tst_review.moc"
