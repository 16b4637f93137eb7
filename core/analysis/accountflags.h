#pragma once

#include "domain/account.h"
#include "domain/identity.h"

#include <QFlags>
#include <QStringList>

namespace attest {

// Hygiene flags of one account as of a given time, shared by the panes, exports and later the
// analysis work so every place uses the same definitions.
enum class AccountFlag : quint16
{
    None = 0,
    NoOwner = 1 << 0,              // no correlated identity
    Stale = 1 << 1,                // enabled, logged on before, but not within the stale window
    NeverLoggedOn = 1 << 2,        // enabled, never logged on, created longer ago than the stale window
    PasswordNeverChanged = 1 << 3, // password still the one set when the account was created
    PasswordOld = 1 << 4,          // password older than a year
    Disabled = 1 << 5,
    Locked = 1 << 6,
    LeaverEnabled = 1 << 7, // the identity has left but the account is enabled
};
Q_DECLARE_FLAGS(AccountFlags, AccountFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(AccountFlags)

struct AccountFlagPolicy
{
    int staleDays = 90;
    int passwordOldDays = 365;
};

// identity may be null for an orphan account.
AccountFlags accountFlags(const Account& account, const Identity* identity, Timestamp now,
                          const AccountFlagPolicy& policy = {});

// Stable names ("no-owner", "stale", …) for files, and translated words for people.
QStringList accountFlagNames(AccountFlags flags);
QStringList accountFlagLabels(AccountFlags flags);

} // namespace attest
