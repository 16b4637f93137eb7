#include "slapdfixture.h"
#include "testregistry.h"

#include <QTest>

#include <cerrno>
#include <csignal>
#include <memory>

using attest::test::SlapdFixture;

namespace {

// Values of one attribute in unwrapped LDIF, base64 decoded where needed.
QStringList values(const QByteArray& ldif, const QByteArray& attribute)
{
    QStringList result;
    for (const QByteArray& line : ldif.split('\n')) {
        if (line.startsWith(attribute + ":: "))
            result.append(QString::fromUtf8(QByteArray::fromBase64(line.mid(attribute.size() + 3))));
        else if (line.startsWith(attribute + ": "))
            result.append(QString::fromUtf8(line.mid(attribute.size() + 2)));
    }
    return result;
}

} // namespace

class TestSlapdFixture : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SlapdFixture> m_slapd;

    QString person(const QString& rdn) const { return rdn + QStringLiteral(",ou=People,") + m_slapd->baseDn(); }

    QStringList bindArgs(SlapdFixture::Role role) const
    {
        return {QStringLiteral("-x"), QStringLiteral("-H"), m_slapd->ldapsUrl(),         QStringLiteral("-D"),
                m_slapd->dn(role),    QStringLiteral("-w"), SlapdFixture::password(role)};
    }

    SlapdFixture::ToolResult readAs(SlapdFixture::Role role, const QString& dn, const QStringList& attributes) const
    {
        return SlapdFixture::runTool(QStringLiteral("ldapsearch"),
                                     bindArgs(role) +
                                         QStringList{QStringLiteral("-LLL"), QStringLiteral("-o"),
                                                     QStringLiteral("ldif-wrap=no"), QStringLiteral("-b"), dn,
                                                     QStringLiteral("-s"), QStringLiteral("base")} +
                                         attributes,
                                     m_slapd->caFile());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString missing;
        if (!SlapdFixture::toolsAvailable(&missing)) {
            QFAIL(qPrintable(QStringLiteral("%1 is missing: run scripts/setup.sh to install slapd, ldap-utils and "
                                            "openssl (this test is not skipped).")
                                 .arg(missing)));
        }
        m_slapd = std::make_unique<SlapdFixture>();
        QString error;
        QVERIFY2(m_slapd->start(SlapdFixture::smallDirectoryLdif(), &error), qPrintable(error));
        QCOMPARE(m_slapd->baseDn(), QStringLiteral("dc=example,dc=com"));
        QVERIFY(m_slapd->pid() > 0);
        QVERIFY(m_slapd->ldapUrl().startsWith(QStringLiteral("ldap://127.0.0.1:")));
        QVERIFY(m_slapd->ldapsUrl().startsWith(QStringLiteral("ldaps://127.0.0.1:")));
    }

    void cleanupTestCase() { m_slapd.reset(); }

    void readerFindsTheUsersOverLdaps()
    {
        QString error;
        const QByteArray out = m_slapd->ldapsearch(
            {QStringLiteral("-b"), QStringLiteral("ou=People,") + m_slapd->baseDn(),
             QStringLiteral("(objectClass=inetOrgPerson)"), QStringLiteral("cn"), QStringLiteral("memberOf")},
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(values(out, "dn").size(), 6);
        const QStringList names = values(out, "cn");
        QVERIFY2(names.contains(QStringLiteral("Jos\u00e9 M\u00fcller")), out.constData());
        QVERIFY2(names.contains(QStringLiteral("Doe, Jane")), out.constData());
        // slapd answers with the DN's stored form, where the escaped comma is written \\2C.
        const QString jane = QStringLiteral("cn=Doe\\2C Jane,ou=People,dc=example,dc=com");
        QVERIFY2(values(out, "dn").contains(jane, Qt::CaseInsensitive), out.constData());

        // The loaded groups are all there, including the dangling member and the #'0101'B suffix.
        const QByteArray groups =
            m_slapd->ldapsearch({QStringLiteral("-b"), QStringLiteral("ou=Groups,") + m_slapd->baseDn(),
                                 QStringLiteral("-s"), QStringLiteral("one"), QStringLiteral("(objectClass=*)"),
                                 QStringLiteral("member"), QStringLiteral("uniqueMember"), QStringLiteral("memberUid")},
                                &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(values(groups, "dn").size(), 7);
        QVERIFY2(values(groups, "member").contains(QStringLiteral("uid=ghost,ou=People,dc=example,dc=com")),
                 groups.constData());
        QVERIFY2(
            values(groups, "uniqueMember").contains(QStringLiteral("uid=dave,ou=People,dc=example,dc=com#'0101'B")),
            groups.constData());
        QCOMPARE(values(groups, "memberUid").size(), 3);
    }

    void readerCannotWrite()
    {
        const SlapdFixture::ToolResult modify =
            SlapdFixture::runTool(QStringLiteral("ldapmodify"), bindArgs(SlapdFixture::Role::Reader), m_slapd->caFile(),
                                  "dn: " + person(QStringLiteral("uid=alice")).toUtf8() +
                                      "\nchangetype: modify\nreplace: description\ndescription: written by reader\n");
        QCOMPARE(modify.exitCode, 50); // LDAP_INSUFFICIENT_ACCESS
        QVERIFY2(modify.err.contains("Insufficient access"), modify.err.constData());
    }

    void helpdeskResetsAPassword()
    {
        const QString carol = person(QStringLiteral("uid=carol"));
        const SlapdFixture::ToolResult reset =
            SlapdFixture::runTool(QStringLiteral("ldappasswd"),
                                  bindArgs(SlapdFixture::Role::Helpdesk) +
                                      QStringList{QStringLiteral("-s"), QStringLiteral("Reset-Pass-2"), carol},
                                  m_slapd->caFile());
        QVERIFY2(reset.exitCode == 0, reset.err.constData());

        const SlapdFixture::ToolResult read =
            readAs(SlapdFixture::Role::Admin, carol, {QStringLiteral("pwdReset"), QStringLiteral("pwdChangedTime")});
        QVERIFY2(read.exitCode == 0, read.err.constData());
        QCOMPARE(values(read.out, "pwdReset"), QStringList{QStringLiteral("TRUE")});

        // The new password is stored hashed and binds.
        const SlapdFixture::ToolResult bind = SlapdFixture::runTool(
            QStringLiteral("ldapsearch"),
            {QStringLiteral("-x"), QStringLiteral("-H"), m_slapd->ldapsUrl(), QStringLiteral("-D"), carol,
             QStringLiteral("-w"), QStringLiteral("Reset-Pass-2"), QStringLiteral("-b"), QString(),
             QStringLiteral("-s"), QStringLiteral("base"), QStringLiteral("1.1")},
            m_slapd->caFile());
        QVERIFY2(!bind.err.contains("Invalid credentials"), bind.err.constData());
        const SlapdFixture::ToolResult hashed =
            readAs(SlapdFixture::Role::Helpdesk, carol, {QStringLiteral("userPassword")});
        QVERIFY2(hashed.exitCode == 0, hashed.err.constData());
        QVERIFY2(values(hashed.out, "userPassword").value(0).startsWith(QStringLiteral("{SSHA}")), "not hashed");
    }

    void wrongBindsLockAUser()
    {
        const QString dave = person(QStringLiteral("uid=dave"));
        for (int i = 0; i < 3; ++i) {
            const SlapdFixture::ToolResult bind = SlapdFixture::runTool(
                QStringLiteral("ldapsearch"),
                {QStringLiteral("-x"), QStringLiteral("-H"), m_slapd->ldapsUrl(), QStringLiteral("-D"), dave,
                 QStringLiteral("-w"), QStringLiteral("wrong-password"), QStringLiteral("-b"), QString(),
                 QStringLiteral("-s"), QStringLiteral("base"), QStringLiteral("1.1")},
                m_slapd->caFile());
            QCOMPARE(bind.exitCode, 49); // LDAP_INVALID_CREDENTIALS
        }
        const SlapdFixture::ToolResult read =
            readAs(SlapdFixture::Role::Admin, dave,
                   {QStringLiteral("pwdAccountLockedTime"), QStringLiteral("pwdFailureTime")});
        QVERIFY2(read.exitCode == 0, read.err.constData());
        QCOMPARE(values(read.out, "pwdAccountLockedTime").size(), 1);

        // Locked: even the right password fails now.
        const SlapdFixture::ToolResult right = SlapdFixture::runTool(
            QStringLiteral("ldapsearch"),
            {QStringLiteral("-x"), QStringLiteral("-H"), m_slapd->ldapsUrl(), QStringLiteral("-D"), dave,
             QStringLiteral("-w"), SlapdFixture::userPassword(), QStringLiteral("-b"), QString(), QStringLiteral("-s"),
             QStringLiteral("base"), QStringLiteral("1.1")},
            m_slapd->caFile());
        QCOMPARE(right.exitCode, 49);

        // A user that is not locked binds with the shared test password.
        const SlapdFixture::ToolResult alice = SlapdFixture::runTool(
            QStringLiteral("ldapsearch"),
            {QStringLiteral("-x"), QStringLiteral("-H"), m_slapd->ldapsUrl(), QStringLiteral("-D"),
             person(QStringLiteral("uid=alice")), QStringLiteral("-w"), SlapdFixture::userPassword(),
             QStringLiteral("-b"), QString(), QStringLiteral("-s"), QStringLiteral("base"), QStringLiteral("1.1")},
            m_slapd->caFile());
        QVERIFY2(alice.exitCode == 0, alice.err.constData());
    }

    void untrustedCaIsRefused()
    {
        const SlapdFixture::ToolResult search =
            SlapdFixture::runTool(QStringLiteral("ldapsearch"),
                                  bindArgs(SlapdFixture::Role::Reader) +
                                      QStringList{QStringLiteral("-b"), m_slapd->baseDn(), QStringLiteral("-s"),
                                                  QStringLiteral("base"), QStringLiteral("1.1")},
                                  m_slapd->otherCaFile());
        QVERIFY2(search.exitCode != 0, search.out.constData());
        QVERIFY2(search.err.contains("Can't contact LDAP server"), search.err.constData());
    }

    void accesslogRecordsThePasswordChange()
    {
        const QString carol = person(QStringLiteral("uid=carol"));
        QString error;
        const QByteArray out =
            m_slapd->ldapsearch({QStringLiteral("-b"), QStringLiteral("cn=accesslog"),
                                 QStringLiteral("(&(objectClass=auditModify)(reqDN=%1))").arg(carol),
                                 QStringLiteral("reqDN"), QStringLiteral("reqAuthzID"), QStringLiteral("reqMod")},
                                &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(!values(out, "dn").isEmpty(), "no accesslog entry for the password change");
        QVERIFY(values(out, "reqAuthzID").contains(m_slapd->helpdeskDn(), Qt::CaseInsensitive));
        bool passwordChange = false;
        for (const QString& mod : values(out, "reqMod"))
            passwordChange = passwordChange || mod.startsWith(QStringLiteral("userPassword:"), Qt::CaseInsensitive);
        QVERIFY(passwordChange);
    }

    void stopEndsTheProcess()
    {
        const qint64 pid = m_slapd->pid();
        QVERIFY(pid > 0);
        QVERIFY(::kill(pid_t(pid), 0) == 0);
        QVERIFY2(m_slapd->stop(), "slapd did not end on SIGTERM");
        QVERIFY(!m_slapd->isRunning());
        errno = 0;
        QVERIFY(::kill(pid_t(pid), 0) == -1);
        QCOMPARE(errno, ESRCH);
        QVERIFY2(m_slapd->logFile().isEmpty() || !m_slapd->logTail().isEmpty(), "empty slapd log");
    }

    void killEndsAServerWithoutData()
    {
        SlapdFixture other;
        QString error;
        QVERIFY2(other.start({}, &error), qPrintable(error));
        QCOMPARE(other.baseDn(), QStringLiteral("dc=example,dc=com"));
        QVERIFY(other.ldapsUrl() != m_slapd->ldapsUrl());
        const QByteArray base = other.ldapsearch(
            {QStringLiteral("-b"), other.baseDn(), QStringLiteral("-s"), QStringLiteral("base"), QStringLiteral("dc")},
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(values(base, "dc"), QStringList{QStringLiteral("example")});
        const qint64 pid = other.pid();
        other.kill();
        QVERIFY(!other.isRunning());
        errno = 0;
        QVERIFY(::kill(pid_t(pid), 0) == -1);
        QCOMPARE(errno, ESRCH);
        const SlapdFixture::ToolResult gone =
            SlapdFixture::runTool(QStringLiteral("ldapsearch"),
                                  {QStringLiteral("-x"), QStringLiteral("-H"), other.ldapUrl(), QStringLiteral("-b"),
                                   QString(), QStringLiteral("-s"), QStringLiteral("base"), QStringLiteral("1.1")});
        QVERIFY(gone.exitCode != 0);
    }
};

ATTEST_REGISTER_TEST(TestSlapdFixture, "slapdfixture")

#include "tst_slapdfixture.moc"
