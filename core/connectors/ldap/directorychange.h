#pragma once

#include "ldapsettings.h"

#include "connectors/directorychange.h"
#include "domain/journalrecord.h"

#include <QByteArray>
#include <QString>

namespace attest {

class LdapConnection;

// The pwdAccountLockedTime value that disables an OpenLDAP account (rather than a lockout's time).
inline constexpr char kDisabledLockTime[] = "000001010000Z";

// An OpenLDAP client command doing the same as `change`, without secrets, for people to read and
// copy (the journal keeps it with the change).
QString equivalentLdapCommand(const DirectoryChange& change, const LdapSettings& settings);

// Preview → execute → read back → verify, on an open connection. newPassword is used for
// ResetPassword only and wiped by the caller.
ChangeOutcome applyDirectoryChange(LdapConnection& connection, const DirectoryChange& change,
                                   const QByteArray& newPassword = {});

// The journal record for a change and its outcome (the journal adds chain and signature).
JournalRecord journalRecordFor(const DirectoryChange& change, const ChangeOutcome& outcome,
                               const LdapSettings& settings);

} // namespace attest
