#include "drift.h"

#include "graph/accessgraph.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace attest::analysis {

namespace {

template <typename Row>
std::vector<quint32> matchByKey(const std::vector<Row>& from, const std::vector<Row>& to)
{
    QHash<QString, quint32> index;
    index.reserve(qsizetype(to.size()));
    for (std::size_t i = 0; i < to.size(); ++i)
        index.insert(to[i].key, quint32(i));
    std::vector<quint32> map(from.size(), kNoIndex);
    for (std::size_t i = 0; i < from.size(); ++i)
        map[i] = index.value(from[i].key, kNoIndex);
    return map;
}

} // namespace

double Drift::monthlyRatePercent() const
{
    if (!hasTime(from.takenAt) || !hasTime(to.takenAt) || to.takenAt <= from.takenAt)
        return 0.0;
    const double days = double(to.takenAt - from.takenAt) / double(kMsPerDay);
    return days > 0 ? ratePercent() * 30.0 / days : 0.0;
}

Drift computeDrift(const SnapshotData& from, const AccessGraph& fromGraph, const SnapshotData& to,
                   const AccessGraph& toGraph)
{
    Drift drift;
    drift.from = from.info;
    drift.to = to.info;
    drift.fromGrants = fromGraph.effectiveGrantCount();
    drift.toGrants = toGraph.effectiveGrantCount();
    const std::vector<quint32> accountMap = matchByKey(from.accounts, to.accounts);
    const std::vector<quint32> entitlementMap = matchByKey(from.entitlements, to.entitlements);
    std::vector<quint32> toAccountFrom(to.accounts.size(), kNoIndex);
    for (std::size_t a = 0; a < accountMap.size(); ++a) {
        if (accountMap[a] != kNoIndex)
            toAccountFrom[accountMap[a]] = quint32(a);
    }

    // The previous account's grants, renumbered into `to`'s entitlements (kNoIndex: gone).
    std::vector<std::pair<quint32, quint32>> previous; // (entitlement in `to`, entitlement in `from`)
    for (std::size_t a = 0; a < to.accounts.size(); ++a) {
        const quint32 account = quint32(a);
        const auto now = toGraph.effectiveGrants(account);
        const quint32 old = toAccountFrom[a];
        previous.clear();
        if (old != kNoIndex) {
            for (const AccessGraph::EffectiveGrant& g : fromGraph.effectiveGrants(old))
                previous.emplace_back(entitlementMap[g.entitlement], g.entitlement);
            std::sort(previous.begin(), previous.end());
        }
        // Merge two ascending lists; kNoIndex sorts last, so vanished entitlements end `previous`.
        std::size_t i = 0, j = 0;
        while (i < now.size() || j < previous.size()) {
            const quint32 current = i < now.size() ? now[i].entitlement : kNoIndex;
            const quint32 before = j < previous.size() ? previous[j].first : kNoIndex;
            if (i < now.size() && (j >= previous.size() || current < before)) {
                drift.added.push_back({Subject::Kind::Grant, account, current});
                drift.addedPrivileged += toGraph.isPrivilegedEntitlement(current) ? 1 : 0;
                ++i;
            } else if (i >= now.size() || before < current || before == kNoIndex) {
                drift.removed.push_back({Subject::Kind::Grant, old, previous[j].second});
                drift.removedPrivileged += fromGraph.isPrivilegedEntitlement(previous[j].second) ? 1 : 0;
                ++j;
            } else {
                ++i;
                ++j;
            }
        }
    }
    // Accounts that are gone took all their grants with them.
    for (std::size_t a = 0; a < from.accounts.size(); ++a) {
        if (accountMap[a] != kNoIndex)
            continue;
        for (const AccessGraph::EffectiveGrant& g : fromGraph.effectiveGrants(quint32(a))) {
            drift.removed.push_back({Subject::Kind::Grant, quint32(a), g.entitlement});
            drift.removedPrivileged += fromGraph.isPrivilegedEntitlement(g.entitlement) ? 1 : 0;
        }
    }
    return drift;
}

std::vector<RevokedGrant> revokedGrants(const Workspace& workspace, qint64 sourceId, Timestamp before, QString* error)
{
    std::vector<RevokedGrant> result;
    QHash<qint64, qint64> sourceOfSnapshot;
    for (const SnapshotInfo& s : workspace.snapshots())
        sourceOfSnapshot.insert(s.id, s.sourceId);
    const auto campaigns = workspace.campaigns(error);
    if (!campaigns)
        return {};
    for (const Campaign& campaign : *campaigns) {
        if (campaign.status == CampaignStatus::Active ||
            sourceOfSnapshot.value(campaign.definition.snapshotId) != sourceId)
            continue;
        const auto rows = workspace.remediation(campaign.id, error);
        if (!rows)
            return {};
        std::vector<const Workspace::RemediationRow*> done;
        for (const Workspace::RemediationRow& row : *rows) {
            const bool removed = row.status == QLatin1String("applied") || row.status == QLatin1String("done");
            const Timestamp at = hasTime(row.verifiedAt) ? row.verifiedAt : row.time;
            if (removed && (!hasTime(before) || !hasTime(at) || at < before))
                done.push_back(&row);
        }
        if (done.empty())
            continue;
        const auto items = workspace.reviewItems(campaign.id, error);
        if (!items)
            return {};
        for (const Workspace::RemediationRow* row : done) {
            if (row->item >= items->size())
                continue;
            RevokedGrant grant;
            grant.accountKey = items->text(row->item, ReviewItemTable::AccountKey);
            grant.entitlementKey = items->text(row->item, ReviewItemTable::EntitlementKey);
            grant.campaignId = campaign.id;
            grant.campaignName = campaign.definition.name;
            grant.revokedAt = hasTime(row->verifiedAt) ? row->verifiedAt : row->time;
            grant.status = row->status;
            result.push_back(std::move(grant));
        }
    }
    return result;
}

void findRegressions(Drift* drift, const SnapshotData& to, const AccessGraph& toGraph,
                     const std::vector<RevokedGrant>& revoked)
{
    drift->regressions.clear();
    drift->regressionNotes.clear();
    if (revoked.empty())
        return;
    QHash<QString, quint32> accounts, entitlements;
    for (std::size_t i = 0; i < to.accounts.size(); ++i)
        accounts.insert(to.accounts[i].key, quint32(i));
    for (std::size_t i = 0; i < to.entitlements.size(); ++i)
        entitlements.insert(to.entitlements[i].key, quint32(i));
    QSet<QPair<quint32, quint32>> seen;
    for (const RevokedGrant& r : revoked) {
        if (hasTime(to.info.takenAt) && hasTime(r.revokedAt) && r.revokedAt >= to.info.takenAt)
            continue; // the snapshot predates the removal
        const quint32 a = accounts.value(r.accountKey, kNoIndex);
        const quint32 e = entitlements.value(r.entitlementKey, kNoIndex);
        if (a == kNoIndex || e == kNoIndex || !toGraph.effectiveGrant(a, e) || seen.contains({a, e}))
            continue;
        seen.insert({a, e});
        drift->regressions.push_back({Subject::Kind::Grant, a, e});
        drift->regressionNotes.push_back(QCoreApplication::translate("Analysis", "revoked in “%1” (%2, %3)")
                                             .arg(r.campaignName, toIsoString(r.revokedAt).left(10), r.status));
    }
}

} // namespace attest::analysis
