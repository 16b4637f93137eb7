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

bool resolveCampaignPeopleByKey(CampaignDefinition* definition, const std::vector<Identity>& identities)
{
    CampaignDefinition d = *definition;
    std::vector<QString*> keys{&d.owner, &d.fallbackReviewer};
    for (QString& named : d.namedReviewers)
        keys.push_back(&named);
    QHash<QString, quint32> wanted; // key → identity (the last with it, as PersonResolver's byKey)
    for (QString* key : keys) {
        *key = key->trimmed();
        if (key->isEmpty())
            return false;
        wanted.insert(*key, AccessGraph::kNone);
    }
    for (quint32 i = 0; i < identities.size(); ++i) {
        const auto it = wanted.find(identities[i].key);
        if (it != wanted.end())
            *it = i;
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (*it == AccessGraph::kNone)
            return false;
    }
    d.ownerName = identities[wanted.value(d.owner)].displayName;
    d.fallbackReviewerName = identities[wanted.value(d.fallbackReviewer)].displayName;
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

    // Reviewers: identity key → index.
    const auto identityIndex = [&graph](const QString& key) { return graph.identityByKey(key); };

    const PeerGroups peers = peerGroups(data, graph);
    if (!reportProgress(progress, 0, qint64(data.accounts.size()),
                        QCoreApplication::translate("Review", "Building the population"))) {
        *error = QCoreApplication::translate("Review", "cancelled");
        return std::nullopt;
    }

    // Texts that repeat across items are made once: access paths per (direct group,
    // entitlement), reviewers' names by identity, peer reasons per percentage.
    std::vector<QString> peerReasons(101);
    for (int percent = 0; percent <= 100; ++percent)
        peerReasons[std::size_t(percent)] = QCoreApplication::translate("Review", "held by %1% of peers").arg(percent);
    const QString disabledReason = QCoreApplication::translate("Review", "the account is disabled");
    const QString leftReason = QCoreApplication::translate("Review", "the person has left");
    const QString orphanReason =
        QCoreApplication::translate("Review", "privileged access on an account without an owner");

    Population population;
    ReviewItemTable& table = population.items;
    table.reserve(std::size_t(graph.effectiveGrantCount()));
    // Most texts are the accounts' (key, login, DN), their people's and the entitlements'.
    table.reserveStrings(4 * data.accounts.size() + 3 * entitlementCount);
    const quint32 emptyId = table.intern(QString());
    std::vector<std::array<quint32, 3>> entitlementTextIds(
        entitlementCount, {AccessGraph::kNone, AccessGraph::kNone, AccessGraph::kNone});
    const auto entitlementIds = [&](quint32 e) -> const std::array<quint32, 3>& {
        std::array<quint32, 3>& ids = entitlementTextIds[e];
        if (ids[0] == AccessGraph::kNone) {
            const Entitlement& x = data.entitlements[e];
            ids = {table.intern(x.key), table.intern(x.name), table.intern(x.dn)};
        }
        return ids;
    };
    // A reviewer's key and display name, by identity, interned the first time they review.
    std::vector<std::array<quint32, 2>> reviewerTextIds(data.identities.size(),
                                                        {AccessGraph::kNone, AccessGraph::kNone});
    const auto reviewerIds = [&](quint32 identity) -> const std::array<quint32, 2>& {
        std::array<quint32, 2>& ids = reviewerTextIds[identity];
        if (ids[0] == AccessGraph::kNone)
            ids = {table.intern(data.identities[identity].key), table.intern(data.identities[identity].displayName)};
        return ids;
    };
    std::array<quint32, 101> peerReasonIds;
    peerReasonIds.fill(AccessGraph::kNone);
    const auto peerReasonId = [&](int percent) {
        quint32& id = peerReasonIds[std::size_t(percent)];
        if (id == AccessGraph::kNone)
            id = table.intern(peerReasons[std::size_t(percent)]);
        return id;
    };
    const quint32 ownerIdentity = identityIndex(definition.owner);
    const quint32 fallbackIdentity = identityIndex(definition.fallbackReviewer);
    std::vector<quint32> namedIdentities;
    for (const QString& named : definition.namedReviewers)
        namedIdentities.push_back(identityIndex(named));
    QHash<quint64, quint32> pathIds;
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
        quint32 accountReasonId = 0;
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

            // Into the table by text ids, each text interned once per account, entitlement, path,
            // reason or reviewer: nothing per item is copied or hashed but the record itself.
            if (!accountInterned) {
                accountIds = {person ? table.intern(person->key) : emptyId,
                              person ? table.intern(person->displayName) : emptyId,
                              person ? table.intern(person->title) : emptyId,
                              person ? table.intern(person->department) : emptyId,
                              table.intern(account.key),
                              table.intern(account.login),
                              table.intern(account.dn)};
                accountReasonId = table.intern(accountReason);
                accountInterned = true;
            }
            ReviewItemTable::Record record;
            record.privileged = graph.isPrivilegedEntitlement(grant.entitlement);
            record.accountEnabled = account.enabled;
            record.lastLogon = account.lastLogon;
            // Peers: the share of the others in the identity's peer group who hold it too.
            record.peerPercent = person ? peers.peerPercent(identity, grant.entitlement) : -1;

            // Recommendation, with its reason.
            const int peerPercent = record.peerPercent;
            const bool lowPeers = peerPercent >= 0 && peerPercent < definition.peerLowPercent;
            const bool orphanPrivilege = record.privileged && !person;
            const bool active = account.enabled && (!person || person->status != IdentityStatus::Left);
            record.recommendation = Recommendation::None;
            quint32 reasonId = emptyId;
            if (!accountReason.isEmpty() || lowPeers || orphanPrivilege) {
                record.recommendation = Recommendation::Revoke;
                if (!lowPeers && !orphanPrivilege) {
                    reasonId = accountReasonId;
                } else if (accountReason.isEmpty() && lowPeers && !orphanPrivilege) {
                    reasonId = peerReasonId(peerPercent);
                } else {
                    QStringList revoke;
                    if (!accountReason.isEmpty())
                        revoke << accountReason;
                    if (lowPeers)
                        revoke << peerReasons[std::size_t(peerPercent)];
                    if (orphanPrivilege)
                        revoke << orphanReason;
                    reasonId = table.intern(revoke.size() == 1 ? revoke.front() : revoke.join(QStringLiteral("; ")));
                }
            } else if (active && peerPercent > definition.peerHighPercent) {
                record.recommendation = Recommendation::Approve;
                reasonId = peerReasonId(qMin(peerPercent, 100));
            }

            // Reviewer: always a person of the snapshot (the rule's, or the fallback or owner,
            // whose keys were checked above).
            quint32 reviewer = AccessGraph::kNone;
            ReviewerRelation relation = ReviewerRelation::Fallback;
            switch (definition.reviewerRule) {
            case ReviewerRule::Manager:
                if (person) {
                    const quint32 manager = graph.managerOf(identity);
                    if (manager != AccessGraph::kNone) {
                        reviewer = manager;
                        relation = ReviewerRelation::Manager;
                    }
                }
                break;
            case ReviewerRule::EntitlementOwner: {
                const quint32 owner = graph.entitlementOwner(grant.entitlement);
                if (owner != AccessGraph::kNone) {
                    reviewer = owner;
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
                    reviewer = namedIdentities[*it];
                    relation = ReviewerRelation::Named;
                }
                break;
            }
            // Nobody reviews their own access (the same key: ids are interned by value).
            if (reviewer == AccessGraph::kNone || (person && reviewerIds(reviewer)[0] == accountIds[0])) {
                reviewer = fallbackIdentity;
                relation = ReviewerRelation::Fallback;
                if (person && reviewerIds(reviewer)[0] == accountIds[0])
                    reviewer = ownerIdentity; // the fallback's own access goes to the owner
            }
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
            const quint64 pathKey = (quint64(grant.directVia) << 32) | grant.entitlement;
            auto pathId = pathIds.find(pathKey);
            if (pathId == pathIds.end())
                pathId = pathIds.insert(pathKey, table.intern(entitlementPath(data, graph, grant)));
            record.text[F::AccessPath] = *pathId;
            const auto& via = entitlementIds(grant.directVia);
            record.text[F::DirectGroupKey] = via[0];
            record.text[F::DirectGroupName] = via[1];
            record.text[F::DirectGroupDn] = via[2];
            record.text[F::RecommendationReason] = reasonId;
            const auto& reviewerText = reviewerIds(reviewer);
            record.text[F::Reviewer] = reviewerText[0];
            record.text[F::ReviewerName] = reviewerText[1];
            record.relation = relation;
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
