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

} // namespace attest
