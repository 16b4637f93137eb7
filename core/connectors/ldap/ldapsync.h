#pragma once

#include "ldapsettings.h"

#include "domain/progress.h"
#include "domain/snapshot.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace attest {

class Workspace;

// Reads the full state of an OpenLDAP directory (accounts, then groups, each a paged search)
// into a snapshot, ready for Workspace::importSnapshot. Blocking: call it on a worker thread.
// nullopt with *error when anything fails or progress cancels; warnings lists what was read
// but could not be resolved (dangling members and the like).
std::optional<SnapshotData> readOpenLdapSnapshot(const LdapSettings& settings, const QByteArray& password,
                                                 const ProgressFn& progress, QStringList* warnings, QString* error);

// readOpenLdapSnapshot straight into a new snapshot of sourceId (Workspace::importSnapshot's
// rules: one transaction, all or nothing), storing the accounts while a second thread reads the
// groups. With sourceId 0, newSource adds the source inside that transaction. Blocking, on the
// thread that opened workspace; progress is only called from that thread. The new snapshot's id,
// with *stored (when given) what was stored; nullopt with *error when anything fails or progress
// cancels, and then the workspace is exactly as it was.
std::optional<qint64> syncOpenLdapSnapshot(const LdapSettings& settings, const QByteArray& password,
                                           Workspace& workspace, qint64 sourceId,
                                           const std::function<std::optional<qint64>(QString*)>& newSource,
                                           const ProgressFn& progress, QStringList* warnings, SnapshotData* stored,
                                           QString* error);

} // namespace attest
