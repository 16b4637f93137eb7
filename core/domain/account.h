#pragma once

#include "timestamp.h"

#include <QString>

namespace attest {

enum class AccountKind : quint8
{
    User,    // a person's everyday account
    Admin,   // a person's separate administrative account
    Service, // a non-person account used by software
};

QString accountKindName(AccountKind kind); // "user", "admin", "service"
bool parseAccountKind(const QString& name, AccountKind* kind);

// An entry in one source that can hold entitlements.
struct Account
{
    QString key;   // stable within the source across snapshots (DN, objectGUID, SCIM id, …)
    QString login; // uid, sAMAccountName, userName
    QString dn;    // the entry's DN for directory sources, empty otherwise
    QString displayName;
    QString email;
    QString description;
    QString identityKey; // correlated identity (owner for service accounts); empty: orphan
    AccountKind kind = AccountKind::User;
    bool enabled = true;
    bool locked = false;
    bool mustChangePassword = false;
    quint16 failedLogons = 0;
    Timestamp lockedSince = kNoTime;
    Timestamp lastLogon = kNoTime; // kNoTime: never logged on (or unknown)
    Timestamp passwordChanged = kNoTime;
    Timestamp created = kNoTime;
};

} // namespace attest
