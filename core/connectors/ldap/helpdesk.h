#pragma once

#include "directorychange.h"
#include "ldapsettings.h"

#include "domain/account.h"
#include "domain/journalrecord.h"

#include <QString>

#include <optional>
#include <vector>

namespace attest {

class LdapConnection;

// An account as the directory shows it right now (the help desk acts on the live state, not on
// the last snapshot): status, lockout, password age and flags, mapped as a sync maps them.
std::optional<Account> readLiveAccount(LdapConnection& connection, const LdapSettings& settings, const QString& dn,
                                       QString* error);

// A DN as given, or the DN of the one account whose login is `loginOrDn` (the mapping's login
// attribute, filter value escaped per RFC 4515). An unknown or ambiguous login is an error.
std::optional<QString> resolveAccount(LdapConnection& connection, const LdapSettings& settings,
                                      const QString& loginOrDn, QString* error);

// RFC 4515 escaping of a value inside a search filter.
QString escapeFilterValue(const QString& value);

// One change as the help desk ran it: what happened and the journal record that says so.
struct ChangeRun
{
    DirectoryChange change;
    ChangeOutcome outcome;
    std::optional<JournalRecord> record; // written to the journal
};

// The help desk's (and the reviews') way to change a directory: the journal key is loaded first
// and nothing is done when the change could not be recorded; then connect, apply the changes in
// order (stopping at the first that fails), and journal each, success or failure.
// Returns nullopt with *error when nothing was attempted (journal, workspace or connection);
// otherwise one entry per change attempted. newPassword is for ResetPassword and not kept.
std::optional<std::vector<ChangeRun>> runDirectoryChanges(const QString& workspacePath, const LdapSettings& settings,
                                                          const QByteArray& bindPassword,
                                                          const std::vector<DirectoryChange>& changes,
                                                          const QByteArray& newPassword, QString* error);

} // namespace attest
