#include "testregistry.h"

#include "slapdfixture.h"

#include "app/connectorregistry.h"
#include "app/remediation.h"
#include "connectors/ldap/ldapconnector.h"
#include "connectors/ldap/ldapsync.h"
#include "domain/privilegedpolicy.h"
#include "graph/accessgraph.h"
#include "review/closing.h"
#include "review/evidence.h"
#include "review/population.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using attest::test::SlapdFixture;

// A whole access review against a real slapd: campaign from a synced snapshot, one direct and
// one nested grant revoked, closed, remediated through LDAP (verified, journaled), the access
// gone in an ldapsearch, a signed evidence pack that verifies — and stops verifying when one
// byte changes.
class TestReviewCampaign : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SlapdFixture> m_slapd;
    QTemporaryDir m_dir;
    QString m_workspace;
    qint64 m_campaign = 0;
    QString m_evidence;

    QString group(const char* cn) const
    {
        return QStringLiteral("cn=%1,ou=Groups,%2").arg(QLatin1String(cn), m_slapd->baseDn());
    }
    QByteArray members(const char* cn) const
    {
        QString error;
        return m_slapd->ldapsearch(
            {QStringLiteral("-b"), group(cn), QStringLiteral("-s"), QStringLiteral("base"), QStringLiteral("member")},
            &error);
    }
    static int find(const ReviewItemTable& items, const QString& login, const QString& entitlement)
    {
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items.text(i, ReviewItemTable::AccountLogin) == login &&
                items.text(i, ReviewItemTable::EntitlementName) == entitlement)
                return int(i);
        }
        return -1;
    }

    // The employee numbers of the campaigns' owner (Dave) and fallback reviewer (José).
    const QString kOwner = QStringLiteral("E1004");
    const QString kFallback = QStringLiteral("E1005");

    // The console's and the command line's remediation, as the admin; *binds (when given) gets how
    // many times the run's connector bound to the directory.
    std::optional<review::RemediationResult> remediateCampaign(Workspace& ws, qint64 campaignId, QString* error,
                                                               int* binds = nullptr)
    {
        app::RemediateRequest request;
        request.campaignId = campaignId;
        request.by = kOwner;
        const QList<SourceInfo> sources = ws.sources();
        if (sources.isEmpty()) {
            *error = QStringLiteral("no source");
            return std::nullopt;
        }
        auto connector = app::ConnectorRegistry::create(
            sources.front(), SlapdFixture::password(SlapdFixture::Role::Admin).toUtf8(), error);
        if (!connector)
            return std::nullopt;
        const app::RemediateResult result = app::remediate(ws, connector.get(), request);
        if (binds)
            *binds = static_cast<LdapConnector*>(connector.get())->binds();
        if (!result.ok) {
            *error = result.error;
            return std::nullopt;
        }
        return result.remediation;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString missing;
        if (!SlapdFixture::toolsAvailable(&missing))
            QFAIL(qPrintable(QStringLiteral("%1 is missing: run scripts/setup.sh").arg(missing)));
        m_slapd = std::make_unique<SlapdFixture>();
        QString error;
        QVERIFY2(m_slapd->start(SlapdFixture::smallDirectoryLdif(), &error), qPrintable(error));
        // Dave runs the campaigns and José is their fallback reviewer: people (with an employee
        // number, so the directory makes identities of them) who hold none of the access reviewed.
        const QString people = QStringLiteral("ou=People,%1").arg(m_slapd->baseDn());
        const QByteArray numbers = QStringLiteral("dn: uid=dave,%1\nchangetype: modify\nadd: employeeNumber\n"
                                                  "employeeNumber: %2\n\n"
                                                  "dn: uid=jose,%1\nchangetype: modify\nadd: employeeNumber\n"
                                                  "employeeNumber: %3\n\n")
                                       .arg(people, kOwner, kFallback)
                                       .toUtf8();
        const auto numbered = SlapdFixture::runTool(QStringLiteral("ldapmodify"),
                                                    {QStringLiteral("-x"), QStringLiteral("-H"), m_slapd->ldapsUrl(),
                                                     QStringLiteral("-D"), m_slapd->rootDn(), QStringLiteral("-w"),
                                                     SlapdFixture::rootPassword()},
                                                    m_slapd->caFile(), numbers);
        QVERIFY2(numbered.exitCode == 0, numbered.err.constData());

        // A workspace with the directory synced as the admin (who may change groups).
        m_workspace = m_dir.filePath(QStringLiteral("review.attest"));
        auto ws = Workspace::open(m_workspace, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(ws, qPrintable(error));
        LdapSettings settings;
        settings.url = m_slapd->ldapsUrl();
        settings.baseDn = m_slapd->baseDn();
        settings.bindDn = m_slapd->adminDn();
        settings.caFile = m_slapd->caFile();
        const auto source = ws->addSource(QStringLiteral("corp"), QStringLiteral("ldap"), settings.toJson(), &error);
        QVERIFY(source);
        QStringList warnings;
        const auto data = readOpenLdapSnapshot(settings, SlapdFixture::password(SlapdFixture::Role::Admin).toUtf8(), {},
                                               &warnings, &error);
        QVERIFY2(data, qPrintable(error));
        QVERIFY(ws->importSnapshot(*source, *data, {}, &error));
    }

    void aWholeCampaignRemovesTheRevokedAccess()
    {
        QString error;
        auto ws = Workspace::open(m_workspace, Workspace::OpenMode::OpenExisting, &error);
        const auto snapshot = ws->latestSnapshot();
        QVERIFY(snapshot);
        const auto data = ws->loadSnapshot(snapshot->id, {}, &error);
        const auto graph = AccessGraph::build(*data, PrivilegedPolicy());
        CampaignDefinition definition;
        definition.name = QStringLiteral("Engineering access, Q4");
        definition.owner = kOwner;
        definition.fallbackReviewer = kFallback;
        definition.snapshotId = snapshot->id;
        definition.scope.entitlements = CampaignScope::Entitlements::Chosen;
        definition.scope.entitlementKeys = {data->entitlements[0].key};
        for (const Entitlement& e : data->entitlements) {
            if (e.name == QLatin1String("Engineering"))
                definition.scope.entitlementKeys = {e.key};
        }
        const auto population = buildPopulation(*data, *graph, definition, snapshot->takenAt, {}, &error);
        QVERIFY2(population, qPrintable(error));
        const auto id = ws->createCampaign(definition, *population, &error);
        QVERIFY2(id, qPrintable(error));
        m_campaign = *id;

        auto loaded = review::load(*ws, *id, &error);
        QVERIFY(loaded);
        // Jane's DN has an escaped comma, which the server writes back as \2C: she is in.
        QVERIFY(find(*loaded->items, QStringLiteral("jdoe"), QStringLiteral("Engineering")) >= 0);
        const int direct = find(*loaded->items, QStringLiteral("alice"), QStringLiteral("Engineering"));
        const int nested = find(*loaded->items, QStringLiteral("bob"), QStringLiteral("Engineering"));
        QVERIFY(direct >= 0 && nested >= 0);
        QVERIFY(loaded->items->isDirect(direct));
        QCOMPARE(loaded->items->text(nested, ReviewItemTable::AccessPath), QStringLiteral("via Platform Team"));
        QVERIFY(review::decide(*ws, loaded->state, {quint32(direct)}, Decision::Revoke, kFallback,
                               QStringLiteral("left the team"), &error));
        QVERIFY(review::decide(*ws, loaded->state, {quint32(nested)}, Decision::Revoke, kFallback,
                               QStringLiteral("no longer needs Engineering"), &error));

        // Closing with undecided items needs the policy to be applied explicitly.
        QVERIFY(!review::close(*ws, loaded->state, false, kOwner, &error));
        QVERIFY2(error.contains(QStringLiteral("undecided")), qPrintable(error));
        const auto plan = review::close(*ws, loaded->state, true, kOwner, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->size(), std::size_t(2));
        bool nestedNamed = false;
        for (const review::PlannedChange& change : *plan) {
            if (change.accountLogin == QLatin1String("bob")) {
                QCOMPARE(change.groupName, QStringLiteral("Platform Team")); // the membership that has to go
                QVERIFY2(change.alsoRemoves.contains(QStringLiteral("Platform Team")),
                         qPrintable(change.description()));
                nestedNamed = true;
            }
        }
        QVERIFY(nestedNamed);

        // Remediate through LDAP; the directory shows the access gone.
        loaded = review::load(*ws, *id, &error);
        int binds = 0;
        const auto result = remediateCampaign(*ws, *id, &error, &binds);
        QVERIFY2(result, qPrintable(error));
        QVERIFY2(result->applied == 2 && result->failed == 0, qPrintable(result->messages.join(QLatin1Char('\n'))));
        // The run of several removals, their membership checks and read-backs bound once.
        QCOMPARE(binds, 1);
        QVERIFY(!members("Engineering").contains("uid=alice"));
        QVERIFY(!members("Platform Team").contains("uid=bob"));
        QVERIFY(members("Platform Team").contains("Jane")); // nobody else lost anything

        // Nothing is applied twice.
        const auto again = remediateCampaign(*ws, *id, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->applied, 0);
        QCOMPARE(again->skipped, 2);

        // Every change is in the journal, which verifies.
        const auto records = ws->journalRecords(&error);
        QStringList actions;
        for (const JournalRecord& record : *records)
            actions << record.action;
        QCOMPARE(actions.count(QStringLiteral("group.remove-member")), 2);
        QVERIFY(actions.contains(QStringLiteral("review.close")));
    }

    void theEvidenceIsSignedAndEveryByteCounts()
    {
        QVERIFY(m_campaign != 0);
        QString error;
        auto ws = Workspace::open(m_workspace, Workspace::OpenMode::OpenExisting, &error);
        auto loaded = review::load(*ws, m_campaign, &error);
        QVERIFY(!review::signOff(*ws, loaded->campaign, QStringLiteral("someone"), QStringLiteral("ok"), &error));
        QVERIFY(error.contains(QStringLiteral("owner")));
        QVERIFY2(
            review::signOff(*ws, loaded->campaign, kOwner, QStringLiteral("Reviewed and remediated as shown."), &error),
            qPrintable(error));
        m_evidence = m_dir.filePath(QStringLiteral("evidence"));
        const auto pack = evidence::exportPack(*ws, m_campaign, m_evidence, &error);
        QVERIFY2(pack, qPrintable(error));
        QVERIFY(pack->signedOff);
        QFile csv(m_evidence + QStringLiteral("/items.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray items = csv.readAll();
        QVERIFY(items.contains("alice") && items.contains("applied") && items.contains("via Platform Team"));
        QFile pdf(m_evidence + QStringLiteral("/summary.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF-1.4"));

        auto verified = evidence::verifyPack(m_evidence, ws.get());
        QVERIFY2(verified.intact, qPrintable(verified.problems.join(QLatin1Char('\n'))));
        // One byte changed.
        csv.close();
        QFile edit(m_evidence + QStringLiteral("/items.csv"));
        QVERIFY(edit.open(QIODevice::ReadWrite));
        QByteArray bytes = edit.readAll();
        bytes[bytes.size() / 2] = bytes[bytes.size() / 2] == 'x' ? 'y' : 'x';
        edit.seek(0);
        edit.write(bytes);
        edit.close();
        verified = evidence::verifyPack(m_evidence, ws.get());
        QVERIFY(!verified.intact);
        QVERIFY2(verified.problems.join(QLatin1Char('\n')).contains(QStringLiteral("items.csv: changed")),
                 qPrintable(verified.problems.join(QLatin1Char('\n'))));
        // An exported pack never lands in a folder that has something in it.
        QVERIFY(!evidence::exportPack(*ws, m_campaign, m_evidence, &error));
    }

    // Jane reaches Engineering twice: directly (added here) and through Platform Team. Revoking
    // it must cut both paths and verify by what the directory says she reaches afterwards — not
    // by one membership being gone. Carol's approved Platform Team stands in
    // the way of revoking her Engineering, which only comes through it: a conflict, not a change.
    void aRevocationCutsEveryPathAndIsVerifiedByAccess()
    {
        QString error;
        const QString people = QStringLiteral("ou=People,%1").arg(m_slapd->baseDn());
        const QString jane = QStringLiteral("cn=Doe\\, Jane,%1").arg(people);
        const QString carol = QStringLiteral("uid=carol,%1").arg(people);
        const QByteArray modify = QStringLiteral("dn: %1\nchangetype: modify\nadd: member\nmember: %2\nmember: %3\n\n"
                                                 "dn: %4\nchangetype: modify\nadd: member\nmember: %5\n\n")
                                      .arg(group("Engineering"), jane, QStringLiteral("uid=bob,%1").arg(people),
                                           group("Platform Team"), carol)
                                      .toUtf8();
        const auto added = SlapdFixture::runTool(QStringLiteral("ldapmodify"),
                                                 {QStringLiteral("-x"), QStringLiteral("-H"), m_slapd->ldapsUrl(),
                                                  QStringLiteral("-D"), m_slapd->rootDn(), QStringLiteral("-w"),
                                                  SlapdFixture::rootPassword()},
                                                 m_slapd->caFile(), modify);
        QVERIFY2(added.exitCode == 0, added.err.constData());

        auto ws = Workspace::open(m_workspace, Workspace::OpenMode::OpenExisting, &error);
        const auto source = ws->sources().front();
        const auto settings = LdapSettings::fromJson(source.settingsJson, &error);
        QVERIFY(settings);
        QStringList warnings;
        auto data = readOpenLdapSnapshot(*settings, SlapdFixture::password(SlapdFixture::Role::Admin).toUtf8(), {},
                                         &warnings, &error);
        QVERIFY2(data, qPrintable(error));
        const auto snapshotId = ws->importSnapshot(source.id, *data, {}, &error);
        QVERIFY2(snapshotId, qPrintable(error));
        const auto graph = AccessGraph::build(*data, PrivilegedPolicy());
        CampaignDefinition definition;
        definition.name = QStringLiteral("Two paths");
        definition.owner = kOwner;
        definition.fallbackReviewer = kFallback;
        definition.snapshotId = *snapshotId;
        definition.scope.entitlements = CampaignScope::Entitlements::Filter;
        definition.scope.entitlementFilter = QStringLiteral("e"); // Engineering, Platform Team, …
        const auto population = buildPopulation(*data, *graph, definition, data->info.takenAt, {}, &error);
        QVERIFY2(population, qPrintable(error));
        const auto id = ws->createCampaign(definition, *population, &error);
        QVERIFY2(id, qPrintable(error));
        auto loaded = review::load(*ws, *id, &error);
        QVERIFY(loaded);
        const int janeEngineering = find(*loaded->items, QStringLiteral("jdoe"), QStringLiteral("Engineering"));
        const int carolEngineering = find(*loaded->items, QStringLiteral("carol"), QStringLiteral("Engineering"));
        const int carolPlatform = find(*loaded->items, QStringLiteral("carol"), QStringLiteral("Platform Team"));
        QVERIFY(janeEngineering >= 0 && carolEngineering >= 0 && carolPlatform >= 0);
        QVERIFY(review::decide(*ws, loaded->state, {quint32(janeEngineering)}, Decision::Revoke, kFallback,
                               QStringLiteral("moved to sales"), &error));
        // Carol: Engineering revoked by one reviewer, Platform Team (its only path) approved by another.
        QVERIFY(review::decide(*ws, loaded->state, {quint32(carolEngineering)}, Decision::Revoke, kFallback,
                               QStringLiteral("not an engineer"), &error));
        QVERIFY(review::decide(*ws, loaded->state, {quint32(carolPlatform)}, Decision::Approve, kFallback,
                               QStringLiteral("runs the platform on-call"), &error));
        const auto plan = review::close(*ws, loaded->state, true, kOwner, &error);
        QVERIFY2(plan, qPrintable(error));
        QStringList janeGroups;
        bool carolConflict = false;
        for (const review::PlannedChange& change : *plan) {
            if (change.accountLogin == QLatin1String("jdoe"))
                janeGroups << change.groupName;
            if (change.accountLogin == QLatin1String("carol")) {
                QVERIFY2(change.conflict && change.status == QLatin1String("manual"), qPrintable(change.description()));
                QVERIFY2(change.description().contains(QStringLiteral("Platform Team (approved by %1)").arg(kFallback)),
                         qPrintable(change.description()));
                carolConflict = true;
            }
        }
        janeGroups.sort();
        QCOMPARE(janeGroups, (QStringList{QStringLiteral("Engineering"), QStringLiteral("Platform Team")}));
        QVERIFY(carolConflict);

        loaded = review::load(*ws, *id, &error);
        const auto result = remediateCampaign(*ws, *id, &error);
        QVERIFY2(result, qPrintable(error));
        QVERIFY2(result->failed == 0 && result->applied == 2 && result->manual == 1,
                 qPrintable(result->messages.join(QLatin1Char('\n'))));
        // From outside: Jane reaches Engineering by no path; Carol keeps what was approved.
        QVERIFY(!members("Engineering").contains("Jane"));
        QVERIFY(!members("Platform Team").contains("Jane"));
        QVERIFY(members("Platform Team").contains("uid=carol"));
        const auto rows = ws->remediation(*id, &error);
        QVERIFY(rows);
        bool janeVerified = false;
        for (const auto& row : *rows) {
            if (row.item == quint32(janeEngineering)) {
                QCOMPARE(row.status, QStringLiteral("applied"));
                QVERIFY(row.message.contains(QStringLiteral("by any path")));
                QVERIFY(hasTime(row.verifiedAt));
                janeVerified = true;
            }
            if (row.item == quint32(carolEngineering))
                QCOMPARE(row.status, QStringLiteral("manual"));
        }
        QVERIFY(janeVerified);

        // Run again: nothing is applied or journaled twice.
        const auto again = remediateCampaign(*ws, *id, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->applied, 0);
        QCOMPARE(again->skipped, 2);
        const auto records = ws->journalRecords(&error);
        int janeRemovals = 0;
        for (const JournalRecord& record : *records) {
            if (record.action == QLatin1String("group.remove-member") && record.target.contains(QStringLiteral("Jane")))
                ++janeRemovals;
        }
        QCOMPARE(janeRemovals, 2);
    }

    void theDirectoryGoingDownLeavesThePlanToResume()
    {
        // A second campaign revoking jane; the directory is down while remediating.
        QString error;
        auto ws = Workspace::open(m_workspace, Workspace::OpenMode::OpenExisting, &error);
        const auto snapshot = ws->latestSnapshot();
        const auto data = ws->loadSnapshot(snapshot->id, {}, &error);
        const auto graph = AccessGraph::build(*data, PrivilegedPolicy());
        CampaignDefinition definition;
        definition.name = QStringLiteral("Platform, down");
        definition.owner = kOwner;
        definition.fallbackReviewer = kFallback;
        definition.snapshotId = snapshot->id;
        definition.scope.entitlements = CampaignScope::Entitlements::Filter;
        definition.scope.entitlementFilter = QStringLiteral("Platform");
        const auto population = buildPopulation(*data, *graph, definition, snapshot->takenAt, {}, &error);
        QVERIFY2(population, qPrintable(error));
        const auto id = ws->createCampaign(definition, *population, &error);
        auto loaded = review::load(*ws, *id, &error);
        const int jane = find(*loaded->items, QStringLiteral("jdoe"), QStringLiteral("Platform Team"));
        QVERIFY(jane >= 0);
        QVERIFY(review::decide(*ws, loaded->state, {quint32(jane)}, Decision::Revoke, kFallback,
                               QStringLiteral("contract ended"), &error));
        QVERIFY(review::close(*ws, loaded->state, true, kOwner, &error));
        loaded = review::load(*ws, *id, &error);
        m_slapd->kill();
        const auto down = remediateCampaign(*ws, *id, &error);
        QVERIFY2(down, qPrintable(error));
        QCOMPARE(down->applied, 0);
        QCOMPARE(down->failed, 1);
        const auto plan = review::remediationPlan(*ws, loaded->state, &error);
        QVERIFY(plan);
        QCOMPARE(plan->front().status, QStringLiteral("failed")); // to be retried, not forgotten
    }
};

ATTEST_REGISTER_TEST(TestReviewCampaign, "reviewcampaign")
#include "tst_reviewcampaign.moc"
