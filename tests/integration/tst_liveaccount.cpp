#include "testregistry.h"

#include "slapdfixture.h"

#include "app/accountcases.h"
#include "app/connectioncases.h"
#include "app/directorychanges.h"
#include "app/intentcases.h"
#include "audit/journal.h"
#include "connectors/ldap/directorychange.h"
#include "store/workspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;

namespace {

app::ReadAccountRequest readRequest(qint64 sourceId, const QByteArray& secret, const QString& account)
{
    app::ReadAccountRequest request;
    request.sourceId = sourceId;
    request.secret = secret;
    request.account = account;
    return request;
}

} // namespace
using attest::test::SlapdFixture;

// The help desk's live read of one account and the intent bar's resolution, through the use cases
// of core/app and a saved connection to a real slapd: what the console does without the LDAP
// connector's own headers.
class TestLiveAccount : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SlapdFixture> m_slapd;
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_sourceId = 0;
    LdapSettings m_settings;

    QString people(const char* uid) const
    {
        return QStringLiteral("uid=%1,ou=People,").arg(QLatin1String(uid)) + m_slapd->baseDn();
    }
    static QByteArray adminPassword() { return SlapdFixture::password(SlapdFixture::Role::Admin).toUtf8(); }

    app::DirectoryChangesResult change(DirectoryChange::Kind kind, const QString& target)
    {
        app::DirectoryChangesRequest request;
        request.sourceId = m_sourceId;
        request.secret = adminPassword();
        DirectoryChange change;
        change.kind = kind;
        change.target = target;
        request.changes = {change};
        return app::applyDirectoryChanges(*m_workspace, request);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString missing;
        if (!SlapdFixture::toolsAvailable(&missing))
            QFAIL(qPrintable(QStringLiteral("%1 is missing: run scripts/setup.sh").arg(missing)));
        QVERIFY(m_dir.isValid());
        m_slapd = std::make_unique<SlapdFixture>();
        QString error;
        QVERIFY2(m_slapd->start(SlapdFixture::smallDirectoryLdif(), &error), qPrintable(error));
        m_workspace = Workspace::open(m_dir.filePath(QStringLiteral("live.attest")),
                                      Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(m_workspace, qPrintable(error));
        m_settings.url = m_slapd->ldapsUrl();
        m_settings.baseDn = m_slapd->baseDn();
        m_settings.bindDn = m_slapd->adminDn();
        m_settings.caFile = m_slapd->caFile();
        app::SaveConnectionRequest save;
        save.name = QStringLiteral("Example directory");
        save.settings = m_settings;
        const app::SaveConnectionResult saved = app::saveConnection(*m_workspace, save);
        QVERIFY2(saved.ok, qPrintable(saved.error));
        m_sourceId = saved.sourceId;
    }

    void readsTheDirectoryNow()
    {
        // No sync ran: there is no snapshot to answer from, only the directory.
        QVERIFY(!m_workspace->latestSnapshot(m_sourceId));
        for (const QString& name : {people("carol"), QStringLiteral("carol")}) {
            const app::ReadAccountResult read =
                app::readAccountNow(*m_workspace, readRequest(m_sourceId, adminPassword(), name));
            QVERIFY2(read.ok, qPrintable(read.error));
            QVERIFY(read.account);
            QCOMPARE(read.account->login, QStringLiteral("carol"));
            QCOMPARE(read.account->dn.toLower(), people("carol").toLower());
            QVERIFY(read.account->enabled);
        }

        // A change made meanwhile shows in the next read.
        QVERIFY(change(DirectoryChange::Kind::Disable, people("carol")).allVerified());
        const app::ReadAccountResult disabled =
            app::readAccountNow(*m_workspace, readRequest(m_sourceId, adminPassword(), people("carol")));
        QVERIFY2(disabled.ok, qPrintable(disabled.error));
        QVERIFY(!disabled.account->enabled);
        QVERIFY(change(DirectoryChange::Kind::Enable, people("carol")).allVerified());
        const app::ReadAccountResult enabled =
            app::readAccountNow(*m_workspace, readRequest(m_sourceId, adminPassword(), QStringLiteral("carol")));
        QVERIFY2(enabled.ok, qPrintable(enabled.error));
        QVERIFY(enabled.account->enabled);
    }

    void commandLineReadsTheSameWay()
    {
        const QString passwordFile = m_dir.filePath(QStringLiteral("admin-password"));
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(adminPassword());
        file.close();
        const auto show = [&](const QString& account, QByteArray* out) {
            QProcess process;
            process.start(QStringLiteral(ATTEST_BINARY),
                          {QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("--workspace"),
                           m_dir.filePath(QStringLiteral("live.attest")), QStringLiteral("--connection"),
                           QStringLiteral("Example directory"), QStringLiteral("--password-file"), passwordFile,
                           QStringLiteral("--account"), account});
            process.waitForFinished(60000);
            *out = process.readAllStandardOutput() + process.readAllStandardError();
            return process.exitCode();
        };
        QVERIFY(change(DirectoryChange::Kind::Disable, people("dave")).allVerified());
        QByteArray out;
        QVERIFY2(show(QStringLiteral("dave"), &out) == 0, out.constData());
        const QJsonObject dave = QJsonDocument::fromJson(out).object();
        QCOMPARE(dave.value(QStringLiteral("login")).toString(), QStringLiteral("dave"));
        QCOMPARE(dave.value(QStringLiteral("dn")).toString().toLower(), people("dave").toLower());
        QCOMPARE(dave.value(QStringLiteral("enabled")).toBool(true), false);
        QVERIFY(change(DirectoryChange::Kind::Enable, people("dave")).allVerified());
        QVERIFY2(show(QStringLiteral("dave"), &out) == 0, out.constData());
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("enabled")).toBool(false), true);

        QCOMPARE(show(QStringLiteral("nobody"), &out), 1);
        QVERIFY2(out.contains("nobody"), out.constData());
    }

    void failuresAreNamed()
    {
        const app::ReadAccountResult wrongPassword = app::readAccountNow(
            *m_workspace, readRequest(m_sourceId, QByteArrayLiteral("not-the-password"), people("carol")));
        QVERIFY(!wrongPassword.ok && !wrongPassword.account);
        QVERIFY2(!wrongPassword.error.isEmpty(), "a failed bind says why");

        const app::ReadAccountResult unknown =
            app::readAccountNow(*m_workspace, readRequest(m_sourceId, adminPassword(), QStringLiteral("nobody")));
        QVERIFY(!unknown.ok && !unknown.account);
        QVERIFY2(unknown.error.contains(QLatin1String("nobody")), qPrintable(unknown.error));
    }

    void openIntentsAreResolvedThroughTheSavedConnection()
    {
        QString error;
        const auto key = Journal::loadOrCreateKey(*m_workspace, &error);
        QVERIFY2(key, qPrintable(error));
        // An enable that never reached the directory (carol is enabled: it shows as applied) and a
        // disable of dave that did not (dave is enabled: not applied), then one for another directory.
        const auto intend = [&](DirectoryChange::Kind kind, const QString& target, const LdapSettings& where) {
            DirectoryChange change;
            change.kind = kind;
            change.target = target;
            JournalRecord intent = journalRecordFor(change, ChangeOutcome(), where);
            intent.action += Journal::kIntentSuffix;
            intent.result = QStringLiteral("about to be sent");
            const auto written = Journal::append(*m_workspace, *key, intent, &error);
            return written ? written->sequence : 0;
        };
        LdapSettings elsewhere = m_settings;
        elsewhere.url = QStringLiteral("ldaps://127.0.0.1:1");
        const qint64 foreign = intend(DirectoryChange::Kind::Disable, people("dave"), elsewhere);
        const qint64 enable = intend(DirectoryChange::Kind::Enable, people("carol"), m_settings);
        const qint64 disable = intend(DirectoryChange::Kind::Disable, people("dave"), m_settings);
        QVERIFY(foreign > 0 && enable > 0 && disable > 0);
        const auto records = m_workspace->journalRecords(&error);
        QVERIFY2(records, qPrintable(error));
        const std::vector<JournalRecord> open = Journal::unresolvedIntents(*records);
        QCOMPARE(open.size(), std::size_t(3));

        // The saved connection reaches this directory's intents, not the foreign one's.
        const auto reaching = app::sourceForIntents(m_workspace->sources(), open);
        QVERIFY(reaching);
        QCOMPARE(reaching->source.id, m_sourceId);
        QCOMPARE(reaching->directory, m_settings.url);
        QVERIFY(!app::sourceForIntents(m_workspace->sources(), {open.front()})); // the foreign one alone

        // A wrong password resolves nothing and writes nothing.
        const std::size_t before = records->size();
        const app::ResolveIntentsResult refused =
            app::resolveInterruptedChanges(*m_workspace, {m_sourceId, QByteArrayLiteral("wrong")});
        QVERIFY(!refused.ok && !refused.error.isEmpty());
        QCOMPARE(m_workspace->journalRecords(&error)->size(), before);

        const app::ResolveIntentsResult result =
            app::resolveInterruptedChanges(*m_workspace, {m_sourceId, adminPassword()});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.lines.size(), 2);
        QVERIFY2(result.lines.join(QLatin1Char('\n')).contains(QLatin1String("not applied")),
                 qPrintable(result.lines.join(QLatin1Char('\n'))));
        QCOMPARE(result.stillOpen.size(), std::size_t(1));
        QCOMPARE(result.stillOpen.front().sequence, foreign);
        const auto verification = Journal::verify(*m_workspace, &error);
        QVERIFY2(verification && verification->intact(), qPrintable(error));
        QCOMPARE(verification->unresolvedIntents.size(), std::size_t(1));

        const app::ResolveIntentsResult noSource =
            app::resolveInterruptedChanges(*m_workspace, {m_sourceId + 1000, adminPassword()});
        QVERIFY(!noSource.ok);
        QVERIFY2(noSource.error.contains(QString::number(m_sourceId + 1000)), qPrintable(noSource.error));
    }
};

ATTEST_REGISTER_TEST(TestLiveAccount, "liveaccount")
#include "tst_liveaccount.moc"
