#pragma once

#include "loadedsnapshot.h"

#include "domain/progress.h"

#include "domain/journalrecord.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace attest {
class Workspace;
namespace app {
class Session;
}

// Loads one snapshot of the session's workspace (the newest when snapshotId is 0) and builds its
// access graph, reading through connections of its own (session->connect()). Blocking: call it
// from a worker thread. Returns nullptr with *error on failure or cancel.
LoadedSnapshotPtr loadSnapshotFromWorkspace(std::shared_ptr<app::Session> session, qint64 snapshotId,
                                            const ProgressFn& progress, QString* error);
// The same for a file not yet open (tests, tools): opens a Session on the calling thread first.
LoadedSnapshotPtr loadSnapshotFromWorkspace(const QString& path, qint64 snapshotId, const ProgressFn& progress,
                                            QString* error);

// The workspace's audit trail: the directories' events and Attest's own journal, as events.
std::vector<AuditEvent> loadAuditTrail(Workspace& workspace);

// Checks the journal's chain and signatures: one line per problem ("record 3: …"), empty when
// intact; a journal that cannot be read at all is one problem. Changes whose outcome was never
// recorded go to *openIntents when given, else they are lines too.
QStringList checkJournal(Workspace& workspace, std::vector<JournalRecord>* openIntents = nullptr);

// Creates the demo organisation in a new workspace file (2,000 people unless told otherwise).
// Blocking, for a worker thread; on failure nothing is left at path.
bool createDemoWorkspace(const QString& path, int identities, const ProgressFn& progress, QString* error);

} // namespace attest
