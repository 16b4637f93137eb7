// Workspace: snapshots (listing, import and load). Split from workspace.cpp to keep files small.

#include "workspace.h"

#include "membershipblocks.h"
#include "rowinserter.h"
#include "workspace_p.h"

#include <QDateTime>

#include <algorithm>

namespace attest {

namespace {

constexpr qint64 kProgressEvery = 4096; // rows between progress calls: cheap, yet responsive
// Counts come from the file, so a damaged one must not make us allocate the world: rows beyond
// this are still loaded, the vector just grows as it goes.
constexpr qint64 kMaxReserve = 1 << 20;

QString snapshotSelect()
{
    return QStringLiteral("SELECT s.id, s.source_id, src.name, s.label, s.taken_at, s.identity_count, "
                          "s.account_count, s.entitlement_count, s.membership_count "
                          "FROM snapshots s JOIN sources src ON src.id = s.source_id");
}

SnapshotInfo snapshotFrom(const QSqlQuery& q)
{
    SnapshotInfo info;
    info.id = q.value(0).toLongLong();
    info.sourceId = q.value(1).toLongLong();
    info.sourceName = q.value(2).toString();
    info.label = q.value(3).toString();
    info.takenAt = timeFrom(q.value(4));
    info.identityCount = q.value(5).toLongLong();
    info.accountCount = q.value(6).toLongLong();
    info.entitlementCount = q.value(7).toLongLong();
    info.membershipCount = q.value(8).toLongLong();
    return info;
}

template <typename T>
void reserve(std::vector<T>& v, qint64 count)
{
    v.reserve(static_cast<std::size_t>(std::clamp<qint64>(count, 0, kMaxReserve)));
}

} // namespace

QList<SnapshotInfo> Workspace::snapshots(qint64 sourceId) const
{
    QList<SnapshotInfo> result;
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    q.prepare(snapshotSelect() + (sourceId != 0 ? QLatin1String(" WHERE s.source_id = ?") : QLatin1String("")) +
              QLatin1String(" ORDER BY s.taken_at, s.id"));
    if (sourceId != 0)
        q.addBindValue(sourceId);
    if (!d->exec(q, QStringLiteral("list the snapshots"), nullptr))
        return result;
    while (q.next())
        result.append(snapshotFrom(q));
    if (q.lastError().isValid()) {
        d->fail(d->describe(QStringLiteral("list the snapshots"), q.lastError()), nullptr);
        return {};
    }
    return result;
}

std::optional<SnapshotInfo> Workspace::latestSnapshot(qint64 sourceId) const
{
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    q.prepare(snapshotSelect() + (sourceId != 0 ? QLatin1String(" WHERE s.source_id = ?") : QLatin1String("")) +
              QLatin1String(" ORDER BY s.taken_at DESC, s.id DESC LIMIT 1"));
    if (sourceId != 0)
        q.addBindValue(sourceId);
    if (!d->exec(q, QStringLiteral("find the latest snapshot"), nullptr) || !q.next())
        return std::nullopt;
    return snapshotFrom(q);
}

// Writes the rows; the caller owns the transaction. False with *error on failure or cancel.
bool Workspace::writeSnapshotRows(qint64 snapshotId, const SnapshotData& data, bool accountsPart, bool groupsPart,
                                  const ProgressFn& progress, QString* error)
{
    const QString what = QStringLiteral("import the snapshot");
    const qint64 total = (accountsPart ? qint64(data.identities.size() + data.accounts.size()) : 0) +
                         (groupsPart ? qint64(data.entitlements.size() + data.memberships.size()) : 0);
    qint64 done = 0;
    bool cancelled = false;
    auto step = [&](const QString& stage, bool force) {
        ++done;
        if ((force || done % kProgressEvery == 0) && !reportProgress(progress, done, total, stage)) {
            cancelled = true;
            d->fail(QStringLiteral("cancelled"), error);
        }
        return !cancelled;
    };
    if (!reportProgress(progress, 0, total,
                        accountsPart ? QStringLiteral("identities") : QStringLiteral("entitlements"))) {
        d->fail(QStringLiteral("cancelled"), error);
        return false;
    }

    QString problem;
    const auto failed = [&] {
        d->fail(problem, error);
        return false;
    };
    const RowInserter::Describe describe = [this, &what](const QSqlError& e) { return d->describe(what, e); };
    if (accountsPart) {
        const QString stage = QStringLiteral("identities");
        RowInserter q(d->db, describe);
        if (!q.prepare(QStringLiteral("INSERT INTO identities (snapshot_id, idx, key, display_name, given_name, "
                                      "surname, email, department, title, manager_key, employee_type, location, "
                                      "status, hired, left_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       &problem))
            return failed();
        for (std::size_t i = 0; i < data.identities.size(); ++i) {
            const Identity& r = data.identities[i];
            const QString status = identityStatusName(r.status); // bound without a copy: keep it alive
            q.bind(0, snapshotId);
            q.bind(1, qint64(i));
            q.bind(2, r.key);
            q.bind(3, r.displayName);
            q.bind(4, r.givenName);
            q.bind(5, r.surname);
            q.bind(6, r.email);
            q.bind(7, r.department);
            q.bind(8, r.title);
            q.bind(9, r.managerKey);
            q.bind(10, r.employeeType);
            q.bind(11, r.location);
            q.bind(12, status);
            q.bindTime(13, r.hired);
            q.bindTime(14, r.left);
            if (!q.exec(&problem))
                return failed();
            if (!step(stage, i + 1 == data.identities.size()))
                return false;
        }
    }
    if (accountsPart) {
        const QString stage = QStringLiteral("accounts");
        RowInserter q(d->db, describe);
        if (!q.prepare(QStringLiteral("INSERT INTO accounts (snapshot_id, idx, key, login, dn, display_name, email, "
                                      "description, identity_key, kind, enabled, locked, must_change_password, "
                                      "failed_logons, locked_since, last_logon, password_changed, created_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       &problem))
            return failed();
        for (std::size_t i = 0; i < data.accounts.size(); ++i) {
            const Account& r = data.accounts[i];
            const QString kind = accountKindName(r.kind);
            q.bind(0, snapshotId);
            q.bind(1, qint64(i));
            q.bind(2, r.key);
            q.bind(3, r.login);
            q.bind(4, r.dn);
            q.bind(5, r.displayName);
            q.bind(6, r.email);
            q.bind(7, r.description);
            q.bind(8, r.identityKey);
            q.bind(9, kind);
            q.bind(10, qint64(r.enabled));
            q.bind(11, qint64(r.locked));
            q.bind(12, qint64(r.mustChangePassword));
            q.bind(13, qint64(r.failedLogons));
            q.bindTime(14, r.lockedSince);
            q.bindTime(15, r.lastLogon);
            q.bindTime(16, r.passwordChanged);
            q.bindTime(17, r.created);
            if (!q.exec(&problem))
                return failed();
            if (!step(stage, i + 1 == data.accounts.size()))
                return false;
        }
    }
    if (groupsPart) {
        const QString stage = QStringLiteral("entitlements");
        RowInserter q(d->db, describe);
        if (!q.prepare(QStringLiteral("INSERT INTO entitlements (snapshot_id, idx, key, name, dn, description, "
                                      "application, owner_key, kind, privileged_tag) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       &problem))
            return failed();
        for (std::size_t i = 0; i < data.entitlements.size(); ++i) {
            const Entitlement& r = data.entitlements[i];
            const QString kind = entitlementKindName(r.kind);
            q.bind(0, snapshotId);
            q.bind(1, qint64(i));
            q.bind(2, r.key);
            q.bind(3, r.name);
            q.bind(4, r.dn);
            q.bind(5, r.description);
            q.bind(6, r.application);
            q.bind(7, r.ownerKey);
            q.bind(8, kind);
            q.bind(9, qint64(r.privilegedTag));
            if (!q.exec(&problem))
                return failed();
            if (!step(stage, i + 1 == data.entitlements.size()))
                return false;
        }
    }
    if (groupsPart) {
        const QString stage = QStringLiteral("memberships");
        QSqlQuery q = d->query();
        if (!d->prepare(q,
                        QStringLiteral("INSERT INTO membership_blocks (snapshot_id, block_no, row_count, data) "
                                       "VALUES (?, ?, ?, ?)"),
                        what, error))
            return false;
        q.bindValue(0, snapshotId);
        const auto count = qsizetype(data.memberships.size());
        for (qsizetype first = 0, block = 0; first < count; first += membershipblocks::kPerBlock, ++block) {
            const qsizetype n = std::min(membershipblocks::kPerBlock, count - first);
            q.bindValue(1, qint64(block));
            q.bindValue(2, qint64(n));
            q.bindValue(3, membershipblocks::encode(data.memberships, first, n));
            if (!d->exec(q, what, error))
                return false;
            done += n;
            if (!reportProgress(progress, done, total, stage)) {
                d->fail(QStringLiteral("cancelled"), error);
                return false;
            }
        }
    }
    return true;
}

std::optional<qint64> Workspace::importSnapshot(qint64 sourceId, const SnapshotData& data, const ProgressFn& progress,
                                                QString* error)
{
    QString problem;
    if (!data.validate(&problem)) {
        d->fail(QStringLiteral("%1: could not import the snapshot: %2").arg(d->shownPath, problem), error);
        return std::nullopt;
    }
    const auto snapshotId = beginSnapshotImport(sourceId, data.info, error);
    if (!snapshotId)
        return std::nullopt;
    if (!writeSnapshotRows(*snapshotId, data, true, true, progress, error)) {
        d->rollback();
        return std::nullopt;
    }
    if (!finishSnapshotImport(*snapshotId, data, error))
        return std::nullopt;
    return snapshotId;
}

std::optional<qint64> Workspace::beginSnapshotImport(qint64 sourceId, const SnapshotInfo& info, QString* error,
                                                     const std::function<std::optional<qint64>(QString*)>& newSource)
{
    const QString what = QStringLiteral("import the snapshot");
    if (!d->begin(what, error))
        return std::nullopt;
    if (sourceId == 0 && newSource) {
        const auto added = newSource(error);
        if (!added) {
            d->rollback();
            return std::nullopt;
        }
        sourceId = *added;
    }

    std::optional<qint64> snapshotId;
    {
        QSqlQuery q = d->query();
        q.prepare(QStringLiteral("SELECT 1 FROM sources WHERE id = ?"));
        q.addBindValue(sourceId);
        if (d->exec(q, what, error)) {
            if (!q.next())
                d->fail(QStringLiteral("%1: could not import the snapshot: there is no source %2")
                            .arg(d->shownPath)
                            .arg(sourceId),
                        error);
            else
                snapshotId = 0;
        }
    }
    if (snapshotId) {
        // The counts are recorded by finishSnapshotImport, when they are known.
        snapshotId.reset();
        QSqlQuery q = d->query();
        if (d->prepare(q,
                       QStringLiteral("INSERT INTO snapshots (source_id, label, taken_at, imported_at, "
                                      "identity_count, account_count, entitlement_count, membership_count) "
                                      "VALUES (?, ?, ?, ?, 0, 0, 0, 0)"),
                       what, error)) {
            q.addBindValue(sourceId);
            q.addBindValue(info.label);
            q.addBindValue(timeValue(info.takenAt));
            q.addBindValue(QDateTime::currentMSecsSinceEpoch());
            if (d->exec(q, what, error))
                snapshotId = q.lastInsertId().toLongLong();
        }
    }
    if (!snapshotId)
        d->rollback();
    return snapshotId;
}

bool Workspace::importSnapshotPart(qint64 snapshotId, const SnapshotData& data, SnapshotPart part,
                                   const ProgressFn& progress, QString* error)
{
    const bool accounts = part == SnapshotPart::IdentitiesAndAccounts;
    if (writeSnapshotRows(snapshotId, data, accounts, !accounts, progress, error))
        return true;
    d->rollback();
    return false;
}

bool Workspace::finishSnapshotImport(qint64 snapshotId, const SnapshotData& data, QString* error)
{
    const QString what = QStringLiteral("import the snapshot");
    QString problem;
    if (!data.validate(&problem)) {
        d->rollback();
        d->fail(QStringLiteral("%1: could not import the snapshot: %2").arg(d->shownPath, problem), error);
        return false;
    }
    QSqlQuery q = d->query();
    if (!d->prepare(q,
                    QStringLiteral("UPDATE snapshots SET identity_count = ?, account_count = ?, "
                                   "entitlement_count = ?, membership_count = ? WHERE id = ?"),
                    what, error)) {
        d->rollback();
        return false;
    }
    q.addBindValue(qint64(data.identities.size()));
    q.addBindValue(qint64(data.accounts.size()));
    q.addBindValue(qint64(data.entitlements.size()));
    q.addBindValue(qint64(data.memberships.size()));
    q.addBindValue(snapshotId);
    if (!d->exec(q, what, error)) {
        d->rollback();
        return false;
    }
    q.finish();
    return d->commit(what, error);
}

void Workspace::abortSnapshotImport()
{
    d->rollback();
}

std::optional<SnapshotData> Workspace::loadSnapshot(qint64 snapshotId, const ProgressFn& progress, QString* error) const
{
    const QString what = QStringLiteral("load snapshot %1").arg(snapshotId);
    auto damaged = [&](const QString& problem) {
        d->fail(QStringLiteral("%1 is damaged: snapshot %2: %3").arg(d->shownPath).arg(snapshotId).arg(problem), error);
        return std::nullopt;
    };
    auto cancelled = [&]() {
        d->fail(QStringLiteral("cancelled"), error);
        return std::nullopt;
    };

    SnapshotData data;
    {
        QSqlQuery q = d->query();
        q.setForwardOnly(true);
        q.prepare(snapshotSelect() + QLatin1String(" WHERE s.id = ?"));
        q.addBindValue(snapshotId);
        if (!d->exec(q, what, error))
            return std::nullopt;
        if (!q.next()) {
            d->fail(QStringLiteral("%1 has no snapshot %2").arg(d->shownPath).arg(snapshotId), error);
            return std::nullopt;
        }
        data.info = snapshotFrom(q);
    }
    const SnapshotInfo& info = data.info;
    const qint64 total = info.identityCount + info.accountCount + info.entitlementCount + info.membershipCount;
    qint64 done = 0;
    // The read loops below are the one-second open target: forward-only, positional values,
    // reserved vectors, and the progress callback only every few thousand rows.
    auto rowsOf = [&](const QString& table, const QString& columns, QSqlQuery& q) {
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT idx, %1 FROM %2 WHERE snapshot_id = ? ORDER BY idx").arg(columns, table));
        q.addBindValue(snapshotId);
        return d->exec(q, what, error);
    };
    auto tick = [&](const QString& stage) {
        return ++done % kProgressEvery != 0 || reportProgress(progress, done, total, stage);
    };
    auto finished = [&](const QSqlQuery& q, std::size_t rows, qint64 expected) {
        if (q.lastError().isValid()) {
            d->fail(d->describe(what, q.lastError()), error);
            return false;
        }
        if (qint64(rows) != expected) {
            damaged(QStringLiteral("%1 rows where %2 were recorded").arg(rows).arg(expected));
            return false;
        }
        return true;
    };

    // Repeated values (departments, titles, locations, keys that point at other rows) share one
    // string instead of 100,000 copies: about a fifth of a big snapshot's memory.
    QSet<QString> pool;
    const auto intern = [&pool](QString value) {
        if (value.isEmpty())
            return value;
        const auto it = pool.constFind(value);
        if (it != pool.cend())
            return *it;
        pool.insert(value);
        return value;
    };

    if (!reportProgress(progress, 0, total, QStringLiteral("identities")))
        return cancelled();
    {
        const QString stage = QStringLiteral("identities");
        QSqlQuery q = d->query();
        if (!rowsOf(QStringLiteral("identities"),
                    QStringLiteral("key, display_name, given_name, surname, email, department, title, manager_key, "
                                   "employee_type, location, status, hired, left_at"),
                    q))
            return std::nullopt;
        reserve(data.identities, info.identityCount);
        while (q.next()) {
            if (q.value(0).toLongLong() != qint64(data.identities.size()))
                return damaged(QStringLiteral("identity rows are out of sequence"));
            Identity& r = data.identities.emplace_back();
            r.key = intern(q.value(1).toString());
            r.displayName = q.value(2).toString();
            r.givenName = intern(q.value(3).toString());
            r.surname = intern(q.value(4).toString());
            r.email = q.value(5).toString();
            r.department = intern(q.value(6).toString());
            r.title = intern(q.value(7).toString());
            r.managerKey = intern(q.value(8).toString());
            r.employeeType = intern(q.value(9).toString());
            r.location = intern(q.value(10).toString());
            if (!parseIdentityStatus(q.value(11).toString(), &r.status))
                return damaged(QStringLiteral("identity %1 has an unknown status").arg(data.identities.size() - 1));
            r.hired = timeFrom(q.value(12));
            r.left = timeFrom(q.value(13));
            if (!tick(stage))
                return cancelled();
        }
        if (!finished(q, data.identities.size(), info.identityCount))
            return std::nullopt;
    }
    {
        const QString stage = QStringLiteral("accounts");
        QSqlQuery q = d->query();
        if (!rowsOf(QStringLiteral("accounts"),
                    QStringLiteral("key, login, dn, display_name, email, description, identity_key, kind, enabled, "
                                   "locked, must_change_password, failed_logons, locked_since, last_logon, "
                                   "password_changed, created_at"),
                    q))
            return std::nullopt;
        reserve(data.accounts, info.accountCount);
        while (q.next()) {
            if (q.value(0).toLongLong() != qint64(data.accounts.size()))
                return damaged(QStringLiteral("account rows are out of sequence"));
            Account& r = data.accounts.emplace_back();
            r.key = q.value(1).toString();
            r.login = q.value(2).toString();
            r.dn = q.value(3).toString();
            if (r.dn == r.key)
                r.dn = r.key;
            r.displayName = q.value(4).toString();
            r.email = q.value(5).toString();
            r.description = intern(q.value(6).toString());
            r.identityKey = intern(q.value(7).toString());
            if (!parseAccountKind(q.value(8).toString(), &r.kind))
                return damaged(QStringLiteral("account %1 has an unknown kind").arg(data.accounts.size() - 1));
            r.enabled = q.value(9).toInt() != 0;
            r.locked = q.value(10).toInt() != 0;
            r.mustChangePassword = q.value(11).toInt() != 0;
            r.failedLogons = quint16(std::clamp(q.value(12).toInt(), 0, 0xffff));
            r.lockedSince = timeFrom(q.value(13));
            r.lastLogon = timeFrom(q.value(14));
            r.passwordChanged = timeFrom(q.value(15));
            r.created = timeFrom(q.value(16));
            if (!tick(stage))
                return cancelled();
        }
        if (!finished(q, data.accounts.size(), info.accountCount))
            return std::nullopt;
    }
    {
        const QString stage = QStringLiteral("entitlements");
        const QSet<QString> tagged = privilegedTags(info.sourceId);
        QSqlQuery q = d->query();
        if (!rowsOf(QStringLiteral("entitlements"),
                    QStringLiteral("key, name, dn, description, application, owner_key, kind, privileged_tag"), q))
            return std::nullopt;
        reserve(data.entitlements, info.entitlementCount);
        while (q.next()) {
            if (q.value(0).toLongLong() != qint64(data.entitlements.size()))
                return damaged(QStringLiteral("entitlement rows are out of sequence"));
            Entitlement& r = data.entitlements.emplace_back();
            r.key = q.value(1).toString();
            r.name = q.value(2).toString();
            r.dn = q.value(3).toString();
            if (r.dn == r.key)
                r.dn = r.key;
            r.description = intern(q.value(4).toString());
            r.application = intern(q.value(5).toString());
            r.ownerKey = intern(q.value(6).toString());
            if (!parseEntitlementKind(q.value(7).toString(), &r.kind))
                return damaged(QStringLiteral("entitlement %1 has an unknown kind").arg(data.entitlements.size() - 1));
            r.privilegedTag = q.value(8).toInt() != 0 || tagged.contains(r.key);
            if (!tick(stage))
                return cancelled();
        }
        if (!finished(q, data.entitlements.size(), info.entitlementCount))
            return std::nullopt;
    }
    {
        const QString stage = QStringLiteral("memberships");
        QSqlQuery q = d->query();
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT block_no, row_count, data FROM membership_blocks WHERE snapshot_id = ? "
                                 "ORDER BY block_no"));
        q.addBindValue(snapshotId);
        if (!d->exec(q, what, error))
            return std::nullopt;
        {
            // Only as many records as there are bytes in the blocks (length() reads no blob data).
            QSqlQuery bytes = d->query();
            bytes.prepare(QStringLiteral("SELECT sum(length(data)) FROM membership_blocks WHERE snapshot_id = ?"));
            bytes.addBindValue(snapshotId);
            if (!d->exec(bytes, what, error))
                return std::nullopt;
            const qint64 records = bytes.next() ? bytes.value(0).toLongLong() / membershipblocks::kRecordSize : 0;
            data.memberships.reserve(std::size_t(std::clamp<qint64>(info.membershipCount, 0, records)));
        }
        qint64 block = 0;
        while (q.next()) {
            if (q.value(0).toLongLong() != block++)
                return damaged(QStringLiteral("membership blocks are out of sequence"));
            if (!membershipblocks::decode(q.value(2).toByteArray(), q.value(1).toLongLong(), &data.memberships))
                return damaged(QStringLiteral("membership block %1 is malformed").arg(block - 1));
            done += q.value(1).toLongLong();
            if (!reportProgress(progress, done, total, stage))
                return cancelled();
        }
        if (!finished(q, data.memberships.size(), info.membershipCount))
            return std::nullopt;
    }
    QString problem;
    if (!data.validate(&problem))
        return damaged(problem);
    return data;
}

} // namespace attest
