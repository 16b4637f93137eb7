#include "testregistry.h"

#include "slapdfixture.h"

#include "connectors/ldap/auditlogreader.h"
#include "connectors/ldap/connectiontest.h"
#include "connectors/ldap/ldapconnection.h"
#include "store/workspace.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using attest::test::SlapdFixture;

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SlapdFixture> m_slapd;
    QTemporaryDir m_dir;
    const QString m_newPassword = QStringLiteral("Brand-New-Secret-42");

    LdapSettings settings(SlapdFixture::Role role) const
    {
        LdapSettings s;
        s.url = m_slapd->ldapsUrl();
        s.baseDn = m_slapd->baseDn();
        s.bindDn = m_slapd->dn(role);
        s.caFile = m_slapd->caFile();
        return s;
    }

    void addMember(const QString& uid)
    {
        const QByteArray ldif = "dn: cn=Engineering,ou=Groups," + m_slapd->baseDn().toUtf8() +
                                "\nchangetype: modify\nadd: member\nmember: uid=" + uid.toUtf8() + ",ou=People," +
                                m_slapd->baseDn().toUtf8() + "\n";
        const auto result = SlapdFixture::runTool(QStringLiteral("ldapmodify"),
                                                  {QStringLiteral("-x"), QStringLiteral("-H"), m_slapd->ldapsUrl(),
                                                   QStringLiteral("-D"), m_slapd->adminDn(), QStringLiteral("-w"),
                                                   SlapdFixture::password(SlapdFixture::Role::Admin)},
                                                  m_slapd->caFile(), ldif);
        QVERIFY2(result.exitCode == 0, result.err.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString missing;
        if (!SlapdFixture::toolsAvailable(&missing))
            QFAIL(qPrintable(QStringLiteral("%1 is missing: run scripts/setup.sh").arg(missing)));
        m_slapd = std::make_unique<SlapdFixture>();
        QString error;
        QVERIFY2(m_slapd->start(SlapdFixture::smallDirectoryLdif(), &error), qPrintable(error));
        addMember(QStringLiteral("carol"));
        const auto reset = SlapdFixture::runTool(
            QStringLiteral("ldappasswd"),
            {QStringLiteral("-x"), QStringLiteral("-H"), m_slapd->ldapsUrl(), QStringLiteral("-D"),
             m_slapd->helpdeskDn(), QStringLiteral("-w"), SlapdFixture::password(SlapdFixture::Role::Helpdesk),
             QStringLiteral("-s"), m_newPassword, QStringLiteral("uid=bob,ou=People,") + m_slapd->baseDn()},
            m_slapd->caFile());
        QVERIFY2(reset.exitCode == 0, reset.err.constData());
    }

    void scrubbingRemovesEverySecret_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("replace") << QByteArray("userPassword:= {SSHA}abc")
                                 << QStringLiteral("userPassword:= (value removed)");
        QTest::newRow("add") << QByteArray("userPassword:+ secret") << QStringLiteral("userPassword:+ (value removed)");
        QTest::newRow("option") << QByteArray("userPassword;binary:= x")
                                << QStringLiteral("userPassword;binary:= (value removed)");
        QTest::newRow("history") << QByteArray("pwdHistory:+ 20260101#1.3.6#8#secret")
                                 << QStringLiteral("pwdHistory:+ (value removed)");
        QTest::newRow("AD") << QByteArray("unicodePwd:= \"pw\"") << QStringLiteral("unicodePwd:= (value removed)");
        QTest::newRow("member") << QByteArray("member:+ uid=x,dc=y") << QStringLiteral("member:+ uid=x,dc=y");
        QTest::newRow("delete whole") << QByteArray("pwdAccountLockedTime:-")
                                      << QStringLiteral("pwdAccountLockedTime:-");
    }

    void scrubbingRemovesEverySecret()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, expected);
        QCOMPARE(AuditLogReader::scrubModifications({line}), expected);
    }

    void readerSeesChangesWithoutSecrets()
    {
        LdapConnection connection;
        QString error;
        QVERIFY2(connection.open(settings(SlapdFixture::Role::Reader),
                                 SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8(), &error),
                 qPrintable(error));
        const auto first = AuditLogReader::read(connection, {}, {}, &error);
        QVERIFY2(first, qPrintable(error));
        bool memberAdded = false;
        bool passwordChanged = false;
        for (const AuditEvent& e : first->events) {
            QVERIFY(!e.details.contains(m_newPassword));
            QVERIFY(!e.details.contains(QStringLiteral("{SSHA}")));
            memberAdded = memberAdded || (e.action == QLatin1String("member added") &&
                                          e.actor.startsWith(m_slapd->adminDn(), Qt::CaseInsensitive) &&
                                          e.details.contains(QStringLiteral("uid=carol")));
            passwordChanged = passwordChanged || (e.action == QLatin1String("password changed") &&
                                                  e.target.startsWith(QStringLiteral("uid=bob")));
        }
        QVERIFY(memberAdded);
        QVERIFY(passwordChanged);
        QVERIFY(!first->newestReqStart.isEmpty());

        // Incremental: nothing new, then exactly the next change.
        const auto second = AuditLogReader::read(connection, first->newestReqStart, {}, &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->events.size(), std::size_t(0));
        QCOMPARE(second->newestReqStart, first->newestReqStart);
        addMember(QStringLiteral("dave"));
        const auto third = AuditLogReader::read(connection, first->newestReqStart, {}, &error);
        QVERIFY2(third, qPrintable(error));
        QCOMPARE(third->events.size(), std::size_t(1));
        QVERIFY(third->events.front().details.contains(QStringLiteral("uid=dave")));
    }

    void identityWithoutRightsGetsAClearError()
    {
        LdapSettings user = settings(SlapdFixture::Role::Reader);
        user.bindDn = QStringLiteral("uid=carol,ou=People,") + m_slapd->baseDn();
        LdapConnection connection;
        QString error;
        QVERIFY2(connection.open(user, SlapdFixture::userPassword().toUtf8(), &error), qPrintable(error));
        QVERIFY(!AuditLogReader::read(connection, {}, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot read the audit log")), qPrintable(error));
    }

    void syncStoresTheAuditTrailOnce()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("audit.attest"));
        const QString passwordFile = m_dir.filePath(QStringLiteral("password"));
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8());
        file.close();
        const auto sync = [&] {
            QProcess process;
            process.start(QStringLiteral(ATTEST_BINARY),
                          {QStringLiteral("sync"), QStringLiteral("--workspace"), workspace, QStringLiteral("--url"),
                           m_slapd->ldapsUrl(), QStringLiteral("--base"), m_slapd->baseDn(),
                           QStringLiteral("--bind-dn"), m_slapd->readerDn(), QStringLiteral("--password-file"),
                           passwordFile, QStringLiteral("--ca-file"), m_slapd->caFile()});
            process.waitForFinished(60000);
            return process.exitCode();
        };
        QCOMPARE(sync(), 0);
        QString error;
        qint64 count = 0;
        {
            auto ws = Workspace::open(workspace, Workspace::OpenMode::OpenExisting, &error);
            count = ws->auditEventCount();
        }
        QVERIFY(count >= 3);
        QCOMPARE(sync(), 0);
        auto ws = Workspace::open(workspace, Workspace::OpenMode::OpenExisting, &error);
        // Nothing read twice: what the first sync stored is still all there is from before it. What
        // is new is the first sync's rights check (modifications under the No-Op control, which the
        // server logs and refuses), made by the reader itself.
        const auto events = ws->auditEvents(&error);
        QVERIFY2(events, qPrintable(error));
        QCOMPARE(qint64(events->size()) - count, qint64(3));
        for (std::size_t i = std::size_t(count); i < events->size(); ++i)
            QVERIFY2(events->at(i).actor.compare(m_slapd->readerDn(), Qt::CaseInsensitive) == 0,
                     qPrintable(events->at(i).actor + QLatin1Char(' ') + events->at(i).action));
        QFile stored(workspace);
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QVERIFY(!stored.readAll().contains(m_newPassword.toUtf8()));
    }

    // `attest sync` refreshes what the connection may change, as the console's Sync Now does: the
    // help desk enables its actions from it.
    void commandLineSyncRefreshesTheRights()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("rights.attest"));
        const QString passwordFile = m_dir.filePath(QStringLiteral("helpdesk-password"));
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(SlapdFixture::password(SlapdFixture::Role::Helpdesk).toUtf8());
        file.close();
        QProcess process;
        process.start(QStringLiteral(ATTEST_BINARY),
                      {QStringLiteral("sync"), QStringLiteral("--workspace"), workspace, QStringLiteral("--url"),
                       m_slapd->ldapsUrl(), QStringLiteral("--base"), m_slapd->baseDn(), QStringLiteral("--bind-dn"),
                       m_slapd->dn(SlapdFixture::Role::Helpdesk), QStringLiteral("--password-file"), passwordFile,
                       QStringLiteral("--ca-file"), m_slapd->caFile()});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QString error;
        auto ws = Workspace::open(workspace, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(ws->sources().size(), 1);
        const QString stored = ws->setting(DirectoryCapabilities::settingKey(ws->sources().constFirst().id));
        QVERIFY2(!stored.isEmpty(), "attest sync did not refresh the directory rights");
        const DirectoryCapabilities rights = DirectoryCapabilities::fromJson(stored);
        // The help-desk identity may unlock and reset, and may not change group members.
        QCOMPARE(rights.accountStatus, DirectoryCapabilities::Access::Allowed);
        QCOMPARE(rights.passwords, DirectoryCapabilities::Access::Allowed);
        QCOMPARE(rights.groupMembers, DirectoryCapabilities::Access::Denied);
    }
};

ATTEST_REGISTER_TEST(TestAuditLog, "auditlog")
#include "tst_auditlog.moc"
