#include "testregistry.h"

#include "slapdfixture.h"

#include "connectors/ldap/accesslog.h"
#include "connectors/ldap/ldapconnection.h"

#include <QTest>

using namespace attest;
using attest::test::SlapdFixture;

class TestAccessLog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SlapdFixture> m_slapd;
    const QString m_newPassword = QStringLiteral("Access-Log-Secret-77");

    LdapSettings settings(SlapdFixture::Role role) const
    {
        LdapSettings s;
        s.url = m_slapd->ldapsUrl();
        s.baseDn = m_slapd->baseDn();
        s.bindDn = m_slapd->dn(role);
        s.caFile = m_slapd->caFile();
        return s;
    }

    QString person(const QString& uid) const
    {
        return QStringLiteral("uid=%1,ou=People,%2").arg(uid, m_slapd->baseDn());
    }

    void addMember(const QString& uid)
    {
        const QByteArray ldif = "dn: cn=Engineering,ou=Groups," + m_slapd->baseDn().toUtf8() +
                                "\nchangetype: modify\nadd: member\nmember: " + person(uid).toUtf8() + "\n";
        const auto result = SlapdFixture::runTool(QStringLiteral("ldapmodify"),
                                                  {QStringLiteral("-x"), QStringLiteral("-H"), m_slapd->ldapsUrl(),
                                                   QStringLiteral("-D"), m_slapd->adminDn(), QStringLiteral("-w"),
                                                   SlapdFixture::password(SlapdFixture::Role::Admin)},
                                                  m_slapd->caFile(), ldif);
        QVERIFY2(result.exitCode == 0, result.err.constData());
    }

    static bool mentions(const AuditEvent& e, const QString& text)
    {
        return e.actor.contains(text) || e.action.contains(text) || e.target.contains(text) ||
               e.result.contains(text) || e.details.contains(text);
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
        const auto reset = SlapdFixture::runTool(QStringLiteral("ldappasswd"),
                                                 {QStringLiteral("-x"), QStringLiteral("-H"), m_slapd->ldapsUrl(),
                                                  QStringLiteral("-D"), m_slapd->helpdeskDn(), QStringLiteral("-w"),
                                                  SlapdFixture::password(SlapdFixture::Role::Helpdesk),
                                                  QStringLiteral("-s"), m_newPassword, person(QStringLiteral("bob"))},
                                                 m_slapd->caFile());
        QVERIFY2(reset.exitCode == 0, reset.err.constData());
    }

    void readerReadsIncrementallyWithoutSecrets()
    {
        LdapConnection connection;
        QString error;
        QVERIFY2(connection.open(settings(SlapdFixture::Role::Reader),
                                 SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8(), &error),
                 qPrintable(error));
        QByteArray newest;
        const auto first = readAccessLog(connection, QStringLiteral("cn=accesslog"), {}, {}, &newest, &error);
        QVERIFY2(first, qPrintable(error));
        bool memberAdded = false;
        bool passwordChanged = false;
        for (const AuditEvent& e : *first) {
            QVERIFY2(!mentions(e, m_newPassword), qPrintable(e.details));
            QVERIFY2(!mentions(e, QStringLiteral("{SSHA}")), qPrintable(e.details));
            QCOMPARE(e.origin, AuditOrigin::Directory);
            memberAdded = memberAdded ||
                          (e.action == QLatin1String("member added") &&
                           e.actor.compare(m_slapd->adminDn(), Qt::CaseInsensitive) == 0 &&
                           e.target.startsWith(QStringLiteral("cn=Engineering"), Qt::CaseInsensitive) &&
                           e.details.contains(QStringLiteral("uid=carol")) && e.result == QLatin1String("success"));
            passwordChanged =
                passwordChanged || (e.action == QLatin1String("password changed") &&
                                    e.actor.compare(m_slapd->helpdeskDn(), Qt::CaseInsensitive) == 0 &&
                                    e.target.compare(person(QStringLiteral("bob")), Qt::CaseInsensitive) == 0);
        }
        QVERIFY(memberAdded);
        QVERIFY(passwordChanged);
        QVERIFY(!newest.isEmpty());

        QByteArray newest2;
        const auto second = readAccessLog(connection, QStringLiteral("cn=accesslog"), newest, {}, &newest2, &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->size(), std::size_t(0));
        QCOMPARE(newest2, newest);

        addMember(QStringLiteral("dave"));
        QByteArray newest3;
        const auto third = readAccessLog(connection, QStringLiteral("cn=accesslog"), newest, {}, &newest3, &error);
        QVERIFY2(third, qPrintable(error));
        QCOMPARE(third->size(), std::size_t(1));
        QCOMPARE(third->front().action, QStringLiteral("member added"));
        QVERIFY(third->front().details.contains(QStringLiteral("uid=dave")));
        QVERIFY(newest3 > newest);
    }

    void identityWithoutRightsGetsAClearError()
    {
        LdapSettings user = settings(SlapdFixture::Role::Reader);
        user.bindDn = person(QStringLiteral("carol"));
        LdapConnection connection;
        QString error;
        QVERIFY2(connection.open(user, SlapdFixture::userPassword().toUtf8(), &error), qPrintable(error));
        QByteArray newest;
        QVERIFY(!readAccessLog(connection, QStringLiteral("cn=accesslog"), {}, {}, &newest, &error));
        QVERIFY2(error.startsWith(QStringLiteral("cannot read the audit log cn=accesslog (it does not exist or the "
                                                 "bind identity may not read it)")),
                 qPrintable(error));
    }
};

ATTEST_REGISTER_TEST(TestAccessLog, "accesslog")
#include "tst_accesslog.moc"
