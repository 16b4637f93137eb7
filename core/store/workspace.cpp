#include "workspace.h"

#include "workspace_p.h"
#include "workspaceschema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>
#include <QStorageInfo>
#include <QUrl>
#include <QUuid>

#include <atomic>
#include <utility>

namespace attest {

namespace {

Q_LOGGING_CATEGORY(lcStore, "attest.store")

QString uniqueConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("attest-workspace-%1").arg(++counter);
}

Timestamp now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

namespace sqlerror {

int primaryCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

QString text(const QSqlError& error)
{
    const QString db = error.databaseText();
    return db.isEmpty() ? error.text() : db;
}

} // namespace sqlerror

QString Workspace::Private::describe(const QString& what, const QSqlError& error) const
{
    const int code = sqlerror::primaryCode(error);
    if (code == sqlerror::kCorrupt || code == sqlerror::kNotADatabase)
        return QStringLiteral("%1 is damaged: %2").arg(shownPath, sqlerror::text(error));
    // How much room the disk has left, in words: "disk I/O error" alone says nothing to act on.
    const auto freeSpace = [this] {
        const QStorageInfo storage(QFileInfo(path).absolutePath());
        if (!storage.isValid())
            return QString();
        const qint64 free = storage.bytesAvailable();
        return free < (64LL << 20) ? QStringLiteral("; %1 KB free on %2").arg(free / 1024).arg(storage.rootPath())
                                   : QString();
    };
    if (code == sqlerror::kFull)
        return QStringLiteral("%1: could not %2: the disk or the workspace is full (%3%4)")
            .arg(shownPath, what, sqlerror::text(error), freeSpace());
    if (code == sqlerror::kIoError) {
        const QString room = freeSpace();
        return room.isEmpty()
                   ? QStringLiteral("%1: could not %2: reading or writing the file failed (%3): the disk may be "
                                    "failing, or the file was moved or removed")
                         .arg(shownPath, what, sqlerror::text(error))
                   : QStringLiteral("%1: could not %2: the disk is full (%3%4)")
                         .arg(shownPath, what, sqlerror::text(error), room);
    }
    if (code == sqlerror::kReadOnly || readOnly)
        return QStringLiteral("%1: could not %2: the workspace is open read-only (this account may not write it)")
            .arg(shownPath, what);
    return QStringLiteral("%1: could not %2: %3").arg(shownPath, what, sqlerror::text(error));
}

void Workspace::Private::fail(const QString& message, QString* error) const
{
    lastError = message;
    if (error)
        *error = message;
}

bool Workspace::Private::prepare(QSqlQuery& q, const QString& sql, const QString& what, QString* error) const
{
    if (q.prepare(sql))
        return true;
    fail(describe(what, q.lastError()), error);
    return false;
}

bool Workspace::Private::exec(QSqlQuery& q, const QString& what, QString* error) const
{
    if (q.exec())
        return true;
    fail(describe(what, q.lastError()), error);
    return false;
}

bool Workspace::Private::exec(const QString& sql, const QString& what, QString* error) const
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    fail(describe(what, q.lastError()), error);
    return false;
}

bool Workspace::Private::begin(const QString& what, QString* error) const
{
    const QString sql =
        depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT attest_%1").arg(depth);
    if (!exec(sql, what, error))
        return false;
    ++depth;
    return true;
}

bool Workspace::Private::commit(const QString& what, QString* error) const
{
    if (depth <= 0) {
        fail(QStringLiteral("%1: could not %2: no transaction is open").arg(shownPath, what), error);
        return false;
    }
    const QString sql =
        depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE SAVEPOINT attest_%1").arg(depth - 1);
    if (exec(sql, what, error)) {
        --depth;
        if (depth == 0) {
            const auto hooks = std::exchange(afterCommit, {});
            for (const auto& hook : hooks)
                hook.second();
        }
        return true;
    }
    rollback();
    return false;
}

void Workspace::Private::rollback() const
{
    if (depth <= 0)
        return;
    --depth;
    std::erase_if(afterCommit, [this](const auto& hook) { return hook.first > depth; });
    // SQLite may already have rolled back by itself (e.g. after SQLITE_FULL); that error is moot,
    // and the outer levels then fail at their own commit.
    QSqlQuery q(db);
    if (depth == 0) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT attest_%1").arg(depth));
        q.exec(QStringLiteral("RELEASE SAVEPOINT attest_%1").arg(depth));
    }
}

Workspace::Transaction::Transaction(Workspace* workspace)
    : m_workspace(workspace)
{}

Workspace::Transaction::Transaction(Transaction&& other) noexcept
    : m_workspace(std::exchange(other.m_workspace, nullptr))
{}

Workspace::Transaction::~Transaction()
{
    if (m_workspace)
        m_workspace->d->rollback();
}

bool Workspace::Transaction::commit(QString* error)
{
    Workspace* workspace = std::exchange(m_workspace, nullptr);
    return workspace && workspace->d->commit(QStringLiteral("save the change"), error);
}

void Workspace::afterCommit(std::function<void()> work)
{
    if (d->depth == 0)
        work();
    else
        d->afterCommit.emplace_back(d->depth, std::move(work));
}

Workspace::Transaction Workspace::transaction(const QString& what, QString* error)
{
    return Transaction(d->begin(what, error) ? this : nullptr);
}

Workspace::Workspace()
    : d(std::make_unique<Private>())
{}

Workspace::~Workspace()
{
    // The connection can only be removed once no QSqlDatabase copy refers to it.
    const QString name = d->connectionName;
    d->db.close();
    d->db = QSqlDatabase();
    if (!name.isEmpty())
        QSqlDatabase::removeDatabase(name);
}

std::unique_ptr<Workspace> Workspace::open(const QString& path, OpenMode mode, QString* error)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::unique_ptr<Workspace>();
    };
    if (path.isEmpty())
        return fail(QStringLiteral("No workspace file given"));

    // Only SQLite may open the file: on POSIX, closing any other descriptor of it would drop the
    // locks SQLite holds (another process would then delete the WAL under this one). stat() is
    // safe; whether the file is a database, and an Attest one, SQLite itself says below.
    const QFileInfo info(path);
    const bool existed = info.exists();
    bool fresh = !existed;
    if (info.isDir())
        return fail(QStringLiteral("%1 is a folder, not an Attest workspace").arg(shown));
    if (fresh && mode != OpenMode::CreateIfMissing)
        return fail(QStringLiteral("%1 does not exist").arg(shown));
    if (!fresh) {
        if (!info.isReadable())
            return fail(QStringLiteral("%1 cannot be read: permission denied").arg(shown));
        if (info.size() == 0) {
            if (mode != OpenMode::CreateIfMissing)
                return fail(QStringLiteral("%1 is not an Attest workspace (the file is empty)").arg(shown));
            fresh = true; // SQLite treats an empty file as a new database
        }
    } else if (!QFileInfo(info.absolutePath()).isDir()) {
        return fail(QStringLiteral("%1 cannot be created: the folder %2 does not exist")
                        .arg(shown, QDir::toNativeSeparators(info.absolutePath())));
    }

    std::unique_ptr<Workspace> ws(new Workspace);
    ws->d->path = path;
    ws->d->shownPath = shown;
    ws->d->connectionName = uniqueConnectionName();
    ws->d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), ws->d->connectionName);
    // A file this account may not write (an auditor's copy) is read, never written: opened
    // read-only, and — when no other process has it open (no -wal beside it) — as immutable, so
    // SQLite needs no -shm file in a folder it may not write either.
    ws->d->readOnly = !fresh && (mode == OpenMode::ReadOnly || !info.isWritable());
    if (ws->d->readOnly) {
        QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
        uri.setScheme(QStringLiteral("file"));
        const bool quiet = !QFileInfo::exists(path + QStringLiteral("-wal"));
        uri.setQuery(quiet ? QStringLiteral("mode=ro&immutable=1") : QStringLiteral("mode=ro"));
        ws->d->db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        ws->d->db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        ws->d->db.setDatabaseName(path);
        // A second instance (e.g. a loader thread) may briefly wait for a writer's lock.
        ws->d->db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!ws->d->db.open()) {
        return fail(QStringLiteral("%1 cannot be %2: %3")
                        .arg(shown, fresh ? QStringLiteral("created") : QStringLiteral("opened"),
                             sqlerror::text(ws->d->db.lastError())));
    }
    QString message;
    if (!ws->initialise(fresh, &message)) {
        ws.reset(); // closes the connection
        // A file we created and could not set up is no use to anyone; don't leave it behind.
        if (!existed) {
            for (const char* suffix : {"", "-wal", "-shm"})
                QFile::remove(path + QLatin1String(suffix));
        }
        return fail(message);
    }
    return ws;
}

bool Workspace::initialise(bool fresh, QString* error)
{
    const QString& shown = d->shownPath;
    auto fail = [error](const QString& message) {
        *error = message;
        return false;
    };
    auto queryFailed = [&](const QSqlQuery& q) {
        const QSqlError e = q.lastError();
        switch (sqlerror::primaryCode(e)) {
        case sqlerror::kNotADatabase:
            return fail(QStringLiteral("%1 is not an Attest workspace (not a database file)").arg(shown));
        case sqlerror::kCorrupt:
            return fail(QStringLiteral("%1 is damaged: %2").arg(shown, sqlerror::text(e)));
        default: // locked, I/O error, permissions: not the file's fault
            return fail(QStringLiteral("%1 cannot be opened: %2").arg(shown, sqlerror::text(e)));
        }
    };

    QSqlQuery q(d->db);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return queryFailed(q);
    const qint32 applicationId = q.value(0).toInt();
    q.finish();
    QSet<QString> tables;
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return queryFailed(q);
    while (q.next())
        tables.insert(q.value(0).toString());
    if (q.lastError().isValid())
        return queryFailed(q);
    q.finish();

    const bool blank = applicationId == 0 && tables.isEmpty();
    if (applicationId != schema::kApplicationId && !(blank && fresh))
        return fail(QStringLiteral("%1 is not an Attest workspace").arg(shown));

    int version = 0;
    if (!blank) {
        if (!tables.contains(QStringLiteral("schema_version")))
            return fail(QStringLiteral("%1 is damaged: its schema version table is missing").arg(shown));
        if (!q.exec(QStringLiteral("SELECT max(version) FROM schema_version")) || !q.next())
            return queryFailed(q);
        version = q.value(0).toInt();
        q.finish();
        if (version > kSchemaVersion) {
            return fail(QStringLiteral("%1 was written by a newer version of Attest (workspace format %2; this "
                                       "version reads up to %3)")
                            .arg(shown)
                            .arg(version)
                            .arg(kSchemaVersion));
        }
    }

    // A read-only file is read as it is.
    if (!d->readOnly) {
        // Only now that the file is ours may we change how it is written.
        if (blank && !q.exec(QStringLiteral("PRAGMA encoding = 'UTF-16le'")))
            return queryFailed(q);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
            return fail(QStringLiteral("%1 cannot be written: %2").arg(shown, sqlerror::text(q.lastError())));
        if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return fail(QStringLiteral("%1 cannot be written: SQLite refused write-ahead logging (journal mode %2)")
                            .arg(shown, q.value(0).toString()));
        q.finish();
        // journal_size_limit: after a big import is checkpointed, the WAL file shrinks back.
        if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")) ||
            !q.exec(QStringLiteral("PRAGMA synchronous = NORMAL")) ||
            !q.exec(QStringLiteral("PRAGMA journal_size_limit = 67108864")))
            return queryFailed(q);
    }

    if (!blank) {
        // A full quick_check reads every page: a quarter of a second per million-membership
        // snapshot, on every open. Check the tables needed to open and list the workspace here;
        // damage in a snapshot's rows is reported when it is loaded, and checkIntegrity() checks
        // everything for a "verify" command.
        QStringList problems;
        for (const char* table : {"schema_version", "settings", "sources", "snapshots", "entitlement_tags"}) {
            if (!q.exec(QStringLiteral("PRAGMA quick_check(%1)").arg(QLatin1String(table))))
                return queryFailed(q);
            while (q.next()) {
                const QString line = q.value(0).toString();
                if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("***")))
                    problems << line.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            }
            if (q.lastError().isValid())
                return queryFailed(q);
            q.finish();
        }
        if (!problems.isEmpty())
            return fail(QStringLiteral("%1 is damaged: %2").arg(shown, problems.mid(0, 3).join(QLatin1String("; "))));
    }

    if (d->readOnly) {
        if (version < kSchemaVersion)
            return fail(QStringLiteral("%1 is read-only and written by an older Attest (workspace format %2): open "
                                       "a writable copy once to upgrade it")
                            .arg(shown)
                            .arg(version));
        d->schemaVersion = version;
        return true;
    }

    for (const schema::Migration& migration : schema::migrations()) {
        if (migration.version <= version)
            continue;
        const QString what = QStringLiteral("upgrade the workspace to format %1").arg(migration.version);
        QString message;
        if (!d->begin(what, &message))
            return fail(message);
        QStringList statements = migration.statements;
        if (migration.version == 1)
            statements << QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId);
        for (const QString& sql : std::as_const(statements)) {
            if (!d->exec(sql, what, &message)) {
                d->rollback();
                return fail(message);
            }
        }
        QSqlQuery record(d->db);
        record.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
        record.addBindValue(migration.version);
        record.addBindValue(now());
        if (!d->exec(record, what, &message)) {
            d->rollback();
            return fail(message);
        }
        record.finish();
        if (!d->commit(what, &message))
            return fail(message);
        version = migration.version;
        qCDebug(lcStore) << "workspace" << shown << "now at format" << version;
    }
    d->schemaVersion = version;
    return true;
}

QString Workspace::path() const
{
    return d->path;
}

bool Workspace::isReadOnly() const
{
    return d->readOnly;
}

int Workspace::schemaVersion() const
{
    return d->schemaVersion;
}

QString Workspace::lastError() const
{
    return d->lastError;
}

std::optional<qint64> Workspace::addSource(const QString& name, const QString& kind, const QString& settingsJson,
                                           QString* error)
{
    const QString what = QStringLiteral("add the source %1").arg(name);
    QSqlQuery q = d->query();
    if (!d->prepare(q,
                    QStringLiteral("INSERT INTO sources (name, kind, settings_json, created_at) VALUES (?, ?, ?, ?)"),
                    what, error))
        return std::nullopt;
    q.addBindValue(name);
    q.addBindValue(kind);
    q.addBindValue(settingsJson);
    q.addBindValue(now());
    if (!d->exec(q, what, error))
        return std::nullopt;
    return q.lastInsertId().toLongLong();
}

bool Workspace::setSourceSettings(qint64 sourceId, const QString& settingsJson, QString* error)
{
    const QString what = QStringLiteral("change the settings of source %1").arg(sourceId);
    QSqlQuery q = d->query();
    if (!d->prepare(q, QStringLiteral("UPDATE sources SET settings_json = ? WHERE id = ?"), what, error))
        return false;
    q.addBindValue(settingsJson.isEmpty() ? QVariant() : QVariant(settingsJson));
    q.addBindValue(sourceId);
    if (!d->exec(q, what, error))
        return false;
    if (q.numRowsAffected() != 1) {
        d->fail(QStringLiteral("there is no source %1").arg(sourceId), error);
        return false;
    }
    return true;
}

std::optional<SourceInfo> Workspace::source(qint64 id) const
{
    for (const SourceInfo& candidate : sources()) {
        if (candidate.id == id)
            return candidate;
    }
    return std::nullopt;
}

QList<SourceInfo> Workspace::sources() const
{
    QList<SourceInfo> result;
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, kind, settings_json, created_at FROM sources ORDER BY id"))) {
        d->fail(d->describe(QStringLiteral("read the sources"), q.lastError()), nullptr);
        return result;
    }
    while (q.next()) {
        SourceInfo s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.kind = q.value(2).toString();
        s.settingsJson = q.value(3).toString();
        s.created = timeFrom(q.value(4));
        result.append(s);
    }
    if (q.lastError().isValid()) {
        d->fail(d->describe(QStringLiteral("read the sources"), q.lastError()), nullptr);
        return {};
    }
    return result;
}

bool Workspace::addAuditEvents(const std::vector<AuditEvent>& events, QString* error)
{
    const QString what = QStringLiteral("store audit events");
    if (!d->begin(what, error))
        return false;
    {
        QSqlQuery q = d->query();
        if (!d->prepare(q,
                        QStringLiteral("INSERT INTO audit_events (source_id, time, actor, action, target, result, "
                                       "details, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                        what, error)) {
            d->rollback();
            return false;
        }
        for (const AuditEvent& e : events) {
            q.bindValue(0, e.sourceId != 0 ? QVariant(e.sourceId) : QVariant());
            q.bindValue(1, timeValue(e.time));
            q.bindValue(2, e.actor);
            q.bindValue(3, e.action);
            q.bindValue(4, e.target);
            q.bindValue(5, e.result);
            q.bindValue(6, e.details);
            q.bindValue(7, auditOriginName(e.origin));
            if (!d->exec(q, what, error)) {
                q.finish();
                d->rollback();
                return false;
            }
        }
    }
    return d->commit(what, error);
}

bool Workspace::appendJournalRecord(const JournalRecord& r, QString* error)
{
    const QString what = QStringLiteral("append to the journal");
    if (!d->begin(what, error))
        return false;
    {
        QSqlQuery q = d->query();
        if (!d->prepare(q,
                        QStringLiteral("INSERT INTO journal (sequence, time, operator, bind_identity, action, target, "
                                       "parameters, result, verification, ticket, reason, previous_hash, hash, "
                                       "signature, key_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        what, error)) {
            d->rollback();
            return false;
        }
        const QVariantList values{r.sequence, timeValue(r.time), r.operatorName, r.bindIdentity, r.action,
                                  r.target,   r.parameters,      r.result,       r.verification, r.ticket,
                                  r.reason,   r.previousHash,    r.hash,         r.signature,    r.keyId};
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values[i]);
        if (!d->exec(q, what, error)) {
            q.finish();
            d->rollback();
            return false;
        }
    }
    return d->commit(what, error);
}

bool Workspace::lastJournalRecord(JournalRecord* last, QString* error) const
{
    *last = JournalRecord();
    const QString what = QStringLiteral("read the end of the journal");
    QSqlQuery q = d->query();
    if (!d->prepare(q, QStringLiteral("SELECT sequence, hash FROM journal ORDER BY rowid DESC LIMIT 1"), what, error) ||
        !d->exec(q, what, error))
        return false;
    if (q.next()) {
        last->sequence = q.value(0).toLongLong();
        last->hash = q.value(1).toByteArray();
    } else if (q.lastError().isValid()) {
        d->fail(d->describe(what, q.lastError()), error);
        return false;
    }
    return true;
}

std::optional<std::vector<JournalRecord>> Workspace::journalRecords(QString* error) const
{
    std::vector<JournalRecord> records;
    if (!forEachJournalRecord([&records](const JournalRecord& r) { records.push_back(r); }, error))
        return std::nullopt;
    return records;
}

bool Workspace::forEachJournalRecord(const std::function<void(const JournalRecord&)>& onRecord, QString* error) const
{
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT sequence, time, operator, bind_identity, action, target, parameters, result, "
                               "verification, ticket, reason, previous_hash, hash, signature, key_id "
                               "FROM journal ORDER BY rowid"))) {
        d->fail(d->describe(QStringLiteral("read the journal"), q.lastError()), error);
        return false;
    }
    JournalRecord r;
    while (q.next()) {
        r.sequence = q.value(0).toLongLong();
        r.time = timeFrom(q.value(1));
        r.operatorName = q.value(2).toString();
        r.bindIdentity = q.value(3).toString();
        r.action = q.value(4).toString();
        r.target = q.value(5).toString();
        r.parameters = q.value(6).toString();
        r.result = q.value(7).toString();
        r.verification = q.value(8).toString();
        r.ticket = q.value(9).toString();
        r.reason = q.value(10).toString();
        r.previousHash = q.value(11).toByteArray();
        r.hash = q.value(12).toByteArray();
        r.signature = q.value(13).toByteArray();
        r.keyId = q.value(14).toByteArray();
        onRecord(r);
    }
    if (q.lastError().isValid()) {
        d->fail(d->describe(QStringLiteral("read the journal"), q.lastError()), error);
        return false;
    }
    return true;
}

std::optional<std::vector<AuditEvent>> Workspace::auditEvents(QString* error, qint64 sourceId, Timestamp from,
                                                              Timestamp to) const
{
    std::vector<AuditEvent> result;
    QString sql = QStringLiteral("SELECT id, source_id, time, actor, action, target, result, details, origin "
                                 "FROM audit_events WHERE 1");
    if (sourceId != 0)
        sql += QLatin1String(" AND source_id = :source");
    if (hasTime(from))
        sql += QLatin1String(" AND time >= :from");
    if (hasTime(to))
        sql += QLatin1String(" AND time < :to");
    sql += QLatin1String(" ORDER BY time, id");
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    q.prepare(sql);
    if (sourceId != 0)
        q.bindValue(QStringLiteral(":source"), sourceId);
    if (hasTime(from))
        q.bindValue(QStringLiteral(":from"), from);
    if (hasTime(to))
        q.bindValue(QStringLiteral(":to"), to);
    if (!d->exec(q, QStringLiteral("read audit events"), error))
        return std::nullopt;
    const QString journal = auditOriginName(AuditOrigin::Journal);
    QSet<QString> pool;
    const auto intern = [&pool](QString value) {
        const auto it = pool.constFind(value);
        if (it != pool.cend())
            return *it;
        pool.insert(value);
        return value;
    };
    while (q.next()) {
        AuditEvent e;
        e.id = q.value(0).toLongLong();
        e.sourceId = q.value(1).toLongLong();
        e.time = timeFrom(q.value(2));
        // Actors, actions, targets and results repeat across thousands of events: share them.
        e.actor = intern(q.value(3).toString());
        e.action = intern(q.value(4).toString());
        e.target = intern(q.value(5).toString());
        e.result = intern(q.value(6).toString());
        e.details = q.value(7).toString();
        e.origin = q.value(8).toString() == journal ? AuditOrigin::Journal : AuditOrigin::Directory;
        result.push_back(std::move(e));
    }
    if (q.lastError().isValid()) {
        d->fail(d->describe(QStringLiteral("read audit events"), q.lastError()), error);
        return std::nullopt;
    }
    return result;
}

qint64 Workspace::auditEventCount() const
{
    QSqlQuery q = d->query();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM audit_events")) || !q.next()) {
        d->fail(d->describe(QStringLiteral("count audit events"), q.lastError()), nullptr);
        return 0;
    }
    return q.value(0).toLongLong();
}

QSet<QString> Workspace::privilegedTags(qint64 sourceId) const
{
    QSet<QString> result;
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT entitlement_key FROM entitlement_tags WHERE source_id = ? AND tag = 'privileged'"));
    q.addBindValue(sourceId);
    if (!d->exec(q, QStringLiteral("read privileged tags"), nullptr))
        return result;
    while (q.next())
        result.insert(q.value(0).toString());
    if (q.lastError().isValid()) {
        d->fail(d->describe(QStringLiteral("read privileged tags"), q.lastError()), nullptr);
        return {};
    }
    return result;
}

bool Workspace::setPrivilegedTag(qint64 sourceId, const QString& entitlementKey, bool privileged, const QString& setBy,
                                 QString* error)
{
    const QString what = QStringLiteral("tag %1").arg(entitlementKey);
    QSqlQuery q = d->query();
    if (privileged) {
        if (!d->prepare(q,
                        QStringLiteral("INSERT INTO entitlement_tags (source_id, entitlement_key, tag, set_by, set_at) "
                                       "VALUES (?, ?, 'privileged', ?, ?) ON CONFLICT DO UPDATE SET "
                                       "set_by = excluded.set_by, set_at = excluded.set_at"),
                        what, error))
            return false;
        q.addBindValue(sourceId);
        q.addBindValue(entitlementKey);
        q.addBindValue(setBy);
        q.addBindValue(now());
    } else {
        if (!d->prepare(q,
                        QStringLiteral("DELETE FROM entitlement_tags WHERE source_id = ? AND entitlement_key = ? "
                                       "AND tag = 'privileged'"),
                        what, error))
            return false;
        q.addBindValue(sourceId);
        q.addBindValue(entitlementKey);
    }
    return d->exec(q, what, error);
}

QString Workspace::setting(const QString& key, const QString& fallback) const
{
    QSqlQuery q = d->query();
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!d->exec(q, QStringLiteral("read the setting %1").arg(key), nullptr))
        return fallback;
    if (!q.next()) {
        if (q.lastError().isValid())
            d->fail(d->describe(QStringLiteral("read the setting %1").arg(key), q.lastError()), nullptr);
        return fallback;
    }
    return q.value(0).toString();
}

QString Workspace::workspaceId(QString* error)
{
    const QString key = QStringLiteral("workspace.id");
    QString id = setting(key);
    if (!id.isEmpty())
        return id;
    // The first process to store one wins; one that raced it reads the winner's. (An id replaced
    // after its journal key was named by it would part the workspace from its key.)
    const QString what = QStringLiteral("give the workspace an id");
    QSqlQuery q = d->query();
    if (!d->prepare(q, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"),
                    what, error))
        return {};
    q.addBindValue(key);
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!d->exec(q, what, error))
        return {};
    id = setting(key);
    if (id.isEmpty())
        d->fail(QStringLiteral("%1: could not %2").arg(d->shownPath, what), error);
    return id;
}

bool Workspace::setSetting(const QString& key, const QString& value, QString* error)
{
    const QString what = QStringLiteral("save the setting %1").arg(key);
    QSqlQuery q = d->query();
    if (!d->prepare(q,
                    QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                    what, error))
        return false;
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? QString(QLatin1String("")) : value);
    return d->exec(q, what, error);
}

bool Workspace::setMaxPageCountForTesting(int pages)
{
    QSqlQuery q = d->query();
    return q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
}

bool Workspace::checkIntegrity(QString* error) const
{
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    if (!d->prepare(q, QStringLiteral("PRAGMA integrity_check(10)"), QStringLiteral("check the workspace"), error) ||
        !d->exec(q, QStringLiteral("check the workspace"), error))
        return false;
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (!line.startsWith(QLatin1String("***")))
            problems << line.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    if (q.lastError().isValid())
        problems << sqlerror::text(q.lastError());
    if (problems == QStringList{QStringLiteral("ok")})
        return true;
    d->fail(QStringLiteral("%1 is damaged: %2").arg(d->shownPath, problems.join(QLatin1String("; "))), error);
    return false;
}

} // namespace attest
