#pragma once

#include "connectors/ldap/connectiontest.h"
#include "connectors/ldap/ldapsettings.h"
#include "domain/source.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace attest {
class Workspace;
}

// A directory connection's settings, what testing it finds, saving and removing it: the console's
// connection dialogs, help desk and main window and `attest connection …` use these and not the
// LDAP connector's own headers. Saving and removing: the Connections dialog and `attest
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

// The source's saved directory connection settings: nullopt when it has none, or with *error when
// they cannot be read. Without connecting.
std::optional<LdapSettings> savedConnectionSettings(const SourceInfo& source, QString* error);
// What the last connection test or sync found the source's bind identity may change (all unknown
// when nothing was found yet). A small read of the workspace's settings.
DirectoryCapabilities savedConnectionRights(const Workspace& workspace, qint64 sourceId);
// Tests a connection step by step (reachable, TLS and certificate, bind, base DN, entries, rights);
// blocking, so off the GUI thread. `cancelled` is polled between steps.
ConnectionTestReport testConnection(const LdapSettings& settings, const QByteArray& password,
                                    const std::function<bool()>& cancelled = {});

} // namespace attest::app
