#pragma once

#include "ldapsettings.h"

#include "domain/progress.h"
#include "domain/snapshot.h"

#include <QStringList>

#include <optional>

namespace attest {

// Reads the full state of an OpenLDAP directory (accounts, then groups, each a paged search)
// into a snapshot, ready for Workspace::importSnapshot. Blocking: call it on a worker thread.
// nullopt with *error when anything fails or progress cancels; warnings lists what was read
// but could not be resolved (dangling members and the like).
std::optional<SnapshotData> readOpenLdapSnapshot(const LdapSettings& settings, const QByteArray& password,
                                                 const ProgressFn& progress, QStringList* warnings, QString* error);

} // namespace attest
