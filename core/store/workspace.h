#pragma once

#include "domain/auditevent.h"
#include "domain/itemtable.h"
#include "domain/journalrecord.h"
#include "domain/progress.h"
#include "domain/review.h"
#include "domain/snapshot.h"
#include "domain/source.h"

#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace attest {

struct Population;

// A workspace file: sources, immutable dated snapshots, audit events and (later) campaigns and
// the journal, in one SQLite file in WAL mode. One instance is one database connection and must
// be used on the thread that opened it; open a second instance for work on another thread.
class Workspace final
{
public:
    enum class OpenMode
    {
        OpenExisting,    // the file must exist and be an Attest workspace
        CreateIfMissing, // a missing file becomes a new, empty workspace
        ReadOnly,        // the file must exist; it is read and never written (also chosen by itself
                         // for a file this account may not write: an auditor's copy)
    };

    static constexpr int kSchemaVersion = 5; // the newest schema this build reads and writes

    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    // Opens (and if needed migrates) the workspace. On failure returns nullptr and a message
    // that names the file and the problem: missing, not a database, not an Attest workspace,
    // written by a newer Attest, damaged, not writable.
    static std::unique_ptr<Workspace> open(const QString& path, OpenMode mode, QString* error);

    // A write transaction (BEGIN IMMEDIATE: the write lock is taken at once, so what is read
    // inside it is what the writes apply to). Every write of this class made while it is open
    // joins it, nested ones as savepoints: a use case commits its changes together with its
    // journal record, or nothing. Rolled back when destroyed without commit().
    class Transaction final
    {
    public:
        Transaction(Transaction&& other) noexcept;
        Transaction& operator=(Transaction&&) = delete;
        ~Transaction();
        explicit operator bool() const { return m_workspace != nullptr; }
        bool commit(QString* error);

    private:
        friend class Workspace;
        explicit Transaction(Workspace* workspace);
        Workspace* m_workspace = nullptr;
    };
    // Fails (an empty Transaction, *error set) when the write lock cannot be had.
    Transaction transaction(const QString& what, QString* error);
    // Runs work once the open transaction has committed (at once when none is open); never when
    // it rolls back. For what lives outside the file and must not run ahead of it.
    void afterCommit(std::function<void()> work);

    QString path() const;
    int schemaVersion() const;
    bool isReadOnly() const;

    // Sources
    std::optional<qint64> addSource(const QString& name, const QString& kind, const QString& settingsJson,
                                    QString* error);
    QList<SourceInfo> sources() const;
    // One source by its id; nullopt when the workspace has none of that id.
    std::optional<SourceInfo> source(qint64 id) const;
    // Replaces a source's connection settings; empty clears them (the connection is removed, its
    // snapshots stay as history).
    bool setSourceSettings(qint64 sourceId, const QString& settingsJson, QString* error);

    // Snapshots, oldest first. sourceId 0 means every source.
    QList<SnapshotInfo> snapshots(qint64 sourceId = 0) const;
    std::optional<SnapshotInfo> latestSnapshot(qint64 sourceId = 0) const;

    // Stores a snapshot in one transaction. If progress asks to cancel, or anything fails
    // (including a full disk), nothing is stored and the file is as it was before the call.
    // Returns the new snapshot id.
    std::optional<qint64> importSnapshot(qint64 sourceId, const SnapshotData& data, const ProgressFn& progress,
                                         QString* error);

    // A snapshot stored in parts, for a connector that has its accounts before its groups (the
    // LDAP sync stores the accounts while it still reads the groups). One transaction from begin
    // to finish: nothing is visible before finishSnapshotImport succeeds, and a failure, a cancel
    // or abortSnapshotImport leaves the file as it was. Between begin and finish this connection
    // may still add a source (part of the same transaction) but nothing else.
    enum class SnapshotPart
    {
        IdentitiesAndAccounts,
        EntitlementsAndMemberships,
    };
    // sourceId 0: newSource adds the source (through addSource) inside the same transaction.
    std::optional<qint64> beginSnapshotImport(qint64 sourceId, const SnapshotInfo& info, QString* error,
                                              const std::function<std::optional<qint64>(QString*)>& newSource = {});
    bool importSnapshotPart(qint64 snapshotId, const SnapshotData& data, SnapshotPart part, const ProgressFn& progress,
                            QString* error);
    // data is the whole snapshot, both parts already written: checks it, records its counts, commits.
    bool finishSnapshotImport(qint64 snapshotId, const SnapshotData& data, QString* error);
    void abortSnapshotImport();

    // Loads a snapshot's rows (with privileged tags of the workspace merged into the
    // entitlements' privilegedTag). nullopt with *error on failure or cancel.
    std::optional<SnapshotData> loadSnapshot(qint64 snapshotId, const ProgressFn& progress, QString* error) const;

    // Audit events. Appending is one transaction. Reading returns events with from <= time < to
    // (kNoTime: unbounded), ordered by time; sourceId 0 means every source.
    bool addAuditEvents(const std::vector<AuditEvent>& events, QString* error);
    // nullopt with *error when the events cannot be read completely (never a shorter list).
    std::optional<std::vector<AuditEvent>> auditEvents(QString* error, qint64 sourceId = 0, Timestamp from = kNoTime,
                                                       Timestamp to = kNoTime) const;
    qint64 auditEventCount() const;

    // Entitlements tagged privileged in this workspace, by source and entitlement key.
    QSet<QString> privilegedTags(qint64 sourceId) const;
    bool setPrivilegedTag(qint64 sourceId, const QString& entitlementKey, bool privileged, const QString& setBy,
                          QString* error);

    // Small key/value settings that belong to the workspace rather than the user.
    QString setting(const QString& key, const QString& fallback = {}) const;
    bool setSetting(const QString& key, const QString& value, QString* error);
    // This workspace's permanent random id (created on first use): names its journal key and the
    // keychain entries of its connections, so copies of a file never share secrets by accident.
    QString workspaceId(QString* error);

    // The journal's rows, as stored (core/audit/Journal computes and checks the chain). Appending
    // is one transaction; the journal is never updated or deleted through this class.
    bool appendJournalRecord(const JournalRecord& record, QString* error);
    // The newest record (sequence 0 when the journal is empty), read with one query.
    bool lastJournalRecord(JournalRecord* last, QString* error) const;
    std::optional<std::vector<JournalRecord>> journalRecords(QString* error) const;
    // The same rows one at a time, for exports of long journals that should not sit in memory.
    bool forEachJournalRecord(const std::function<void(const JournalRecord&)>& onRecord, QString* error) const;

    // Access review campaigns (core/review). Creating one stores its frozen population in one
    // transaction; decisions and reassignments are appended, never updated, so history stays.
    std::optional<qint64> createCampaign(const CampaignDefinition& definition, const Population& population,
                                         QString* error);
    // Every campaign, oldest first; nullopt with *error when they cannot be read (a locked or
    // damaged file is an error, never "no campaign").
    std::optional<QList<Campaign>> campaigns(QString* error) const;
    std::optional<Campaign> campaign(qint64 id, QString* error) const;
    std::optional<ReviewItemTable> reviewItems(qint64 campaignId, QString* error) const;
    // Appends decision records (all or none); their ids are filled in.
    bool appendDecisions(qint64 campaignId, std::vector<DecisionRecord>* records, QString* error);
    std::optional<std::vector<DecisionRecord>> decisionHistory(qint64 campaignId, QString* error) const;
    // The records after afterId (by id): what other processes committed since a state was read.
    std::optional<std::vector<DecisionRecord>> decisionsSince(qint64 campaignId, qint64 afterId, QString* error) const;
    bool closeCampaign(qint64 campaignId, Timestamp closedAt, QString* error);
    bool setCampaignSignOff(qint64 campaignId, const QString& signOffJson, QString* error);
    // Remediation state per revoked item ("planned", "applied", "failed", "manual", "done").
    struct RemediationRow
    {
        quint32 item = 0;
        QString status;
        QString message;
        QString by;
        Timestamp time = kNoTime;
        Timestamp verifiedAt = kNoTime;
        QString ticket;
    };
    bool setRemediation(qint64 campaignId, const std::vector<RemediationRow>& rows, QString* error);
    std::optional<std::vector<RemediationRow>> remediation(qint64 campaignId, QString* error) const;

    // Full integrity check (reads every page; slow on big files): for a "verify workspace" command.
    bool checkIntegrity(QString* error) const;

    // The message of the last failed operation, for the const readers that have no error parameter
    // (sources(), snapshots(), auditEvents(), …), which return empty results on failure.
    QString lastError() const;

    // Test hook: caps the file size (PRAGMA max_page_count, this connection only) to simulate a
    // full disk. Returns false if SQLite rejected it.
    bool setMaxPageCountForTesting(int pages);

private:
    Workspace();
    bool initialise(bool fresh, QString* error);
    bool writeSnapshotRows(qint64 snapshotId, const SnapshotData& data, bool accountsPart, bool groupsPart,
                           const ProgressFn& progress, QString* error);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace attest
