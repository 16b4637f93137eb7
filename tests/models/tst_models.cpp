#include "testregistry.h"

#include "accounttablemodel.h"
#include "auditeventmodel.h"
#include "displayformat.h"
#include "domain/privilegedpolicy.h"
#include "entitlementtablemodel.h"
#include "identitytablemodel.h"
#include "navigationhistory.h"
#include "personlistmodel.h"
#include "privilegedaccountmodel.h"
#include "relationlistmodel.h"
#include "searchindex.h"
#include "tablefilterproxymodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace attest;

namespace {

// A small organisation by hand: two people, one orphan service account, nesting
// Engineers → VPN Users → Domain Admins (privileged through two levels), and a role.
LoadedSnapshotPtr makeSnapshot()
{
    SnapshotData data;
    data.info.id = 1;
    data.info.label = QStringLiteral("2026 Q4");
    data.info.takenAt = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const Timestamp now = data.info.takenAt;

    Identity alice;
    alice.key = QStringLiteral("E1");
    alice.displayName = QStringLiteral("Alice Zoë Müller");
    alice.email = QStringLiteral("alice@example.com");
    alice.department = QStringLiteral("Engineering");
    alice.title = QStringLiteral("Engineer");
    alice.managerKey = QStringLiteral("E2");
    Identity bob;
    bob.key = QStringLiteral("E2");
    bob.displayName = QStringLiteral("Bob Builder");
    bob.email = QStringLiteral("bob@example.com");
    bob.department = QStringLiteral("Finance");
    bob.title = QStringLiteral("Director");
    bob.status = IdentityStatus::Left;
    data.identities = {alice, bob};

    Account a;
    a.key = a.dn = QStringLiteral("uid=alice,ou=People,dc=example,dc=com");
    a.login = QStringLiteral("alice");
    a.displayName = alice.displayName;
    a.identityKey = QStringLiteral("E1");
    a.lastLogon = now - 2 * kMsPerDay;
    a.created = now - 400 * kMsPerDay;
    a.passwordChanged = now - 20 * kMsPerDay;
    Account b = a;
    b.key = b.dn = QStringLiteral("uid=bob,ou=People,dc=example,dc=com");
    b.login = QStringLiteral("bob");
    b.displayName = bob.displayName;
    b.identityKey = QStringLiteral("E2");
    b.lastLogon = now - 200 * kMsPerDay;
    Account svc = a;
    svc.key = svc.dn = QStringLiteral("uid=svc-backup,ou=Service Accounts,dc=example,dc=com");
    svc.login = QStringLiteral("svc-backup");
    svc.displayName = QStringLiteral("Backup service");
    svc.identityKey.clear();
    svc.kind = AccountKind::Service;
    svc.lastLogon = kNoTime;
    data.accounts = {a, b, svc};

    const auto group = [](const QString& name, EntitlementKind kind = EntitlementKind::Group) {
        Entitlement e;
        e.key = e.dn = QStringLiteral("cn=%1,ou=Groups,dc=example,dc=com").arg(name);
        e.name = name;
        e.kind = kind;
        return e;
    };
    data.entitlements = {group(QStringLiteral("Engineers")), group(QStringLiteral("VPN Users")),
                         group(QStringLiteral("Domain Admins")),
                         group(QStringLiteral("Analyst"), EntitlementKind::Role)};
    data.entitlements[0].ownerKey = QStringLiteral("E2");
    using MK = MemberKind;
    data.memberships = {{0, 0, MK::Account},
                        {1, 0, MK::Entitlement},
                        {2, 1, MK::Entitlement},
                        {3, 1, MK::Account},
                        {2, 2, MK::Account}};

    auto loaded = std::make_shared<LoadedSnapshot>();
    loaded->info = data.info;
    loaded->graph = AccessGraph::build(data, PrivilegedPolicy());
    loaded->data = std::make_shared<const SnapshotData>(std::move(data));
    auto events = std::make_shared<std::vector<AuditEvent>>();
    for (int i = 0; i < 5; ++i) {
        AuditEvent e;
        e.time = now - i * kMsPerDay;
        e.actor = QStringLiteral("admin");
        e.action = i % 2 ? QStringLiteral("password reset") : QStringLiteral("member added");
        e.target = QStringLiteral("alice");
        e.result = QStringLiteral("success");
        events->push_back(e);
    }
    loaded->auditEvents = events;
    return loaded;
}

// Accounts by hand, each with one finding: a password older than a year (low), no owner (high),
// stale (medium), and one with none.
LoadedSnapshotPtr makeFlagSnapshot()
{
    SnapshotData data;
    data.info.id = 2;
    data.info.takenAt = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const Timestamp now = data.info.takenAt;
    Identity person;
    person.key = QStringLiteral("E1");
    person.displayName = QStringLiteral("Person");
    data.identities = {person};
    Account clean;
    clean.identityKey = person.key;
    clean.created = now - 800 * kMsPerDay;
    clean.lastLogon = now - kMsPerDay;
    clean.passwordChanged = now - 30 * kMsPerDay;
    const auto account = [&clean](const char* login) {
        Account a = clean;
        a.key = a.dn = QStringLiteral("uid=%1").arg(QLatin1String(login));
        a.login = QString::fromLatin1(login);
        return a;
    };
    Account oldPassword = account("oldpw");
    oldPassword.passwordChanged = now - 500 * kMsPerDay;
    Account orphan = account("orphan");
    orphan.identityKey.clear();
    Account stale = account("stale");
    stale.lastLogon = now - 200 * kMsPerDay;
    data.accounts = {oldPassword, orphan, account("clean"), stale};
    auto loaded = std::make_shared<LoadedSnapshot>();
    loaded->info = data.info;
    loaded->graph = AccessGraph::build(data, PrivilegedPolicy());
    loaded->data = std::make_shared<const SnapshotData>(std::move(data));
    loaded->auditEvents = std::make_shared<std::vector<AuditEvent>>();
    return loaded;
}

QStringList logins(const TableFilterProxyModel& proxy, int column)
{
    QStringList result;
    for (int row = 0; row < proxy.rowCount(); ++row)
        result << proxy.index(row, column).data().toString();
    return result;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyModelPassesTheTester()
    {
        const auto snapshot = makeSnapshot();
        IdentityTableModel identities;
        AccountTableModel accounts;
        EntitlementTableModel groups(EntitlementKind::Group);
        EntitlementTableModel roles(EntitlementKind::Role);
        PrivilegedAccountModel privileged;
        AuditEventModel audit;
        for (TableModelBase* model :
             std::initializer_list<TableModelBase*>{&identities, &accounts, &groups, &roles, &privileged, &audit}) {
            QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            TableFilterProxyModel proxy;
            QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
            proxy.setSourceModel(model);
            model->setSnapshot(snapshot);
            proxy.sort(0, Qt::DescendingOrder);
            proxy.setFilterText(QStringLiteral("a"));
            proxy.setFilterText(QStringLiteral("al"));
            proxy.setFilterText({});
            model->setSnapshot(nullptr);
            model->setSnapshot(snapshot);
        }
        QCOMPARE(identities.rowCount(), 2);
        // Cell text is centred vertically, as the detail panel's: the alignment is an int, which
        // is what Qt's item delegates read (a QFlags value read as 0, top-left).
        for (TableModelBase* model : std::initializer_list<TableModelBase*>{&identities, &accounts, &audit}) {
            const QVariant alignment = model->index(0, 0).data(Qt::TextAlignmentRole);
            QCOMPARE(alignment.typeId(), int(QMetaType::Int));
            QVERIFY(alignment.toInt() & Qt::AlignVCenter);
            QCOMPARE(model->headerData(0, Qt::Horizontal, Qt::TextAlignmentRole).typeId(), int(QMetaType::Int));
        }
        QCOMPARE(accounts.rowCount(), 3);
        QCOMPARE(groups.rowCount(), 3);
        QCOMPARE(roles.rowCount(), 1);
        QCOMPARE(audit.rowCount(), 5);
    }

    void relationModelPassesTheTester()
    {
        const auto snapshot = makeSnapshot();
        RelationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.showGrantsOfAccount(snapshot, 0);
        QCOMPARE(model.rowCount(), 3); // Domain Admins (privileged first), Engineers, VPN Users
        QCOMPARE(model.index(1, RelationListModel::Access).data().toString(), QStringLiteral("Direct"));
        QCOMPARE(model.index(0, RelationListModel::Access).data().toString(),
                 QStringLiteral("via Engineers → VPN Users"));
        model.showMembers(snapshot, 2, true);
        QCOMPARE(model.rowCount(), 2); // alice through nesting, svc-backup directly
        model.showMembers(snapshot, 2, false);
        QCOMPARE(model.rowCount(), 1);
        model.showNestedMembers(snapshot, 1);
        QCOMPARE(model.rowCount(), 1);
        model.showMemberOf(snapshot, 1);
        QCOMPARE(model.objectAt(0), ObjectRef::entitlement(2));
        model.showAccountsOfIdentity(snapshot, 0);
        QCOMPARE(model.rowCount(), 1);
        model.showGrantsOfIdentity(snapshot, 1);
        QCOMPARE(model.rowCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // The people to pick from: one row per identity, "Name — login — mail", its key in KeyRole.
    void personListModelPassesTheTester()
    {
        const auto snapshot = makeSnapshot();
        PersonListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setPeople(snapshot->people());
        QCOMPARE(model.rowCount(), int(snapshot->data->identities.size()));
        const Identity& first = snapshot->data->identities.front();
        const QString label = model.index(0).data().toString();
        QVERIFY2(label.startsWith(first.displayName) && label.contains(QStringLiteral(" — ")), qPrintable(label));
        QCOMPARE(model.index(0).data(PersonListModel::KeyRole).toString(), first.key);
        model.setPeople(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void filterMatchesNameLoginMailAndDepartment_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rows");
        QTest::newRow("empty") << QString() << 2;
        QTest::newRow("name") << QStringLiteral("müller") << 1;
        QTest::newRow("name, other case") << QStringLiteral("MÜLLER") << 1;
        QTest::newRow("login") << QStringLiteral("bob") << 1;
        QTest::newRow("mail") << QStringLiteral("@example.com") << 2;
        QTest::newRow("department") << QStringLiteral("finance") << 1;
        QTest::newRow("two terms") << QStringLiteral("alice engineering") << 1;
        QTest::newRow("two terms, no row has both") << QStringLiteral("alice finance") << 0;
        QTest::newRow("nothing") << QStringLiteral("zzz") << 0;
    }

    void filterMatchesNameLoginMailAndDepartment()
    {
        QFETCH(QString, text);
        QFETCH(int, rows);
        IdentityTableModel model;
        model.setSnapshot(makeSnapshot());
        TableFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterText(text);
        QCOMPARE(proxy.rowCount(), rows);
    }

    void narrowingAndWideningGiveTheSameAsFresh()
    {
        AccountTableModel model;
        model.setSnapshot(makeSnapshot());
        TableFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterText(QStringLiteral("b"));
        QCOMPARE(proxy.rowCount(), 2); // bob, svc-backup
        proxy.setFilterText(QStringLiteral("bo"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("b"));
        QCOMPARE(proxy.rowCount(), 2);
    }

    void sortUsesTypedValues()
    {
        AccountTableModel model;
        model.setSnapshot(makeSnapshot());
        TableFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(AccountTableModel::LastLogon, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, AccountTableModel::Login).data().toString(), QStringLiteral("alice"));
        QCOMPARE(proxy.index(2, AccountTableModel::Login).data().toString(), QStringLiteral("svc-backup"));
        proxy.sort(AccountTableModel::Login, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, AccountTableModel::Login).data().toString(), QStringLiteral("alice"));
        QCOMPARE(proxy.index(1, AccountTableModel::Login).data().toString(), QStringLiteral("bob"));
    }

    void rowPredicateCombinesWithSearch()
    {
        AuditEventModel model;
        model.setSnapshot(makeSnapshot());
        TableFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterText(QStringLiteral("reset"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setRowPredicate([&model](int row) { return model.eventAt(row).time >= model.eventAt(0).time; });
        QCOMPARE(proxy.rowCount(), 0); // the newest event is "member added"
        proxy.setRowPredicate({});
        QCOMPARE(proxy.rowCount(), 2);
    }

    void countTextSaysShownOfTotal()
    {
        IdentityTableModel model;
        model.setSnapshot(makeSnapshot());
        QCOMPARE(model.countText(2, 2), QStringLiteral("2 identities"));
        QCOMPARE(model.countText(1, 2), QStringLiteral("1 of 2 identities"));
    }

    void privilegedPaneShowsPathAndFlags()
    {
        PrivilegedAccountModel model;
        model.setSnapshot(makeSnapshot());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, PrivilegedAccountModel::Account).data().toString(), QStringLiteral("alice"));
        QCOMPARE(model.index(0, PrivilegedAccountModel::Entitlement).data().toString(),
                 QStringLiteral("Domain Admins"));
        QCOMPARE(model.index(0, PrivilegedAccountModel::Path).data().toString(),
                 QStringLiteral("via Engineers → VPN Users"));
        QCOMPARE(model.index(1, PrivilegedAccountModel::Owner).data().toString(), QStringLiteral("No owner"));
        QVERIFY(model.flagsOf(1).testFlag(AccountFlag::NoOwner));
        QVERIFY(model.flagsOf(1).testFlag(AccountFlag::NeverLoggedOn));
    }

    void identityRollsUpAccounts()
    {
        IdentityTableModel model;
        model.setSnapshot(makeSnapshot());
        QCOMPARE(model.index(0, IdentityTableModel::Login).data().toString(), QStringLiteral("alice"));
        QCOMPARE(model.index(0, IdentityTableModel::Entitlements).data().toString(), QStringLiteral("3"));
        QCOMPARE(model.index(0, IdentityTableModel::Privileged).data().toString(), QStringLiteral("Yes"));
        QCOMPARE(model.index(0, IdentityTableModel::Manager).data().toString(), QStringLiteral("Bob Builder"));
        QCOMPARE(model.index(1, IdentityTableModel::Status).data().toString(), QStringLiteral("Left"));
    }

    void flagWordsFindTheFlaggedRows()
    {
        // Bob has left with his account enabled and stale; the service account has no owner and
        // was never used. The words of the findings find them, though no cell's text has them.
        IdentityTableModel people;
        people.setSnapshot(makeSnapshot());
        TableFilterProxyModel proxy;
        proxy.setSourceModel(&people);
        proxy.setFilterText(QStringLiteral("leaver"));
        QCOMPARE(logins(proxy, IdentityTableModel::Name), QStringList{QStringLiteral("Bob Builder")});
        proxy.setFilterText(QStringLiteral("Stale"));
        QCOMPARE(logins(proxy, IdentityTableModel::Name), QStringList{QStringLiteral("Bob Builder")});
        proxy.setFilterText(QStringLiteral("stale bob")); // with a name: both must match
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("stale alice"));
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(people.index(1, IdentityTableModel::Flags).data().toString(),
                 QStringLiteral("Leaver still enabled, Stale"));
        QCOMPARE(people.index(1, IdentityTableModel::Name).data(TableModelBase::FlagsRole).toInt(),
                 int((AccountFlag::LeaverEnabled | AccountFlag::Stale).toInt()));
        QVERIFY(!people.index(0, IdentityTableModel::Name).data(TableModelBase::FlagsRole).toInt());

        AccountTableModel accounts;
        accounts.setSnapshot(makeSnapshot());
        proxy.setSourceModel(&accounts);
        proxy.setFilterText(QStringLiteral("never"));
        QCOMPARE(logins(proxy, AccountTableModel::Login), QStringList{QStringLiteral("svc-backup")});
        proxy.setFilterText(QStringLiteral("no-owner"));
        QCOMPARE(logins(proxy, AccountTableModel::Login), QStringList{QStringLiteral("svc-backup")});

        PrivilegedAccountModel privileged;
        privileged.setSnapshot(makeSnapshot());
        proxy.setSourceModel(&privileged);
        proxy.setFilterText(QStringLiteral("never"));
        QCOMPARE(logins(proxy, PrivilegedAccountModel::Account), QStringList{QStringLiteral("svc-backup")});

        // The rows the per-row path and the full pass find are the same.
        const SearchIndex index = [] {
            SearchIndex built(std::vector<QString>{QStringLiteral("alice"), QStringLiteral("bob")});
            built.setTags({0, quint16(AccountFlag::Stale)});
            return built;
        }();
        const QStringList terms{QStringLiteral("stale")};
        const std::vector<quint16> masks{quint16(AccountFlag::Stale)};
        QCOMPARE(index.match(terms, masks), (std::vector<char>{0, 1}));
        QVERIFY(!index.rowMatches(0, terms, masks));
        QVERIFY(index.rowMatches(1, terms, masks));
    }

    void flagWordsFollowTheLoadedLanguage()
    {
        // With German loaded, the German word finds the row too (and the English one still does).
        class German final : public QTranslator
        {
        public:
            QString translate(const char* context, const char* source, const char*, int) const override
            {
                if (qstrcmp(context, "AccountFlags") == 0 && qstrcmp(source, "Stale") == 0)
                    return QStringLiteral("Veraltet");
                return {};
            }
            bool isEmpty() const override { return false; }
        };
        German german;
        QCoreApplication::installTranslator(&german);
        AccountTableModel accounts;
        accounts.setSnapshot(makeSnapshot());
        TableFilterProxyModel proxy;
        proxy.setSourceModel(&accounts);
        proxy.setFilterText(QStringLiteral("veraltet"));
        const QStringList german1 = logins(proxy, AccountTableModel::Login);
        proxy.setFilterText(QStringLiteral("stale"));
        const QStringList english = logins(proxy, AccountTableModel::Login);
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(german1, QStringList{QStringLiteral("bob")});
        QCOMPARE(english, QStringList{QStringLiteral("bob")});
    }

    void flagColumnSortsBySeverity()
    {
        // Most severe first: no owner (high), stale (medium), an old password (low), nothing.
        AccountTableModel accounts;
        accounts.setSnapshot(makeFlagSnapshot());
        TableFilterProxyModel proxy;
        proxy.setSourceModel(&accounts);
        proxy.sort(AccountTableModel::Flags, Qt::DescendingOrder);
        QCOMPARE(logins(proxy, AccountTableModel::Login),
                 (QStringList{QStringLiteral("orphan"), QStringLiteral("stale"), QStringLiteral("oldpw"),
                              QStringLiteral("clean")}));
        IdentityTableModel people;
        people.setSnapshot(makeSnapshot());
        proxy.setSourceModel(&people);
        proxy.sort(IdentityTableModel::Flags, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, IdentityTableModel::Name).data().toString(), QStringLiteral("Bob Builder"));
    }

    void personsEntitlementsListPrivilegedFirst()
    {
        // Alice holds Engineers directly, VPN Users through it and Domain Admins (privileged)
        // through both: the privileged one comes first, marked, then the rest by name.
        RelationListModel model;
        model.showGrantsOfIdentity(makeSnapshot(), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, RelationListModel::Name).data().toString(), QStringLiteral("Domain Admins"));
        QCOMPARE(model.index(0, RelationListModel::Privileged).data().toString(), QStringLiteral("Yes"));
        QVERIFY(model.index(0, RelationListModel::Name).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(1, RelationListModel::Name).data(Qt::FontRole).isValid());
        QCOMPARE(model.index(1, RelationListModel::Name).data().toString(), QStringLiteral("Engineers"));
        QCOMPARE(model.index(2, RelationListModel::Name).data().toString(), QStringLiteral("VPN Users"));
        model.showGrantsOfAccount(makeSnapshot(), 0);
        QCOMPARE(model.index(0, RelationListModel::Name).data().toString(), QStringLiteral("Domain Admins"));
    }

    void ageCountsCalendarDaysInTheUsersZone()
    {
        // Berlin in November is UTC+1. Last night at 21:00 seen at 08:00 is "yesterday", though
        // only eleven hours have passed; earlier today is "today".
        const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
        QVERIFY(berlin.isValid());
        const auto at = [&berlin](int day, int hour) {
            return QDateTime(QDate(2026, 11, day), QTime(hour, 0), berlin).toMSecsSinceEpoch();
        };
        QCOMPARE(DisplayFormat::age(at(1, 21), at(2, 8), berlin), QStringLiteral("yesterday"));
        QCOMPARE(DisplayFormat::age(at(2, 0), at(2, 23), berlin), QStringLiteral("today"));
        QCOMPARE(DisplayFormat::age(at(1, 0), at(2, 23), berlin), QStringLiteral("yesterday"));
        QCOMPARE(DisplayFormat::age(at(1, 23), at(4, 1), berlin), QStringLiteral("3 days ago"));
        // The same two moments west of UTC: 00:30 UTC on the 2nd is still the 1st in New York.
        const QTimeZone newYork(QByteArrayLiteral("America/New_York"));
        const Timestamp before = QDateTime(QDate(2026, 11, 1), QTime(22, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        const Timestamp after = QDateTime(QDate(2026, 11, 2), QTime(0, 30), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(DisplayFormat::age(before, after, newYork), QStringLiteral("today"));
        QCOMPARE(DisplayFormat::age(before, after, QTimeZone::utc()), QStringLiteral("yesterday"));
        QCOMPARE(DisplayFormat::age(kNoTime, after, berlin), QStringLiteral("never"));
        // A time after "now" (a clock ahead) is today, never a negative age.
        QCOMPARE(DisplayFormat::age(after + kMsPerDay, after, berlin), QStringLiteral("today"));
    }

    void searchIndexMatchesWithinRowsOnly()
    {
        const std::vector<QString> rows{QStringLiteral("alice\nengineering"), QStringLiteral("bob\nfinance"),
                                        QStringLiteral("zoë müller\nlegal"), QString(),
                                        QStringLiteral("carol\nfinance")};
        const SearchIndex index(rows);
        QCOMPARE(index.rowCount(), 5);
        const auto match = [&index](const QStringList& terms) {
            QList<int> found;
            const std::vector<char> flags = index.match(terms);
            for (std::size_t i = 0; i < flags.size(); ++i) {
                if (flags[i])
                    found << int(i);
            }
            return found;
        };
        QCOMPARE(match({QStringLiteral("finance")}), (QList<int>{1, 4}));
        QCOMPARE(match({QStringLiteral("finance"), QStringLiteral("car")}), (QList<int>{4}));
        QCOMPARE(match({QStringLiteral("zoë")}), (QList<int>{2}));
        QCOMPARE(match({QStringLiteral("ë m")}), (QList<int>{2}));
        QCOMPARE(match({QStringLiteral("n")}), (QList<int>{0, 1, 4}));     // one hit per row is enough
        QCOMPARE(match({QStringLiteral("engineeringbob")}), QList<int>()); // never across rows
        QCOMPARE(match({}), (QList<int>{0, 1, 2, 3, 4}));
        QVERIFY(index.rowMatches(4, {QStringLiteral("carol"), QStringLiteral("fin")}));
        QVERIFY(!index.rowMatches(3, {QStringLiteral("a")}));
        QVERIFY(!index.rowMatches(99, {QStringLiteral("a")}));
    }

    void navigationHistoryBehavesLikeABrowser()
    {
        NavigationHistory history;
        QVERIFY(!history.canGoBack());
        history.visit(ObjectRef::identity(1));
        history.visit(ObjectRef::account(2));
        history.visit(ObjectRef::account(2)); // same object again is not a new step
        history.visit(ObjectRef::entitlement(3));
        QCOMPARE(history.back().ref, ObjectRef::account(2));
        QCOMPARE(history.back().ref, ObjectRef::identity(1));
        QVERIFY(!history.canGoBack());
        QCOMPARE(history.forward().ref, ObjectRef::account(2));
        history.visit(ObjectRef::identity(9)); // drops the forward entry
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.back().ref, ObjectRef::account(2));
    }

    void navigationHistoryKeepsPlacesBetweenObjects()
    {
        // The dashboard (a place, not an object's pane) is a step of its own: Back from the object
        // opened from its list returns there, not to the object looked at before.
        NavigationHistory history;
        history.visit(ObjectRef::identity(1));
        history.visit(NavigationEntry::place(7));
        history.visit(NavigationEntry::place(7)); // the same place again is not a new step
        history.visit(ObjectRef::account(2));
        const NavigationEntry back = history.back();
        QVERIFY(back.isPlace());
        QCOMPARE(back.view, 7);
        QVERIFY(!back.ref.isValid());
        QCOMPARE(history.back().ref, ObjectRef::identity(1));
        QVERIFY(!history.canGoBack());
        QVERIFY(!NavigationEntry().isValid());
        history.visit(NavigationEntry()); // nothing is not a step
        QCOMPARE(history.current().ref, ObjectRef::identity(1));
    }
};

ATTEST_REGISTER_TEST(TestModels, "models")
#include "tst_models.moc"
