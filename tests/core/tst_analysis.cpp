#include "testregistry.h"

#include "pdftools.h"

#include "analysis/analysis.h"
#include "analysis/drift.h"
#include "analysis/exceptions.h"
#include "analysis/metrics.h"
#include "analysis/metricsexport.h"
#include "analysis/sodpolicy.h"
#include "app/remediation.h"
#include "domain/personresolver.h"
#include "domain/privilegedpolicy.h"
#include "graph/accessgraph.h"
#include "review/campaignstate.h"
#include "review/closing.h"
#include "review/population.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using namespace attest::analysis;

namespace {

constexpr Timestamp kNow = 1'780'000'000'000; // 2026-05-28
constexpr qint64 kDay = kMsPerDay;

// Hand-made snapshots whose answers are known.
struct Org
{
    SnapshotData data;

    Org()
    {
        data.info.takenAt = kNow;
        data.info.sourceId = 1;
        data.info.label = QStringLiteral("Q2");
    }

    quint32 person(const QString& key, const QString& department, const QString& title = {},
                   IdentityStatus status = IdentityStatus::Active)
    {
        Identity i;
        i.key = key;
        i.displayName = key;
        i.department = department;
        i.title = title;
        i.status = status;
        data.identities.push_back(i);
        return quint32(data.identities.size() - 1);
    }
    quint32 account(const QString& login, const QString& identityKey = {}, Timestamp lastLogon = kNow - kDay,
                    bool enabled = true)
    {
        Account a;
        a.key = QStringLiteral("uid=%1").arg(login);
        a.login = login;
        a.identityKey = identityKey;
        a.lastLogon = lastLogon;
        a.enabled = enabled;
        a.created = kNow - 800 * kDay;
        a.passwordChanged = kNow - 10 * kDay;
        data.accounts.push_back(a);
        return quint32(data.accounts.size() - 1);
    }
    quint32 group(const QString& name, const QString& owner = QStringLiteral("owner"), bool privileged = false)
    {
        Entitlement e;
        e.key = QStringLiteral("cn=%1").arg(name);
        e.name = name;
        e.ownerKey = owner;
        e.privilegedTag = privileged;
        data.entitlements.push_back(e);
        return quint32(data.entitlements.size() - 1);
    }
    void grant(quint32 entitlement, quint32 account)
    {
        data.memberships.push_back({entitlement, account, MemberKind::Account});
    }
    void nest(quint32 parent, quint32 child) { data.memberships.push_back({parent, child, MemberKind::Entitlement}); }
    std::unique_ptr<AccessGraph> graph() const { return AccessGraph::build(data, PrivilegedPolicy()); }
};

// The subjects' labels, sorted and joined with "|".
QString labels(const SnapshotData& data, const std::vector<Subject>& subjects)
{
    QStringList out;
    for (const Subject& s : subjects)
        out << subjectLabel(data, s);
    out.sort();
    return out.join(QLatin1Char('|'));
}

Metrics measure(const Org& org, const SodPolicy& sod = {}, const std::vector<AcceptedException>& exceptions = {})
{
    const auto graph = org.graph();
    return computeMetrics(org.data, *graph, sod, exceptions);
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

class TestAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The registry is the one list of measures: keys are unique and stable, every measure computed
    // is in it once, and a key no measure has is not guessed.
    void measureRegistry()
    {
        QSet<QString> keys;
        for (int i = 0; i <= int(MeasureId::DriftRegressions); ++i) {
            const auto id = MeasureId(i);
            QCOMPARE(measureInfo(id).id, id);
            QVERIFY(!keys.contains(measureKey(id)));
            keys.insert(measureKey(id));
            QCOMPARE(measureFromKey(measureKey(id)), std::optional<MeasureId>(id));
            QVERIFY(!measureTitle(id).isEmpty() && !measureDefinition(id).isEmpty() && !measureSection(id).isEmpty());
        }
        QCOMPARE(measureKeys().size(), keys.size());
        QCOMPARE(measureKey(MeasureId::StaleAccounts), QStringLiteral("stale.accounts")); // stored in workspaces
        QCOMPARE(measureKey(MeasureId::OrphanAccounts), QStringLiteral("orphans.accounts"));
        QVERIFY(!measureFromKey(u"stale.acounts"));
        QVERIFY(!measureFromKey(u""));

        Org org;
        org.account(QStringLiteral("svc"));
        const Metrics m = measure(org);
        QSet<int> computed;
        for (const Measure& measure : m.measures) {
            QVERIFY2(measureInfo(measure.id).hasList, qPrintable(measure.key()));
            QVERIFY2(!computed.contains(int(measure.id)), qPrintable(measure.key()));
            computed.insert(int(measure.id));
            QCOMPARE(measure.title, measureTitle(measure.id));
            QCOMPARE(measure.unit.isEmpty(), !*measureInfo(measure.id).unit);
        }
        for (int i = 0; i <= int(MeasureId::DriftRegressions); ++i)
            QCOMPARE(computed.contains(i), measureInfo(MeasureId(i)).hasList);
        // The definition has its thresholds filled in.
        QVERIFY(!m.measure(MeasureId::StaleAccounts)->definition.contains(QLatin1Char('%')));
        QVERIFY(m.measure(MeasureId::StaleAccounts)->definition.contains(QString::number(m.options.staleDays)));
    }

    void groupHygiene()
    {
        Org org;
        org.person(QStringLiteral("owner"), QStringLiteral("IT"));
        const quint32 alice = org.account(QStringLiteral("alice"), QStringLiteral("owner"));
        const quint32 bob = org.account(QStringLiteral("bob"), QStringLiteral("owner"));
        const quint32 a = org.group(QStringLiteral("A"));
        const quint32 b = org.group(QStringLiteral("B"));
        const quint32 c = org.group(QStringLiteral("C"));
        const quint32 empty = org.group(QStringLiteral("Empty"));
        const quint32 unowned = org.group(QStringLiteral("Unowned"), QString());
        const quint32 d1 = org.group(QStringLiteral("D1"));
        const quint32 d2 = org.group(QStringLiteral("D2"));
        const quint32 d3 = org.group(QStringLiteral("D3"));
        const quint32 d4 = org.group(QStringLiteral("D4"));
        // A ⊃ B ⊃ C ⊃ A: one cycle of three. D1 ⊃ D2 ⊃ D3 ⊃ D4: three levels below D1.
        org.nest(a, b);
        org.nest(b, c);
        org.nest(c, a);
        org.grant(a, alice);
        org.grant(a, bob);
        org.grant(unowned, alice);
        org.nest(d1, d2);
        org.nest(d2, d3);
        org.nest(d3, d4);
        org.grant(d4, bob);
        Q_UNUSED(empty);
        const Metrics m = measure(org);
        const Measure* cycles = m.measure(MeasureId::GroupCycles);
        QVERIFY(cycles);
        QCOMPARE(labels(org.data, cycles->subjects), QStringLiteral("A|B|C"));
        QVERIFY(cycles->subjectNote.front().contains(QStringLiteral("cycle 1")));
        QCOMPARE(labels(org.data, m.measure(MeasureId::GroupEmpty)->subjects), QStringLiteral("Empty"));
        // B, C and D1–D3 have one nested member; Unowned and D4 one account.
        QCOMPARE(labels(org.data, m.measure(MeasureId::GroupSingleMember)->subjects),
                 QStringLiteral("B|C|D1|D2|D3|D4|Unowned"));
        QCOMPARE(labels(org.data, m.measure(MeasureId::GroupNoOwner)->subjects), QStringLiteral("Unowned"));
        QCOMPARE(m.measure(MeasureId::GroupDeepNesting)->subjects.size(), std::size_t(0));
        QCOMPARE(m.nestingDepth.max, 3u);
        // One more level makes D0 deep.
        const quint32 d0 = org.group(QStringLiteral("D0"));
        org.nest(d0, d1);
        const Metrics deeper = measure(org);
        QCOMPARE(labels(org.data, deeper.measure(MeasureId::GroupDeepNesting)->subjects), QStringLiteral("D0"));
        Q_UNUSED(c);
    }

    void privilegedStaleAndOrphans()
    {
        Org org;
        org.person(QStringLiteral("p1"), QStringLiteral("IT"));
        org.person(QStringLiteral("gone"), QStringLiteral("IT"), {}, IdentityStatus::Left);
        const quint32 admin = org.account(QStringLiteral("admin"), QStringLiteral("p1"));
        const quint32 hidden = org.account(QStringLiteral("hidden"), QStringLiteral("p1"), kNow - 200 * kDay);
        const quint32 orphan = org.account(QStringLiteral("svc"), QString(), kNoTime);
        const quint32 leaver = org.account(QStringLiteral("leaver"), QStringLiteral("gone"));
        const quint32 disabled = org.account(QStringLiteral("old"), QStringLiteral("p1"), kNow - 400 * kDay, false);
        org.data.accounts[admin].passwordChanged = kNow - 500 * kDay;
        const quint32 domainAdmins = org.group(QStringLiteral("Domain Admins"));
        const quint32 helpers = org.group(QStringLiteral("Helpers"));
        org.grant(domainAdmins, admin);
        org.nest(domainAdmins, helpers);
        org.grant(helpers, hidden);
        org.grant(helpers, orphan);
        Q_UNUSED(leaver);
        Q_UNUSED(disabled);
        const Metrics m = measure(org);
        QCOMPARE(labels(org.data, m.measure(MeasureId::PrivilegedAccounts)->subjects),
                 QStringLiteral("admin|hidden|svc"));
        QCOMPARE(labels(org.data, m.measure(MeasureId::PrivilegedIdentities)->subjects), QStringLiteral("p1"));
        QCOMPARE(labels(org.data, m.measure(MeasureId::PrivilegedHiddenMembers)->subjects),
                 QStringLiteral("hidden → Domain Admins|svc → Domain Admins"));
        QVERIFY(m.measure(MeasureId::PrivilegedHiddenMembers)->subjectNote.front().contains(QStringLiteral("Helpers")));
        QCOMPARE(labels(org.data, m.measure(MeasureId::PrivilegedStale)->subjects), QStringLiteral("hidden|svc"));
        QCOMPARE(labels(org.data, m.measure(MeasureId::PrivilegedNoOwner)->subjects), QStringLiteral("svc"));
        QCOMPARE(labels(org.data, m.measure(MeasureId::PrivilegedPasswordOld)->subjects), QStringLiteral("admin"));
        // 3 of 4 enabled accounts are privileged: flagged.
        const Measure* share = m.measure(MeasureId::PrivilegedShare);
        QCOMPARE(share->value, 75.0);
        QVERIFY(share->flagged);
        QCOMPARE(labels(org.data, m.measure(MeasureId::StaleAccounts)->subjects),
                 QStringLiteral("hidden")); // "old" is disabled
        QCOMPARE(labels(org.data, m.measure(MeasureId::StaleNeverLoggedOn)->subjects), QStringLiteral("svc"));
        QCOMPARE(labels(org.data, m.measure(MeasureId::OrphanAccounts)->subjects), QStringLiteral("svc"));
        QCOMPARE(labels(org.data, m.measure(MeasureId::OrphanLeaversEnabled)->subjects), QStringLiteral("leaver"));
        QCOMPARE(m.inheritedGrants, quint64(2));
        QCOMPARE(m.enabledAccounts, 4u);
    }

    void peerOutliersAndDistribution()
    {
        // Twelve engineers; all hold Git, one also holds Payroll: 0% of peers hold it.
        Org org;
        const quint32 git = org.group(QStringLiteral("Git"));
        const quint32 payroll = org.group(QStringLiteral("Payroll"));
        const quint32 wiki = org.group(QStringLiteral("Wiki"));
        for (int i = 0; i < 12; ++i) {
            const QString key = QStringLiteral("e%1").arg(i);
            org.person(key, QStringLiteral("Engineering"), QStringLiteral("Engineer"));
            const quint32 a = org.account(key, key);
            org.grant(git, a);
            if (i == 3)
                org.grant(payroll, a);
            if (i < 6)
                org.grant(wiki, a); // 5 of 11 peers: 45%, not an outlier
        }
        const Metrics m = measure(org);
        const Measure* outliers = m.measure(MeasureId::PeerOutliers);
        QCOMPARE(labels(org.data, outliers->subjects), QStringLiteral("e3"));
        QCOMPARE(m.outlierScore[3], 1.0);
        QCOMPARE(labels(org.data, m.measure(MeasureId::PeerRareGrants)->subjects), QStringLiteral("e3 → Payroll"));
        QCOMPARE(m.topOutliers, (std::vector<quint32>{3}));
        // Effective entitlements: 1 (six people), 2 (five), 3 (e3).
        const Distribution& d = m.effectivePerIdentity;
        QCOMPARE(d.max, 3u);
        QCOMPARE(d.median, 1u); // nearest rank: the 6th of 12
        QCOMPARE(d.p90, 2u);
        QCOMPARE(d.p99, 3u);
        QCOMPARE(labels(org.data, m.measure(MeasureId::EntitlementsAboveP90)->subjects), QStringLiteral("e3"));
        quint32 total = 0;
        for (std::size_t b = 0; b < d.counts.size(); ++b) {
            total += d.counts[b];
            QCOMPARE(d.rowsInBin(b).size(), std::size_t(d.counts[b]));
        }
        QCOMPARE(total, 12u);
        QCOMPARE(m.topIdentities.front(), 3u);
        // Heat map: Engineering × Git = 12.
        QCOMPARE(m.heatMap.departments, QStringList{QStringLiteral("Engineering")});
        QCOMPARE(m.heatMap.entitlements.front(), git);
        QCOMPARE(m.heatMap.cells[0][0], 12u);
        const auto graph = org.graph();
        QCOMPARE(m.heatMap.identities(org.data, *graph, 0, 0).size(), std::size_t(12));
    }

    void separationOfDuties()
    {
        Org org;
        org.person(QStringLiteral("p"), QStringLiteral("Finance"));
        org.person(QStringLiteral("q"), QStringLiteral("Finance"));
        const quint32 p1 = org.account(QStringLiteral("p1"), QStringLiteral("p"));
        const quint32 p2 = org.account(QStringLiteral("p2"), QStringLiteral("p"));
        const quint32 q1 = org.account(QStringLiteral("q1"), QStringLiteral("q"));
        const quint32 pay = org.group(QStringLiteral("Payments"));
        const quint32 approve = org.group(QStringLiteral("Approvals"));
        const quint32 team = org.group(QStringLiteral("Finance Team"));
        org.nest(approve, team);
        org.grant(pay, p1);
        org.grant(team, p2); // p holds Approvals through another account, via Finance Team
        org.grant(pay, q1);
        SodPolicy sod;
        sod.rules.push_back(
            {QStringLiteral("Pay and approve"), {}, {QStringLiteral("Payments"), QStringLiteral("cn=Approvals")}});
        sod.rules.push_back(
            {QStringLiteral("Stale rule"), {}, {QStringLiteral("Payments"), QStringLiteral("Retired Group")}});
        QString error;
        QVERIFY2(validatePolicy(sod, &error), qPrintable(error));
        const Metrics m = measure(org, sod);
        QCOMPARE(m.sodViolations.size(), std::size_t(1));
        const SodViolation& v = m.sodViolations.front();
        QCOMPARE(v.rule, 0);
        QCOMPARE(org.data.identities[v.identity].key, QStringLiteral("p"));
        QCOMPARE(v.paths.size(), 2);
        QVERIFY(v.paths.contains(QStringLiteral("direct")));
        QVERIFY(v.paths.join(QString()).contains(QStringLiteral("Finance Team")));
        // The rule naming an entitlement that no longer exists is flagged and kept.
        QCOMPARE(m.sodRules[1].missing, QStringList{QStringLiteral("Retired Group")});
        QVERIFY(!m.sodRules[1].usable());
        QCOMPARE(m.measure(MeasureId::SodViolations)->value, 1.0);
        // JSON round trip and validation.
        const auto back = SodPolicy::fromJson(sod.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->rules.size(), std::size_t(2));
        QCOMPARE(back->rules[0].entitlements, sod.rules[0].entitlements);
        SodPolicy bad;
        bad.rules.push_back({QStringLiteral("One"), {}, {QStringLiteral("Payments"), QStringLiteral("payments")}});
        QVERIFY(!validatePolicy(bad, &error));
        QVERIFY(error.contains(QStringLiteral("two different")));
        QVERIFY(!SodPolicy::fromJson(QStringLiteral("{nope"), &error));
        Q_UNUSED(q1);
        Q_UNUSED(approve);
    }

    void driftAndRegressions()
    {
        Org before;
        before.person(QStringLiteral("p"), QStringLiteral("IT"));
        const quint32 a = before.account(QStringLiteral("a"), QStringLiteral("p"));
        const quint32 gone = before.account(QStringLiteral("gone"));
        const quint32 vpn = before.group(QStringLiteral("VPN"));
        const quint32 admins = before.group(QStringLiteral("Domain Admins"));
        const quint32 wiki = before.group(QStringLiteral("Wiki"));
        before.grant(vpn, a);
        before.grant(wiki, a);
        before.grant(wiki, gone);
        Org after = before;
        after.data.info.takenAt = kNow + 90 * kDay;
        after.data.info.label = QStringLiteral("Q3");
        // Wiki removed from a, gone deleted, Domain Admins added, a new account with VPN.
        after.data.memberships.clear();
        after.data.accounts.pop_back();
        const quint32 fresh = after.account(QStringLiteral("fresh"), QStringLiteral("p"));
        after.grant(vpn, a);
        after.grant(admins, a);
        after.grant(vpn, fresh);
        const auto g1 = before.graph();
        const auto g2 = after.graph();
        Drift drift = computeDrift(before.data, *g1, after.data, *g2);
        QCOMPARE(labels(after.data, drift.added), QStringLiteral("a → Domain Admins|fresh → VPN"));
        QCOMPARE(labels(before.data, drift.removed), QStringLiteral("a → Wiki|gone → Wiki"));
        QCOMPARE(drift.addedPrivileged, quint64(1));
        QCOMPARE(drift.removedPrivileged, quint64(0));
        QCOMPARE(drift.net(), qint64(0));
        QCOMPARE(drift.fromGrants, quint64(3));
        QCOMPARE(drift.toGrants, quint64(3));
        // Domain Admins was revoked from a in a closed review 30 days after Q2: it has come back.
        std::vector<RevokedGrant> revoked{{QStringLiteral("uid=a"), QStringLiteral("cn=Domain Admins"), 7,
                                           QStringLiteral("Q2 review"), kNow + 30 * kDay, QStringLiteral("applied")},
                                          // revoked after Q3 was taken: not a regression of Q3
                                          {QStringLiteral("uid=fresh"), QStringLiteral("cn=VPN"), 8,
                                           QStringLiteral("later"), kNow + 100 * kDay, QStringLiteral("done")},
                                          // revoked and still gone
                                          {QStringLiteral("uid=a"), QStringLiteral("cn=Wiki"), 7,
                                           QStringLiteral("Q2 review"), kNow + 30 * kDay, QStringLiteral("applied")}};
        findRegressions(&drift, after.data, *g2, revoked);
        QCOMPARE(labels(after.data, drift.regressions), QStringLiteral("a → Domain Admins"));
        QVERIFY(drift.regressionNotes.front().contains(QStringLiteral("Q2 review")));
        Q_UNUSED(admins);
    }

    void exceptionsLeaveTheCountsUntilTheyExpire()
    {
        Org org;
        const quint32 svc = org.account(QStringLiteral("svc"), QString(), kNoTime);
        const quint32 other = org.account(QStringLiteral("batch"));
        Q_UNUSED(svc);
        Q_UNUSED(other);
        org.person(QStringLiteral("ciso"), QStringLiteral("Security"), QStringLiteral("CISO")); // the approver
        org.data.identities.back().displayName = QStringLiteral("Chief Information Security Officer");
        org.person(QStringLiteral("priya1"), QStringLiteral("Security"));
        org.data.identities.back().displayName = QStringLiteral("Priya Müller");
        org.person(QStringLiteral("priya2"), QStringLiteral("Finance"));
        org.data.identities.back().displayName = QStringLiteral("Priya Müller");
        const PersonResolver people(org.data.identities, org.data.accounts);
        const Timestamp clock = QDateTime::currentMSecsSinceEpoch();
        AcceptedException active{1,
                                 QStringLiteral("orphans.accounts"),
                                 QStringLiteral("uid=svc"),
                                 QStringLiteral("svc"),
                                 QStringLiteral("vendor account"),
                                 QStringLiteral("ciso"),
                                 {},
                                 clock + 30 * kDay,
                                 {},
                                 clock};
        Metrics m = measure(org, {}, {active});
        QCOMPARE(labels(org.data, m.measure(MeasureId::OrphanAccounts)->subjects), QStringLiteral("batch"));
        QCOMPARE(labels(org.data, m.measure(MeasureId::OrphanAccounts)->excepted), QStringLiteral("svc"));
        QCOMPARE(m.measure(MeasureId::OrphanAccounts)->value, 1.0);
        // Another source's exception does not apply; an expired one counts again.
        AcceptedException foreign = active;
        foreign.sourceId = 2;
        AcceptedException expired = active;
        expired.expires = clock - kDay;
        for (const AcceptedException& e : {foreign, expired}) {
            m = measure(org, {}, {e});
            QCOMPARE(m.measure(MeasureId::OrphanAccounts)->subjects.size(), std::size_t(2));
            QVERIFY(m.measure(MeasureId::OrphanAccounts)->excepted.empty());
        }

        // Stored in the workspace, journaled; a past expiry or a missing reason is refused.
        QTemporaryDir dir;
        QString error;
        auto ws =
            Workspace::open(dir.filePath(QStringLiteral("w.attest")), Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY(!acceptException(*ws, expired, people, clock, &error));
        QVERIFY(error.contains(QStringLiteral("not in the future")));
        AcceptedException noReason = active;
        noReason.reason.clear();
        noReason.approver.clear();
        QVERIFY(!acceptException(*ws, noReason, people, clock, &error));
        QVERIFY(error.contains(QStringLiteral("a reason and an approver")));
        QVERIFY(loadExceptions(*ws, &error).empty());
        // Only a measure with findings can have an exception: a mistyped or list-less key is refused.
        for (const QString& key : {QStringLiteral("orphans.acounts"), measureKey(MeasureId::DriftNet)}) {
            AcceptedException misnamed = active;
            misnamed.measureId = key;
            QVERIFY(!acceptException(*ws, misnamed, people, clock, &error));
            QVERIFY2(error.contains(key), qPrintable(error));
        }
        QVERIFY(loadExceptions(*ws, &error).empty());
        // The approver is one person of the snapshot: a name two people share, or nobody's, is refused.
        AcceptedException ambiguous = active;
        ambiguous.approver = QStringLiteral("priya müller");
        QVERIFY(!acceptException(*ws, ambiguous, people, clock, &error));
        QVERIFY2(error.contains(QStringLiteral("priya1")) && error.contains(QStringLiteral("priya2")),
                 qPrintable(error));
        AcceptedException unknown = active;
        unknown.approver = QStringLiteral("CISO office");
        QVERIFY(!acceptException(*ws, unknown, people, clock, &error));
        QVERIFY2(error.contains(QStringLiteral("No identity matches")), qPrintable(error));
        QVERIFY(loadExceptions(*ws, &error).empty());
        QVERIFY2(acceptException(*ws, active, people, clock, &error), qPrintable(error));
        QVERIFY2(acceptException(*ws, active, people, clock, &error), qPrintable(error)); // replaces, no duplicate
        auto stored = loadExceptions(*ws, &error);
        QCOMPARE(stored.size(), std::size_t(1));
        QCOMPARE(stored.front().approver, QStringLiteral("Chief Information Security Officer"));
        QCOMPARE(stored.front().approverKey, QStringLiteral("ciso"));
        QVERIFY(!stored.front().acceptedBy.isEmpty());
        QVERIFY2(withdrawException(*ws, 1, QStringLiteral("orphans.accounts"), QStringLiteral("uid=svc"), &error),
                 qPrintable(error));
        QVERIFY(loadExceptions(*ws, &error).empty());
        QVERIFY(!withdrawException(*ws, 1, QStringLiteral("orphans.accounts"), QStringLiteral("uid=svc"), &error));
        const auto journal = ws->journalRecords(&error);
        QVERIFY(journal);
        QCOMPARE(journal->size(), std::size_t(3));
        QCOMPARE(journal->back().action, QStringLiteral("analysis.exception.withdraw"));
    }

    void workspaceAnalysisAndExports()
    {
        // Two snapshots of one source in a workspace: drift, trend (cached), JSON with ids, a PDF.
        QTemporaryDir dir;
        QString error;
        auto ws =
            Workspace::open(dir.filePath(QStringLiteral("w.attest")), Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(ws, qPrintable(error));
        const auto source = ws->addSource(QStringLiteral("corp"), QStringLiteral("demo"), {}, &error);
        QVERIFY2(source, qPrintable(error));
        Org q1;
        q1.person(QStringLiteral("p"), QStringLiteral("IT"));
        const quint32 a = q1.account(QStringLiteral("a"), QStringLiteral("p"));
        const quint32 vpn = q1.group(QStringLiteral("VPN"));
        q1.grant(vpn, a);
        q1.data.info.label = QStringLiteral("Q1");
        Org q2 = q1;
        q2.data.info.label = QStringLiteral("Q2");
        q2.data.info.takenAt = kNow + 90 * kDay;
        q2.grant(q2.group(QStringLiteral("Domain Admins")), a);
        QVERIFY2(ws->importSnapshot(*source, q1.data, {}, &error), qPrintable(error));
        QVERIFY2(ws->importSnapshot(*source, q2.data, {}, &error), qPrintable(error));

        // Only the first snapshot: no comparison, said plainly.
        AnalysisRequest first;
        first.snapshotId = ws->snapshots().front().id;
        auto single = analyse(*ws, first, {}, &error);
        QVERIFY2(single, qPrintable(error));
        QVERIFY(!single->drift);
        QVERIFY(single->notes.join(QString()).contains(QStringLiteral("only snapshot")));

        auto result = analyse(*ws, AnalysisRequest{}, {}, &error);
        QVERIFY2(result, qPrintable(error));
        QVERIFY(result->drift);
        QCOMPARE(result->drift->added.size(), std::size_t(1));
        QCOMPARE(result->drift->addedPrivileged, quint64(1));
        QCOMPARE(result->trend.size(), std::size_t(2));
        QCOMPARE(result->trend[0].grants, quint64(1));
        QCOMPARE(result->trend[1].grants, quint64(2));
        QCOMPARE(result->trend[1].privilegedAccounts, quint64(1));
        QCOMPARE(result->previousPoint().label, QStringLiteral("Q1"));
        // The cached trend gives the same figures.
        auto again = analyse(*ws, AnalysisRequest{}, {}, &error);
        QCOMPARE(again->trend[0].grants, quint64(1));

        const QJsonObject json = QJsonDocument::fromJson(metricsJson(*result)).object();
        const QJsonArray measures = json.value(QStringLiteral("measures")).toArray();
        bool found = false;
        for (const QJsonValue& v : measures) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("id")).toString() == QLatin1String("privileged.accounts")) {
                found = true;
                QCOMPARE(o.value(QStringLiteral("count")).toInt(), 1);
                QCOMPARE(o.value(QStringLiteral("ids"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("account"))
                             .toString(),
                         QStringLiteral("uid=a"));
            }
        }
        QVERIFY(found);
        QCOMPARE(json.value(QStringLiteral("drift")).toObject().value(QStringLiteral("added")).toArray().size(), 1);
        const QByteArray csv = metricsCsv(*result);
        QVERIFY(csv.startsWith("section,id,title,value"));
        QVERIFY(csv.contains("privileged.accounts"));
        const QByteArray pdf = renderReport(*result, QStringLiteral("w.attest"));
        QVERIFY(pdf.startsWith("%PDF-1.4"));
        QFile pdfFile(dir.filePath(QStringLiteral("report.pdf")));
        QVERIFY(pdfFile.open(QIODevice::WriteOnly) && pdfFile.write(pdf) == pdf.size());
        pdfFile.close();
        QString pdfError;
        QVERIFY2(attest::test::pdfText(pdfFile.fileName(), &pdfError).contains(QStringLiteral("Privileged accounts")),
                 qPrintable(pdfError));

        // Comparing with a snapshot that does not exist, or of nothing at all.
        AnalysisRequest wrong;
        wrong.compareId = 999;
        QVERIFY(!analyse(*ws, wrong, {}, &error));
        QVERIFY(error.contains(QStringLiteral("999")));
    }

    void regressionOfAccessRevokedInAClosedReview()
    {
        // A review revokes Domain Admins from "a" on the demo source (Attest removes it into a new
        // snapshot); a later snapshot has it back: the analysis names it as a regression.
        QTemporaryDir dir;
        QString error;
        auto ws =
            Workspace::open(dir.filePath(QStringLiteral("w.attest")), Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(ws, qPrintable(error));
        const auto source = ws->addSource(QStringLiteral("corp"), QStringLiteral("demo"), {}, &error);
        QVERIFY2(source, qPrintable(error));
        Org org;
        org.person(QStringLiteral("p"), QStringLiteral("IT"));
        org.person(QStringLiteral("ciso"), QStringLiteral("Security")); // the campaign's owner
        org.person(QStringLiteral("auditor"), QStringLiteral("Audit")); // and its fallback reviewer
        const quint32 a = org.account(QStringLiteral("a"), QStringLiteral("p"));
        const quint32 admins = org.group(QStringLiteral("Domain Admins"));
        const quint32 vpn = org.group(QStringLiteral("VPN"));
        org.grant(admins, a);
        org.grant(vpn, a);
        const auto first = ws->importSnapshot(*source, org.data, {}, &error);
        QVERIFY2(first, qPrintable(error));
        auto loaded = ws->loadSnapshot(*first, {}, &error);
        QVERIFY2(loaded, qPrintable(error));
        const auto graph = AccessGraph::build(*loaded, PrivilegedPolicy());
        CampaignDefinition definition;
        definition.name = QStringLiteral("Q2 review");
        definition.owner = QStringLiteral("ciso");
        definition.fallbackReviewer = QStringLiteral("auditor");
        definition.snapshotId = *first;
        auto population = buildPopulation(*loaded, *graph, definition, kNow, {}, &error);
        QVERIFY2(population, qPrintable(error));
        const auto campaignId = ws->createCampaign(definition, *population, &error);
        QVERIFY2(campaignId, qPrintable(error));
        auto campaign = review::load(*ws, *campaignId, &error);
        QVERIFY2(campaign, qPrintable(error));
        std::vector<quint32> revoke, approve;
        for (quint32 i = 0; i < campaign->items->size(); ++i)
            (campaign->items->text(i, ReviewItemTable::EntitlementName) == QLatin1String("Domain Admins") ? revoke
                                                                                                          : approve)
                .push_back(i);
        QCOMPARE(revoke.size(), std::size_t(1));
        QVERIFY2(review::decide(*ws, campaign->state, revoke, Decision::Revoke, QStringLiteral("ciso"),
                                QStringLiteral("no longer needed"), &error),
                 qPrintable(error));
        QVERIFY2(review::decide(*ws, campaign->state, approve, Decision::Approve, QStringLiteral("ciso"), {}, &error),
                 qPrintable(error));
        QVERIFY2(review::close(*ws, campaign->state, false, QStringLiteral("ciso"), &error), qPrintable(error));
        campaign = review::load(*ws, *campaignId, &error);
        QVERIFY2(campaign, qPrintable(error));
        const auto applied = remediateCampaign(*ws, *campaignId, QStringLiteral("ciso"), &error);
        QVERIFY2(applied, qPrintable(error));
        QCOMPARE(applied->applied, 1);

        // Right after the remediation: no regression.
        auto result = analyse(*ws, AnalysisRequest{}, {}, &error);
        QVERIFY2(result, qPrintable(error));
        QVERIFY(result->drift);
        QVERIFY(result->drift->regressions.empty());
        QCOMPARE(result->drift->removedPrivileged, quint64(1));

        // A later snapshot with the access back.
        org.data.info.takenAt = QDateTime::currentMSecsSinceEpoch() + kDay;
        org.data.info.label = QStringLiteral("Q3");
        QVERIFY2(ws->importSnapshot(*source, org.data, {}, &error), qPrintable(error));
        result = analyse(*ws, AnalysisRequest{}, {}, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(labels(*result->data, result->drift->regressions), QStringLiteral("a → Domain Admins"));
        QVERIFY(result->drift->regressionNotes.front().contains(QStringLiteral("Q2 review")));
        const QJsonObject json = QJsonDocument::fromJson(metricsJson(*result)).object();
        QCOMPARE(json.value(QStringLiteral("drift")).toObject().value(QStringLiteral("regressions")).toArray().size(),
                 1);
    }

    void emptySource()
    {
        Org org;
        const Metrics m = measure(org);
        for (const Measure& measure : m.measures)
            QCOMPARE(measure.subjects.size(), std::size_t(0));
        QCOMPARE(m.effectivePerIdentity.max, 0u);
        QCOMPARE(m.measure(MeasureId::PrivilegedShare)->value, 0.0);
    }
};

ATTEST_REGISTER_TEST(TestAnalysis, "analysis")

#include "tst_analysis.moc"
