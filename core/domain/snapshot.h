#pragma once

#include "account.h"
#include "entitlement.h"
#include "identity.h"
#include "membership.h"
#include "timestamp.h"

#include <QString>

#include <vector>

namespace attest {

// What the workspace says about one stored snapshot.
struct SnapshotInfo
{
    qint64 id = 0;
    qint64 sourceId = 0;
    QString sourceName;
    QString label; // e.g. "2026 Q3"
    Timestamp takenAt = kNoTime;
    qint64 identityCount = 0;
    qint64 accountCount = 0;
    qint64 entitlementCount = 0;
    qint64 membershipCount = 0;
};

// The full state of one source at one time. Rows refer to each other by index (memberships) or
// by key (identityKey, managerKey, ownerKey). Immutable once stored.
struct SnapshotData
{
    SnapshotInfo info;
    std::vector<Identity> identities;
    std::vector<Account> accounts;
    std::vector<Entitlement> entitlements;
    std::vector<Membership> memberships;

    // Checks that every membership index is in range; describes the first problem in *error.
    bool validate(QString* error) const;
};

} // namespace attest
