#include "population.h"

#include "analysis/peers.h"
#include "audit/journal.h"
#include "domain/personresolver.h"
#include "graph/accessgraph.h"
#include "security/ed25519key.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <array>

namespace attest {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

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

bool resolveCampaignPeople(CampaignDefinition* definition, const PersonResolver& people, QString* error)
{
    CampaignDefinition d = *definition;
    const auto pick = [&people, error](const QString& role, const QString& text, QString* key, QString* name) {
        QString why;
        const quint32 person = people.resolve(text, &why);
        if (person == PersonResolver::kNone) {
            *error = QStringLiteral("%1: %2").arg(role, why);
            return false;
        }
        *key = people.identity(person).key;
        if (name)
            *name = people.identity(person).displayName;
        return true;
    };
    if (!pick(QCoreApplication::translate("Review", "owner"), d.owner, &d.owner, &d.ownerName) ||
        !pick(QCoreApplication::translate("Review", "fallback reviewer"), d.fallbackReviewer, &d.fallbackReviewer,
              &d.fallbackReviewerName))
        return false;
    for (QString& named : d.namedReviewers) {
        if (!pick(QCoreApplication::translate("Review", "named reviewer"), named, &named, nullptr))
            return false;
    }
    *definition = std::move(d);
    return true;
}

std::optional<Population> buildPopulation(const SnapshotData& data, const AccessGraph& graph,
                                          const CampaignDefinition& definition, Timestamp now,
                                          const ProgressFn& progress, QString* error)
{
    if (!definition.validate(error))
        return std::nullopt;
    // Every person the campaign names is someone of this snapshot: a name as typed would make a
    // second, unlinked reviewer for the same person (or one for nobody).
    {
        QStringList people{definition.owner, definition.fallbackReviewer};
        people += definition.namedReviewers;
        for (const QString& key : std::as_const(people)) {
            if (graph.identityByKey(key) == AccessGraph::kNone) {
                *error =
                    QCoreApplication::translate("Review", "“%1” is not an identity of snapshot %2: pick the owner and "
                                                          "reviewers among its people (key, login, mail or full name)")
                        .arg(key)
                        .arg(definition.snapshotId);
                return std::nullopt;
            }
        }
    }
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

    // Texts that repeat across items are made once: access paths per (direct group,
    // entitlement), reviewer names, peer reasons per percentage.
    QHash<quint64, QString> paths;
    const auto pathOf = [&](const AccessGraph::EffectiveGrant& grant) -> const QString& {
        const quint64 key = (quint64(grant.directVia) << 32) | grant.entitlement;
        auto it = paths.find(key);
        if (it == paths.end())
            it = paths.insert(key, entitlementPath(data, graph, grant));
        return *it;
    };
    QHash<QString, QString> reviewerNames;
    const auto nameOf = [&](const QString& reviewer) -> const QString& {
        auto it = reviewerNames.find(reviewer);
        if (it == reviewerNames.end())
            it = reviewerNames.insert(reviewer, reviewerName(reviewer));
        return *it;
    };
    std::vector<QString> peerReasons(101);
    for (int percent = 0; percent <= 100; ++percent)
        peerReasons[std::size_t(percent)] = QCoreApplication::translate("Review", "held by %1% of peers").arg(percent);
    const QString disabledReason = QCoreApplication::translate("Review", "the account is disabled");
    const QString leftReason = QCoreApplication::translate("Review", "the person has left");
    const QString orphanReason =
        QCoreApplication::translate("Review", "privileged access on an account without an owner");

    Population population;
    population.items.reserve(std::size_t(graph.effectiveGrantCount()));
    std::vector<std::array<quint32, 3>> entitlementTextIds(
        entitlementCount, {AccessGraph::kNone, AccessGraph::kNone, AccessGraph::kNone});
    QHash<quint64, quint32> pathIds;
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
        // Reasons that hold for every grant of the account.
        QStringList accountReasons;
        if (!account.enabled)
            accountReasons << disabledReason;
        if (person && person->status == IdentityStatus::Left)
            accountReasons << leftReason;
        const qint64 staleMs = qint64(definition.staleDays) * kDayMs;
        if (hasTime(account.lastLogon) && now - account.lastLogon > staleMs)
            accountReasons << QCoreApplication::translate("Review", "no logon for %1 days")
                                  .arg((now - account.lastLogon) / kDayMs);
        else if (!hasTime(account.lastLogon) && hasTime(account.created) && now - account.created > staleMs)
            accountReasons << QCoreApplication::translate("Review", "never logged on in %1 days since it was created")
                                  .arg((now - account.created) / kDayMs);
        const QString accountReason = accountReasons.join(QStringLiteral("; "));
        bool accountInterned = false;
        std::array<quint32, 7> accountIds{};
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
            item.accessPath = pathOf(grant);
            const Entitlement& direct = data.entitlements[grant.directVia];
            item.directGroupKey = direct.key;
            item.directGroupDn = direct.dn;
            item.directGroupName = direct.name;
            item.privileged = graph.isPrivilegedEntitlement(grant.entitlement);
            item.accountEnabled = account.enabled;
            item.lastLogon = account.lastLogon;

            // Peers: the share of the others in the identity's peer group who hold it too.
            if (person)
                item.peerPercent = peers.peerPercent(identity, grant.entitlement);

            // Recommendation, with its reason.
            const bool lowPeers = item.peerPercent >= 0 && item.peerPercent < definition.peerLowPercent;
            const bool orphanPrivilege = item.privileged && !person;
            const bool active = account.enabled && (!person || person->status != IdentityStatus::Left);
            if (!accountReason.isEmpty() || lowPeers || orphanPrivilege) {
                item.recommendation = Recommendation::Revoke;
                if (!lowPeers && !orphanPrivilege) {
                    item.recommendationReason = accountReason; // shared
                } else {
                    QStringList revoke;
                    if (!accountReason.isEmpty())
                        revoke << accountReason;
                    if (lowPeers)
                        revoke << peerReasons[std::size_t(item.peerPercent)];
                    if (orphanPrivilege)
                        revoke << orphanReason;
                    item.recommendationReason = revoke.size() == 1 ? revoke.front() : revoke.join(QStringLiteral("; "));
                }
            } else if (active && item.peerPercent > definition.peerHighPercent) {
                item.recommendation = Recommendation::Approve;
                item.recommendationReason = peerReasons[std::size_t(qMin(item.peerPercent, 100))];
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
            item.reviewerName = nameOf(reviewer);
            item.relation = relation;
            // Into the table by text ids, each text interned once per account, entitlement or path.
            ReviewItemTable& table = population.items;
            if (!accountInterned) {
                accountIds = {table.intern(item.identityKey), table.intern(item.identityName),
                              table.intern(item.title),       table.intern(item.department),
                              table.intern(item.accountKey),  table.intern(item.accountLogin),
                              table.intern(item.accountDn)};
                accountInterned = true;
            }
            const auto entitlementIds = [&](quint32 e) -> const std::array<quint32, 3>& {
                std::array<quint32, 3>& ids = entitlementTextIds[e];
                if (ids[0] == AccessGraph::kNone) {
                    const Entitlement& x = data.entitlements[e];
                    ids = {table.intern(x.key), table.intern(x.name), table.intern(x.dn)};
                }
                return ids;
            };
            const quint64 pathKey = (quint64(grant.directVia) << 32) | grant.entitlement;
            auto pathId = pathIds.find(pathKey);
            if (pathId == pathIds.end())
                pathId = pathIds.insert(pathKey, table.intern(item.accessPath));
            ReviewItemTable::Record record;
            using F = ReviewItemTable::Field;
            record.text[F::IdentityKey] = accountIds[0];
            record.text[F::IdentityName] = accountIds[1];
            record.text[F::Title] = accountIds[2];
            record.text[F::Department] = accountIds[3];
            record.text[F::AccountKey] = accountIds[4];
            record.text[F::AccountLogin] = accountIds[5];
            record.text[F::AccountDn] = accountIds[6];
            const auto& target = entitlementIds(grant.entitlement);
            record.text[F::EntitlementKey] = target[0];
            record.text[F::EntitlementName] = target[1];
            record.text[F::EntitlementDn] = target[2];
            record.text[F::AccessPath] = *pathId;
            const auto& via = entitlementIds(grant.directVia);
            record.text[F::DirectGroupKey] = via[0];
            record.text[F::DirectGroupName] = via[1];
            record.text[F::DirectGroupDn] = via[2];
            record.text[F::RecommendationReason] = table.intern(item.recommendationReason);
            record.text[F::Reviewer] = table.intern(item.reviewer);
            record.text[F::ReviewerName] = table.intern(item.reviewerName);
            record.lastLogon = item.lastLogon;
            record.peerPercent = item.peerPercent;
            record.recommendation = item.recommendation;
            record.relation = item.relation;
            record.privileged = item.privileged;
            record.accountEnabled = item.accountEnabled;
            table.append(record);
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

JournalRecord campaignCreatedRecord(qint64 campaignId, const CampaignDefinition& definition,
                                    const Population& population)
{
    const Reconciliation& r = population.reconciliation;
    return Journal::newRecord(QStringLiteral("review.create"), QStringLiteral("campaign %1").arg(campaignId),
                              {{QStringLiteral("name"), definition.name},
                               {QStringLiteral("owner"), definition.owner},
                               {QStringLiteral("snapshot"), definition.snapshotId},
                               {QStringLiteral("items"), qint64(population.items.size())},
                               {QStringLiteral("populationSha256"), QString::fromLatin1(population.sha256.toHex())},
                               {QStringLiteral("inScopeGrants"), r.inScopeGrants},
                               {QStringLiteral("excluded"), r.excluded},
                               {QStringLiteral("noResponse"), noResponseName(definition.noResponse)}},
                              QStringLiteral("success"));
}

std::optional<qint64> createCampaign(Workspace& workspace, const CampaignDefinition& definition,
                                     const Population& population, QString* error)
{
    const auto key = Journal::loadOrCreateKey(workspace, error);
    if (!key) {
        *error =
            QCoreApplication::translate("Review", "the campaign was not created: its journal cannot record it (%1)")
                .arg(*error);
        return std::nullopt;
    }
    auto transaction = workspace.transaction(QStringLiteral("create the campaign %1").arg(definition.name), error);
    if (!transaction)
        return std::nullopt;
    const auto id = workspace.createCampaign(definition, population, error);
    if (!id || !Journal::append(workspace, *key, campaignCreatedRecord(*id, definition, population), error) ||
        !transaction.commit(error))
        return std::nullopt;
    return id;
}

} // namespace attest
