#pragma once

#include "connectors/ldap/ldapsettings.h"

#include <QString>

namespace attest {
class Workspace;
}

// Saving and removing a directory connection: the console's Connections dialog and `attest
// connection add|remove` call these. Each runs in one workspace transaction with the journal
// records of the security decisions it holds (a certificate trusted although it does not verify,
// plaintext allowed): a decision that cannot be journaled is not saved, and nothing is journaled
// that was not saved.
namespace attest::app {

struct SaveConnectionRequest
{
    qint64 sourceId = 0; // 0: a new connection named `name`
    QString name;
    LdapSettings settings;
    QString testedCapabilitiesJson; // what the connection test found the bind identity may change
};
struct SaveConnectionResult
{
    bool ok = false;
    QString error;
    qint64 sourceId = 0;
};
SaveConnectionResult saveConnection(Workspace& workspace, const SaveConnectionRequest& request);

struct RemoveConnectionResult
{
    bool ok = false;
    QString error;
};
// The source and its snapshots stay (history); its saved settings go. The caller forgets the
// password it keeps in the keychain.
RemoveConnectionResult removeConnection(Workspace& workspace, qint64 sourceId);

} // namespace attest::app
