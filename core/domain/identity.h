#pragma once

#include "timestamp.h"

#include <QString>

namespace attest {

enum class IdentityStatus : quint8
{
    Active,  // employed, access expected
    OnLeave, // employed but away: access should be dormant
    Left,    // a leaver: any enabled account is access that should be gone
};

QString identityStatusName(IdentityStatus status); // "active", "on-leave", "left" (stable, for files)
bool parseIdentityStatus(const QString& name, IdentityStatus* status);

// A person (or the owner of service accounts) to whom accounts in sources are correlated.
struct Identity
{
    QString key; // stable across snapshots: employee number or HR id
    QString displayName;
    QString givenName;
    QString surname;
    QString email;
    QString department;
    QString title;
    QString managerKey;   // key of the manager's identity, empty for the top of the hierarchy
    QString employeeType; // "Employee", "Contractor", …
    QString location;
    IdentityStatus status = IdentityStatus::Active;
    Timestamp hired = kNoTime;
    Timestamp left = kNoTime;
};

} // namespace attest
