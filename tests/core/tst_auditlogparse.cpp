#include "testregistry.h"

#include "connectors/ldap/auditlogreader.h"
#include "connectors/ldap/generalizedtime.h"

#include <QTest>

using namespace attest;

namespace {

LdapEntry logEntry(const QByteArray& type, const QList<QByteArray>& mods, const QByteArray& result = "0")
{
    LdapEntry e;
    e.dn = QStringLiteral("reqStart=20261122204000.000001Z,cn=accesslog");
    e.add("reqStart", "20261122204000.000001Z");
    e.add("reqType", type);
    e.add("reqDN", "uid=bob,ou=People,dc=example,dc=org");
    e.add("reqAuthzID", "dn:cn=helpdesk,dc=example,dc=org");
    e.add("reqResult", result);
    for (const QByteArray& mod : mods)
        e.add("reqMod", mod);
    return e;
}

} // namespace

class TestAccessLogParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scrubbing_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("replace") << QByteArray("userPassword:= {SSHA}abc")
                                 << QStringLiteral("userPassword:= (value removed)");
        QTest::newRow("add") << QByteArray("userPassword:+ secret") << QStringLiteral("userPassword:+ (value removed)");
        QTest::newRow("case") << QByteArray("USERPASSWORD:= secret")
                              << QStringLiteral("USERPASSWORD:= (value removed)");
        QTest::newRow("history") << QByteArray("pwdHistory:+ 20260101#1.3.6#8#secret")
                                 << QStringLiteral("pwdHistory:+ (value removed)");
        QTest::newRow("unicodePwd") << QByteArray("unicodepwd:= \"secret\"")
                                    << QStringLiteral("unicodepwd:= (value removed)");
        QTest::newRow("authPassword") << QByteArray("authPassword:+ secret")
                                      << QStringLiteral("authPassword:+ (value removed)");
        QTest::newRow("samba") << QByteArray("sambaNTPassword:= secret")
                               << QStringLiteral("sambaNTPassword:= (value removed)");
        QTest::newRow("member") << QByteArray("member:+ uid=x,dc=y") << QStringLiteral("member:+ uid=x,dc=y");
        QTest::newRow("whole delete") << QByteArray("pwdAccountLockedTime:-")
                                      << QStringLiteral("pwdAccountLockedTime:-");
    }

    void scrubbing()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, expected);
        const QString scrubbed = AuditLogReader::scrubModifications({line});
        QCOMPARE(scrubbed, expected);
        QVERIFY(!scrubbed.contains(QStringLiteral("secret")));
        QVERIFY(!scrubbed.contains(QStringLiteral("{SSHA}")));
    }

    void joinedWithSemicolons()
    {
        QCOMPARE(AuditLogReader::scrubModifications({"member:+ uid=x,dc=y", "userPassword:= secret"}),
                 QStringLiteral("member:+ uid=x,dc=y; userPassword:= (value removed)"));
    }

    void mapping_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QList<QByteArray>>("mods");
        QTest::addColumn<QString>("action");
        QTest::newRow("member added") << QByteArray("modify") << QList<QByteArray>{"member:+ uid=x,dc=y"}
                                      << QStringLiteral("member added");
        QTest::newRow("member removed") << QByteArray("modify") << QList<QByteArray>{"member:- uid=x,dc=y"}
                                        << QStringLiteral("member removed");
        QTest::newRow("password") << QByteArray("modify") << QList<QByteArray>{"userPassword:= {SSHA}abc"}
                                  << QStringLiteral("password changed");
        QTest::newRow("locked") << QByteArray("modify") << QList<QByteArray>{"pwdAccountLockedTime:= 20261122204000Z"}
                                << QStringLiteral("account locked");
        QTest::newRow("disabled") << QByteArray("modify") << QList<QByteArray>{"pwdAccountLockedTime:= 000001010000Z"}
                                  << QStringLiteral("account disabled");
        QTest::newRow("unlocked") << QByteArray("modify") << QList<QByteArray>{"pwdAccountLockedTime:-"}
                                  << QStringLiteral("account unlocked");
        QTest::newRow("add") << QByteArray("add") << QList<QByteArray>{"cn:+ x"} << QStringLiteral("add");
    }

    void mapping()
    {
        QFETCH(QByteArray, type);
        QFETCH(QList<QByteArray>, mods);
        QFETCH(QString, action);
        const AuditEvent event = AuditLogReader::toEvent(logEntry(type, mods));
        QCOMPARE(event.action, action);
        QCOMPARE(event.actor, QStringLiteral("cn=helpdesk,dc=example,dc=org"));
        QCOMPARE(event.target, QStringLiteral("uid=bob,ou=People,dc=example,dc=org"));
        QCOMPARE(event.result, QStringLiteral("success"));
        QCOMPARE(event.time, parseGeneralizedTime("20261122204000.000001Z"));
        QCOMPARE(event.origin, AuditOrigin::Directory);
        QVERIFY(!event.details.contains(QStringLiteral("{SSHA}abc")));
    }

    void failureNamesTheResult()
    {
        const AuditEvent event = AuditLogReader::toEvent(logEntry("modify", {"member:+ uid=x,dc=y"}, "50"));
        QVERIFY2(event.result.startsWith(QStringLiteral("failure: ")), qPrintable(event.result));
        QVERIFY(event.result.size() > 9);
    }
};

ATTEST_REGISTER_TEST(TestAccessLogParse, "auditlogparse")
#include "tst_auditlogparse.moc"
