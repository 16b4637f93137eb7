#include "testregistry.h"

#include "connectors/ldap/generalizedtime.h"
#include "connectors/ldap/openldapprofile.h"

#include <QTest>

using namespace attest;

namespace {

LdapEntry entry(const QString& dn, const QList<QPair<QString, QByteArray>>& values)
{
    LdapEntry e;
    e.dn = dn;
    for (const auto& [name, value] : values)
        e.add(name.toUtf8(), value);
    return e;
}

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestLdapProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generalizedTime_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("iso");
        QTest::newRow("seconds Z") << QByteArray("20261122103000Z") << s("2026-11-22T10:30:00Z");
        QTest::newRow("fraction") << QByteArray("20261122103000.123456Z") << s("2026-11-22T10:30:00Z");
        QTest::newRow("minutes only") << QByteArray("202611221030Z") << s("2026-11-22T10:30:00Z");
        QTest::newRow("offset") << QByteArray("20261122123000+0200") << s("2026-11-22T10:30:00Z");
        QTest::newRow("negative offset") << QByteArray("20261122053000-05") << s("2026-11-22T10:30:00Z");
        QTest::newRow("disabled marker") << QByteArray("000001010000Z") << QString();
        QTest::newRow("no zone") << QByteArray("20261122103000") << QString();
        QTest::newRow("garbage") << QByteArray("yesterday") << QString();
        QTest::newRow("bad month") << QByteArray("20261322103000Z") << QString();
        QTest::newRow("trailing junk") << QByteArray("20261122103000Zx") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void generalizedTime()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, iso);
        QCOMPARE(toIsoString(parseGeneralizedTime(value)), iso);
    }

    void dnNormalisation()
    {
        QCOMPARE(OpenLdapProfile::normalizeDn(s("CN=Domain Admins, OU=Groups ,DC=Example,DC=com")),
                 s("cn=domain admins,ou=groups,dc=example,dc=com"));
        // An escaped comma stays part of the value.
        QCOMPARE(OpenLdapProfile::normalizeDn(s("cn=Doe\\, Jane,ou=People,dc=example,dc=com")),
                 s("cn=doe\\, jane,ou=people,dc=example,dc=com"));
        // The same DN as a server writes it back (hex escapes, UTF-8 bytes) compares equal.
        QCOMPARE(OpenLdapProfile::normalizeDn(s("cn=Doe\\2C Jane,ou=People,dc=example,dc=com")),
                 s("cn=doe\\, jane,ou=people,dc=example,dc=com"));
        QCOMPARE(OpenLdapProfile::normalizeDn(s("cn=Jos\\C3\\A9,ou=People,dc=example,dc=com")),
                 OpenLdapProfile::normalizeDn(QStringLiteral("cn=Jos\u00e9,ou=People,dc=example,dc=com")));
    }

    void peopleWithoutEmployeeNumbersAreStillPeople()
    {
        OpenLdapProfile profile;
        profile.addAccount(entry(s("uid=kim,ou=People,dc=example,dc=com"), {{s("uid"), "kim"}, {s("cn"), "Kim Lee"}}));
        profile.addAccount(entry(s("uid=app-crm,ou=People,dc=example,dc=com"), {{s("uid"), "app-crm"}}));
        profile.addAccount(entry(s("uid=backup,ou=System,dc=example,dc=com"), {{s("uid"), "backup"}}));
        const SnapshotData data = profile.finish(nullptr);
        QCOMPARE(data.identities.size(), std::size_t(1));
        QCOMPARE(data.identities[0].key, s("uid:kim"));
        QCOMPARE(data.accounts[0].kind, AccountKind::User);
        QCOMPARE(data.accounts[0].identityKey, s("uid:kim"));
        QCOMPARE(data.accounts[1].kind, AccountKind::Service); // by name
        QCOMPARE(data.accounts[2].kind, AccountKind::Service); // by OU
    }

    void mapsPeopleServiceAccountsGroupsAndState()
    {
        OpenLdapProfile profile;
        const QString base = s("dc=example,dc=com");
        profile.addAccount(entry(s("uid=boss,ou=People,dc=example,dc=com"),
                                 {{s("uid"), "boss"}, {s("cn"), "Bo Ss"}, {s("employeeNumber"), "E1"}}));
        profile.addAccount(
            entry(s("uid=zoe,ou=People,dc=example,dc=com"), {{s("uid"), "zoe"},
                                                             {s("cn"), "Zo\xc3\xab M\xc3\xbcller"},
                                                             {s("employeeNumber"), "E2"},
                                                             {s("departmentNumber"), "Engineering"},
                                                             {s("manager"), "UID=boss, ou=People, dc=example, dc=com"},
                                                             {s("pwdAccountLockedTime"), "20261120080000Z"},
                                                             {s("pwdFailureTime"), "20261120075800Z"},
                                                             {s("pwdFailureTime"), "20261120075900Z"},
                                                             {s("pwdReset"), "TRUE"},
                                                             {s("pwdLastSuccess"), "20261119090000Z"}}));
        profile.addAccount(
            entry(s("uid=adm-zoe,ou=Admins,dc=example,dc=com"), {{s("uid"), "adm-zoe"}, {s("employeeNumber"), "E2"}}));
        profile.addAccount(entry(s("uid=svc-backup,ou=Service Accounts,dc=example,dc=com"),
                                 {{s("uid"), "svc-backup"},
                                  {s("manager"), "uid=zoe,ou=People,dc=example,dc=com"},
                                  {s("pwdAccountLockedTime"), "000001010000Z"}}));
        profile.addAccount(entry(s("uid=orphan,ou=Service Accounts,dc=example,dc=com"), {{s("uid"), "orphan"}}));
        profile.addGroup(
            entry(s("cn=Admins,ou=Groups,dc=example,dc=com"), {{s("cn"), "Admins"},
                                                               {s("objectClass"), "groupOfNames"},
                                                               {s("member"), "cn=Ops,ou=Groups,dc=example,dc=com"},
                                                               {s("member"), "uid=gone,ou=People,dc=example,dc=com"},
                                                               {s("owner"), "uid=boss,ou=People,dc=example,dc=com"}}));
        profile.addGroup(entry(s("cn=Ops,ou=Groups,dc=example,dc=com"),
                               {{s("cn"), "Ops"},
                                {s("objectClass"), "groupOfUniqueNames"},
                                {s("uniqueMember"), "uid=zoe,ou=People,dc=example,dc=com#'0101'B"},
                                {s("businessCategory"), "privileged"}}));
        profile.addGroup(entry(s("cn=unix,ou=Groups,dc=example,dc=com"), {{s("cn"), "unix"},
                                                                          {s("objectClass"), "posixGroup"},
                                                                          {s("memberUid"), "svc-backup"},
                                                                          {s("memberUid"), "nobody"}}));
        profile.addGroup(entry(s("cn=Analyst,ou=Roles,dc=example,dc=com"),
                               {{s("cn"), "Analyst"}, {s("member"), ""}, {s("businessCategory"), "role"}}));
        Q_UNUSED(base);
        QStringList warnings;
        const SnapshotData data = profile.finish(&warnings);
        QString error;
        QVERIFY2(data.validate(&error), qPrintable(error));

        QCOMPARE(data.identities.size(), std::size_t(2));
        QCOMPARE(data.accounts.size(), std::size_t(5));
        const Identity& zoe = data.identities[1];
        QCOMPARE(zoe.key, s("E2"));
        QCOMPARE(zoe.displayName, s("Zo\xc3\xab M\xc3\xbcller"));
        QCOMPARE(zoe.managerKey, s("E1")); // resolved through a differently spelled DN
        QCOMPARE(zoe.department, s("Engineering"));

        const Account& zoeAccount = data.accounts[1];
        QVERIFY(zoeAccount.locked);
        QVERIFY(zoeAccount.enabled);
        QCOMPARE(zoeAccount.failedLogons, quint16(2));
        QVERIFY(zoeAccount.mustChangePassword);
        QCOMPARE(toIsoString(zoeAccount.lastLogon), s("2026-11-19T09:00:00Z"));
        QCOMPARE(data.accounts[2].kind, AccountKind::Admin);
        QCOMPARE(data.accounts[2].identityKey, s("E2"));
        const Account& service = data.accounts[3];
        QCOMPARE(service.kind, AccountKind::Service);
        QVERIFY(!service.enabled);
        QVERIFY(!service.locked);
        QCOMPARE(service.identityKey, s("E2")); // owned through its manager
        QVERIFY(data.accounts[4].identityKey.isEmpty());

        QCOMPARE(data.entitlements[0].ownerKey, s("E1"));
        QVERIFY(data.entitlements[1].privilegedTag);
        QCOMPARE(data.entitlements[3].kind, EntitlementKind::Role);
        const std::vector<Membership> expected{
            {0, 1, MemberKind::Entitlement}, {1, 1, MemberKind::Account}, {2, 3, MemberKind::Account}};
        QCOMPARE(data.memberships, expected);
        QCOMPARE(warnings.size(), 2); // one dangling DN, one unknown memberUid
    }
};

ATTEST_REGISTER_TEST(TestLdapProfile, "ldapprofile")
#include "tst_ldapprofile.moc"
