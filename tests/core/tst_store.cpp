#include "testregistry.h"

#include "store/workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>

#include <atomic>
#include <map>
#include <thread>

using namespace attest;

namespace {

const QStringList kDataTables = {QStringLiteral("sources"),      QStringLiteral("snapshots"),
                                 QStringLiteral("identities"),   QStringLiteral("accounts"),
                                 QStringLiteral("entitlements"), QStringLiteral("membership_blocks"),
                                 QStringLiteral("audit_events"), QStringLiteral("entitlement_tags"),
                                 QStringLiteral("settings"),     QStringLiteral("schema_version")};

// A plain QtSql connection to look at the file behind the Workspace's back.
class RawDb
{
public:
    explicit RawDb(const QString& path)
        : m_name(QStringLiteral("tst_store_raw_%1").arg(++s_counter))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~RawDb()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb&) = delete;
    RawDb& operator=(const RawDb&) = delete;

    bool exec(const QString& sql)
    {
        QSqlQuery q(m_db);
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning() << sql << q.lastError().text();
        return ok;
    }
    QVariant value(const QString& sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    std::map<QString, qint64> counts()
    {
        std::map<QString, qint64> result;
        for (const QString& table : kDataTables)
            result[table] = value(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
        return result;
    }

private:
    static inline std::atomic<int> s_counter{0};
    QString m_name;
    QSqlDatabase m_db;
};

bool same(const QString& a, const QString& b)
{
    return a == b && a.isNull() == b.isNull();
}

bool sameIdentity(const Identity& a, const Identity& b)
{
    return same(a.key, b.key) && same(a.displayName, b.displayName) && same(a.givenName, b.givenName) &&
           same(a.surname, b.surname) && same(a.email, b.email) && same(a.department, b.department) &&
           same(a.title, b.title) && same(a.managerKey, b.managerKey) && same(a.employeeType, b.employeeType) &&
           same(a.location, b.location) && a.status == b.status && a.hired == b.hired && a.left == b.left;
}

bool sameAccount(const Account& a, const Account& b)
{
    return same(a.key, b.key) && same(a.login, b.login) && same(a.dn, b.dn) && same(a.displayName, b.displayName) &&
           same(a.email, b.email) && same(a.description, b.description) && same(a.identityKey, b.identityKey) &&
           a.kind == b.kind && a.enabled == b.enabled && a.locked == b.locked &&
           a.mustChangePassword == b.mustChangePassword && a.failedLogons == b.failedLogons &&
           a.lockedSince == b.lockedSince && a.lastLogon == b.lastLogon && a.passwordChanged == b.passwordChanged &&
           a.created == b.created;
}

bool sameEntitlement(const Entitlement& a, const Entitlement& b)
{
    return same(a.key, b.key) && same(a.name, b.name) && same(a.dn, b.dn) && same(a.description, b.description) &&
           same(a.application, b.application) && same(a.ownerKey, b.ownerKey) && a.kind == b.kind &&
           a.privilegedTag == b.privilegedTag;
}

// Deterministic synthetic data; every few rows exercise the awkward values (kNoTime, non-ASCII,
// empty vs null strings, extreme numbers).
SnapshotData makeData(int identities, int accounts, int entitlements, int memberships)
{
    SnapshotData data;
    data.info.label = QStringLiteral("2026 Q3 – Zürich");
    data.info.takenAt = 1'780'000'000'000LL;
    const Timestamp base = 1'600'000'000'000LL;
    data.identities.reserve(std::size_t(identities));
    for (int i = 0; i < identities; ++i) {
        Identity r;
        r.key = QStringLiteral("E%1").arg(i, 6, 10, QLatin1Char('0'));
        r.displayName =
            i % 7 == 0 ? QStringLiteral("Zoë Ångström-Øvergård 王秀英 %1").arg(i) : QStringLiteral("Person %1").arg(i);
        r.givenName = i % 5 == 0 ? QString() : QStringLiteral("Given%1").arg(i);
        r.surname = i % 5 == 1 ? QString(QLatin1String("")) : QStringLiteral("Surname%1").arg(i);
        r.email = QStringLiteral("person%1@example.org").arg(i);
        r.department = QStringLiteral("Dept %1").arg(i % 40);
        r.title = QStringLiteral("Engineer");
        r.managerKey = i == 0 ? QString() : QStringLiteral("E%1").arg(i / 10, 6, 10, QLatin1Char('0'));
        r.employeeType = i % 3 == 0 ? QStringLiteral("Contractor") : QStringLiteral("Employee");
        r.location = QStringLiteral("Genève");
        r.status = static_cast<IdentityStatus>(i % 3);
        r.hired = i % 4 == 0 ? kNoTime : base + i * 1000LL;
        r.left = r.status == IdentityStatus::Left ? base + i * 2000LL : kNoTime;
        data.identities.push_back(std::move(r));
    }
    data.accounts.reserve(std::size_t(accounts));
    for (int i = 0; i < accounts; ++i) {
        Account r;
        r.key = QStringLiteral("acct-%1").arg(i);
        r.login = QStringLiteral("user%1").arg(i);
        r.dn = QStringLiteral("uid=user%1,ou=People,dc=example,dc=org").arg(i);
        r.displayName =
            i % 9 == 0 ? QStringLiteral("Ünïcødé 👩‍💻 %1").arg(i) : QStringLiteral("User %1").arg(i);
        r.email = i % 6 == 0 ? QString() : QStringLiteral("user%1@example.org").arg(i);
        r.description = i % 6 == 1 ? QString(QLatin1String("")) : QStringLiteral("line one\nline 'two' \"%1\"").arg(i);
        r.identityKey =
            i % 11 == 0 ? QString() : QStringLiteral("E%1").arg(i % std::max(identities, 1), 6, 10, QLatin1Char('0'));
        r.kind = static_cast<AccountKind>(i % 3);
        r.enabled = i % 4 != 0;
        r.locked = i % 13 == 0;
        r.mustChangePassword = i % 17 == 0;
        r.failedLogons = i % 19 == 0 ? 65535 : quint16(i % 5);
        r.lockedSince = r.locked ? base + i : kNoTime;
        r.lastLogon = i % 8 == 0 ? kNoTime : base + i * 3000LL;
        r.passwordChanged = i % 10 == 0 ? -5 : base - i; // negative times are valid (before 1970)
        r.created = i == 1 ? std::numeric_limits<qint64>::max() : base;
        data.accounts.push_back(std::move(r));
    }
    data.entitlements.reserve(std::size_t(entitlements));
    for (int i = 0; i < entitlements; ++i) {
        Entitlement r;
        r.key = QStringLiteral("grp-%1").arg(i);
        r.name = i % 4 == 0 ? QStringLiteral("Domänen-Admins %1").arg(i) : QStringLiteral("Group %1").arg(i);
        r.dn = QStringLiteral("cn=group%1,ou=Groups,dc=example,dc=org").arg(i);
        r.description = i % 3 == 0 ? QString() : QStringLiteral("Grants things");
        r.application = i % 3 == 1 ? QString(QLatin1String("")) : QStringLiteral("ERP");
        r.ownerKey = i % 2 == 0 ? QString() : QStringLiteral("E000001");
        r.kind = static_cast<EntitlementKind>(i % 2);
        r.privilegedTag = i % 10 == 0;
        data.entitlements.push_back(std::move(r));
    }
    data.memberships.reserve(std::size_t(memberships));
    for (int i = 0; i < memberships && entitlements > 0; ++i) {
        Membership m;
        m.entitlement = quint32(i % entitlements);
        const bool nested = i % 20 == 0 && entitlements > 1;
        m.memberKind = nested ? MemberKind::Entitlement : MemberKind::Account;
        m.member = nested ? quint32((i / 20) % entitlements) : quint32((i * 7) % std::max(accounts, 1));
        if (!nested && accounts == 0)
            continue;
        data.memberships.push_back(m);
    }
    return data;
}

void overwrite(const QString& path, qint64 offset, qint64 length, char fill)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    QByteArray garbage(length, fill);
    for (qint64 i = 0; i < length; i += 7)
        garbage[i] = char(i * 31);
    QCOMPARE(file.write(garbage), length);
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestStore final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString file(const QString& name) const { return m_dir->filePath(name); }

    // A workspace with one source and one snapshot, closed again.
    QString makeWorkspace(const QString& name, int rows)
    {
        const QString path = file(name);
        QString error;
        auto ws = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
        if (!ws)
            qWarning() << error;
        const auto source = ws->addSource(QStringLiteral("Directory"), QStringLiteral("ldap"), {}, &error);
        ws->importSnapshot(*source, makeData(rows, rows, rows / 10 + 1, rows * 5), {}, &error);
        return path;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void createAndReopen()
    {
        const QString path = file(QStringLiteral("new.attest"));
        QString error;
        {
            auto ws = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
            QVERIFY2(ws, qPrintable(error));
            QCOMPARE(ws->schemaVersion(), Workspace::kSchemaVersion);
            QCOMPARE(ws->path(), path);
            QVERIFY(ws->sources().isEmpty());
            QVERIFY(ws->snapshots().isEmpty());
            QVERIFY(!ws->latestSnapshot());
        }
        const QByteArray header = fileBytes(path).left(100);
        QCOMPARE(qFromBigEndian<quint32>(header.constData() + 68), 0x41545354u); // application_id 'ATST'
        QCOMPARE(int(header.at(18)), 2);                                         // WAL
        {
            RawDb raw(path);
            QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM schema_version")).toInt(),
                     Workspace::kSchemaVersion);
            QCOMPARE(raw.value(QStringLiteral("SELECT max(version) FROM schema_version")).toInt(),
                     Workspace::kSchemaVersion);
            const qint64 appliedAt = raw.value(QStringLiteral("SELECT applied_at FROM schema_version")).toLongLong();
            QVERIFY(qAbs(QDateTime::currentMSecsSinceEpoch() - appliedAt) < 60'000);
        }
        auto again = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->schemaVersion(), Workspace::kSchemaVersion);
        again.reset();
        RawDb raw(path);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM schema_version")).toInt(),
                 Workspace::kSchemaVersion); // not re-applied
    }

    void olderWorkspaceIsMigratedForward()
    {
        // Make a version-1 file: a current one with version 2's journal taken away again.
        const QString path = file(QStringLiteral("version1.attest"));
        QString error;
        {
            auto ws = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
            QVERIFY2(ws, qPrintable(error));
            QVERIFY(ws->addSource(QStringLiteral("kept"), QStringLiteral("demo"), {}, &error));
        }
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE journal")));
            for (const char* table : {"review_decisions", "review_remediation", "review_item_chunks", "campaigns"})
                QVERIFY(raw.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))));
            QVERIFY(raw.exec(QStringLiteral("DELETE FROM schema_version WHERE version >= 2")));
        }
        auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(ws->schemaVersion(), Workspace::kSchemaVersion);
        QCOMPARE(ws->sources().size(), 1); // data of version 1 kept
        const auto journal = ws->journalRecords(&error);
        QVERIFY2(journal && journal->empty(), qPrintable(error));
    }

    void missingFile()
    {
        const QString path = file(QStringLiteral("missing.attest"));
        QString error;
        QVERIFY(!Workspace::open(path, Workspace::OpenMode::OpenExisting, &error));
        QVERIFY2(error.contains(path) && error.contains(QLatin1String("does not exist")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void textFile()
    {
        const QString path = file(QStringLiteral("notes.attest"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("These are my notes, not a database.\n");
        }
        const QByteArray before = fileBytes(path);
        for (auto mode : {Workspace::OpenMode::OpenExisting, Workspace::OpenMode::CreateIfMissing}) {
            QString error;
            QVERIFY(!Workspace::open(path, mode, &error));
            QVERIFY2(error.contains(path) &&
                         error.contains(QLatin1String("is not an Attest workspace (not a database")),
                     qPrintable(error));
        }
        QCOMPARE(fileBytes(path), before);
    }

    void emptyFile()
    {
        const QString path = file(QStringLiteral("empty.attest"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QString error;
        QVERIFY(!Workspace::open(path, Workspace::OpenMode::OpenExisting, &error));
        QVERIFY2(error.contains(path) && error.contains(QLatin1String("is not an Attest workspace")),
                 qPrintable(error));
        auto ws = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(ws->schemaVersion(), Workspace::kSchemaVersion);
    }

    void foreignDatabase()
    {
        const QString path = file(QStringLiteral("other.sqlite"));
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
        }
        const QByteArray before = fileBytes(path);
        QCOMPARE(int(before.at(18)), 1); // rollback journal
        for (auto mode : {Workspace::OpenMode::OpenExisting, Workspace::OpenMode::CreateIfMissing}) {
            QString error;
            QVERIFY(!Workspace::open(path, mode, &error));
            QVERIFY2(error == QStringLiteral("%1 is not an Attest workspace").arg(path), qPrintable(error));
        }
        QCOMPARE(fileBytes(path), before); // not switched to WAL, nothing added
    }

    void newerVersion()
    {
        const QString path = file(QStringLiteral("future.attest"));
        QString error;
        QVERIFY(Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error));
        {
            RawDb raw(path);
            QVERIFY(raw.exec(
                QStringLiteral("INSERT INTO schema_version VALUES (%1, 0)").arg(Workspace::kSchemaVersion + 1)));
        }
        QVERIFY(!Workspace::open(path, Workspace::OpenMode::OpenExisting, &error));
        const QString expected = QStringLiteral("%1 was written by a newer version of Attest (workspace format %2; "
                                                "this version reads up to %3)")
                                     .arg(path)
                                     .arg(Workspace::kSchemaVersion + 1)
                                     .arg(Workspace::kSchemaVersion);
        QCOMPARE(error, expected);
        QVERIFY(!Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error));
        QCOMPARE(error, expected);
    }

    void missingVersionTable()
    {
        const QString path = file(QStringLiteral("noversion.attest"));
        QString error;
        QVERIFY(Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error));
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE schema_version")));
        }
        QVERIFY(!Workspace::open(path, Workspace::OpenMode::OpenExisting, &error));
        QVERIFY2(error.contains(path) && error.contains(QLatin1String("damaged")), qPrintable(error));
    }

    void damagedPages()
    {
        const QString path = makeWorkspace(QStringLiteral("damaged.attest"), 2000);
        const qint64 size = QFileInfo(path).size();
        QVERIFY(size > 40 * 4096);
        overwrite(path, 4096 * 3, 4096 * 6, char(0xA5));
        QString error;
        auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        if (ws) {
            // Not caught by the structural check: then the load must notice.
            QString integrity;
            QVERIFY(!ws->checkIntegrity(&integrity));
            QVERIFY2(integrity.contains(QLatin1String("is damaged")), qPrintable(integrity));
            const auto latest = ws->latestSnapshot();
            QVERIFY(!latest || !ws->loadSnapshot(latest->id, {}, &error));
        }
        QVERIFY2(error.contains(path) && error.contains(QLatin1String("is damaged")), qPrintable(error));
    }

    void damagedSchemaPage()
    {
        const QString path = makeWorkspace(QStringLiteral("damaged1.attest"), 200);
        overwrite(path, 100, 4096 - 100, char(0x5A)); // page 1 after the header: the schema
        QString error;
        QVERIFY(!Workspace::open(path, Workspace::OpenMode::OpenExisting, &error));
        QVERIFY2(error.contains(path) && (error.contains(QLatin1String("is damaged")) ||
                                          error.contains(QLatin1String("not an Attest workspace"))),
                 qPrintable(error));
    }

    void garbageAfterHeader()
    {
        const QString path = file(QStringLiteral("fake.attest"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("SQLite format 3\0", 16));
            f.write(QByteArray(8192, char(0x7f)));
        }
        QString error;
        QVERIFY(!Workspace::open(path, Workspace::OpenMode::OpenExisting, &error));
        QVERIFY2(error.contains(path) && (error.contains(QLatin1String("is damaged")) ||
                                          error.contains(QLatin1String("not an Attest workspace"))),
                 qPrintable(error));
    }

    // Garbage at random places of a real workspace: an error naming the file, or (where the
    // garbage hit only text) data; never a crash.
    void randomDamageNeverCrashes()
    {
        const QString pristine = makeWorkspace(QStringLiteral("pristine.attest"), 1500);
        const qint64 size = QFileInfo(pristine).size();
        QRandomGenerator random(20261122);
        for (int round = 0; round < 40; ++round) {
            const QString path = file(QStringLiteral("random%1.attest").arg(round));
            QVERIFY(QFile::copy(pristine, path));
            const qint64 offset = random.bounded(size);
            overwrite(path, offset, std::min<qint64>(size - offset, 1 + random.bounded(3 * 4096)),
                      char(random.bounded(256)));
            QString error;
            auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
            if (!ws) {
                QVERIFY2(error.contains(path), qPrintable(error));
                continue;
            }
            ws->sources();
            ws->auditEvents(&error);
            for (const SnapshotInfo& info : ws->snapshots()) {
                if (!ws->loadSnapshot(info.id, {}, &error))
                    QVERIFY2(error.contains(path), qPrintable(error));
            }
            ws->checkIntegrity(&error);
        }
    }

    void unwritablePaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("missing folder") << file(QStringLiteral("no/such/folder/ws.attest"));
        QTest::newRow("proc") << QStringLiteral("/proc/attest-test-%1.attest").arg(QCoreApplication::applicationPid());
    }

    void unwritablePaths()
    {
        QFETCH(QString, path);
        QString error;
        QVERIFY(!Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error));
        QVERIFY2(error.contains(path) && error.contains(QLatin1String("cannot be created")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void folderPath()
    {
        QString error;
        QVERIFY(!Workspace::open(m_dir->path(), Workspace::OpenMode::CreateIfMissing, &error));
        QVERIFY2(error.contains(m_dir->path()) && error.contains(QLatin1String("folder")), qPrintable(error));
    }

    void sourcesSettingsAndTags()
    {
        QString error;
        auto ws = Workspace::open(file(QStringLiteral("ws.attest")), Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(ws, qPrintable(error));
        const auto a = ws->addSource(QStringLiteral("Corp LDAP – Köln"), QStringLiteral("ldap"),
                                     QStringLiteral("{\"host\":\"ldap.example.org\"}"), &error);
        const auto b = ws->addSource(QStringLiteral("SCIM"), QStringLiteral("scim"), QString(), &error);
        QVERIFY(a && b && *a != *b);
        const QList<SourceInfo> sources = ws->sources();
        QCOMPARE(sources.size(), 2);
        QCOMPARE(sources[0].id, *a);
        QCOMPARE(sources[0].name, QStringLiteral("Corp LDAP – Köln"));
        QCOMPARE(sources[0].kind, QStringLiteral("ldap"));
        QCOMPARE(sources[0].settingsJson, QStringLiteral("{\"host\":\"ldap.example.org\"}"));
        QVERIFY(hasTime(sources[0].created));
        QVERIFY(sources[1].settingsJson.isEmpty());

        QCOMPARE(ws->setting(QStringLiteral("theme"), QStringLiteral("fallback")), QStringLiteral("fallback"));
        QVERIFY(ws->setSetting(QStringLiteral("theme"), QStringLiteral("dark"), &error));
        QVERIFY(ws->setSetting(QStringLiteral("theme"), QStringLiteral("light"), &error));
        QCOMPARE(ws->setting(QStringLiteral("theme")), QStringLiteral("light"));

        QVERIFY(ws->privilegedTags(*a).isEmpty());
        QVERIFY(ws->setPrivilegedTag(*a, QStringLiteral("grp-1"), true, QStringLiteral("alice"), &error));
        QVERIFY(ws->setPrivilegedTag(*a, QStringLiteral("grp-1"), true, QStringLiteral("bob"), &error)); // again
        QVERIFY(ws->setPrivilegedTag(*a, QStringLiteral("grp-3"), true, QStringLiteral("alice"), &error));
        QCOMPARE(ws->privilegedTags(*a), (QSet<QString>{QStringLiteral("grp-1"), QStringLiteral("grp-3")}));
        QVERIFY(ws->privilegedTags(*b).isEmpty());

        // Tags are merged into loaded snapshots of that source, by key.
        const SnapshotData data = makeData(10, 10, 5, 30);
        const auto id = ws->importSnapshot(*a, data, {}, &error);
        QVERIFY2(id, qPrintable(error));
        auto loaded = ws->loadSnapshot(*id, {}, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(loaded->entitlements[0].privilegedTag); // from the source
        QVERIFY(loaded->entitlements[1].privilegedTag); // tagged
        QVERIFY(!loaded->entitlements[2].privilegedTag);
        QVERIFY(loaded->entitlements[3].privilegedTag); // tagged

        QVERIFY(ws->setPrivilegedTag(*a, QStringLiteral("grp-1"), false, {}, &error));
        QCOMPARE(ws->privilegedTags(*a), QSet<QString>{QStringLiteral("grp-3")});
        loaded = ws->loadSnapshot(*id, {}, &error);
        QVERIFY(!loaded->entitlements[1].privilegedTag);
    }

    // Both ways of binding the bulk rows (SQLite's C API where Qt's driver shares our SQLite, QtSql
    // otherwise) store exactly the same values: nulls, empty strings, extreme times.
    void importRoundTrip_data()
    {
        QTest::addColumn<bool>("qtSqlBinding");
        QTest::newRow("native where possible") << false;
        QTest::newRow("QtSql") << true;
    }

    void importRoundTrip()
    {
        QFETCH(bool, qtSqlBinding);
        if (qtSqlBinding)
            qputenv("ATTEST_NO_NATIVE_SQLITE", "1");
        const auto restore = qScopeGuard([] { qunsetenv("ATTEST_NO_NATIVE_SQLITE"); });
        const QString path = file(QStringLiteral("roundtrip.attest"));
        QString error;
        auto ws = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(ws, qPrintable(error));
        const auto source = ws->addSource(QStringLiteral("Directory"), QStringLiteral("ldap"), {}, &error);
        QVERIFY(source);
        // More than one membership block, so block boundaries are exercised.
        const SnapshotData data = makeData(3000, 3500, 400, 140'000);

        QStringList stages;
        qint64 lastDone = -1;
        qint64 lastTotal = 0;
        const auto id = ws->importSnapshot(
            *source, data,
            [&](qint64 done, qint64 total, const QString& stage) {
                if (stages.isEmpty() || stages.last() != stage)
                    stages << stage;
                lastDone = done;
                lastTotal = total;
                return true;
            },
            &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(stages, (QStringList{QStringLiteral("identities"), QStringLiteral("accounts"),
                                      QStringLiteral("entitlements"), QStringLiteral("memberships")}));
        QCOMPARE(lastDone, lastTotal);
        QCOMPARE(lastTotal, qint64(3000 + 3500 + 400 + data.memberships.size()));

        // Reopen so nothing can come from a cache.
        ws.reset();
        ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        const QList<SnapshotInfo> infos = ws->snapshots();
        QCOMPARE(infos.size(), 1);
        QCOMPARE(infos[0].id, *id);
        QCOMPARE(infos[0].sourceId, *source);
        QCOMPARE(infos[0].sourceName, QStringLiteral("Directory"));
        QCOMPARE(infos[0].label, data.info.label);
        QCOMPARE(infos[0].takenAt, data.info.takenAt);
        QCOMPARE(infos[0].identityCount, 3000);
        QCOMPARE(infos[0].accountCount, 3500);
        QCOMPARE(infos[0].entitlementCount, 400);
        QCOMPARE(infos[0].membershipCount, qint64(data.memberships.size()));

        const auto loaded = ws->loadSnapshot(*id, {}, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->info.label, data.info.label);
        QCOMPARE(loaded->identities.size(), data.identities.size());
        for (std::size_t i = 0; i < data.identities.size(); ++i)
            QVERIFY2(sameIdentity(loaded->identities[i], data.identities[i]), qPrintable(QString::number(i)));
        QCOMPARE(loaded->accounts.size(), data.accounts.size());
        for (std::size_t i = 0; i < data.accounts.size(); ++i)
            QVERIFY2(sameAccount(loaded->accounts[i], data.accounts[i]), qPrintable(QString::number(i)));
        QCOMPARE(loaded->entitlements.size(), data.entitlements.size());
        for (std::size_t i = 0; i < data.entitlements.size(); ++i)
            QVERIFY2(sameEntitlement(loaded->entitlements[i], data.entitlements[i]), qPrintable(QString::number(i)));
        QVERIFY(loaded->memberships == data.memberships);
        // Spot checks that the helpers really see the tricky values.
        QVERIFY(loaded->identities[0].hired == kNoTime);
        QVERIFY(loaded->identities[0].givenName.isNull());
        QVERIFY(!loaded->identities[1].surname.isNull() && loaded->identities[1].surname.isEmpty());
        QCOMPARE(loaded->accounts[1].created, std::numeric_limits<qint64>::max());
        QVERIFY(ws->checkIntegrity(&error));
    }

    void emptySnapshot()
    {
        QString error;
        auto ws = Workspace::open(file(QStringLiteral("e.attest")), Workspace::OpenMode::CreateIfMissing, &error);
        const auto source = ws->addSource(QStringLiteral("Empty"), QStringLiteral("file"), {}, &error);
        SnapshotData data;
        const auto id = ws->importSnapshot(*source, data, {}, &error);
        QVERIFY2(id, qPrintable(error));
        const auto loaded = ws->loadSnapshot(*id, {}, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(loaded->identities.empty() && loaded->memberships.empty());
        QVERIFY(loaded->info.label.isNull());
        QCOMPARE(loaded->info.takenAt, kNoTime);
    }

    void cancelLeavesNothing()
    {
        const QString path = file(QStringLiteral("cancel.attest"));
        QString error;
        auto ws = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
        const auto source = ws->addSource(QStringLiteral("Directory"), QStringLiteral("ldap"), {}, &error);
        const auto first = ws->importSnapshot(*source, makeData(50, 50, 10, 200), {}, &error);
        QVERIFY(first);
        const auto before = RawDb(path).counts();

        for (const QString& cancelAt : {QStringLiteral("accounts"), QStringLiteral("memberships")}) {
            const auto id = ws->importSnapshot(
                *source, makeData(9000, 9000, 500, 200'000),
                [&](qint64, qint64, const QString& stage) { return stage != cancelAt; }, &error);
            QVERIFY(!id);
            QCOMPARE(error, QStringLiteral("cancelled"));
            QCOMPARE(RawDb(path).counts(), before);
        }
        QCOMPARE(ws->snapshots().size(), 1);
        ws.reset();
        ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(ws->snapshots().size(), 1);
        QVERIFY(ws->checkIntegrity(&error));

        // Cancelling a load gives "cancelled", too.
        QVERIFY(!ws->loadSnapshot(
            *first, [](qint64, qint64, const QString&) { return false; }, &error));
        QCOMPARE(error, QStringLiteral("cancelled"));
    }

    void fullDisk()
    {
        const QString path = file(QStringLiteral("full.attest"));
        QString error;
        auto ws = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
        const auto source = ws->addSource(QStringLiteral("Directory"), QStringLiteral("ldap"), {}, &error);
        const auto first = ws->importSnapshot(*source, makeData(100, 100, 20, 500), {}, &error);
        QVERIFY(first);
        const QList<SnapshotInfo> snapshotsBefore = ws->snapshots();
        std::map<QString, qint64> before;
        qint64 pages = 0;
        {
            RawDb raw(path);
            before = raw.counts();
            pages = raw.value(QStringLiteral("PRAGMA page_count")).toLongLong();
        }
        QVERIFY(ws->setMaxPageCountForTesting(int(pages) + 20));

        const auto id = ws->importSnapshot(*source, makeData(5000, 5000, 500, 50'000), {}, &error);
        QVERIFY(!id);
        QVERIFY2(error.contains(path) && error.contains(QLatin1String("full")), qPrintable(error));
        QCOMPARE(RawDb(path).counts(), before);
        QCOMPARE(ws->snapshots().size(), snapshotsBefore.size());

        // The connection is still usable once there is room again.
        QVERIFY(ws->setMaxPageCountForTesting(1 << 30));
        QVERIFY2(ws->importSnapshot(*source, makeData(10, 10, 2, 10), {}, &error), qPrintable(error));
        ws.reset();

        ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(ws->snapshots().size(), 2);
        QVERIFY(ws->checkIntegrity(&error));
        const auto loaded = ws->loadSnapshot(*first, {}, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->identities.size(), std::size_t(100));
    }

    void invalidImports()
    {
        const QString path = file(QStringLiteral("invalid.attest"));
        QString error;
        auto ws = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
        const auto source = ws->addSource(QStringLiteral("Directory"), QStringLiteral("ldap"), {}, &error);
        SnapshotData bad = makeData(10, 10, 5, 20);
        bad.memberships.push_back(Membership{2, 99, MemberKind::Account});
        QVERIFY(!ws->importSnapshot(*source, bad, {}, &error));
        QVERIFY2(error.contains(QLatin1String("membership")), qPrintable(error));
        QVERIFY(!ws->importSnapshot(*source + 100, makeData(10, 10, 5, 20), {}, &error));
        QVERIFY2(error.contains(QLatin1String("no source")), qPrintable(error));
        QVERIFY(ws->snapshots().isEmpty());
        QCOMPARE(RawDb(path).counts()[QStringLiteral("identities")], 0);

        QVERIFY(!ws->loadSnapshot(12345, {}, &error));
        QVERIFY2(error.contains(QLatin1String("no snapshot 12345")), qPrintable(error));
    }

    void damagedRows()
    {
        const QString path = makeWorkspace(QStringLiteral("rows.attest"), 100);
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE membership_blocks SET data = x'0102'")));
        }
        QString error;
        auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY(!ws->loadSnapshot(ws->latestSnapshot()->id, {}, &error));
        QVERIFY2(error.contains(QLatin1String("is damaged")), qPrintable(error));
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE identities SET status = 'retired' WHERE idx = 3")));
        }
        QVERIFY(!ws->loadSnapshot(ws->latestSnapshot()->id, {}, &error));
        QVERIFY2(error.contains(QLatin1String("identity 3 has an unknown status")), qPrintable(error));
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE identities SET status = 'active'")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE snapshots SET identity_count = 1000000000000000, "
                                            "membership_count = 1000000000000000")));
        }
        QVERIFY(!ws->loadSnapshot(ws->latestSnapshot()->id, {}, &error)); // and no huge allocation
        QVERIFY2(error.contains(QLatin1String("is damaged")) && error.contains(QLatin1String("were recorded")),
                 qPrintable(error));
    }

    void snapshotListing()
    {
        QString error;
        auto ws = Workspace::open(file(QStringLiteral("list.attest")), Workspace::OpenMode::CreateIfMissing, &error);
        const auto a = ws->addSource(QStringLiteral("A"), QStringLiteral("ldap"), {}, &error);
        const auto b = ws->addSource(QStringLiteral("B"), QStringLiteral("scim"), {}, &error);
        auto dataAt = [](Timestamp t, int n) {
            SnapshotData d = makeData(n, n, 2, n);
            d.info.takenAt = t;
            d.info.label = QStringLiteral("at %1").arg(t);
            return d;
        };
        const auto a2 = ws->importSnapshot(*a, dataAt(2000, 2), {}, &error);
        const auto a1 = ws->importSnapshot(*a, dataAt(1000, 1), {}, &error);
        const auto b3 = ws->importSnapshot(*b, dataAt(3000, 3), {}, &error);
        QVERIFY(a1 && a2 && b3);
        const QList<SnapshotInfo> all = ws->snapshots();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].id, *a1);
        QCOMPARE(all[1].id, *a2);
        QCOMPARE(all[2].id, *b3);
        QCOMPARE(all[2].sourceName, QStringLiteral("B"));
        QCOMPARE(all[2].identityCount, 3);
        QCOMPARE(ws->snapshots(*a).size(), 2);
        QCOMPARE(ws->latestSnapshot()->id, *b3);
        QCOMPARE(ws->latestSnapshot(*a)->id, *a2);
        QCOMPARE(ws->latestSnapshot(*a)->label, QStringLiteral("at 2000"));
        QVERIFY(!ws->latestSnapshot(*b + 10));
    }

    void auditEvents()
    {
        QString error;
        auto ws = Workspace::open(file(QStringLiteral("audit.attest")), Workspace::OpenMode::CreateIfMissing, &error);
        const auto a = ws->addSource(QStringLiteral("A"), QStringLiteral("ldap"), {}, &error);
        const auto b = ws->addSource(QStringLiteral("B"), QStringLiteral("ldap"), {}, &error);
        auto event = [](qint64 source, Timestamp t, const QString& action, AuditOrigin origin) {
            AuditEvent e;
            e.sourceId = source;
            e.time = t;
            e.actor = QStringLiteral("cn=admin,dc=example,dc=org");
            e.action = action;
            e.target = QStringLiteral("uid=zoë");
            e.result = QStringLiteral("success");
            e.details = QStringLiteral("détails\nline 2");
            e.origin = origin;
            return e;
        };
        QVERIFY(ws->addAuditEvents({event(*a, 3000, QStringLiteral("modify"), AuditOrigin::Directory),
                                    event(*b, 1000, QStringLiteral("add"), AuditOrigin::Directory),
                                    event(0, 2000, QStringLiteral("reset-password"), AuditOrigin::Journal),
                                    event(*a, 1500, QStringLiteral("delete"), AuditOrigin::Directory)},
                                   &error));
        QCOMPARE(ws->auditEventCount(), 4);
        const auto stored = ws->auditEvents(&error);
        QVERIFY2(stored, qPrintable(error));
        const auto& all = *stored;
        QCOMPARE(all.size(), std::size_t(4));
        QCOMPARE(all[0].time, 1000);
        QCOMPARE(all[1].time, 1500);
        QCOMPARE(all[2].time, 2000);
        QCOMPARE(all[3].time, 3000);
        QCOMPARE(all[2].sourceId, 0);
        QCOMPARE(all[2].origin, AuditOrigin::Journal);
        QCOMPARE(all[2].action, QStringLiteral("reset-password"));
        QCOMPARE(all[3].target, QStringLiteral("uid=zoë"));
        QCOMPARE(all[3].details, QStringLiteral("détails\nline 2"));
        QVERIFY(all[0].id > 0 && all[0].id != all[1].id);
        QCOMPARE(ws->auditEvents(&error, *a)->size(), std::size_t(2));
        const auto range = *ws->auditEvents(&error, 0, 1500, 3000);
        QCOMPARE(range.size(), std::size_t(2));
        QCOMPARE(range[0].time, 1500);
        QCOMPARE(range[1].time, 2000);
        QCOMPARE(ws->auditEvents(&error, *a, 2000)->size(), std::size_t(1));

        // One bad event (unknown source) stores none of the batch.
        QVERIFY(!ws->addAuditEvents({event(*a, 5000, QStringLiteral("x"), AuditOrigin::Directory),
                                     event(*b + 50, 5001, QStringLiteral("y"), AuditOrigin::Directory)},
                                    &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(ws->auditEventCount(), 4);
    }

    void twoInstances()
    {
        const QString path = file(QStringLiteral("shared.attest"));
        QString error;
        auto writer = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
        auto reader = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(writer && reader, qPrintable(error));
        const auto source = writer->addSource(QStringLiteral("A"), QStringLiteral("ldap"), {}, &error);
        QVERIFY(reader->snapshots().isEmpty());
        const SnapshotData data = makeData(500, 500, 50, 2000);
        const auto id = writer->importSnapshot(*source, data, {}, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(reader->snapshots().size(), 1);
        const auto loaded = reader->loadSnapshot(*id, {}, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(loaded->memberships == data.memberships);

        // The GUI loads in a worker thread with its own instance.
        std::optional<SnapshotData> fromThread;
        QString threadError;
        std::thread worker([&] {
            auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &threadError);
            if (ws)
                fromThread = ws->loadSnapshot(*id, {}, &threadError);
        });
        worker.join();
        QVERIFY2(fromThread, qPrintable(threadError));
        QCOMPARE(fromThread->accounts.size(), std::size_t(500));
    }

    // 100,000 identities and accounts, 10,000 entitlements, 1,000,000 memberships. Prints the
    // times; asserts none (timing belongs in benchmarks). Set ATTEST_BIG_TESTS=1 to run it.
    void bigScale()
    {
        if (qEnvironmentVariableIntValue("ATTEST_BIG_TESTS") != 1)
            QSKIP("set ATTEST_BIG_TESTS=1 to run the 100,000-identity test");
        const QString path = file(QStringLiteral("big.attest"));
        QElapsedTimer timer;
        timer.start();
        const SnapshotData data = makeData(100'000, 100'000, 10'000, 1'000'000);
        qInfo("generate: %lld ms", timer.restart());
        QString error;
        auto ws = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
        const auto source = ws->addSource(QStringLiteral("Big"), QStringLiteral("demo"), {}, &error);
        const auto id = ws->importSnapshot(*source, data, {}, &error);
        QVERIFY2(id, qPrintable(error));
        qInfo("import: %lld ms, file %lld MB", timer.restart(), QFileInfo(path).size() >> 20);
        ws.reset();
        ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        qInfo("open: %lld ms", timer.restart());
        QString stages;
        QString lastStage;
        QElapsedTimer stageTimer;
        stageTimer.start();
        const auto loaded = ws->loadSnapshot(
            *id,
            [&](qint64, qint64, const QString& stage) {
                if (stage != lastStage) {
                    if (!lastStage.isEmpty())
                        stages += QStringLiteral(" %1 %2 ms,").arg(lastStage).arg(stageTimer.restart());
                    lastStage = stage;
                }
                return true;
            },
            &error);
        QVERIFY2(loaded, qPrintable(error));
        stages += QStringLiteral(" %1 %2 ms").arg(lastStage).arg(stageTimer.restart());
        qInfo("load: %lld ms (%s)", timer.restart(), qPrintable(stages.trimmed()));
        QCOMPARE(loaded->identities.size(), data.identities.size());
        QVERIFY(loaded->memberships == data.memberships);
        QVERIFY(sameAccount(loaded->accounts[99'999], data.accounts[99'999]));
    }
};

ATTEST_REGISTER_TEST(TestStore, "store")

#include "tst_store.moc"
