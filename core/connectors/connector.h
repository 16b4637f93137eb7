#pragma once

#include "directorychange.h"

#include "domain/account.h"
#include "domain/journalrecord.h"
#include "domain/progress.h"
#include "domain/snapshot.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace attest {

class Ed25519Key;
class Workspace;

// What a connector can do, known without connecting: the console enables its actions from this
// (an action a source cannot do is shown disabled with `unsupportedReason`), and the use cases
// refuse what it cannot do before anything is sent.
struct ConnectorCapabilities
{
    bool canRead = false;                 // read the full state of the source as a snapshot
    QList<DirectoryChange::Kind> changes; // the changes it applies to the source itself
    bool canReadBack = false;             // read back what an account reaches, to verify a removal
    bool canTest = false;                 // test the connection step by step
    bool canReadAccount = false;          // read one account's current state now (the help desk's card)
    bool changesAsSnapshots = false;      // the source lives in the workspace: a removal is a new snapshot
    QString unsupportedReason;            // why a change it cannot apply is not offered

    bool canApply(DirectoryChange::Kind kind) const { return changes.contains(kind); }
};

// One connected system as the use cases of core/app see it: its kind and capabilities, its full
// state read in batches with progress, and the changes it can apply on one connection that is
// bound when first needed and kept for the run (a remediation or a help-desk run binds once).
// Made by app::ConnectorRegistry from a source's stored kind and settings plus its secret.
// Blocking: use it off the GUI thread, from one thread at a time.
class Connector
{
public:
    using NewSource = std::function<std::optional<qint64>(QString*)>;

    virtual ~Connector();

    virtual QString kind() const = 0;
    virtual QString displayName() const = 0;
    virtual ConnectorCapabilities capabilities() const = 0;

    // The full state of the source; nullopt with *error when anything fails or progress cancels.
    // warnings lists what was read but could not be resolved.
    virtual std::optional<SnapshotData> read(const ProgressFn& progress, QStringList* warnings, QString* error);
    // read() into a new snapshot of sourceId (Workspace::importSnapshot's rules: one transaction,
    // all or nothing; with sourceId 0, newSource adds the source inside it). A connector may store
    // one batch while reading the next. The snapshot's id, *stored (when given) what was stored.
    virtual std::optional<qint64> readInto(Workspace& workspace, qint64 sourceId, const NewSource& newSource,
                                           const ProgressFn& progress, QStringList* warnings, SnapshotData* stored,
                                           QString* error);
    // The source's own audit log since the last sync, into the workspace: how many new events,
    // -1 with *error when it could not be read (0 for a source that keeps none).
    virtual qint64 importAuditLog(Workspace& workspace, qint64 sourceId, QString* error);
    // Asks the source what this connection may change (nothing is changed) and stores it with the
    // source for the help desk. false with *error when it could not be asked.
    virtual bool refreshRights(Workspace& workspace, qint64 sourceId, QString* error);

    // Applies one change and reads the target back. newPassword is for ResetPassword only.
    virtual ChangeOutcome apply(const DirectoryChange& change, const QByteArray& newPassword) = 0;
    // The journal record for a change and its outcome (the journal adds chain and signature).
    virtual JournalRecord journalRecordFor(const DirectoryChange& change, const ChangeOutcome& outcome) const = 0;
    // A login or an id as given, resolved to the target apply() expects; an unknown or ambiguous
    // one is an error.
    virtual std::optional<QString> resolveAccount(const QString& loginOrId, QString* error);
    // What the account reaches right now, through every path, as normalised group names: a
    // revocation is verified when the entitlement is no longer among them.
    virtual std::optional<QSet<QString>> readBack(const QString& account, const QString& login, QString* error);
    // One account as the source shows it right now (the help desk acts on the current state, not on
    // the last snapshot); `account` is its DN or key as a snapshot holds it, or its login. nullopt
    // with *error when it cannot be read or there is no such account.
    virtual std::optional<Account> readAccount(const QString& account, QString* error);
    // Whether a group lists the account now (nullopt when it cannot be read): a removal already made
    // is neither sent nor journaled again.
    virtual std::optional<bool> isMember(const QString& group, const QString& account, QString* error);
    // A group or account name as readBack() reports it (DNs are compared normalised).
    virtual QString normalizedName(const QString& name) const { return name; }
    // Changes whose intent the journal holds without an outcome (a run cut short between sending and
    // recording): reads each target now and journals what it found, one line each for people. It
    // binds the run's connection even when there are none; nullopt with *error when the source
    // cannot be reached (then nothing is written).
    virtual std::optional<QStringList> resolveInterrupted(Workspace& workspace, const Ed25519Key& key,
                                                          const std::vector<JournalRecord>& intents, QString* error);
    // Tests the connection; each line of *report says a step and how it went. true when it works.
    virtual bool test(QStringList* report, QString* error);
    // A source that lives in the workspace (capabilities().changesAsSnapshots) is changed there: the
    // use case hands it the run's workspace connection and the source's id before apply() and
    // resolveAccount(). Other connectors ignore it.
    virtual void useWorkspace(Workspace* workspace, qint64 sourceId);

protected:
    Connector() = default;
    // What a connector answers for something its capabilities do not offer.
    QString unsupported(const QString& what) const;
};

} // namespace attest
