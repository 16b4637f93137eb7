#include "workspaceschema.h"

namespace attest::schema {

namespace {

// Version 1 creates everything. Snapshot rows are keyed (snapshot_id, idx) where idx is the row's
// index in SnapshotData, so memberships can refer to rows by index. Memberships are packed into
// blobs (see membershipblocks.h) because a million rows read one by one through QtSql is far
// slower than our one-second open target.
Migration version1()
{
    Migration m;
    m.version = 1;
    m.statements = {
        QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE sources (id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, "
                       "settings_json TEXT, created_at INTEGER)"),
        QStringLiteral("CREATE TABLE snapshots (id INTEGER PRIMARY KEY, "
                       "source_id INTEGER NOT NULL REFERENCES sources(id), label TEXT, taken_at INTEGER, "
                       "imported_at INTEGER NOT NULL, identity_count INTEGER NOT NULL, "
                       "account_count INTEGER NOT NULL, entitlement_count INTEGER NOT NULL, "
                       "membership_count INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX snapshots_by_source ON snapshots (source_id, taken_at)"),
        QStringLiteral("CREATE TABLE identities (snapshot_id INTEGER NOT NULL REFERENCES snapshots(id), "
                       "idx INTEGER NOT NULL, key TEXT, display_name TEXT, given_name TEXT, surname TEXT, "
                       "email TEXT, department TEXT, title TEXT, manager_key TEXT, employee_type TEXT, "
                       "location TEXT, status TEXT NOT NULL, hired INTEGER, left_at INTEGER, "
                       "PRIMARY KEY (snapshot_id, idx)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE accounts (snapshot_id INTEGER NOT NULL REFERENCES snapshots(id), "
                       "idx INTEGER NOT NULL, key TEXT, login TEXT, dn TEXT, display_name TEXT, email TEXT, "
                       "description TEXT, identity_key TEXT, kind TEXT NOT NULL, enabled INTEGER NOT NULL, "
                       "locked INTEGER NOT NULL, must_change_password INTEGER NOT NULL, "
                       "failed_logons INTEGER NOT NULL, locked_since INTEGER, last_logon INTEGER, "
                       "password_changed INTEGER, created_at INTEGER, "
                       "PRIMARY KEY (snapshot_id, idx)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE entitlements (snapshot_id INTEGER NOT NULL REFERENCES snapshots(id), "
                       "idx INTEGER NOT NULL, key TEXT, name TEXT, dn TEXT, description TEXT, application TEXT, "
                       "owner_key TEXT, kind TEXT NOT NULL, privileged_tag INTEGER NOT NULL, "
                       "PRIMARY KEY (snapshot_id, idx)) WITHOUT ROWID"),
        // Big rows: a rowid table (WITHOUT ROWID suits small rows only).
        QStringLiteral("CREATE TABLE membership_blocks (snapshot_id INTEGER NOT NULL REFERENCES snapshots(id), "
                       "block_no INTEGER NOT NULL, row_count INTEGER NOT NULL, data BLOB NOT NULL, "
                       "PRIMARY KEY (snapshot_id, block_no))"),
        QStringLiteral("CREATE TABLE audit_events (id INTEGER PRIMARY KEY, source_id INTEGER REFERENCES sources(id), "
                       "time INTEGER, actor TEXT, action TEXT, target TEXT, result TEXT, details TEXT, "
                       "origin TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX audit_events_by_time ON audit_events (time)"),
        // Tags outlive snapshots: they belong to the entitlement's key within its source.
        QStringLiteral("CREATE TABLE entitlement_tags (source_id INTEGER NOT NULL REFERENCES sources(id), "
                       "entitlement_key TEXT NOT NULL, tag TEXT NOT NULL, set_by TEXT, set_at INTEGER, "
                       "PRIMARY KEY (source_id, entitlement_key, tag)) WITHOUT ROWID"),
    };
    return m;
}

// Version 2 adds the console's journal: append-only records with a hash chain and signatures
// (core/audit/journal.h). Older workspaces gain an empty journal.
Migration version2()
{
    Migration m;
    m.version = 2;
    m.statements = {
        QStringLiteral("CREATE TABLE journal (sequence INTEGER PRIMARY KEY, time INTEGER NOT NULL, operator TEXT, "
                       "bind_identity TEXT, action TEXT NOT NULL, target TEXT, parameters TEXT, result TEXT, "
                       "verification TEXT, ticket TEXT, reason TEXT, previous_hash BLOB NOT NULL, "
                       "hash BLOB NOT NULL, signature BLOB NOT NULL, key_id BLOB NOT NULL)"),
    };
    return m;
}

// Version 3 adds access review campaigns: the frozen population as chunks (a string table and
// fixed records, see core/review/itemtable.h), the append-only history of decisions,
// reassignments and no-response verdicts, and the remediation state of each revoked item.
Migration version3()
{
    Migration m;
    m.version = 3;
    m.statements = {
        QStringLiteral("CREATE TABLE campaigns (id INTEGER PRIMARY KEY, name TEXT NOT NULL, state TEXT NOT NULL, "
                       "definition_json TEXT NOT NULL, created_at INTEGER NOT NULL, closed_at INTEGER, "
                       "item_count INTEGER NOT NULL, population_sha256 BLOB NOT NULL, "
                       "reconciliation_json TEXT NOT NULL, signoff_json TEXT)"),
        QStringLiteral("CREATE TABLE review_item_chunks (campaign_id INTEGER NOT NULL REFERENCES campaigns(id), "
                       "kind INTEGER NOT NULL, chunk INTEGER NOT NULL, data BLOB NOT NULL, "
                       "PRIMARY KEY (campaign_id, kind, chunk)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE review_decisions (id INTEGER PRIMARY KEY, "
                       "campaign_id INTEGER NOT NULL REFERENCES campaigns(id), item INTEGER NOT NULL, "
                       "kind INTEGER NOT NULL, decision INTEGER NOT NULL, decided_by TEXT, time INTEGER NOT NULL, "
                       "justification TEXT, recommendation INTEGER NOT NULL, reassigned_to TEXT)"),
        QStringLiteral("CREATE INDEX review_decisions_by_campaign ON review_decisions (campaign_id, id)"),
        QStringLiteral("CREATE TABLE review_remediation (campaign_id INTEGER NOT NULL REFERENCES campaigns(id), "
                       "item INTEGER NOT NULL, status TEXT NOT NULL, message TEXT, done_by TEXT, time INTEGER, "
                       "verified_at INTEGER, ticket TEXT, PRIMARY KEY (campaign_id, item)) WITHOUT ROWID"),
    };
    return m;
}

// Version 4 records the capacity in which each decision was made (the assigned reviewer, a
// delegate, the owner on a reviewer's behalf, the no-response policy), so evidence never counts
// one as another. Older rows: no-response verdicts are the policy's; the rest stays unknown (NULL).
Migration version4()
{
    Migration m;
    m.version = 4;
    m.statements = {
        QStringLiteral("ALTER TABLE review_decisions ADD COLUMN capacity INTEGER"),
        QStringLiteral("UPDATE review_decisions SET capacity = 3 WHERE kind = 2"),
    };
    return m;
}

// Version 5 records the display name of the person items are reassigned to next to their identity
// key, as the items record their reviewer's: the same person is shown the same way either way.
Migration version5()
{
    Migration m;
    m.version = 5;
    m.statements = {
        QStringLiteral("ALTER TABLE review_decisions ADD COLUMN reassigned_to_name TEXT"),
    };
    return m;
}

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> all{version1(), version2(), version3(), version4(), version5()};
    return all;
}

} // namespace attest::schema
