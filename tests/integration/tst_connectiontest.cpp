#include "testregistry.h"

#include "slapdfixture.h"

#include "connectors/ldap/connectiontest.h"
#include "connectors/ldap/ldapconnection.h"

#include <QCryptographicHash>
#include <QTest>

using namespace attest;
using attest::test::SlapdFixture;
using Access = DirectoryCapabilities::Access;
using State = ConnectionCheck::State;

// The connection test the dialog and `attest connection test` show, step by step, and the rights
// it finds for each kind of bind identity — checked by the server without changing anything.
class TestConnectionTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SlapdFixture> m_slapd;

    LdapSettings settings(SlapdFixture::Role role) const
    {
        LdapSettings s;
        s.url = m_slapd->ldapsUrl();
        s.baseDn = m_slapd->baseDn();
        s.bindDn = m_slapd->dn(role);
        s.caFile = m_slapd->caFile();
        s.timeoutSeconds = 10;
        return s;
    }

    static State stateOf(const ConnectionTestReport& report, const QString& title)
    {
        for (const ConnectionCheck& check : report.checks) {
            if (check.title == title)
                return check.state;
        }
        return State::Skipped;
    }

    static QString detailOf(const ConnectionTestReport& report, const QString& title)
    {
        for (const ConnectionCheck& check : report.checks) {
            if (check.title == title)
                return check.detail;
        }
        return {};
    }

    static QString describe(const ConnectionTestReport& report)
    {
        QStringList lines;
        for (const ConnectionCheck& check : report.checks)
            lines.append(QStringLiteral("%1 %2: %3").arg(int(check.state)).arg(check.title, check.detail));
        return lines.join(QLatin1Char('\n'));
    }

    QByteArray engineeringMembers() const
    {
        QString error;
        return m_slapd->ldapsearch({QStringLiteral("-b"),
                                    QStringLiteral("cn=Engineering,ou=Groups,") + m_slapd->baseDn(),
                                    QStringLiteral("-s"), QStringLiteral("base"), QStringLiteral("member")},
                                   &error);
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
    }

    void everyStepPassesForAGoodConnection()
    {
        const auto report = testLdapConnection(settings(SlapdFixture::Role::Reader),
                                               SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8());
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        QCOMPARE(report.checks.size(), 8);
        QVERIFY(report.certificate && report.certificate->verified);
        QVERIFY(!report.certificateNeedsDecision);
        QVERIFY2(report.entries > 15, qPrintable(QString::number(report.entries)));
    }

    void rightsFollowTheDirectorysAccessControl_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("groups");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("passwords");
        QTest::addColumn<int>("auditLog");
        QTest::newRow("reader") << int(SlapdFixture::Role::Reader) << int(Access::Denied) << int(Access::Denied)
                                << int(Access::Denied) << int(Access::Allowed);
        QTest::newRow("helpdesk") << int(SlapdFixture::Role::Helpdesk) << int(Access::Denied) << int(Access::Allowed)
                                  << int(Access::Allowed) << int(Access::Denied);
        QTest::newRow("admin") << int(SlapdFixture::Role::Admin) << int(Access::Allowed) << int(Access::Allowed)
                               << int(Access::Allowed) << int(Access::Allowed);
    }

    void rightsFollowTheDirectorysAccessControl()
    {
        QFETCH(int, role);
        QFETCH(int, groups);
        QFETCH(int, status);
        QFETCH(int, passwords);
        QFETCH(int, auditLog);
        const QByteArray before = engineeringMembers();
        QVERIFY(!before.isEmpty());
        const auto r = SlapdFixture::Role(role);
        const auto report = testLdapConnection(settings(r), SlapdFixture::password(r).toUtf8());
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        const DirectoryCapabilities& c = report.capabilities;
        QCOMPARE(int(c.groupMembers), groups);
        QCOMPARE(int(c.accountStatus), status);
        QCOMPARE(int(c.passwords), passwords);
        QCOMPARE(int(c.auditLog), auditLog);
        if (c.groupMembers == Access::Denied)
            QVERIFY2(c.groupMembersReason.contains(QStringLiteral("insufficient access")),
                     qPrintable(c.groupMembersReason));
        // Nothing was changed by asking.
        QCOMPARE(engineeringMembers(), before);
        // The capabilities survive being stored with the connection.
        const DirectoryCapabilities back = DirectoryCapabilities::fromJson(c.toJson());
        QCOMPARE(int(back.passwords), int(c.passwords));
        QCOMPARE(back.groupMembersReason, c.groupMembersReason);
    }

    void passwordsAreNotChangedByTheRightsCheck()
    {
        // The admin's check "resets" a password with the No-Op control: every user still binds.
        QVERIFY(testLdapConnection(settings(SlapdFixture::Role::Admin),
                                   SlapdFixture::password(SlapdFixture::Role::Admin).toUtf8())
                    .ok());
        for (const char* user : {"alice", "bob", "carol"}) {
            const auto result = SlapdFixture::runTool(
                QStringLiteral("ldapwhoami"),
                {QStringLiteral("-x"), QStringLiteral("-H"), m_slapd->ldapsUrl(), QStringLiteral("-D"),
                 QStringLiteral("uid=%1,ou=People,%2").arg(QLatin1String(user), m_slapd->baseDn()),
                 QStringLiteral("-w"), SlapdFixture::userPassword()},
                m_slapd->caFile());
            QVERIFY2(result.exitCode == 0, result.err.constData());
        }
    }

    void wrongPasswordFailsAtBindAndSkipsTheRest()
    {
        const auto report = testLdapConnection(settings(SlapdFixture::Role::Reader), "not-the-password");
        QVERIFY(!report.ok());
        QCOMPARE(stateOf(report, QStringLiteral("Certificate")), State::Passed);
        QCOMPARE(stateOf(report, QStringLiteral("Bind")), State::Failed);
        QCOMPARE(stateOf(report, QStringLiteral("Base DN")), State::Skipped);
        QCOMPARE(report.checks.size(), 8);
    }

    void untrustedCertificateAsksForADecisionAndAPinIsAccepted()
    {
        LdapSettings s = settings(SlapdFixture::Role::Reader);
        s.caFile = m_slapd->otherCaFile();
        const QByteArray password = SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8();
        const auto refused = testLdapConnection(s, password);
        QVERIFY(!refused.ok());
        QVERIFY(refused.certificateNeedsDecision);
        QCOMPARE(stateOf(refused, QStringLiteral("Certificate")), State::Failed);
        QCOMPARE(stateOf(refused, QStringLiteral("Bind")), State::Skipped);
        QVERIFY(refused.certificate);

        s.trustedCertificateSha256 = QString::fromLatin1(refused.certificate->sha256.toHex());
        const auto pinned = testLdapConnection(s, password);
        QVERIFY2(pinned.ok(), qPrintable(describe(pinned)));
        QCOMPARE(stateOf(pinned, QStringLiteral("Certificate")), State::Warning);
    }

    void plaintextIsRefusedUnlessAllowed()
    {
        LdapSettings s = settings(SlapdFixture::Role::Reader);
        s.url = m_slapd->ldapUrl();
        s.startTls = false;
        const QByteArray password = SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8();
        const auto refused = testLdapConnection(s, password);
        QVERIFY(!refused.ok());
        QCOMPARE(stateOf(refused, QStringLiteral("TLS")), State::Failed);
        QCOMPARE(stateOf(refused, QStringLiteral("Bind")), State::Skipped);

        s.allowPlaintext = true;
        const auto allowed = testLdapConnection(s, password);
        QVERIFY2(allowed.ok(), qPrintable(describe(allowed)));
        QCOMPARE(stateOf(allowed, QStringLiteral("TLS")), State::Warning);
    }

    void missingBaseAndUnreachableHostAreNamed()
    {
        LdapSettings s = settings(SlapdFixture::Role::Reader);
        s.baseDn = QStringLiteral("dc=nowhere,dc=example");
        const auto noBase = testLdapConnection(s, SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8());
        QCOMPARE(stateOf(noBase, QStringLiteral("Bind")), State::Passed);
        QCOMPARE(stateOf(noBase, QStringLiteral("Base DN")), State::Failed);

        s = settings(SlapdFixture::Role::Reader);
        s.url = QStringLiteral("ldaps://127.0.0.1:1");
        s.timeoutSeconds = 5;
        const auto unreachable = testLdapConnection(s, "x");
        QCOMPARE(stateOf(unreachable, QStringLiteral("Reachable")), State::Failed);
        QCOMPARE(unreachable.checks.size(), 8);
    }

    void hostNameThatDoesNotMatchIsRefused()
    {
        // The certificate names 127.0.0.1 only; "localhost" reaches the same server.
        LdapSettings s = settings(SlapdFixture::Role::Reader);
        s.url.replace(QStringLiteral("127.0.0.1"), QStringLiteral("localhost"));
        const QByteArray password = SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8();
        const auto report = testLdapConnection(s, password);
        QVERIFY(!report.ok());
        QCOMPARE(stateOf(report, QStringLiteral("Certificate")), State::Failed);
        QVERIFY(report.certificateNeedsDecision);
        QVERIFY2(
            detailOf(report, QStringLiteral("Certificate")).contains(QStringLiteral("host name"), Qt::CaseInsensitive),
            qPrintable(describe(report)));
        LdapConnection connection;
        QString error;
        QVERIFY(!connection.open(s, password, &error));
        QVERIFY2(error.contains(QStringLiteral("host name")), qPrintable(error));
    }

    void expiredCertificateIsRefusedWithItsDates()
    {
        SlapdFixture expired;
        expired.setServerCertificateExpired(true);
        QString error;
        QVERIFY2(expired.start({}, &error), qPrintable(error));
        LdapSettings s;
        s.url = expired.ldapsUrl();
        s.baseDn = expired.baseDn();
        s.bindDn = expired.readerDn();
        s.caFile = expired.caFile();
        s.timeoutSeconds = 10;
        const QByteArray password = SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8();
        const auto report = testLdapConnection(s, password);
        QVERIFY(!report.ok());
        QCOMPARE(stateOf(report, QStringLiteral("Certificate")), State::Failed);
        QVERIFY2(
            detailOf(report, QStringLiteral("Certificate")).contains(QStringLiteral("expired"), Qt::CaseInsensitive),
            qPrintable(describe(report)));
        QVERIFY(report.certificate);
        QCOMPARE(report.certificate->notAfter.date().year(), 2020);
        LdapConnection connection;
        QVERIFY(!connection.open(s, password, &error));
        QVERIFY2(error.contains(QStringLiteral("TLS")), qPrintable(error));
        // StartTLS refuses it the same way.
        s.url = expired.ldapUrl();
        QVERIFY(!testLdapConnection(s, password).ok());
    }

    void cancelStopsBetweenSteps()
    {
        const auto report =
            testLdapConnection(settings(SlapdFixture::Role::Reader),
                               SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8(), [] { return true; });
        QVERIFY(!report.ok());
        QCOMPARE(stateOf(report, QStringLiteral("Bind")), State::Skipped);
    }
};

ATTEST_REGISTER_TEST(TestConnectionTest, "connectiontest")
#include "tst_connectiontest.moc"
