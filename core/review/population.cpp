#include "population.h"

#include "graph/accessgraph.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace attest {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kMinimumTitlePeers = 3; // fewer peers with the same title: compare with the department

struct PeerGroups
{
    // Per identity: its peer group (department + title when big enough, else department).
    std::vector<quint32> groupOf;
    std::vector<quint32> groupSize;
    // Per group: how many of its identities hold each entitlement (effectively, any account).
    std::vector<QHash<quint32, quint32>> holders;
    std::vector<bool> byTitle;
};

PeerGroups peerGroups(const SnapshotData& data, const AccessGraph& graph)
{
    const std::size_t identities = data.identities.size();
    QHash<QString, quint32> titleCount;
    for (const Identity& identity : data.identities)
        ++titleCount[identity.department + QLatin1Char('\x1f') + identity.title];
    PeerGroups peers;
    peers.groupOf.resize(identities, AccessGraph::kNone);
    QHash<QString, quint32> groupIds;
    for (std::size_t i = 0; i < identities; ++i) {
        const Identity& identity = data.identities[i];
        if (identity.department.isEmpty())
            continue;
        const QString titleKey = identity.department + QLatin1Char('\x1f') + identity.title;
        const bool byTitle = !identity.title.isEmpty() && titleCount.value(titleKey) > kMinimumTitlePeers;
        const QString key = byTitle ? QStringLiteral("t:") + titleKey : QStringLiteral("d:") + identity.department;
        auto it = groupIds.find(key);
        if (it == groupIds.end()) {
            it = groupIds.insert(key, quint32(peers.groupSize.size()));
            peers.groupSize.push_back(0);
            peers.holders.emplace_back();
            peers.byTitle.push_back(byTitle);
        }
        peers.groupOf[i] = *it;
        ++peers.groupSize[*it];
    }
    // Each identity counts once per entitlement, however many accounts hold it.
    std::vector<quint32> held;
    for (std::size_t i = 0; i < identities; ++i) {
        const quint32 group = peers.groupOf[i];
        if (group == AccessGraph::kNone)
            continue;
        held.clear();
        for (const quint32 account : graph.accountsOfIdentity(quint32(i))) {
            for (const AccessGraph::EffectiveGrant& grant : graph.effectiveGrants(account))
                held.push_back(grant.entitlement);
        }
        std::sort(held.begin(), held.end());
        held.erase(std::unique(held.begin(), held.end()), held.end());
        for (const quint32 entitlement : held)
            ++peers.holders[group][entitlement];
    }
    return peers;
}

QString entitlementPath(const SnapshotData& data, const AccessGraph& graph, const AccessGraph::EffectiveGrant& grant)
{
    if (grant.depth == 0)
        return QCoreApplication::translate("Review", "Direct");
    QStringList names;
    for (const quint32 step : graph.via(grant))
        names << data.entitlements[step].name;
    return QCoreApplication::translate("Review", "via %1").arg(names.join(QStringLiteral(" → ")));
}

} // namespace

std::optional<Population> buildPopulation(const SnapshotData& data, const AccessGraph& graph,
                                          const CampaignDefinition& definition, Timestamp now,
                                          const ProgressFn& progress, QString* error)
{
    if (!definition.validate(error))
        return std::nullopt;
    const CampaignScope& scope = definition.scope;
    const std::size_t entitlementCount = data.entitlements.size();

    // Which entitlements are in scope.
    std::vector<bool> entitlementInScope(entitlementCount, false);
    const QSet<QString> chosen(scope.entitlementKeys.begin(), scope.entitlementKeys.end());
    for (std::size_t e = 0; e < entitlementCount; ++e) {
        const Entitlement& entitlement = data.entitlements[e];
        switch (scope.entitlements) {
        case CampaignScope::Entitlements::All:
            entitlementInScope[e] = true;
            break;
        case CampaignScope::Entitlements::Privileged:
            entitlementInScope[e] = graph.isPrivilegedEntitlement(quint32(e));
            break;
        case CampaignScope::Entitlements::Chosen:
            entitlementInScope[e] = chosen.contains(entitlement.key);
            break;
        case CampaignScope::Entitlements::Filter:
            entitlementInScope[e] = entitlement.name.contains(scope.entitlementFilter, Qt::CaseInsensitive);
            break;
        }
    }
    const QSet<QString> departments(scope.departments.begin(), scope.departments.end());
    const QSet<AccountKind> kinds(scope.kinds.begin(), scope.kinds.end());

    // Reviewers: identity key → index, for names and the self-review check.
    const auto identityIndex = [&graph](const QString& key) { return graph.identityByKey(key); };
    const auto reviewerName = [&data, &identityIndex](const QString& reviewer) {
        const quint32 i = identityIndex(reviewer);
        return i == AccessGraph::kNone ? reviewer : data.identities[i].displayName;
    };

    const PeerGroups peers = peerGroups(data, graph);
    if (!reportProgress(progress, 0, qint64(data.accounts.size()),
                        QCoreApplication::translate("Review", "Building the population"))) {
        *error = QCoreApplication::translate("Review", "cancelled");
        return std::nullopt;
    }

    Population population;
    population.items.reserve(std::size_t(graph.effectiveGrantCount()));
    quint32 nextIndex = 0;
    QHash<quint32, quint32> namedReviewerOf; // entitlement → index into namedReviewers
    for (std::size_t a = 0; a < data.accounts.size(); ++a) {
        const Account& account = data.accounts[a];
        const quint32 identity = graph.identityOfAccount(quint32(a));
        const Identity* person = identity == AccessGraph::kNone ? nullptr : &data.identities[identity];
        if (!departments.isEmpty() && (!person || !departments.contains(person->department)))
            continue;
        if (!kinds.isEmpty() && !kinds.contains(account.kind))
            continue;
        for (const AccessGraph::EffectiveGrant& grant : graph.effectiveGrants(quint32(a))) {
            if (!entitlementInScope[grant.entitlement])
                continue;
            ++population.reconciliation.inScopeGrants;
            const Entitlement& entitlement = data.entitlements[grant.entitlement];
            const CampaignScope::Exclusion* excludedBy = nullptr;
            for (const CampaignScope::Exclusion& exclusion : scope.exclusions) {
                if ((exclusion.accountKey.isEmpty() || exclusion.accountKey == account.key ||
                     (person && exclusion.accountKey == person->key)) &&
                    (exclusion.entitlementKey.isEmpty() || exclusion.entitlementKey == entitlement.key)) {
                    excludedBy = &exclusion;
                    break;
                }
            }
            if (excludedBy) {
                ++population.reconciliation.excluded;
                population.exclusions
                    << QStringLiteral("%1 → %2: %3").arg(account.login, entitlement.name, excludedBy->reason);
                continue;
            }

            ReviewItem item;
            item.index = nextIndex++;
            if (person) {
                item.identityKey = person->key;
                item.identityName = person->displayName;
                item.title = person->title;
                item.department = person->department;
            }
            item.accountKey = account.key;
            item.accountLogin = account.login;
            item.accountDn = account.dn;
            item.entitlementKey = entitlement.key;
            item.entitlementName = entitlement.name;
            item.entitlementDn = entitlement.dn;
            item.accessPath = entitlementPath(data, graph, grant);
            const Entitlement& direct = data.entitlements[grant.directVia];
            item.directGroupKey = direct.key;
            item.directGroupDn = direct.dn;
            item.directGroupName = direct.name;
            item.privileged = graph.isPrivilegedEntitlement(grant.entitlement);
            item.accountEnabled = account.enabled;
            item.lastLogon = account.lastLogon;

            // Peers: the share of the others in the identity's peer group who hold it too.
            if (person && peers.groupOf[identity] != AccessGraph::kNone) {
                const quint32 group = peers.groupOf[identity];
                const quint32 others = peers.groupSize[group] - 1;
                if (others > 0) {
                    const quint32 holders = peers.holders[group].value(grant.entitlement);
                    item.peerPercent = int((qint64(holders > 0 ? holders - 1 : 0) * 100) / others);
                }
            }

            // Recommendation, with its reason.
            QStringList revoke;
            if (!account.enabled)
                revoke << QCoreApplication::translate("Review", "the account is disabled");
            if (person && person->status == IdentityStatus::Left)
                revoke << QCoreApplication::translate("Review", "the person has left");
            const qint64 staleMs = qint64(definition.staleDays) * kDayMs;
            if (hasTime(account.lastLogon) && now - account.lastLogon > staleMs)
                revoke << QCoreApplication::translate("Review", "no logon for %1 days")
                              .arg((now - account.lastLogon) / kDayMs);
            else if (!hasTime(account.lastLogon) && hasTime(account.created) && now - account.created > staleMs)
                revoke << QCoreApplication::translate("Review", "never logged on in %1 days since it was created")
                              .arg((now - account.created) / kDayMs);
            if (item.peerPercent >= 0 && item.peerPercent < definition.peerLowPercent)
                revoke << QCoreApplication::translate("Review", "held by %1% of peers").arg(item.peerPercent);
            if (item.privileged && !person)
                revoke << QCoreApplication::translate("Review", "privileged access on an account without an owner");
            const bool active = account.enabled && (!person || person->status != IdentityStatus::Left);
            if (!revoke.isEmpty()) {
                item.recommendation = Recommendation::Revoke;
                item.recommendationReason = revoke.join(QStringLiteral("; "));
            } else if (active && item.peerPercent > definition.peerHighPercent) {
                item.recommendation = Recommendation::Approve;
                item.recommendationReason =
                    QCoreApplication::translate("Review", "held by %1% of peers").arg(item.peerPercent);
            }

            // Reviewer.
            QString reviewer;
            ReviewerRelation relation = ReviewerRelation::Fallback;
            switch (definition.reviewerRule) {
            case ReviewerRule::Manager:
                if (person) {
                    const quint32 manager = graph.managerOf(identity);
                    if (manager != AccessGraph::kNone) {
                        reviewer = data.identities[manager].key;
                        relation = ReviewerRelation::Manager;
                    }
                }
                break;
            case ReviewerRule::EntitlementOwner: {
                const quint32 owner = graph.entitlementOwner(grant.entitlement);
                if (owner != AccessGraph::kNone) {
                    reviewer = data.identities[owner].key;
                    relation = ReviewerRelation::Owner;
                }
                break;
            }
            case ReviewerRule::Named:
                if (!definition.namedReviewers.isEmpty()) {
                    auto it = namedReviewerOf.find(grant.entitlement);
                    if (it == namedReviewerOf.end())
                        it = namedReviewerOf.insert(grant.entitlement, quint32(namedReviewerOf.size()) %
                                                                           quint32(definition.namedReviewers.size()));
                    reviewer = definition.namedReviewers[int(*it)];
                    relation = ReviewerRelation::Named;
                }
                break;
            }
            // Nobody reviews their own access.
            if (reviewer.isEmpty() || (person && reviewer == person->key)) {
                reviewer = definition.fallbackReviewer;
                relation = ReviewerRelation::Fallback;
                if (person && reviewer == person->key)
                    reviewer = definition.owner; // the fallback's own access goes to the owner
            }
            item.reviewer = reviewer;
            item.reviewerName = reviewerName(reviewer);
            item.relation = relation;
            population.items.append(item);
        }
        if ((a & 0xfff) == 0 && !reportProgress(progress, qint64(a), qint64(data.accounts.size()),
                                                QCoreApplication::translate("Review", "Building the population"))) {
            *error = QCoreApplication::translate("Review", "cancelled");
            return std::nullopt;
        }
    }
    population.reconciliation.items = qint64(population.items.size());
    if (population.items.empty()) {
        *error = QCoreApplication::translate("Review",
                                             "the scope is empty: no access in snapshot %1 matches it (%2 grants in "
                                             "scope, %3 excluded)")
                     .arg(definition.snapshotId)
                     .arg(population.reconciliation.inScopeGrants)
                     .arg(population.reconciliation.excluded);
        return std::nullopt;
    }
    population.items.finishBuilding();
    population.sha256 = population.items.sha256();
    return population;
}

} // namespace attest
