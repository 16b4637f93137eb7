#pragma once

#include "domain/account.h"
#include "domain/identity.h"

#include <QFlags>
#include <QStringList>

#include <vector>

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

// How much a finding matters to a security officer: a leaver's enabled account or an account
// nobody owns is high, unused access medium, password age and lock-outs low. Disabled is a
// state, not a finding (None).
enum class FlagSeverity
{
    None,
    Low,
    Medium,
    High,
};
FlagSeverity accountFlagSeverity(AccountFlag flag);

// The findings among flags (Disabled left out), most severe first, for badges and lists.
std::vector<AccountFlag> accountFindings(AccountFlags flags);

// A finding's word on a badge, short enough for a name column: "Leaver", "Orphan", "Never used".
QString accountFlagShortLabel(AccountFlag flag);

// The translated words of the findings, most severe first.
QStringList accountFindingLabels(AccountFlags flags);

// A sort key that orders flag sets by severity: the worst finding first, then how many high,
// medium and low findings there are. Higher is worse; no findings is 0.
int accountFlagsRank(AccountFlags flags);

// The flags whose word or badge word (in the loaded language or in English) or stable name
// contains the case-folded term: what a search for "stale", "orphan" or "veraltet" should find.
AccountFlags accountFlagsMatching(const QString& foldedTerm);

} // namespace attest
