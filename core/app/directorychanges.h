#pragma once

#include "connectors/connector.h"
#include "connectors/ldap/ldapsettings.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace attest {
class Workspace;
}

namespace attest::app {

// What the help desk and the command line ask of a source: one or more account or group changes.
struct DirectoryChangesRequest
{
    qint64 sourceId = 0;                    // the source whose connector applies the changes
    std::optional<LdapSettings> connection; // a directory given on the command line instead of a saved source
    QString connectionName;                 // its name, for the journal and messages
    QByteArray secret;                      // the source's bind password (not kept)
    std::vector<DirectoryChange> changes;   // applied in order; the run stops at the first that fails
    QByteArray newPassword;                 // for ResetPassword only (not kept)
    // Who acts, for the journal; empty: the person the console acts as (actingPerson) where the
    // source's people are in the workspace (the demo), else the operating-system user.
    QString by;
};

// Per change what happened; ok is false (with error) when nothing was attempted: an unknown
// source, a change its connector does not offer, or a journal that cannot record.
struct DirectoryChangesResult
{
    bool ok = false;
    QString error;
    std::vector<ChangeRun> runs; // one per change attempted
    bool allVerified() const;
};

// The help desk's and the command line's way to change a source: the connector is made once
// through the registry and binds once for the run; a change its capabilities do not offer refuses
// the whole request before anything is sent; each change's intent is journaled before it is sent
// (no record, no change) and its outcome, read back from the source, after it (each record in its
// own transaction). A target given as a login is resolved by the connector first.
DirectoryChangesResult applyDirectoryChanges(Workspace& workspace, DirectoryChangesRequest request);
// The same with a connector already made (the run keeps it and its one connection).
DirectoryChangesResult applyDirectoryChanges(Workspace& workspace, Connector& connector,
                                             DirectoryChangesRequest request);

// The person the console acts as in a source whose state lives in the workspace (the demo): the
// person of its newest snapshot the operating-system login names (key, login, mail or unique
// name), recorded by identity key as reviews and their evidence record people. Empty when the
// login names nobody there.
QString actingPerson(const Workspace& workspace, qint64 sourceId);

// What the source's connector offers, known without connecting (for enabling actions).
ConnectorCapabilities sourceCapabilities(const Workspace& workspace, qint64 sourceId);

} // namespace attest::app
