#pragma once

#include "ldapsettings.h"

#include <QString>

#include <optional>

namespace attest {

class Workspace;

// Saves a connection's settings with its source in the workspace (never its password) and
// records the security decisions they contain in the journal: trusting a certificate that does
// not verify, and allowing plaintext. A decision that cannot be journaled is not saved.
// sourceId 0 adds a new connection named `name`; otherwise that source's settings are replaced.
std::optional<qint64> saveLdapConnection(Workspace& workspace, qint64 sourceId, const QString& name,
                                         const LdapSettings& settings, QString* error);

} // namespace attest
