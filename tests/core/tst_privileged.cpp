#include "testregistry.h"

#include "domain/privilegedpolicy.h"
#include "graph/accessgraph.h"

#include <QTest>

using namespace attest;

namespace {

Entitlement entitlement(const QString& name, EntitlementKind kind = EntitlementKind::Group, const QString& dn = {})
{
    Entitlement e;
    e.key = name;
    e.name = name;
    e.dn = dn;
    e.kind = kind;
    return e;
}

} // namespace

class TestPrivileged final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void protectedGroupNames()
    {
        const QStringList names = PrivilegedPolicy::protectedGroupNames();
        QCOMPARE(names.size(), 8);
        QVERIFY(names.contains(QStringLiteral("Domain Admins")));
        QVERIFY(names.contains(QStringLiteral("Print Operators")));
    }

    void protectedGroups_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("dn");
        QTest::addColumn<QString>("canonical"); // empty: not privileged

        for (const QString& name : PrivilegedPolicy::protectedGroupNames())
            QTest::newRow(qPrintable(name)) << name << QString() << name;
        QTest::newRow("lower case") << QStringLiteral("domain admins") << QString() << QStringLiteral("Domain Admins");
        QTest::newRow("upper case, spaces")
            << QStringLiteral("  ENTERPRISE   ADMINS ") << QString() << QStringLiteral("Enterprise Admins");
        QTest::newRow("BUILTIN prefix") << QStringLiteral("BUILTIN\\Administrators") << QString()
                                        << QStringLiteral("Administrators");
        QTest::newRow("domain prefix") << QStringLiteral("CORP\\Schema Admins") << QString()
                                       << QStringLiteral("Schema Admins");
        QTest::newRow("cn of the DN") << QStringLiteral("Domain administrators (legacy display name)")
                                      << QStringLiteral("CN=Domain Admins,CN=Users,DC=corp,DC=example")
                                      << QStringLiteral("Domain Admins");
        QTest::newRow("lower-case cn") << QStringLiteral("x")
                                       << QStringLiteral("cn=backup operators,cn=Builtin,dc=corp")
                                       << QStringLiteral("Backup Operators");
        QTest::newRow("longer name") << QStringLiteral("Domain Admins Backup") << QString() << QString();
        QTest::newRow("app admins group") << QStringLiteral("GitLab Admins") << QString() << QString();
        QTest::newRow("admin group") << QStringLiteral("Admins") << QString() << QString();
        QTest::newRow("operators") << QStringLiteral("Operators") << QString() << QString();
        QTest::newRow("protected name deeper in the DN")
            << QStringLiteral("Helpdesk") << QStringLiteral("CN=Helpdesk,CN=Domain Admins,DC=corp") << QString();
        QTest::newRow("escaped comma in cn")
            << QStringLiteral("x") << QStringLiteral("CN=Print Operators\\, old,DC=corp") << QString();
    }

    void protectedGroups()
    {
        QFETCH(QString, name);
        QFETCH(QString, dn);
        QFETCH(QString, canonical);
        const PrivilegedPolicy policy;
        const auto match = policy.match(entitlement(name, EntitlementKind::Group, dn));
        QCOMPARE(match.privileged, !canonical.isEmpty());
        if (canonical.isEmpty()) {
            QVERIFY(match.reason.isEmpty());
        } else {
            QCOMPARE(match.reason, QStringLiteral("Active Directory protected group “%1”").arg(canonical));
            // The same name as a role is just as privileged.
            QVERIFY(policy.match(entitlement(name, EntitlementKind::Role, dn)).privileged);
        }
    }

    void adminRoles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("privileged");
        QTest::newRow("Cloud Administrator") << QStringLiteral("Cloud Administrator") << true;
        QTest::newRow("Global Admin") << QStringLiteral("Global Admin") << true;
        QTest::newRow("admin alone") << QStringLiteral("admin") << true;
        QTest::newRow("Admins") << QStringLiteral("Admins") << true;
        QTest::newRow("administrators in the middle") << QStringLiteral("ERP Administrators (EU)") << true;
        QTest::newRow("camel case suffix") << QStringLiteral("SecurityAdmin") << true;
        QTest::newRow("camel case plural") << QStringLiteral("BillingAdmins") << true;
        QTest::newRow("underscores") << QStringLiteral("global_admin") << true;
        QTest::newRow("hyphen") << QStringLiteral("db-admin-prod") << true;
        QTest::newRow("upper case") << QStringLiteral("TENANT ADMINISTRATOR") << true;
        // "Administrative" describes the job, not administrative power over a system.
        QTest::newRow("Administrative Assistant") << QStringLiteral("Administrative Assistant") << false;
        QTest::newRow("Administration reader") << QStringLiteral("Administration Reader") << false;
        QTest::newRow("Badminton") << QStringLiteral("Badminton Club") << false;
        QTest::newRow("lower-case suffix") << QStringLiteral("sysadminton") << false;
        QTest::newRow("Reader") << QStringLiteral("Reports Reader") << false;
    }

    void adminRoles()
    {
        QFETCH(QString, name);
        QFETCH(bool, privileged);
        const PrivilegedPolicy policy;
        const auto match = policy.match(entitlement(name, EntitlementKind::Role));
        QCOMPARE(match.privileged, privileged);
        if (privileged)
            QCOMPARE(match.reason, QStringLiteral("administrative role “%1”").arg(name));
        // Groups named like admins are not privileged by a built-in rule: too many false positives
        // ("GitLab Admins"); tags and patterns cover them.
        QVERIFY(!policy.match(entitlement(name, EntitlementKind::Group)).privileged);
    }

    void tag()
    {
        const PrivilegedPolicy policy;
        Entitlement e = entitlement(QStringLiteral("Payroll Approvers"));
        QVERIFY(!policy.match(e).privileged);
        e.privilegedTag = true;
        const auto match = policy.match(e);
        QVERIFY(match.privileged);
        QCOMPARE(match.reason, QStringLiteral("tagged privileged"));
    }

    void extraPatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("privileged");
        QTest::newRow("suffix") << QStringLiteral("*-admins") << QStringLiteral("ops-admins") << true;
        QTest::newRow("case") << QStringLiteral("*-admins") << QStringLiteral("OPS-Admins") << true;
        QTest::newRow("slash in name") << QStringLiteral("*-admins") << QStringLiteral("eu/ops-admins") << true;
        QTest::newRow("backslash in name") << QStringLiteral("*-admins") << QStringLiteral("CORP\\ops-admins") << true;
        QTest::newRow("anchored") << QStringLiteral("*-admins") << QStringLiteral("ops-admins-old") << false;
        QTest::newRow("singular") << QStringLiteral("*-admins") << QStringLiteral("ops-admin") << false;
        QTest::newRow("question mark") << QStringLiteral("sql-prod-?") << QStringLiteral("sql-prod-7") << true;
        QTest::newRow("question mark, one char")
            << QStringLiteral("sql-prod-?") << QStringLiteral("sql-prod-17") << false;
        QTest::newRow("regex characters literal")
            << QStringLiteral("db.(prod)+*") << QStringLiteral("db.(prod)+eu") << true;
        QTest::newRow("dot is not a wildcard")
            << QStringLiteral("db.(prod)+*") << QStringLiteral("dbx(prod)+eu") << false;
        QTest::newRow("whole name") << QStringLiteral("Firewall Managers") << QStringLiteral("firewall managers")
                                    << true;
    }

    void extraPatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, name);
        QFETCH(bool, privileged);
        PrivilegedPolicy policy;
        policy.setExtraPatterns({QStringLiteral("  "), pattern});
        QCOMPARE(policy.extraPatterns(), QStringList{pattern});
        const auto match = policy.match(entitlement(name));
        QCOMPARE(match.privileged, privileged);
        if (privileged)
            QCOMPARE(match.reason, QStringLiteral("matches privileged pattern “%1”").arg(pattern));
        policy.setExtraPatterns({});
        QVERIFY(!policy.match(entitlement(name)).privileged);
    }

    void mostSpecificReasonWins()
    {
        PrivilegedPolicy policy;
        policy.setExtraPatterns({QStringLiteral("*admin*")});
        Entitlement e = entitlement(QStringLiteral("Domain Admins"));
        e.privilegedTag = true;
        QCOMPARE(policy.match(e).reason, QStringLiteral("Active Directory protected group “Domain Admins”"));
        e.name = QStringLiteral("Cloud Admin");
        e.kind = EntitlementKind::Role;
        QCOMPARE(policy.match(e).reason, QStringLiteral("administrative role “Cloud Admin”"));
        e.kind = EntitlementKind::Group;
        QCOMPARE(policy.match(e).reason, QStringLiteral("matches privileged pattern “*admin*”"));
        e.name = QStringLiteral("Vault");
        QCOMPARE(policy.match(e).reason, QStringLiteral("tagged privileged"));
    }

    void accountsThroughNesting()
    {
        // alice ∈ Team ⊂ Ops ⊂ Infra ⊂ Domain Admins; bob ∈ Team2 ⊂ Ops2 (nothing privileged);
        // carol holds Domain Admins through Infra and a tagged group directly.
        SnapshotData data;
        for (const char* login : {"alice", "bob", "carol", "dave"}) {
            Account a;
            a.login = QString::fromLatin1(login);
            data.accounts.push_back(a);
        }
        enum : quint32
        {
            Team,
            Ops,
            Infra,
            DomainAdmins,
            Team2,
            Ops2,
            Vault,
            CloudRole,
            Reader
        };
        for (const char* name : {"Team", "Ops", "Infra", "Domain Admins", "Team2", "Ops2", "Vault"})
            data.entitlements.push_back(entitlement(QString::fromLatin1(name)));
        data.entitlements[Vault].privilegedTag = true;
        data.entitlements.push_back(entitlement(QStringLiteral("Cloud Administrator"), EntitlementKind::Role));
        data.entitlements.push_back(entitlement(QStringLiteral("Reader"), EntitlementKind::Role));
        const auto nest = [&data](quint32 parent, quint32 child) {
            data.memberships.push_back({parent, child, MemberKind::Entitlement});
        };
        const auto grant = [&data](quint32 e, quint32 account) {
            data.memberships.push_back({e, account, MemberKind::Account});
        };
        nest(Ops, Team);
        nest(Infra, Ops);
        nest(DomainAdmins, Infra);
        nest(Ops2, Team2);
        nest(Reader, Team2);
        grant(Team, 0);
        grant(Team2, 1);
        grant(Infra, 2);
        grant(Vault, 2);
        grant(Reader, 3);

        const auto graph = AccessGraph::build(data, PrivilegedPolicy());
        QVERIFY(graph->isPrivilegedEntitlement(DomainAdmins));
        QVERIFY(graph->isPrivilegedEntitlement(Vault));
        QVERIFY(graph->isPrivilegedEntitlement(CloudRole));
        QVERIFY(!graph->isPrivilegedEntitlement(Infra));
        QVERIFY(!graph->isPrivilegedEntitlement(Reader));
        QCOMPARE(graph->entitlementPrivilegeReason(Vault), QStringLiteral("tagged privileged"));
        QVERIFY(graph->entitlementPrivilegeReason(Ops).isEmpty());

        QVERIFY(graph->isPrivilegedAccount(0));
        const auto alice = graph->privilegeReason(0);
        QVERIFY(alice);
        QCOMPARE(alice->entitlement, quint32(DomainAdmins));
        QCOMPARE(alice->directVia, quint32(Team));
        QCOMPARE(alice->reason, QStringLiteral("Active Directory protected group “Domain Admins”"));
        QCOMPARE(graph->via({alice->entitlement, alice->directVia, 3}), (std::vector<quint32>{Team, Ops, Infra}));

        QVERIFY(!graph->isPrivilegedAccount(1));
        QVERIFY(!graph->privilegeReason(1));
        QVERIFY(!graph->isPrivilegedAccount(3));

        // carol: the direct tagged group beats Domain Admins one step away.
        const auto carol = graph->privilegeReason(2);
        QVERIFY(carol);
        QCOMPARE(carol->entitlement, quint32(Vault));
        QCOMPARE(carol->directVia, quint32(Vault));
        QCOMPARE(graph->privilegedAccountCount(), 2u);

        // Bundle the admin role into Ops2: bob becomes privileged two steps up.
        nest(CloudRole, Ops2);
        const auto after = AccessGraph::build(data, PrivilegedPolicy());
        QVERIFY(after->isPrivilegedAccount(1));
        QCOMPARE(after->privilegeReason(1)->entitlement, quint32(CloudRole));
        QCOMPARE(after->privilegeReason(1)->reason, QStringLiteral("administrative role “Cloud Administrator”"));
        QCOMPARE(after->privilegedAccountCount(), 3u);
    }

    void privilegeTieGoesToLowestEntitlement()
    {
        SnapshotData data;
        data.accounts.resize(1);
        data.entitlements = {entitlement(QStringLiteral("Team")), entitlement(QStringLiteral("Server Operators")),
                             entitlement(QStringLiteral("Backup Operators"))};
        data.memberships = {
            {2, 0, MemberKind::Entitlement}, {1, 0, MemberKind::Entitlement}, {0, 0, MemberKind::Account}};
        const auto graph = AccessGraph::build(data, PrivilegedPolicy());
        const auto reason = graph->privilegeReason(0);
        QVERIFY(reason);
        QCOMPARE(reason->entitlement, 1u);
        QCOMPARE(reason->directVia, 0u);
    }
};

ATTEST_REGISTER_TEST(TestPrivileged, "privileged")

#include "tst_privileged.moc"
