#pragma once

#include "ldapentry.h"
#include "ldapsettings.h"

#include <QSet>
#include <QString>

#include <optional>

namespace attest {

class LdapConnection;

// What an account reaches in the directory right now, read from the server (not from a
// snapshot): every group it is a member of, directly or through nested groups, as normalised
// DNs. Remediation checks an item against this after its changes: a revocation is verified only
// when the account no longer reaches the entitlement by any path.
//
// One search per level of nesting, each asking for the groups whose member, uniqueMember (or,
// for posixGroup, memberUid = login) names the account or a group found so far; linear in the
// groups reached. Cycles are tolerated.
std::optional<QSet<QString>> readReachableGroups(LdapConnection& connection, const LdapSettings& settings,
                                                 const QString& accountDn, const QString& login, QString* error);

// Whether a group entry (read with member and uniqueMember) lists dn as a member: equal after
// normalisation, uniqueMember's optional "#'…'B" suffix ignored.
bool groupHasMember(const LdapEntry& group, const QString& dn);

} // namespace attest
