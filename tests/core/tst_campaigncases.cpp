#include "testregistry.h"

#include "app/campaigncases.h"
#include "review/campaignstate.h"
#include "review/worksheet.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;

namespace {

const Timestamp kNow = 1'790'000'000'000LL;

// boss manages a1 and a2 (Dev; a1 also Ops), boss2 manages b1 (Dev); ciso runs campaigns and
// auditor takes what nobody else can review.
SnapshotData organisation()
{
    SnapshotData data;
    const auto person = [&data](const QString& key, const QString& manager, bool account = true) {
        Identity i;
        i.key = key;
        i.displayName = key.toUpper();
        i.managerKey = manager;
        i.department = QStringLiteral("Eng");
        i.title = QStringLiteral("Engineer");
        data.identities.push_back(i);
        if (!account)
            return quint32(0);
        Account a;
        a.key = QStringLiteral("uid=") + key;
        a.login = key;
        a.dn = a.key;
        a.identityKey = key;
        a.lastLogon = kNow - kMsPerDay;
        a.created = kNow - 400 * kMsPerDay;
        data.accounts.push_back(a);
        return quint32(data.accounts.size() - 1);
    };
    const auto group = [&data](const QString& name) {
        Entitlement e;
        e.key = QStringLiteral("cn=") + name;
        e.name = name;
        e.dn = e.key;
        data.entitlements.push_back(e);
        return quint32(data.entitlements.size() - 1);
    };
    person(QStringLiteral("ciso"), {}, false);
    person(QStringLiteral("auditor"), {}, false);
    person(QStringLiteral("boss"), {});
    person(QStringLiteral("boss2"), {});
    const quint32 a1 = person(QStringLiteral("a1"), QStringLiteral("boss"));
    const quint32 a2 = person(QStringLiteral("a2"), QStringLiteral("boss"));
    const quint32 b1 = person(QStringLiteral("b1"), QStringLiteral("boss2"));
    const quint32 dev = group(QStringLiteral("Dev"));
    const quint32 ops = group(QStringLiteral("Ops"));
    for (const quint32 a : {a1, a2, b1})
        data.memberships.push_back({dev, a, MemberKind::Account});
    data.memberships.push_back({ops, a1, MemberKind::Account});
    return data;
}

CampaignDefinition definition()
{
    CampaignDefinition d;
    d.name = QStringLiteral("Q4");
    d.owner = QStringLiteral("CISO"); // as typed: the person's name, resolved to the key "ciso"
    d.fallbackReviewer = QStringLiteral("auditor");
    d.due = kNow + 14 * kMsPerDay;
    return d;
}

} // namespace

class TestCampaignCases : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A new workspace holding one snapshot of organisation().
    std::unique_ptr<Workspace> workspace()
    {
        QString error;
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("c%1.attest").arg(++m_files)),
                                  Workspace::OpenMode::CreateIfMissing, &error);
        if (!ws)
            return nullptr;
        const auto source = ws->addSource(QStringLiteral("Directory"), QStringLiteral("demo"), QString(), &error);
        if (!source || !ws->importSnapshot(*source, organisation(), {}, &error))
            return nullptr;
        return ws;
    }

    static qint64 journalSize(const Workspace& ws)
    {
        QString error;
        const auto records = ws.journalRecords(&error);
        return records ? qint64(records->size()) : -1;
    }

    static std::optional<QList<Campaign>> campaigns(const Workspace& ws)
    {
        QString error;
        return ws.campaigns(&error);
    }

    // A created campaign, loaded.
    std::optional<review::Loaded> created(Workspace& ws)
    {
        const app::CreateCampaignResult r = app::createCampaign(ws, {definition(), {}, {}, {}});
        if (!r.ok)
            return std::nullopt;
        QString error;
        return review::load(ws, r.campaignId, &error);
    }

private Q_SLOTS:
    void createsFromWhatWasTyped()
    {
        auto ws = workspace();
        QVERIFY(ws);
        CampaignDefinition d = definition();
        d.scope.entitlements = CampaignScope::Entitlements::Chosen;
        d.scope.entitlementKeys = {QStringLiteral("dev")}; // by name, any case
        d.scope.exclusions = {{QStringLiteral("B1"), QStringLiteral("cn=Dev"), QStringLiteral("leaves Friday")}};
        QStringList stages;
        const app::CreateCampaignResult r =
            app::createCampaign(*ws, {d, {}, {}, {}}, [&stages](qint64, qint64, const QString& stage) {
                if (!stage.isEmpty() && !stages.contains(stage))
                    stages << stage;
                return true;
            });
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.campaignId > 0);
        QVERIFY(stages.size() >= 3); // reading, building, storing
        QCOMPARE(r.definition.owner, QStringLiteral("ciso"));
        QCOMPARE(r.definition.snapshotId, ws->latestSnapshot()->id);
        QCOMPARE(r.definition.scope.entitlementKeys, QStringList{QStringLiteral("cn=Dev")});
        QCOMPARE(r.definition.scope.exclusions.front().accountKey, QStringLiteral("uid=b1"));
        QCOMPARE(r.population->items.size(), std::size_t(2)); // a1 and a2 in Dev; b1 excluded
        const auto stored = campaigns(*ws);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->front().populationSha256, r.population->sha256);
        QCOMPARE(journalSize(*ws), qint64(1)); // its creation, in the same transaction
    }

    // An exclusion without an entitlement takes the account out of every entitlement in scope (as
    // the console's wizard leaves it); one naming nobody is refused.
    void anExclusionMayLeaveOutTheEntitlement()
    {
        auto ws = workspace();
        QVERIFY(ws);
        CampaignDefinition d = definition();
        d.scope.exclusions = {{QStringLiteral("a1"), QString(), QStringLiteral("on secondment")}};
        app::CreateCampaignResult r = app::createCampaign(*ws, {d, {}, {}, {}});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.population->items.size(), std::size_t(2)); // a2 and b1 in Dev; a1's two grants excluded
        QCOMPARE(r.definition.scope.exclusions.front().accountKey, QStringLiteral("uid=a1"));
        QVERIFY(r.definition.scope.exclusions.front().entitlementKey.isEmpty());
        d.scope.exclusions = {{QStringLiteral("nobody"), QString(), QStringLiteral("typo")}};
        r = app::createCampaign(*ws, {d, {}, {}, {}});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("no account nobody")), qPrintable(r.error));
        QCOMPARE(campaigns(*ws)->size(), 1);
    }

    void createRefusesBadInputAndWritesNothing_data()
    {
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QString>("entitlement");
        QTest::addColumn<qint64>("snapshot");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown owner") << QStringLiteral("nobody") << QString() << qint64(0)
                                       << QStringLiteral("nobody");
        QTest::newRow("no owner") << QString() << QString() << qint64(0) << QStringLiteral("owner");
        QTest::newRow("unknown entitlement")
            << QStringLiteral("ciso") << QStringLiteral("Payroll") << qint64(0) << QStringLiteral("Payroll");
        QTest::newRow("unknown snapshot")
            << QStringLiteral("ciso") << QString() << qint64(42) << QStringLiteral("no snapshot 42");
    }
    void createRefusesBadInputAndWritesNothing()
    {
        QFETCH(QString, owner);
        QFETCH(QString, entitlement);
        QFETCH(qint64, snapshot);
        QFETCH(QString, expected);
        auto ws = workspace();
        QVERIFY(ws);
        CampaignDefinition d = definition();
        d.owner = owner;
        d.snapshotId = snapshot;
        if (!entitlement.isEmpty()) {
            d.scope.entitlements = CampaignScope::Entitlements::Chosen;
            d.scope.entitlementKeys = {entitlement};
        }
        const app::CreateCampaignResult r = app::createCampaign(*ws, {d, {}, {}, {}});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
        QCOMPARE(campaigns(*ws)->size(), 0);
        QCOMPARE(journalSize(*ws), qint64(0));
        QVERIFY(ws->setting(QStringLiteral("workspace.id")).isEmpty()); // not even a journal key
    }

    void cancelledCreationWritesNothing()
    {
        auto ws = workspace();
        QVERIFY(ws);
        int calls = 0;
        // Stops at the first report from building the population.
        const app::CreateCampaignResult r = app::createCampaign(
            *ws, {definition(), {}, {}, {}}, [&calls](qint64, qint64, const QString&) { return ++calls < 3; });
        QVERIFY(!r.ok);
        QVERIFY(r.cancelled);
        QCOMPARE(campaigns(*ws)->size(), 0);
        QCOMPARE(journalSize(*ws), qint64(0));
    }

    void importsAWorksheetOrNothing()
    {
        auto ws = workspace();
        QVERIFY(ws);
        auto loaded = created(*ws);
        QVERIFY(loaded);
        // boss's worksheet with every row approved.
        QByteArray sheet = worksheet::write(loaded->state, QStringLiteral("boss"));
        QList<QByteArray> lines = sheet.split('\n');
        const qsizetype decision = worksheet::columns().indexOf(QStringLiteral("decision"));
        QVERIFY(decision > 0);
        QByteArray edited;
        int rows = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QByteArray line = lines[i];
            if (i > 0 && !line.trimmed().isEmpty()) {
                // The decision column is the second last and empty in an exported sheet: "…,,\r".
                const qsizetype end = line.lastIndexOf(',');
                QVERIFY(end > 0 && line[end - 1] == ',');
                line.insert(end, "approve");
                ++rows;
            }
            edited += line + (i + 1 < lines.size() ? "\n" : "");
        }
        QCOMPARE(rows, 3); // a1 in Dev and Ops, a2 in Dev
        const QString good = m_dir.filePath(QStringLiteral("good.csv"));
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        {
            QFile f(good);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(edited);
            QFile g(bad);
            QVERIFY(g.open(QIODevice::WriteOnly));
            g.write(QByteArray(edited).replace("approve", "maybe"));
        }
        // Bad rows: refused with each problem, nothing recorded.
        app::ImportDecisionsResult r = app::importDecisions(*ws, loaded->state, {bad, QStringLiteral("boss")});
        QVERIFY(!r.ok);
        QCOMPARE(r.problems.size(), 3);
        QVERIFY2(r.error.contains(QStringLiteral("nothing was imported")), qPrintable(r.error));
        QString error;
        QCOMPARE(ws->decisionHistory(loaded->campaign.id, &error)->size(), std::size_t(0));
        // A reviewer it was not written for, and a missing file: refused.
        r = app::importDecisions(*ws, loaded->state, {good, QStringLiteral("boss2")});
        QVERIFY(!r.ok);
        r = app::importDecisions(*ws, loaded->state,
                                 {m_dir.filePath(QStringLiteral("missing.csv")), QStringLiteral("boss")});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("missing.csv")), qPrintable(r.error));
        QCOMPARE(ws->decisionHistory(loaded->campaign.id, &error)->size(), std::size_t(0));
        // The good sheet: every decision, in one go.
        r = app::importDecisions(*ws, loaded->state, {good, QStringLiteral("boss")});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.recorded, qint64(3));
        QCOMPARE(r.items.size(), std::size_t(3));
        QCOMPARE(ws->decisionHistory(loaded->campaign.id, &error)->size(), std::size_t(3));
        QCOMPARE(loaded->state.state(r.items.front()).decision, Decision::Approve);
    }

    void closesSignsOffAndExports()
    {
        auto ws = workspace();
        QVERIFY(ws);
        auto loaded = created(*ws);
        QVERIFY(loaded);
        const qint64 id = loaded->campaign.id;
        const qint64 journal = journalSize(*ws);
        QString error;
        // Refused: nobody named; undecided items without the policy; signing off an open campaign.
        app::CloseCampaignResult closed = app::closeCampaign(*ws, loaded->state, {QString(), true});
        QVERIFY(!closed.ok);
        QVERIFY2(closed.error.contains(QStringLiteral("who closes")), qPrintable(closed.error));
        closed = app::closeCampaign(*ws, loaded->state, {QStringLiteral("ciso"), false});
        QVERIFY(!closed.ok);
        QVERIFY2(closed.error.contains(QStringLiteral("undecided")), qPrintable(closed.error));
        app::SignOffResult signedOff = app::signOff(*ws, id, {QStringLiteral("ciso"), QStringLiteral("Reviewed.")});
        QVERIFY(!signedOff.ok);
        QVERIFY2(signedOff.error.contains(QStringLiteral("close")), qPrintable(signedOff.error));
        QCOMPARE(ws->campaign(id, &error)->status, CampaignStatus::Active);
        QCOMPARE(journalSize(*ws), journal);

        closed = app::closeCampaign(*ws, loaded->state, {QStringLiteral("ciso"), true});
        QVERIFY2(closed.ok, qPrintable(closed.error));
        QCOMPARE(ws->campaign(id, &error)->status, CampaignStatus::Closed);
        QCOMPARE(journalSize(*ws), journal + 1);

        // Only the owner, with a statement.
        signedOff = app::signOff(*ws, id, {QStringLiteral("boss"), QStringLiteral("Reviewed.")});
        QVERIFY(!signedOff.ok);
        QVERIFY2(signedOff.error.contains(QStringLiteral("owner")), qPrintable(signedOff.error));
        signedOff = app::signOff(*ws, id, {QStringLiteral("ciso"), QStringLiteral("  ")});
        QVERIFY(!signedOff.ok);
        QVERIFY(ws->campaign(id, &error)->signOff.isEmpty());
        signedOff = app::signOff(*ws, id, {QStringLiteral("ciso"), QStringLiteral("Reviewed.")});
        QVERIFY2(signedOff.ok, qPrintable(signedOff.error));
        QVERIFY(!ws->campaign(id, &error)->signOff.isEmpty());

        // Evidence: no folder, a folder with something in it, an unknown campaign: refused, nothing written.
        app::ExportEvidenceResult pack = app::exportEvidence(*ws, id, {QString()});
        QVERIFY(!pack.ok);
        const QString busy = m_dir.filePath(QStringLiteral("busy"));
        QVERIFY(QDir().mkpath(busy));
        {
            QFile f(QDir(busy).filePath(QStringLiteral("notes.txt")));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        pack = app::exportEvidence(*ws, id, {busy});
        QVERIFY(!pack.ok);
        QCOMPARE(QDir(busy).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size(), 1);
        const QString folder = m_dir.filePath(QStringLiteral("evidence"));
        pack = app::exportEvidence(*ws, id + 1, {folder});
        QVERIFY(!pack.ok);
        QVERIFY(!QDir(folder).exists());
        pack = app::exportEvidence(*ws, id, {folder});
        QVERIFY2(pack.ok, qPrintable(pack.error));
        QVERIFY(pack.signedOff);
        QVERIFY(pack.files.contains(QStringLiteral("manifest.json")));
    }
};

ATTEST_REGISTER_TEST(TestCampaignCases, "campaigncases")

#include "tst_campaigncases.moc"
