#pragma once

#include "metrics.h"

#include <QString>

#include <vector>

namespace attest {

class Workspace;

namespace analysis {

// How access changed between two snapshots of one source, matched by the stable keys of accounts
// and entitlements: effective grants added and removed, split privileged/standard, and
// regressions — access revoked in a closed review that has come back.
struct Drift
{
    SnapshotInfo from;
    SnapshotInfo to;
    std::vector<Subject> added;   // grants of `to` that `from` did not have (indexes of `to`)
    std::vector<Subject> removed; // grants of `from` that `to` no longer has (indexes of `from`)
    quint64 addedPrivileged = 0;
    quint64 removedPrivileged = 0;
    quint64 fromGrants = 0;
    quint64 toGrants = 0;
    qint64 net() const { return qint64(added.size()) - qint64(removed.size()); }
    double ratePercent() const { return fromGrants ? 100.0 * double(net()) / double(fromGrants) : 0.0; }
    // Per 30 days, for comparing periods of different length; 0 when both have the same date.
    double monthlyRatePercent() const;

    std::vector<Subject> regressions;     // grants of `to` revoked in a closed campaign before `to`
    std::vector<QString> regressionNotes; // which campaign, when, what was done
};

Drift computeDrift(const SnapshotData& from, const AccessGraph& fromGraph, const SnapshotData& to,
                   const AccessGraph& toGraph);

// A grant a closed campaign removed (its remediation applied and verified, or recorded done).
struct RevokedGrant
{
    QString accountKey;
    QString entitlementKey;
    qint64 campaignId = 0;
    QString campaignName;
    Timestamp revokedAt = kNoTime;
    QString status; // "applied" or "done"
};

// Every grant revoked by a closed campaign over a snapshot of the source, before `before`.
std::vector<RevokedGrant> revokedGrants(const Workspace& workspace, qint64 sourceId, Timestamp before, QString* error);
// Fills drift->regressions: revoked grants that `to` holds again.
void findRegressions(Drift* drift, const SnapshotData& to, const AccessGraph& toGraph,
                     const std::vector<RevokedGrant>& revoked);

} // namespace analysis
} // namespace attest
