#pragma once

#include "domain/auditevent.h"
#include "domain/journalrecord.h"
#include "domain/personresolver.h"
#include "domain/snapshot.h"
#include "domain/source.h"
#include "graph/accessgraph.h"

#include <QString>

#include <memory>

namespace attest::app {
class Session;
}
#include <vector>

namespace attest {

// Everything the panes show for one snapshot: its rows, the access graph built from them, the
// audit events of the workspace and the time the hygiene flags are measured against.
// Immutable and shared between the models once loaded.
struct LoadedSnapshot
{
    // The open workspace the snapshot came from: views read and write through it (a worker asks it
    // for its own connection, session->connect()), never by opening the file again.
    std::shared_ptr<app::Session> session;
    QString workspacePath; // for display (title bar, file dialogs); session->path()
    QString workspaceId;   // the workspace's permanent id (keys its connections' keychain entries)
    SnapshotInfo info;
    std::shared_ptr<const SnapshotData> data;
    std::shared_ptr<const AccessGraph> graph;
    std::shared_ptr<const std::vector<AuditEvent>> auditEvents;
    QList<SnapshotInfo> allSnapshots; // of the workspace, oldest first, for the snapshot chooser
    // What checking the journal's chain and signatures found, one line per problem with its
    // position; empty when intact (checked on every load).
    QStringList journalProblems;
    // Directory changes whose intent the journal holds and whose outcome it does not (a crash or a
    // full disk in between): not tampering, but someone must read the target to know.
    std::vector<JournalRecord> openIntents;
    QList<SourceInfo> sources; // of the workspace, with their (secret-free) connection settings
    // The snapshot's people indexed for picking by key, login, mail or name (built with the data, off
    // the GUI thread; people() builds it for a snapshot assembled without it).
    std::shared_ptr<const PersonResolver> peopleIndex;

    Timestamp now() const { return info.takenAt; }
    QString sourceName(qint64 sourceId) const;
    std::shared_ptr<const PersonResolver> people() const;
};

// A PersonResolver over data's identities and accounts that keeps data alive as long as it lives.
std::shared_ptr<const PersonResolver> makePeopleIndex(std::shared_ptr<const SnapshotData> data);

using LoadedSnapshotPtr = std::shared_ptr<const LoadedSnapshot>;

} // namespace attest
