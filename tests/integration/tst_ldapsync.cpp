#include "testregistry.h"

#include "slapdfixture.h"

#include "connectors/demo/demoorganisation.h"
#include "connectors/demo/ldifwriter.h"
#include "connectors/ldap/certificateprobe.h"
#include "connectors/ldap/ldapsync.h"
#include "domain/privilegedpolicy.h"
#include "graph/accessgraph.h"
#include "store/workspace.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using attest::test::SlapdFixture;

namespace {

// Every effective grant as "account key → entitlement key", to compare two snapshots that index
// their rows differently.
QSet<QString> grantPairs(const SnapshotData& data)
{
    const auto graph = AccessGraph::build(data, PrivilegedPolicy());
    QSet<QString> pairs;
    for (quint32 a = 0; a < graph->accountCount(); ++a) {
        for (const auto& grant : graph->effectiveGrants(a))
            pairs.insert(data.accounts[a].key.toLower() + QStringLiteral(" → ") +
                         data.entitlements[grant.entitlement].key.toLower());
    }
    return pairs;
}

int countLines(const QByteArray& ldif, const QByteArray& prefix)
{
    int n = 0;
    for (const QByteArray& line : ldif.split('\n'))
        n += line.startsWith(prefix) ? 1 : 0;
    return n;
}

} // namespace

class TestLdapSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SlapdFixture> m_small;
    std::unique_ptr<SlapdFixture> m_demo;
    SnapshotData m_demoSource;

    LdapSettings readerSettings(const SlapdFixture& fixture) const
    {
        LdapSettings settings;
        settings.url = fixture.ldapsUrl();
        settings.baseDn = fixture.baseDn();
        settings.bindDn = fixture.readerDn();
        settings.caFile = fixture.caFile();
        return settings;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString missing;
        if (!SlapdFixture::toolsAvailable(&missing))
            QFAIL(qPrintable(QStringLiteral("%1 is missing: run scripts/setup.sh").arg(missing)));
        QString error;
        m_small = std::make_unique<SlapdFixture>();
        QVERIFY2(m_small->start(SlapdFixture::smallDirectoryLdif(), &error), qPrintable(error));

        DemoParameters parameters;
        parameters.identities = 500;
        parameters.seed = 11;
        parameters.asOf = QDateTime(QDate(2026, 10, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        auto organisation = DemoGenerator(parameters).generate({}, &error);
        QVERIFY2(organisation, qPrintable(error));
        m_demoSource = organisation->snapshots.back();
        QBuffer ldif;
        ldif.open(QIODevice::WriteOnly);
        QVERIFY2(LdifWriter(parameters.baseDn).write(m_demoSource, &ldif, &error), qPrintable(error));
        m_demo = std::make_unique<SlapdFixture>();
        QVERIFY2(m_demo->start(ldif.data(), &error), qPrintable(error));
    }

    void smallDirectoryMatchesLdapsearch()
    {
        QString error;
        QStringList warnings;
        const auto data =
            readOpenLdapSnapshot(readerSettings(*m_small), SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8(),
                                 {}, &warnings, &error);
        QVERIFY2(data, qPrintable(error));
        const QByteArray users =
            m_small->ldapsearch({QStringLiteral("-b"), m_small->baseDn(), QStringLiteral("(objectClass=inetOrgPerson)"),
                                 QStringLiteral("dn")},
                                &error);
        QVERIFY2(!users.isEmpty(), qPrintable(error));
        QCOMPARE(int(data->accounts.size()), countLines(users, "dn:"));
        const QByteArray groups = m_small->ldapsearch(
            {QStringLiteral("-b"), m_small->baseDn(),
             QStringLiteral("(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames)(objectClass=posixGroup))"),
             QStringLiteral("dn")},
            &error);
        QCOMPARE(int(data->entitlements.size()), countLines(groups, "dn:"));
        // The dangling member is reported, not silently dropped.
        QVERIFY(!warnings.isEmpty());
        // Unique-member (with its #'…'B suffix) and posix (memberUid) groups give their members.
        int auditors = 0;
        int developers = 0;
        for (const Membership& m : data->memberships) {
            const QString name = data->entitlements[m.entitlement].name;
            if (m.memberKind != MemberKind::Account)
                continue;
            auditors += name == QLatin1String("Auditors") ? 1 : 0;
            developers += name == QLatin1String("developers") ? 1 : 0;
        }
        QCOMPARE(auditors, 2);
        QCOMPARE(developers, 3); // alice, bob and jdoe by uid
        // Non-ASCII names arrive intact.
        bool nonAscii = false;
        for (const Account& a : data->accounts)
            nonAscii = nonAscii || a.displayName.contains(QChar(0xfc)) || a.displayName.contains(QChar(0xeb)) ||
                       a.displayName.contains(QChar(0xe9));
        QVERIFY(nonAscii);
        // Cycles do not stop the graph.
        const auto graph = AccessGraph::build(*data, PrivilegedPolicy());
        QVERIFY(!graph->cycles().empty());
    }

    void demoDirectoryGivesTheSameAccessAsItsSource()
    {
        QString error;
        QStringList warnings;
        LdapSettings settings = readerSettings(*m_demo);
        settings.pageSize = 100; // many pages
        const auto data = readOpenLdapSnapshot(settings, SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8(),
                                               {}, &warnings, &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->accounts.size(), m_demoSource.accounts.size());
        QCOMPARE(data->identities.size(), m_demoSource.identities.size());
        QCOMPARE(data->entitlements.size(), m_demoSource.entitlements.size());
        QCOMPARE(data->memberships.size(), m_demoSource.memberships.size());
        QCOMPARE(grantPairs(*data), grantPairs(m_demoSource));
        int locked = 0;
        int disabled = 0;
        for (const Account& a : data->accounts) {
            locked += a.locked ? 1 : 0;
            disabled += a.enabled ? 0 : 1;
        }
        int sourceLocked = 0;
        int sourceDisabled = 0;
        for (const Account& a : m_demoSource.accounts) {
            sourceLocked += a.locked && a.enabled ? 1 : 0;
            sourceDisabled += a.enabled ? 0 : 1;
        }
        QCOMPARE(locked, sourceLocked);
        QCOMPARE(disabled, sourceDisabled);
    }

    // The sync that stores the accounts while it reads the groups stores what a plain read returns,
    // row for row, and loads back the same.
    void syncIntoWorkspaceStoresWhatIsRead()
    {
        QString error;
        LdapSettings settings = readerSettings(*m_demo);
        settings.pageSize = 100;
        const QByteArray password = SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8();
        QStringList readWarnings;
        const auto read = readOpenLdapSnapshot(settings, password, {}, &readWarnings, &error);
        QVERIFY2(read, qPrintable(error));

        QTemporaryDir dir;
        auto ws =
            Workspace::open(dir.filePath(QStringLiteral("w.attest")), Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(ws, qPrintable(error));
        QStringList warnings;
        SnapshotData stored;
        qint64 newSourceId = 0;
        const auto id = syncOpenLdapSnapshot(
            settings, password, *ws, 0,
            [&](QString* sourceError) {
                const auto added = ws->addSource(QStringLiteral("demo"), QStringLiteral("ldap"), {}, sourceError);
                newSourceId = added.value_or(0);
                return added;
            },
            {}, &warnings, &stored, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(warnings, readWarnings);
        QCOMPARE(ws->sources().size(), 1);
        QCOMPARE(ws->sources().constFirst().id, newSourceId);
        const auto loaded = ws->loadSnapshot(*id, {}, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->info.accountCount, qint64(read->accounts.size()));
        QCOMPARE(loaded->info.membershipCount, qint64(read->memberships.size()));
        QCOMPARE(loaded->accounts.size(), read->accounts.size());
        for (std::size_t i = 0; i < read->accounts.size(); ++i) {
            QCOMPARE(loaded->accounts[i].key, read->accounts[i].key);
            QCOMPARE(loaded->accounts[i].identityKey, read->accounts[i].identityKey);
            QCOMPARE(loaded->accounts[i].lastLogon, read->accounts[i].lastLogon);
        }
        QCOMPARE(loaded->identities.size(), read->identities.size());
        for (std::size_t i = 0; i < read->identities.size(); ++i)
            QCOMPARE(loaded->identities[i].managerKey, read->identities[i].managerKey);
        QCOMPARE(loaded->entitlements.size(), read->entitlements.size());
        QCOMPARE(grantPairs(*loaded), grantPairs(*read));
        QCOMPARE(stored.accounts.size(), read->accounts.size());
    }

    // Cancelled at any progress call (reading, storing, waiting for the groups), the workspace is
    // left exactly as it was: no snapshot, and no new source either.
    void syncIntoWorkspaceCancelledLeavesNothing()
    {
        QString error;
        LdapSettings settings = readerSettings(*m_demo);
        settings.pageSize = 100;
        const QByteArray password = SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8();
        QTemporaryDir dir;
        auto ws =
            Workspace::open(dir.filePath(QStringLiteral("w.attest")), Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(ws, qPrintable(error));
        QStringList stages;
        int calls = 0;
        const auto newSource = [&](QString* sourceError) {
            return ws->addSource(QStringLiteral("demo"), QStringLiteral("ldap"), {}, sourceError);
        };
        QVERIFY(syncOpenLdapSnapshot(
            settings, password, *ws, 0, newSource,
            [&](qint64, qint64, const QString& stage) {
                ++calls;
                if (!stages.contains(stage))
                    stages << stage;
                return true;
            },
            nullptr, nullptr, &error));
        QVERIFY2(stages.contains(QStringLiteral("accounts")), qPrintable(stages.join(QLatin1Char(','))));
        ws =
            Workspace::open(dir.filePath(QStringLiteral("fresh.attest")), Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(ws, qPrintable(error));
        for (int stopAt : {1, 2, calls / 4, calls / 2, 3 * calls / 4, calls - 1, calls}) {
            int call = 0;
            error.clear();
            const auto id = syncOpenLdapSnapshot(
                settings, password, *ws, 0, newSource, [&](qint64, qint64, const QString&) { return ++call < stopAt; },
                nullptr, nullptr, &error);
            QVERIFY2(!id, qPrintable(QStringLiteral("stopped at %1 of %2").arg(stopAt).arg(calls)));
            QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
            QVERIFY(ws->snapshots().isEmpty());
            QVERIFY(ws->sources().isEmpty());
        }
        QVERIFY2(ws->checkIntegrity(&error), qPrintable(error));
    }

    void startTlsWorks()
    {
        LdapSettings settings = readerSettings(*m_small);
        settings.url = m_small->ldapUrl();
        settings.startTls = true;
        QString error;
        const auto data = readOpenLdapSnapshot(settings, SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8(),
                                               {}, nullptr, &error);
        QVERIFY2(data, qPrintable(error));
    }

    void pinnedCertificateIsAcceptedOnlyItself()
    {
        // The user saw the untrusted certificate and chose to trust exactly it.
        LdapSettings settings = readerSettings(*m_small);
        settings.caFile = m_small->otherCaFile();
        QString error;
        const auto certificate = probeServerCertificate(settings, &error);
        QVERIFY2(certificate && !certificate->verified, qPrintable(error));
        settings.trustedCertificateSha256 = QString::fromLatin1(certificate->sha256.toHex());
        const QByteArray password = SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8();
        QVERIFY2(readOpenLdapSnapshot(settings, password, {}, nullptr, &error), qPrintable(error));
        // StartTLS too.
        LdapSettings startTls = settings;
        startTls.url = m_small->ldapUrl();
        QVERIFY2(readOpenLdapSnapshot(startTls, password, {}, nullptr, &error), qPrintable(error));
        // Any other certificate is refused before the password is sent.
        settings.trustedCertificateSha256 = QString(64, QLatin1Char('a'));
        QVERIFY(!readOpenLdapSnapshot(settings, password, {}, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("not the one trusted")), qPrintable(error));
    }

    void failuresAreClear_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong password") << QStringLiteral("password") << QStringLiteral("wrong bind DN or password");
        QTest::newRow("untrusted CA") << QStringLiteral("ca") << QStringLiteral("certificate");
        QTest::newRow("plaintext refused") << QStringLiteral("plaintext") << QStringLiteral("refusing");
        QTest::newRow("missing base") << QStringLiteral("base") << QStringLiteral("was not found");
        QTest::newRow("not an LDAP URL") << QStringLiteral("url") << QStringLiteral("not an LDAP URL");
    }

    void failuresAreClear()
    {
        QFETCH(QString, what);
        QFETCH(QString, message);
        LdapSettings settings = readerSettings(*m_small);
        QByteArray password = SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8();
        if (what == QLatin1String("password"))
            password = "not the password";
        else if (what == QLatin1String("ca"))
            settings.caFile = m_small->otherCaFile();
        else if (what == QLatin1String("plaintext")) {
            settings.url = m_small->ldapUrl();
            settings.startTls = false;
        } else if (what == QLatin1String("base"))
            settings.baseDn = QStringLiteral("ou=Nowhere,") + m_small->baseDn();
        else if (what == QLatin1String("url"))
            settings.url = QStringLiteral("http://127.0.0.1/");
        QString error;
        const auto data = readOpenLdapSnapshot(settings, password, {}, nullptr, &error);
        QVERIFY(!data);
        QVERIFY2(error.contains(message, Qt::CaseInsensitive), qPrintable(error));
    }

    void commandLineSyncStoresASnapshotOrNothing()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("synced.attest"));
        const QString passwordFile = dir.filePath(QStringLiteral("password"));
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8() + "\n");
        file.close();
        const auto run = [&](const QStringList& extra) {
            QProcess process;
            process.start(QStringLiteral(ATTEST_BINARY),
                          QStringList{QStringLiteral("sync"), QStringLiteral("--workspace"), workspace,
                                      QStringLiteral("--url"), m_demo->ldapsUrl(), QStringLiteral("--base"),
                                      m_demo->baseDn(), QStringLiteral("--bind-dn"), m_demo->readerDn(),
                                      QStringLiteral("--ca-file"), m_demo->caFile()} +
                              extra);
            process.waitForFinished(120000);
            return std::make_pair(process.exitCode(), process.readAllStandardOutput() + process.readAllStandardError());
        };
        auto [code, output] = run({QStringLiteral("--password-file"), passwordFile});
        QVERIFY2(code == 0, output.constData());
        QVERIFY(output.contains("synced"));
        {
            QString error;
            auto ws = Workspace::open(workspace, Workspace::OpenMode::OpenExisting, &error);
            QVERIFY2(ws, qPrintable(error));
            QCOMPARE(ws->snapshots().size(), 1);
            QCOMPARE(ws->snapshots().constFirst().accountCount, qint64(m_demoSource.accounts.size()));
        }
        // A wrong password: a clear error, and the workspace keeps exactly its one snapshot.
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("wrong\n");
        file.close();
        std::tie(code, output) = run({QStringLiteral("--password-file"), passwordFile});
        QCOMPARE(code, 1);
        QVERIFY2(output.contains("wrong bind DN or password"), output.constData());
        QString error;
        auto ws = Workspace::open(workspace, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(ws->snapshots().size(), 1);
    }

    void savedConnectionsCanBeAddedTestedUsedAndRemoved()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("connections.attest"));
        const QString passwordFile = dir.filePath(QStringLiteral("password"));
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8());
        file.close();
        const auto run = [](const QStringList& arguments) {
            QProcess process;
            process.start(QStringLiteral(ATTEST_BINARY), arguments);
            process.waitForFinished(120000);
            return std::make_pair(process.exitCode(), process.readAllStandardOutput() + process.readAllStandardError());
        };
        const QStringList ws{QStringLiteral("--workspace"), workspace};
        auto [code, out] =
            run(QStringList{QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("corp")} + ws +
                QStringList{QStringLiteral("--url"), m_small->ldapsUrl(), QStringLiteral("--base"), m_small->baseDn(),
                            QStringLiteral("--bind-dn"), m_small->readerDn(), QStringLiteral("--ca-file"),
                            m_small->caFile()});
        QVERIFY2(code == 0, out.constData());
        std::tie(code, out) =
            run(QStringList{QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("untrusted")} + ws +
                QStringList{QStringLiteral("--url"), m_small->ldapsUrl(), QStringLiteral("--base"), m_small->baseDn(),
                            QStringLiteral("--ca-file"), m_small->otherCaFile()});
        QVERIFY2(code == 0, out.constData());
        std::tie(code, out) = run(QStringList{QStringLiteral("connection"), QStringLiteral("list")} + ws);
        QCOMPARE(code, 0);
        QVERIFY(out.contains("corp\t") && out.contains("untrusted\t"));
        QVERIFY(!out.contains(SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8())); // never stored

        std::tie(code, out) =
            run(QStringList{QStringLiteral("connection"), QStringLiteral("test"), QStringLiteral("corp")} + ws +
                QStringList{QStringLiteral("--password-file"), passwordFile});
        QVERIFY2(code == 0, out.constData());
        QVERIFY2(out.contains("Certificate: trusted") && out.contains("Base DN") && out.contains("Entries") &&
                     out.contains("Rights: may not change group members"),
                 out.constData());
        std::tie(code, out) =
            run(QStringList{QStringLiteral("connection"), QStringLiteral("test"), QStringLiteral("untrusted")} + ws);
        QCOMPARE(code, 1);
        QVERIFY2(out.contains("Certificate: the server's certificate is not trusted") && out.contains("SHA-256"),
                 out.constData());
        // The user decides to trust exactly that certificate, by the fingerprint shown.
        const QByteArray marker = "--trust-certificate ";
        const QByteArray fingerprint = out.mid(out.indexOf(marker) + marker.size(), 64);
        std::tie(code, out) =
            run(QStringList{QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("pinned")} + ws +
                QStringList{QStringLiteral("--url"), m_small->ldapsUrl(), QStringLiteral("--base"), m_small->baseDn(),
                            QStringLiteral("--ca-file"), m_small->otherCaFile(), QStringLiteral("--trust-certificate"),
                            QString::fromLatin1(fingerprint), QStringLiteral("--bind-dn"), m_small->readerDn()});
        QVERIFY2(code == 0, out.constData());
        std::tie(code, out) =
            run(QStringList{QStringLiteral("connection"), QStringLiteral("test"), QStringLiteral("pinned")} + ws +
                QStringList{QStringLiteral("--password-file"), passwordFile});
        QVERIFY2(code == 0, out.constData());
        QVERIFY2(out.contains("the certificate you trusted for this connection"), out.constData());

        std::tie(code, out) = run(QStringList{QStringLiteral("sync"), QStringLiteral("--connection"),
                                              QStringLiteral("corp"), QStringLiteral("--password-file"), passwordFile} +
                                  ws);
        QVERIFY2(code == 0, out.constData());
        QVERIFY(out.contains("synced corp"));

        std::tie(code, out) =
            run(QStringList{QStringLiteral("connection"), QStringLiteral("remove"), QStringLiteral("corp")} + ws);
        QCOMPARE(code, 0);
        std::tie(code, out) =
            run(QStringList{QStringLiteral("sync"), QStringLiteral("--connection"), QStringLiteral("corp")} + ws);
        QCOMPARE(code, 1);
        QVERIFY(out.contains("no connection named"));
        QString error;
        auto opened = Workspace::open(workspace, Workspace::OpenMode::OpenExisting, &error);
        QCOMPARE(opened->snapshots().size(), 1); // the removed connection's snapshot stays
    }

    void serverGoingAwayMidSyncFailsCleanly()
    {
        SlapdFixture fixture;
        QString error;
        QVERIFY2(fixture.start(SlapdFixture::smallDirectoryLdif(), &error), qPrintable(error));
        LdapSettings settings = readerSettings(fixture);
        settings.pageSize = 2;
        settings.timeoutSeconds = 5;
        bool killed = false;
        const auto data = readOpenLdapSnapshot(
            settings, SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8(),
            [&](qint64, qint64, const QString&) {
                if (!killed) {
                    fixture.kill();
                    killed = true;
                }
                return true;
            },
            nullptr, &error);
        QVERIFY(killed);
        QVERIFY(!data);
        QVERIFY(!error.isEmpty());
    }

    // The server lost while the groups are read (the accounts already stored): nothing is kept.
    void serverGoingAwayWhileGroupsAreReadLeavesNothing()
    {
        SlapdFixture fixture;
        QString error;
        QVERIFY2(fixture.start(SlapdFixture::smallDirectoryLdif(), &error), qPrintable(error));
        LdapSettings settings = readerSettings(fixture);
        settings.pageSize = 1;
        settings.timeoutSeconds = 5;
        QTemporaryDir dir;
        auto ws =
            Workspace::open(dir.filePath(QStringLiteral("w.attest")), Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(ws, qPrintable(error));
        const auto source = ws->addSource(QStringLiteral("small"), QStringLiteral("ldap"), {}, &error);
        QVERIFY2(source, qPrintable(error));
        bool killed = false;
        const auto id = syncOpenLdapSnapshot(
            settings, SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8(), *ws, *source, {},
            [&](qint64, qint64, const QString& stage) {
                if (!killed && stage == QLatin1String("accounts")) { // storing: the groups are being read
                    fixture.kill();
                    killed = true;
                }
                return true;
            },
            nullptr, nullptr, &error);
        QVERIFY(killed);
        QVERIFY(!id);
        QVERIFY(!error.isEmpty());
        QVERIFY(ws->snapshots().isEmpty());
        QCOMPARE(ws->sources().size(), 1);
    }
};

ATTEST_REGISTER_TEST(TestLdapSync, "ldapsync")
#include "tst_ldapsync.moc"
