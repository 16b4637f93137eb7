#include "testregistry.h"

#include "connectors/demo/demoorganisation.h"
#include "connectors/demo/ldifwriter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace attest;

namespace {

const Timestamp kAsOf = QDateTime(QDate(2026, 11, 22), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();

DemoParameters parameters(int identities, quint64 seed = 20260101)
{
    DemoParameters p;
    p.identities = identities;
    p.seed = seed;
    p.asOf = kAsOf;
    return p;
}

std::optional<DemoOrganisation> generate(const DemoParameters& p)
{
    QString error;
    auto organisation = DemoGenerator(p).generate({}, &error);
    if (!organisation)
        qWarning("%s", qPrintable(error));
    return organisation;
}

// Everything the generator produces, as text, so two organisations compare byte for byte.
QByteArray fingerprint(const DemoOrganisation& o)
{
    QByteArray out;
    const auto add = [&out](const QString& s) { out += s.toUtf8() + '\x1f'; };
    const auto num = [&out](qint64 n) { out += QByteArray::number(n) + '\x1f'; };
    for (const SnapshotData& s : o.snapshots) {
        add(s.info.label);
        add(s.info.sourceName);
        num(s.info.takenAt);
        for (const Identity& i : s.identities) {
            for (const QString* f : {&i.key, &i.displayName, &i.givenName, &i.surname, &i.email, &i.department,
                                     &i.title, &i.managerKey, &i.employeeType, &i.location})
                add(*f);
            num(int(i.status));
            num(i.hired);
            num(i.left);
        }
        for (const Account& a : s.accounts) {
            for (const QString* f : {&a.key, &a.login, &a.dn, &a.displayName, &a.email, &a.description, &a.identityKey})
                add(*f);
            for (qint64 n : {qint64(a.kind), qint64(a.enabled), qint64(a.locked), qint64(a.mustChangePassword),
                             qint64(a.failedLogons), a.lockedSince, a.lastLogon, a.passwordChanged, a.created})
                num(n);
        }
        for (const Entitlement& e : s.entitlements) {
            for (const QString* f : {&e.key, &e.name, &e.dn, &e.description, &e.application, &e.ownerKey})
                add(*f);
            num(int(e.kind));
            num(e.privilegedTag);
        }
        for (const Membership& m : s.memberships) {
            num(m.entitlement);
            num(m.member);
            num(int(m.memberKind));
        }
    }
    for (const AuditEvent& e : o.auditEvents) {
        num(e.time);
        for (const QString* f : {&e.actor, &e.action, &e.target, &e.result, &e.details})
            add(*f);
    }
    return out;
}

const Entitlement* findEntitlement(const SnapshotData& s, const QString& name, quint32* index = nullptr)
{
    for (std::size_t i = 0; i < s.entitlements.size(); ++i) {
        if (s.entitlements[i].name == name) {
            if (index)
                *index = quint32(i);
            return &s.entitlements[i];
        }
    }
    return nullptr;
}

// Group-in-group edges: nested[member] lists the groups the member belongs to.
std::vector<std::vector<quint32>> nestingGraph(const SnapshotData& s)
{
    std::vector<std::vector<quint32>> parents(s.entitlements.size());
    for (const Membership& m : s.memberships) {
        if (m.memberKind == MemberKind::Entitlement)
            parents[m.member].push_back(m.entitlement);
    }
    return parents;
}

// The entitlements reachable from start by nesting (not including start unless on a cycle).
std::vector<bool> reachable(const std::vector<std::vector<quint32>>& graph, quint32 start)
{
    std::vector<bool> seen(graph.size(), false);
    std::vector<quint32> stack(graph[start].begin(), graph[start].end());
    while (!stack.empty()) {
        const quint32 v = stack.back();
        stack.pop_back();
        if (seen[v])
            continue;
        seen[v] = true;
        stack.insert(stack.end(), graph[v].begin(), graph[v].end());
    }
    return seen;
}

// Longest simple nesting path (in edges) found by an iterative DFS that keeps the path on a stack.
int longestNestingPath(const std::vector<std::vector<quint32>>& graph)
{
    int longest = 0;
    std::vector<bool> onPath(graph.size(), false);
    for (quint32 start = 0; start < graph.size(); ++start) {
        std::vector<std::pair<quint32, std::size_t>> path{{start, 0}};
        onPath[start] = true;
        while (!path.empty()) {
            auto& [node, next] = path.back();
            if (next < graph[node].size()) {
                const quint32 child = graph[node][next++];
                if (!onPath[child]) {
                    onPath[child] = true;
                    path.emplace_back(child, 0);
                    longest = std::max(longest, int(path.size()) - 1);
                }
            } else {
                onPath[node] = false;
                path.pop_back();
            }
        }
    }
    return longest;
}

// Accounts that hold a protected group directly or through nesting.
int privilegedAccountCount(const SnapshotData& s)
{
    const auto graph = nestingGraph(s);
    std::vector<bool> privileged(s.entitlements.size(), false);
    for (const char* name : {"Domain Admins", "Enterprise Admins", "Schema Admins", "Administrators",
                             "Account Operators", "Server Operators", "Backup Operators", "Print Operators"}) {
        quint32 index = 0;
        if (findEntitlement(s, QString::fromLatin1(name), &index))
            privileged[index] = true;
    }
    for (std::size_t e = 0; e < s.entitlements.size(); ++e) {
        if (s.entitlements[e].privilegedTag)
            privileged[e] = true;
    }
    std::vector<bool> grantsPrivilege(s.entitlements.size(), false);
    for (quint32 e = 0; e < s.entitlements.size(); ++e) {
        const auto reach = reachable(graph, e);
        grantsPrivilege[e] = privileged[e];
        for (std::size_t t = 0; t < reach.size() && !grantsPrivilege[e]; ++t)
            grantsPrivilege[e] = reach[t] && privileged[t];
    }
    std::vector<bool> account(s.accounts.size(), false);
    for (const Membership& m : s.memberships) {
        if (m.memberKind == MemberKind::Account && grantsPrivilege[m.entitlement])
            account[m.member] = true;
    }
    return int(std::count(account.begin(), account.end(), true));
}

QByteArray unfold(QByteArray ldif)
{
    return ldif.replace("\n ", "");
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private:
    std::optional<DemoOrganisation> m_org;
    const SnapshotData& now() const { return m_org->snapshots.back(); }

private Q_SLOTS:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        m_org = generate(parameters(2000));
        QVERIFY(m_org);
        qInfo("2,000 identities generated in %lld ms", timer.elapsed());
        for (const SnapshotData& s : m_org->snapshots) {
            qInfo("%s: %lld identities, %lld accounts, %lld entitlements, %lld memberships, %d privileged accounts",
                  qPrintable(s.info.label), s.info.identityCount, s.info.accountCount, s.info.entitlementCount,
                  s.info.membershipCount, privilegedAccountCount(s));
        }
        qInfo("%zu audit events", m_org->auditEvents.size());
    }

    void invalidParametersAreRejected_data()
    {
        QTest::addColumn<int>("identities");
        QTest::addColumn<bool>("valid");
        QTest::newRow("zero") << 0 << false;
        QTest::newRow("negative") << -5 << false;
        QTest::newRow("too many") << 1000001 << false;
        QTest::newRow("one") << 1 << true;
        QTest::newRow("default") << 2000 << true;
        QTest::newRow("maximum") << 1000000 << true;
    }

    void invalidParametersAreRejected()
    {
        QFETCH(int, identities);
        QFETCH(bool, valid);
        QString error;
        QCOMPARE(DemoGenerator::validateParameters(parameters(identities), &error), valid);
        if (!valid) {
            QVERIFY(error.contains(QString::number(identities)));
            QVERIFY(error.contains(QStringLiteral("1,000,000")));
            QVERIFY(!DemoGenerator(parameters(identities)).generate({}, &error));
        }
    }

    void badBaseDnIsRejected()
    {
        DemoParameters p = parameters(10);
        p.baseDn = QStringLiteral("example.com");
        QString error;
        QVERIFY(!DemoGenerator::validateParameters(p, &error));
        QVERIFY(error.contains(QStringLiteral("example.com")));
    }

    void cancellingStops()
    {
        QString error;
        const auto result = DemoGenerator(parameters(50))
                                .generate([](qint64 done, qint64, const QString&) { return done < 2; }, &error);
        QVERIFY(!result);
        QVERIFY(!error.isEmpty());
    }

    void sameParametersGiveTheSameOrganisation()
    {
        const auto a = generate(parameters(700));
        const auto b = generate(parameters(700));
        QVERIFY(a && b);
        QCOMPARE(fingerprint(*a), fingerprint(*b));
        const auto c = generate(parameters(700, 42));
        QVERIFY(c);
        QVERIFY(fingerprint(*a) != fingerprint(*c));
    }

    // The same parameters must give the same bytes on every platform and compiler. When the
    // generator changes on purpose, update the digest (the failure message prints the new one).
    void outputIsPinnedAcrossPlatforms()
    {
        const auto o = generate(parameters(300));
        QVERIFY(o);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(fingerprint(*o));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(LdifWriter(QStringLiteral("dc=example,dc=com")).write(o->snapshots.back(), &buffer, &error),
                 qPrintable(error));
        hash.addData(buffer.data());
        const QByteArray digest = hash.result().toHex();
        QVERIFY2(digest == QByteArrayLiteral("7519ae82b7678688df6bc1f4b76f09cad696fb75fc555ca23405a6ffabe9841a"),
                 digest.constData());
    }

    void asOfDefaultsToTodayAtMidnightUtc()
    {
        DemoParameters p = parameters(5);
        p.asOf = kNoTime;
        const QDate before = QDateTime::currentDateTimeUtc().date();
        const auto o = generate(p);
        const QDate after = QDateTime::currentDateTimeUtc().date();
        QVERIFY(o);
        const QDateTime takenAt = toDateTime(o->snapshots.back().info.takenAt);
        QVERIFY(takenAt.date() == before || takenAt.date() == after);
        QCOMPARE(takenAt.time(), QTime(0, 0));
        QCOMPARE(o->snapshots.front().info.takenAt, o->snapshots.back().info.takenAt - 273 * kMsPerDay);
    }

    void smallOrganisationsWork_data()
    {
        QTest::addColumn<int>("identities");
        for (int n : {1, 2, 3, 7, 13, 40, 120})
            QTest::addRow("%d", n) << n;
    }

    void smallOrganisationsWork()
    {
        QFETCH(int, identities);
        const auto o = generate(parameters(identities));
        QVERIFY(o);
        QCOMPARE(o->snapshots.size(), std::size_t(4));
        QCOMPARE(int(o->snapshots.back().identities.size()), identities);
        for (const SnapshotData& s : o->snapshots) {
            QString error;
            QVERIFY2(s.validate(&error), qPrintable(error));
        }
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(LdifWriter(QStringLiteral("dc=example,dc=com")).write(o->snapshots.back(), &buffer, &error),
                 qPrintable(error));
    }

    void identitiesAreExactAndUnique()
    {
        QCOMPARE(int(now().identities.size()), 2000);
        QSet<QString> keys, logins, accountKeys, entitlementKeys;
        for (const Identity& i : now().identities)
            keys.insert(i.key);
        QCOMPARE(keys.size(), 2000);
        for (const Account& a : now().accounts) {
            logins.insert(a.login);
            accountKeys.insert(a.key);
            QVERIFY(!a.dn.isEmpty());
            QCOMPARE(a.key, a.dn);
        }
        QCOMPARE(std::size_t(logins.size()), now().accounts.size());
        QCOMPARE(std::size_t(accountKeys.size()), now().accounts.size());
        for (const Entitlement& e : now().entitlements)
            entitlementKeys.insert(e.key);
        QCOMPARE(std::size_t(entitlementKeys.size()), now().entitlements.size());
    }

    void namesIncludeNonAscii()
    {
        int nonAscii = 0;
        for (const Identity& i : now().identities) {
            const bool ascii =
                std::all_of(i.displayName.begin(), i.displayName.end(), [](QChar c) { return c.unicode() < 0x80; });
            nonAscii += ascii ? 0 : 1;
            QVERIFY2(std::all_of(i.email.begin(), i.email.end(), [](QChar c) { return c.unicode() < 0x80; }),
                     qPrintable(i.email));
        }
        QVERIFY(nonAscii > 100);
    }

    void departmentsAndHierarchy()
    {
        QHash<QString, const Identity*> byKey;
        QSet<QString> departments;
        for (const Identity& i : now().identities) {
            byKey.insert(i.key, &i);
            departments.insert(i.department);
        }
        QVERIFY(departments.size() >= 12);
        int tops = 0;
        for (const Identity& i : now().identities) {
            if (i.managerKey.isEmpty()) {
                ++tops;
                continue;
            }
            QVERIFY2(byKey.contains(i.managerKey), qPrintable(i.key));
            // No cycle: the chain reaches the top within a few steps.
            const Identity* p = &i;
            int steps = 0;
            while (!p->managerKey.isEmpty() && steps < 20) {
                p = byKey.value(p->managerKey);
                ++steps;
            }
            QVERIFY(p->managerKey.isEmpty());
            const Identity* manager = byKey.value(i.managerKey);
            QVERIFY(manager->department == i.department || manager->managerKey.isEmpty());
        }
        QCOMPARE(tops, 1);
    }

    void staleAndNeverLoggedOnAccounts()
    {
        int users = 0, stale = 0, neverOld = 0, neverRecent = 0;
        const Timestamp cutoff = kAsOf - 90 * kMsPerDay;
        for (const Account& a : now().accounts) {
            if (a.kind != AccountKind::User)
                continue;
            ++users;
            if (hasTime(a.lastLogon) && a.lastLogon < cutoff)
                ++stale;
            if (!hasTime(a.lastLogon))
                (a.created < cutoff ? neverOld : neverRecent) += 1;
        }
        const double share = double(stale) / users;
        QVERIFY2(share > 0.04 && share < 0.11, qPrintable(QString::number(share)));
        QVERIFY(neverOld >= 1);
        QVERIFY(double(neverOld) / users < 0.05);
        QVERIFY(neverRecent >= 1);
    }

    void leaversLockedAndPasswords()
    {
        QHash<QString, const Identity*> byKey;
        for (const Identity& i : now().identities)
            byKey.insert(i.key, &i);
        int leavers = 0, enabledLeavers = 0, locked = 0, mustChange = 0, oldPasswords = 0, onLeave = 0;
        for (const Identity& i : now().identities) {
            leavers += i.status == IdentityStatus::Left;
            onLeave += i.status == IdentityStatus::OnLeave;
            if (i.status == IdentityStatus::Left)
                QVERIFY(hasTime(i.left) && i.left <= kAsOf);
        }
        for (const Account& a : now().accounts) {
            const Identity* owner = byKey.value(a.identityKey);
            if (a.kind == AccountKind::User && owner && owner->status == IdentityStatus::Left && a.enabled)
                ++enabledLeavers;
            if (a.locked) {
                ++locked;
                QVERIFY(hasTime(a.lockedSince) && a.lockedSince <= kAsOf);
                QVERIFY(a.failedLogons > 0);
            }
            mustChange += a.mustChangePassword;
            if (hasTime(a.passwordChanged) && a.passwordChanged < kAsOf - 365 * kMsPerDay)
                ++oldPasswords;
        }
        QVERIFY(leavers >= 10 && leavers <= 40);
        QVERIFY(enabledLeavers >= 3);
        QVERIFY(enabledLeavers < leavers);
        QVERIFY(locked >= 3);
        QVERIFY(mustChange >= 3);
        QVERIFY(oldPasswords >= 20);
        QVERIFY(onLeave >= 5);
    }

    void serviceAndAdminAccounts()
    {
        int ownerless = 0, owned = 0, admins = 0;
        for (const Account& a : now().accounts) {
            if (a.kind == AccountKind::Service) {
                (a.identityKey.isEmpty() ? ownerless : owned) += 1;
                QVERIFY(a.dn.contains(QStringLiteral(",ou=Service Accounts,")));
            } else if (a.kind == AccountKind::Admin) {
                ++admins;
                QVERIFY(a.login.startsWith(QStringLiteral("adm-")));
                QVERIFY(a.dn.contains(QStringLiteral(",ou=Admins,")));
            }
        }
        QVERIFY(ownerless >= 3);
        QVERIFY(owned >= 10);
        QVERIFY(admins >= 5 && admins <= 60);
    }

    void protectedGroupsAreSmall()
    {
        for (const char* name : {"Domain Admins", "Enterprise Admins", "Schema Admins", "Administrators",
                                 "Account Operators", "Server Operators", "Backup Operators", "Print Operators"}) {
            quint32 index = 0;
            QVERIFY2(findEntitlement(now(), QString::fromLatin1(name), &index), name);
            const auto members = std::count_if(now().memberships.begin(), now().memberships.end(),
                                               [&](const Membership& m) { return m.entitlement == index; });
            QVERIFY2(members >= 1 && members <= 12, name);
        }
        // Someone from Marketing sits directly in Domain Admins.
        quint32 domainAdmins = 0;
        findEntitlement(now(), QStringLiteral("Domain Admins"), &domainAdmins);
        QHash<QString, QString> department;
        for (const Identity& i : now().identities)
            department.insert(i.key, i.department);
        bool marketing = false;
        for (const Membership& m : now().memberships) {
            if (m.entitlement == domainAdmins && m.memberKind == MemberKind::Account)
                marketing |= department.value(now().accounts[m.member].identityKey) == QLatin1String("Marketing");
        }
        QVERIFY(marketing);
        int tagged = 0;
        for (const Entitlement& e : now().entitlements)
            tagged += e.privilegedTag;
        QCOMPARE(tagged, 2);
        QVERIFY(findEntitlement(now(), QStringLiteral("AWS Production Admins"))->privilegedTag);
    }

    void exactlyOneNestingCycleAndDepthFour()
    {
        const auto graph = nestingGraph(now());
        // Entitlements on a cycle reach themselves; a single cycle of two groups has two.
        std::vector<quint32> onCycle;
        for (quint32 e = 0; e < graph.size(); ++e) {
            if (reachable(graph, e)[e])
                onCycle.push_back(e);
        }
        QCOMPARE(onCycle.size(), std::size_t(2));
        QSet<QString> names{now().entitlements[onCycle[0]].name, now().entitlements[onCycle[1]].name};
        QCOMPARE(names, (QSet<QString>{QStringLiteral("Jira Users"), QStringLiteral("Confluence Users")}));
        QCOMPARE(longestNestingPath(graph), 4);
    }

    void rolesAndOwners()
    {
        int roles = 0, ownerless = 0, nestedRoles = 0;
        for (const Entitlement& e : now().entitlements) {
            roles += e.kind == EntitlementKind::Role;
            ownerless += e.ownerKey.isEmpty();
            if (e.kind == EntitlementKind::Role)
                QVERIFY(e.dn.contains(QStringLiteral(",ou=Roles,")));
        }
        for (const Membership& m : now().memberships) {
            if (m.memberKind == MemberKind::Entitlement && now().entitlements[m.member].kind == EntitlementKind::Role)
                ++nestedRoles;
        }
        QVERIFY(roles >= 20);
        QVERIFY(nestedRoles >= roles);
        QVERIFY(ownerless >= 5);
        QVERIFY(ownerless < int(now().entitlements.size()) / 3);
        // Empty and single-member groups exist for the hygiene views.
        std::vector<int> members(now().entitlements.size(), 0);
        for (const Membership& m : now().memberships)
            ++members[m.entitlement];
        QVERIFY(std::count(members.begin(), members.end(), 0) >= 3);
        QVERIFY(std::count(members.begin(), members.end(), 1) >= 2);
    }

    void snapshotsGrowQuarterByQuarter()
    {
        const auto& snapshots = m_org->snapshots;
        QCOMPARE(snapshots.size(), std::size_t(4));
        QCOMPARE(snapshots.back().info.takenAt, kAsOf);
        QSet<QString> labels;
        QHash<QString, int> lastKeys;
        for (std::size_t i = 0; i < now().accounts.size(); ++i)
            lastKeys.insert(now().accounts[i].key, int(i));
        int previousPrivileged = 0;
        for (std::size_t k = 0; k < snapshots.size(); ++k) {
            const SnapshotData& s = snapshots[k];
            QString error;
            QVERIFY2(s.validate(&error), qPrintable(error));
            QVERIFY(QRegularExpression(QStringLiteral("^\\d{4} Q[1-4]")).match(s.info.label).hasMatch());
            labels.insert(s.info.label);
            QCOMPARE(s.info.sourceName, parameters(1).sourceName);
            QCOMPARE(s.info.membershipCount, qint64(s.memberships.size()));
            QCOMPARE(s.info.accountCount, qint64(s.accounts.size()));
            for (const Account& a : s.accounts) {
                QVERIFY(lastKeys.contains(a.key));
                QVERIFY(a.created <= s.info.takenAt);
                QVERIFY(!hasTime(a.lastLogon) || a.lastLogon <= s.info.takenAt);
                QVERIFY(!hasTime(a.passwordChanged) || a.passwordChanged <= s.info.takenAt);
                QVERIFY(!hasTime(a.lastLogon) || a.lastLogon >= a.created);
            }
            for (const Identity& i : s.identities)
                QVERIFY(i.hired <= s.info.takenAt && (!hasTime(i.left) || i.left <= s.info.takenAt));
            const int privileged = privilegedAccountCount(s);
            if (k > 0) {
                const SnapshotData& previous = snapshots[k - 1];
                QVERIFY(previous.info.takenAt < s.info.takenAt);
                QVERIFY(previous.info.identityCount < s.info.identityCount);
                QVERIFY(previous.info.membershipCount < s.info.membershipCount);
                QVERIFY(previousPrivileged <= privileged);
                QCOMPARE(previous.entitlements.size(), s.entitlements.size());
            }
            previousPrivileged = privileged;
        }
        QCOMPARE(labels.size(), 4);
        QVERIFY(privilegedAccountCount(snapshots.front()) < privilegedAccountCount(snapshots.back()));
        // About ten direct memberships per account.
        const double perAccount = double(now().memberships.size()) / double(now().accounts.size());
        QVERIFY2(perAccount > 8 && perAccount < 14, qPrintable(QString::number(perAccount)));
    }

    void auditEvents()
    {
        const auto& events = m_org->auditEvents;
        QVERIFY(events.size() > 5000 && events.size() <= 50000);
        const QSet<QString> actions{
            QStringLiteral("logon"),          QStringLiteral("password change"),  QStringLiteral("password reset"),
            QStringLiteral("account locked"), QStringLiteral("account unlocked"), QStringLiteral("member added"),
            QStringLiteral("member removed"), QStringLiteral("account disabled")};
        QHash<QString, const Account*> byDn;
        for (const Account& a : now().accounts)
            byDn.insert(a.dn, &a);
        QSet<QString> seen;
        for (std::size_t i = 0; i < events.size(); ++i) {
            const AuditEvent& e = events[i];
            QVERIFY(e.time <= kAsOf && e.time >= kAsOf - 91 * kMsPerDay);
            QVERIFY(i == 0 || events[i - 1].time <= e.time);
            QVERIFY2(actions.contains(e.action), qPrintable(e.action));
            QVERIFY(e.result == QLatin1String("success") || e.result.startsWith(QLatin1String("failure: ")));
            QVERIFY(!e.actor.isEmpty() && !e.target.isEmpty());
            QCOMPARE(e.origin, AuditOrigin::Directory);
            seen.insert(e.action);
            // A successful logon never contradicts the account's last logon time.
            if (e.action == QLatin1String("logon") && e.result == QLatin1String("success")) {
                const Account* a = byDn.value(e.target);
                QVERIFY(a && hasTime(a->lastLogon) && e.time <= a->lastLogon && e.time >= a->created);
            }
            if (e.action.startsWith(QLatin1String("password "))) {
                const Account* a = byDn.value(e.target);
                QVERIFY(a && a->passwordChanged == e.time);
            }
        }
        QCOMPARE(seen, actions);
    }

    void ldifForTheOrganisation()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY2(LdifWriter(QStringLiteral("dc=example,dc=com")).write(now(), &buffer, &error), qPrintable(error));
        const QByteArray ldif = buffer.data();
        QVERIFY(ldif.startsWith("dn: dc=example,dc=com\n"));
        for (const QByteArray& line : ldif.split('\n'))
            QVERIFY2(line.size() <= 76, line.constData());
        const QByteArray body = unfold(ldif);
        int count = 0, withMemberOf = 0, accounts = 0;
        bool nonAsciiRoundTrip = false;
        qsizetype at = 0;
        while (at < body.size()) {
            qsizetype end = body.indexOf("\n\n", at);
            if (end < 0)
                end = body.size();
            const QByteArray entry = body.mid(at, end - at);
            at = end + 2;
            if (entry.trimmed().isEmpty())
                continue;
            ++count;
            QVERIFY2(entry.contains("\nobjectClass: "), entry.constData());
            if (entry.contains("objectClass: inetOrgPerson")) {
                ++accounts;
                withMemberOf += entry.contains("\nmemberOf: ");
                QVERIFY(entry.contains("\nuserPassword: {SSHA}"));
                QVERIFY(entry.contains("\nsn"));
            }
            for (const QByteArray& line : entry.split('\n')) {
                if (line.startsWith("displayName:: ")) {
                    const QString value = QString::fromUtf8(QByteArray::fromBase64(line.mid(14)));
                    nonAsciiRoundTrip |=
                        std::any_of(value.begin(), value.end(), [](QChar c) { return c.unicode() >= 0x80; });
                }
                if (line.startsWith("displayName: ") || line.startsWith("cn: ") || line.startsWith("sn: "))
                    QVERIFY(std::all_of(line.begin(), line.end(), [](char c) { return uchar(c) < 0x80; }));
            }
        }
        QCOMPARE(count,
                 int(1 + LdifWriter::organisationalUnits().size() + now().accounts.size() + now().entitlements.size()));
        QCOMPARE(accounts, int(now().accounts.size()));
        QCOMPARE(withMemberOf, accounts);
        QVERIFY(nonAsciiRoundTrip);
        QVERIFY(body.contains("\nmember:\n")); // the empty groups
        QVERIFY(body.contains("pwdAccountLockedTime: 000001010000Z"));
        QVERIFY(body.contains("\npwdReset: TRUE"));
        // A nested group lists the group it is nested in.
        const qsizetype team = body.indexOf("dn: cn=Platform Team,ou=Groups,dc=example,dc=com\n");
        QVERIFY(team >= 0);
        const QByteArray teamEntry = body.mid(team, body.indexOf("\n\n", team) - team);
        QVERIFY(teamEntry.contains("\nmemberOf: cn=Engineering,ou=Groups,dc=example,dc=com"));
    }

    void ldifEncodingRules()
    {
        SnapshotData s;
        Identity id;
        id.key = QStringLiteral("1");
        id.givenName = QStringLiteral("Zoë");
        id.surname = QStringLiteral("Ødegård");
        id.displayName = QStringLiteral("Zoë Ødegård");
        s.identities.push_back(id);
        Account a;
        a.login = QStringLiteral("zoe.odegard");
        a.key = a.dn = QStringLiteral("uid=zoe.odegard,ou=People,dc=example,dc=com");
        a.displayName = id.displayName;
        a.identityKey = id.key;
        a.description = QStringLiteral(" leading space");
        s.accounts.push_back(a);
        Entitlement e;
        e.name = QStringLiteral("Empty");
        e.key = e.dn = QStringLiteral("cn=Empty,ou=Groups,dc=example,dc=com");
        e.description = QString(200, u'x');
        s.entitlements.push_back(e);
        Entitlement colon = e;
        colon.name = QStringLiteral("Colon");
        colon.key = colon.dn = QStringLiteral("cn=Colon,ou=Groups,dc=example,dc=com");
        colon.description = QStringLiteral(":starts with a colon");
        s.entitlements.push_back(colon);
        Entitlement unnamed; // no DN: the writer makes one, escaping the comma
        unnamed.name = QStringLiteral("Sales, EMEA");
        unnamed.key = QStringLiteral("sales-emea");
        s.entitlements.push_back(unnamed);
        s.memberships.push_back({1, 0, MemberKind::Account});
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        LdifWriter writer(QStringLiteral("dc=example,dc=com"));
        writer.setVersionLine(true);
        QVERIFY2(writer.write(s, &buffer, &error), qPrintable(error));
        const QByteArray ldif = buffer.data();
        QVERIFY(ldif.startsWith("version: 1\ndn: dc=example,dc=com\n"));
        const QByteArray flat = unfold(ldif);
        QVERIFY(flat.contains("\ndisplayName:: " + QStringLiteral("Zoë Ødegård").toUtf8().toBase64() + '\n'));
        QVERIFY(flat.contains("\nsn:: " + QStringLiteral("Ødegård").toUtf8().toBase64() + '\n'));
        QVERIFY(flat.contains("\ndescription:: " + QByteArray(" leading space").toBase64() + '\n'));
        QVERIFY(flat.contains("\ndescription:: " + QByteArray(":starts with a colon").toBase64() + '\n'));
        QVERIFY(flat.contains("\ndescription: " + QByteArray(200, 'x') + '\n'));
        QVERIFY(ldif.contains("\n " + QByteArray(75, 'x')));
        QVERIFY(
            flat.contains("dn: cn=Empty,ou=Groups,dc=example,dc=com\nobjectClass: top\nobjectClass: groupOfNames\ncn: "
                          "Empty\nmember:\n"));
        QVERIFY(flat.contains("\nmemberOf: cn=Colon,ou=Groups,dc=example,dc=com\n"));
        QVERIFY(flat.contains("\ndn: cn=Sales\\, EMEA,ou=Groups,dc=example,dc=com\n"));
        // {SSHA}: SHA-1 of password and salt, then the salt.
        const qsizetype p = flat.indexOf("userPassword: {SSHA}");
        const QByteArray decoded = QByteArray::fromBase64(flat.mid(p + 20, flat.indexOf('\n', p) - p - 20));
        QCOMPARE(decoded.size(), 28);
        const QByteArray salt = decoded.mid(20);
        QCOMPARE(decoded.left(20),
                 QCryptographicHash::hash(LdifWriter::demoPassword().toUtf8() + salt, QCryptographicHash::Sha1));
    }
};

ATTEST_REGISTER_TEST(TestDemo, "demo")

#include "tst_demo.moc"
