#include "testregistry.h"

#include "domain/personresolver.h"

#include <QTest>

using namespace attest;

namespace {

// Ten people called Priya (two of them Priya Müller), a Jordan with an admin account, and an
// orphan account that belongs to nobody.
struct People
{
    std::vector<Identity> identities;
    std::vector<Account> accounts;

    void add(const QString& key, const QString& given, const QString& surname, const QString& login,
             const QString& department)
    {
        Identity i;
        i.key = key;
        i.givenName = given;
        i.surname = surname;
        i.displayName = given + QLatin1Char(' ') + surname;
        i.email = login + QStringLiteral("@example.com");
        i.department = department;
        identities.push_back(i);
        Account a;
        a.key = QStringLiteral("uid=") + login;
        a.login = login;
        a.identityKey = key;
        accounts.push_back(a);
    }
};

People people()
{
    People p;
    for (int n = 1; n <= 8; ++n)
        p.add(QStringLiteral("E%1").arg(n), QStringLiteral("Priya"), QStringLiteral("Shah%1").arg(n),
              QStringLiteral("priya.shah%1").arg(n), QStringLiteral("Sales"));
    p.add(QStringLiteral("E9"), QStringLiteral("Priya"), QStringLiteral("Müller"), QStringLiteral("pmueller"),
          QStringLiteral("Finance"));
    p.add(QStringLiteral("E10"), QStringLiteral("Priya"), QStringLiteral("Müller"), QStringLiteral("pmuller2"),
          QStringLiteral("Security"));
    p.add(QStringLiteral("E11"), QStringLiteral("Jordan"), QStringLiteral("Lee"), QStringLiteral("jlee"),
          QStringLiteral("IT"));
    Account admin;
    admin.key = QStringLiteral("uid=adm-jlee");
    admin.login = QStringLiteral("adm-jlee");
    admin.kind = AccountKind::Admin;
    admin.identityKey = QStringLiteral("E11");
    p.accounts.insert(p.accounts.begin(), admin); // before the everyday account
    Account orphan;
    orphan.key = QStringLiteral("uid=svc-backup");
    orphan.login = QStringLiteral("svc-backup");
    p.accounts.push_back(orphan);
    return p;
}

} // namespace

// PersonResolver: what a user types for a person becomes one identity, or a refusal saying why.
class TestPersonResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvesOnePerson_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("key");
        QTest::newRow("identity key") << QStringLiteral("E9") << QStringLiteral("E9");
        QTest::newRow("login") << QStringLiteral("pmuller2") << QStringLiteral("E10");
        QTest::newRow("login, any case and spacing") << QStringLiteral("  PMueller ") << QStringLiteral("E9");
        QTest::newRow("admin account's login") << QStringLiteral("adm-jlee") << QStringLiteral("E11");
        QTest::newRow("mail, any case") << QStringLiteral("Priya.Shah3@EXAMPLE.com") << QStringLiteral("E3");
        QTest::newRow("unique full name") << QStringLiteral("jordan  lee") << QStringLiteral("E11");
        QTest::newRow("a full name among many of the same first name")
            << QStringLiteral("Priya Shah7") << QStringLiteral("E7");
    }
    void resolvesOnePerson()
    {
        QFETCH(QString, typed);
        QFETCH(QString, key);
        const People p = people();
        const PersonResolver resolver(p.identities, p.accounts);
        QString error;
        const quint32 found = resolver.resolve(typed, &error);
        QVERIFY2(found != PersonResolver::kNone, qPrintable(error));
        QCOMPARE(resolver.identity(found).key, key);
    }

    void aSharedFullNameListsTheCandidates()
    {
        const People p = people();
        const PersonResolver resolver(p.identities, p.accounts);
        QString error;
        QCOMPARE(resolver.resolve(QStringLiteral("Priya Müller"), &error), PersonResolver::kNone);
        QVERIFY2(error.contains(QStringLiteral("any of 2 people")), qPrintable(error));
        // Each told apart by login, mail and department.
        QVERIFY(error.contains(QStringLiteral("Priya Müller — pmueller — pmueller@example.com — Finance — key E9")));
        QVERIFY(error.contains(QStringLiteral("Priya Müller — pmuller2 — pmuller2@example.com — Security — key E10")));
    }

    void aFirstNameAloneIsRefusedWithABoundedList()
    {
        const People p = people();
        const PersonResolver resolver(p.identities, p.accounts);
        QString error;
        QCOMPARE(resolver.resolve(QStringLiteral("priya"), &error), PersonResolver::kNone);
        QVERIFY2(error.contains(QStringLiteral("“priya” could be any of 10 people")), qPrintable(error));
        QCOMPARE(error.count(QStringLiteral("@example.com")), PersonResolver::kMaxCandidatesShown);
        QVERIFY2(error.contains(QStringLiteral("and 5 more")), qPrintable(error));
        // Even when only one person has that first name, it is not a full name.
        QCOMPARE(resolver.resolve(QStringLiteral("Jordan"), &error), PersonResolver::kNone);
        QVERIFY2(error.contains(QStringLiteral("not a full name")) && error.contains(QStringLiteral("jlee")),
                 qPrintable(error));
    }

    void unknownIsRefused_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("nobody") << QStringLiteral("ciso");
        QTest::newRow("an orphan account's login") << QStringLiteral("svc-backup");
        QTest::newRow("part of a name") << QStringLiteral("Priy");
        QTest::newRow("a key in another case") << QStringLiteral("e9x");
    }
    void unknownIsRefused()
    {
        QFETCH(QString, typed);
        const People p = people();
        const PersonResolver resolver(p.identities, p.accounts);
        QString error;
        QCOMPARE(resolver.resolve(typed, &error), PersonResolver::kNone);
        QCOMPARE(error, QStringLiteral("No identity matches “%1”.").arg(typed));
        QCOMPARE(resolver.resolve(QStringLiteral("   "), &error), PersonResolver::kNone);
        QVERIFY(!error.isEmpty());
    }

    void aLoginSharedByTwoPeopleIsAmbiguous()
    {
        People p = people();
        p.accounts.back().identityKey = QStringLiteral("E1"); // svc-backup now belongs to E1…
        Account other = p.accounts.back();
        other.key = QStringLiteral("uid=svc-backup,ou=other");
        other.identityKey = QStringLiteral("E2"); // …and, in another branch, to E2
        p.accounts.push_back(other);
        const PersonResolver resolver(p.identities, p.accounts);
        QString error;
        QCOMPARE(resolver.resolve(QStringLiteral("svc-backup"), &error), PersonResolver::kNone);
        QVERIFY2(error.contains(QStringLiteral("priya.shah1")) && error.contains(QStringLiteral("priya.shah2")),
                 qPrintable(error));
    }

    void labelsAndLogins()
    {
        const People p = people();
        const PersonResolver resolver(p.identities, p.accounts);
        const quint32 jordan = resolver.byKey(QStringLiteral("E11"));
        QCOMPARE(resolver.loginOf(jordan), QStringLiteral("jlee")); // the everyday account, not the admin one
        QCOMPARE(resolver.label(jordan), QStringLiteral("Jordan Lee — jlee — jlee@example.com"));
        QCOMPARE(resolver.byKey(QStringLiteral("nobody")), PersonResolver::kNone);
        QCOMPARE(resolver.size(), std::size_t(11));
    }
};

ATTEST_REGISTER_TEST(TestPersonResolver, "personresolver")
#include "tst_personresolver.moc"
