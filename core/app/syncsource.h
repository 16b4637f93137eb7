#pragma once

#include "connectors/connector.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace attest {
class Workspace;
}

namespace attest::app {

struct SyncResult
{
    qint64 sourceId = 0;
    qint64 snapshotId = 0;
    qint64 accounts = 0, identities = 0, entitlements = 0, memberships = 0;
    QStringList warnings;   // read but not resolved (dangling members and the like)
    qint64 auditEvents = 0; // new events of the source's own audit log
    QString auditWarning;   // why the audit log was not read (the snapshot still counts)
    QString rightsWarning;  // why what the connection may change was not refreshed
};

// A sync, as the console's Sync Now and `attest sync` both run it: the source's full state into a
// new snapshot (one transaction, all or nothing; with sourceId 0, newSource adds the source inside
// it), then the source's audit log from where the last sync stopped, then what the connection may
// change, refreshed for the help desk. A source that may not read its audit log or its rights
// gets a warning, not a failed sync. nullopt with *error when the snapshot failed or was
// cancelled: then the workspace is exactly as it was.
std::optional<SyncResult> syncSource(Workspace& workspace, Connector& connector, qint64 sourceId,
                                     const Connector::NewSource& newSource, const ProgressFn& progress, QString* error);

} // namespace attest::app
