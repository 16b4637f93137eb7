#include "closing.h"

#include "audit/journal.h"
#include "connectors/connector.h"
#include "connectors/journaledchange.h"
#include "domain/privilegedpolicy.h"
#include "graph/accessgraph.h"
#include "security/ed25519key.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <deque>
#include <limits>

namespace attest::review {

QString ItemDecision::who() const
{
    return byName.isEmpty() || byName == by ? by : QStringLiteral("%1 (%2)").arg(byName, by);
}

namespace {

bool journal(Workspace& workspace, const QString& action, const QString& target, const QJsonObject& parameters,
             const QString& result, const QString& reason, QString* error)
{
    return Journal::append(workspace, Journal::newRecord(action, target, parameters, result, reason), error);
}

// The entitlements an entitlement grants: itself and every group it is nested in, transitively.
QSet<quint32> reach(const AccessGraph& graph, quint32 start)
{
    QSet<quint32> seen{start};
    std::deque<quint32> queue{start};
    while (!queue.empty()) {
        const quint32 e = queue.front();
        queue.pop_front();
        for (const quint32 parent : graph.memberOf(e)) {
            if (!seen.contains(parent)) {
                seen.insert(parent);
                queue.push_back(parent);
            }
        }
    }
    return seen;
}

struct SnapshotContext
{
    SnapshotData data;
    std::unique_ptr<AccessGraph> graph;
    SourceInfo source;
};

std::optional<SnapshotContext> snapshotOf(const Workspace& workspace, const Campaign& campaign, QString* error)
{
    SnapshotContext context;
    auto data = workspace.loadSnapshot(campaign.definition.snapshotId, {}, error);
    if (!data)
        return std::nullopt;
    context.data = std::move(*data);
    context.graph = AccessGraph::build(context.data, PrivilegedPolicy());
    for (const SourceInfo& source : workspace.sources()) {
        if (source.id == context.data.info.sourceId)
            context.source = source;
    }
    return context;
}

} // namespace

QString PlannedChange::description() const
{
    // A conflict or an access with no path found is not a change Attest makes: say so first.
    if (conflict ||
        (status == QLatin1String("manual") && !message.isEmpty() && alsoRemoves.isEmpty() && groupName.isEmpty()))
        return QCoreApplication::translate("ReviewClosing", "Not changed for %1: %2")
            .arg(accountLogin.isEmpty() ? accountKey : accountLogin, message);
    QString text = QCoreApplication::translate("ReviewClosing", "Remove %1 from %2")
                       .arg(accountLogin.isEmpty() ? accountKey : accountLogin, groupName);
    if (!alsoRemoves.isEmpty())
        text += QCoreApplication::translate("ReviewClosing", "; this also takes away: %1")
                    .arg(alsoRemoves.join(QStringLiteral(", ")));
    if (!takesApproved.isEmpty())
        text += QCoreApplication::translate("ReviewClosing",
                                            "; by the owner's resolution of a conflict it takes approved access: %1")
                    .arg(takesApproved.join(QStringLiteral(", ")));
    if (status == QLatin1String("manual") && !message.isEmpty())
        text += QStringLiteral("; ") + message;
    if (!stillReaches.isEmpty())
        text += QCoreApplication::translate(
                    "ReviewClosing", "; NOTE: the account still reaches %1 another way, which this does not remove")
                    .arg(stillReaches.join(QStringLiteral(", ")));
    return text;
}

namespace {

// Per account: its revoked items and the entitlements a reviewer approved for it.
struct AccountDecisions
{
    QString key;                        // the account's key
    std::vector<quint32> revoked;       // its revoked items, in item order
    std::vector<quint32> approvedItems; // the items a person approved, in item order
    QHash<quint32, quint32> approved;   // entitlement (on the snapshot's graph) → the item a person approved
};

// The direct memberships of one account, and what each reaches (cached: accounts share groups).
class Reach
{
public:
    explicit Reach(const AccessGraph& graph)
        : m_graph(graph)
    {}
    const QSet<quint32>& of(quint32 direct)
    {
        auto it = m_cache.find(direct);
        if (it == m_cache.end())
            it = m_cache.insert(direct, reach(m_graph, direct));
        return *it;
    }
    // Everything reached through the direct memberships in `through`.
    QSet<quint32> unionOf(const std::vector<quint32>& through)
    {
        QSet<quint32> all;
        for (const quint32 d : through)
            all.unite(of(d));
        return all;
    }

private:
    const AccessGraph& m_graph;
    QHash<quint32, QSet<quint32>> m_cache;
};

} // namespace

std::optional<RemediationPlan> planRemediation(const Workspace& workspace, const CampaignState& state, QString* error,
                                               PlanScope scope)
{
    const ReviewItemTable& items = state.items();
    // Items grouped by account: the account of each item found through its key's text id in the
    // item table (an array), and by the key's text only the first time an id is seen, so 1.6 M
    // items cost no string comparisons; the accounts are then taken in key order, as the plan
    // reads the same every time.
    std::vector<AccountDecisions> accounts;
    QHash<QString, qint32> accountOfKey;
    std::vector<qint32> accountOfText;
    bool anyRevoked = false;
    for (std::size_t i = 0; i < state.size(); ++i) {
        const Decision decision = state.state(i).decision;
        if (decision != Decision::Revoke && decision != Decision::Approve)
            continue;
        if (decision == Decision::Approve && state.state(i).byNoResponsePolicy)
            continue;
        const quint32 keyId = items.textId(i, ReviewItemTable::AccountKey);
        if (keyId >= accountOfText.size())
            accountOfText.resize(std::size_t(keyId) + 1, -1);
        if (accountOfText[keyId] < 0) {
            const QString& key = items.string(keyId);
            auto slot = accountOfKey.constFind(key);
            if (slot == accountOfKey.cend()) {
                slot = accountOfKey.insert(key, qint32(accounts.size()));
                accounts.push_back(AccountDecisions{key, {}, {}, {}});
            }
            accountOfText[keyId] = *slot;
        }
        AccountDecisions& account = accounts[std::size_t(accountOfText[keyId])];
        if (decision == Decision::Revoke) {
            account.revoked.push_back(quint32(i));
            anyRevoked = true;
        } else {
            // A person's approval (the no-response policy keeping access approves nothing).
            account.approvedItems.push_back(quint32(i));
        }
    }
    RemediationPlan result;
    if (!anyRevoked)
        return result;
    std::vector<AccountDecisions*> byAccount;
    for (AccountDecisions& account : accounts) {
        if (!account.revoked.empty())
            byAccount.push_back(&account);
    }
    std::sort(byAccount.begin(), byAccount.end(),
              [](const AccountDecisions* x, const AccountDecisions* y) { return x->key < y->key; });

    // Which direct memberships must go, on the snapshot the campaign reviewed.
    auto context = snapshotOf(workspace, state.campaign(), error);
    if (!context)
        return std::nullopt;
    const AccessGraph& graph = *context->graph;
    QHash<QString, quint32> accountIndex;
    QHash<QString, quint32> entitlementIndex;
    for (std::size_t a = 0; a < context->data.accounts.size(); ++a)
        accountIndex.insert(context->data.accounts[a].key, quint32(a));
    for (std::size_t e = 0; e < context->data.entitlements.size(); ++e)
        entitlementIndex.insert(context->data.entitlements[e].key, quint32(e));
    // An item's entitlement on the graph, through its key's text id (looked up by text once per id).
    std::vector<quint32> entitlementOfText;
    constexpr quint32 kNotLooked = AccessGraph::kNone - 1;
    const auto entitlementOf = [&](quint32 item) {
        const quint32 keyId = items.textId(item, ReviewItemTable::EntitlementKey);
        if (keyId >= entitlementOfText.size())
            entitlementOfText.resize(std::size_t(keyId) + 1, kNotLooked);
        if (entitlementOfText[keyId] == kNotLooked)
            entitlementOfText[keyId] = entitlementIndex.value(items.string(keyId), AccessGraph::kNone);
        return entitlementOfText[keyId];
    };
    for (AccountDecisions* account : byAccount) {
        for (const quint32 item : account->approvedItems) {
            const quint32 e = entitlementOf(item);
            if (e != AccessGraph::kNone)
                account->approved.insert(e, item);
        }
    }
    const bool withChanges = scope == PlanScope::ChangesAndConflicts;
    QHash<quint32, Workspace::RemediationRow> rows;
    if (withChanges) {
        const auto stored = workspace.remediation(state.campaign().id, error);
        if (!stored)
            return std::nullopt;
        for (const auto& row : *stored)
            rows.insert(row.item, row);
    }
    const auto name = [&context](quint32 e) { return context->data.entitlements[e].name; };
    const auto itemChange = [&items](quint32 item) {
        PlannedChange change;
        change.accountKey = items.text(item, ReviewItemTable::AccountKey);
        change.accountLogin = items.text(item, ReviewItemTable::AccountLogin);
        change.accountDn = items.text(item, ReviewItemTable::AccountDn);
        change.status = QStringLiteral("planned");
        return change;
    };

    // Who decided an item, and as what: each side of a conflict as the evidence shows it.
    const auto decisionOf = [&items, &state](quint32 item) {
        const CampaignState::ItemState& s = state.state(item);
        ItemDecision d;
        d.item = item;
        d.entitlement = items.text(item, ReviewItemTable::EntitlementName);
        d.decision = s.decision;
        d.by = state.decidedByOf(item);
        d.byName = state.deciderNameOf(item);
        d.capacity = s.capacity;
        d.at = s.decidedAt;
        d.justification = state.justificationOf(item);
        return d;
    };

    Reach reachOf(graph);
    for (const AccountDecisions* account : byAccount) {
        const auto a = accountIndex.constFind(account->key);
        std::vector<quint32> direct;
        if (a != accountIndex.cend()) {
            const auto span = graph.directEntitlements(*a);
            direct.assign(span.begin(), span.end());
        }
        // For each revoked item: every direct membership through which the account reaches it.
        // All of them must go, or the access stays by another path.
        struct Cut
        {
            quint32 item = 0;
            quint32 entitlement = AccessGraph::kNone;
            std::vector<quint32> through;
            std::vector<quint32> conflicts;                 // approved items this removal would take
            const ConflictResolution* resolution = nullptr; // the owner's, while it stands
            const ConflictResolution* recorded = nullptr;   // the newest one, standing or not
            bool outdated = false;                          // one was made, but a decision came after it
            bool revokeAnyway() const
            {
                return !conflicts.empty() && resolution && resolution->choice == ConflictChoice::RevokeAnyway;
            }
            bool inPlan() const { return !through.empty() && (conflicts.empty() || revokeAnyway()); }
        };
        std::vector<Cut> cuts;
        QSet<quint32> revokedEntitlements;
        for (const quint32 item : account->revoked) {
            Cut cut;
            cut.item = item;
            cut.entitlement = entitlementOf(item);
            if (cut.entitlement != AccessGraph::kNone) {
                revokedEntitlements.insert(cut.entitlement);
                for (const quint32 d : direct) {
                    if (reachOf.of(d).contains(cut.entitlement))
                        cut.through.push_back(d);
                }
            }
            cuts.push_back(std::move(cut));
        }
        // What removing `through` takes away that the account does not keep by its other memberships.
        const auto lostBy = [&](const std::vector<quint32>& through) {
            std::vector<quint32> kept;
            for (const quint32 d : direct) {
                if (std::find(through.begin(), through.end(), d) == through.end())
                    kept.push_back(d);
            }
            QSet<quint32> lost = reachOf.unionOf(through);
            lost.subtract(reachOf.unionOf(kept));
            return lost;
        };
        // The approved items among the entitlements lost, by name.
        const auto approvedIn = [&](const QSet<quint32>& lost) {
            std::vector<quint32> taken;
            for (const quint32 e : lost) {
                const auto approved = account->approved.constFind(e);
                if (approved != account->approved.cend())
                    taken.push_back(*approved);
            }
            std::sort(taken.begin(), taken.end(), [&items](quint32 x, quint32 y) {
                return items.text(x, ReviewItemTable::EntitlementName) <
                       items.text(y, ReviewItemTable::EntitlementName);
            });
            return taken;
        };
        // A resolution stands while nobody decided the revoked item, or an approved item it gives
        // up, after it: the owner resolved what they saw, not what came later.
        const auto weigh = [&state](Cut& cut) {
            cut.resolution = nullptr;
            cut.recorded = nullptr;
            cut.outdated = false;
            const ConflictResolution* r = state.resolution(cut.item);
            if (!r)
                return;
            bool stands = state.state(cut.item).personRecord < r->recordId;
            for (const quint32 approved : cut.conflicts)
                stands = stands && state.state(approved).personRecord < r->recordId;
            cut.recorded = r;
            if (stands)
                cut.resolution = r;
            cut.outdated = !stands;
        };
        // A revoke whose removal would take approved access is a conflict: left for a person
        // unless the owner resolved it "revoke anyway".
        for (Cut& cut : cuts) {
            cut.conflicts = approvedIn(lostBy(cut.through));
            if (!cut.conflicts.empty())
                weigh(cut);
        }
        std::vector<quint32> cutAll;
        QSet<quint32> givenUp; // approved items resolutions chose to take
        // Each round either turns a planned revoke into a conflict or widens a conflict, so it ends
        // within (this account's revokes + approvals) rounds, each linear in its memberships.
        for (;;) {
            cutAll.clear();
            givenUp.clear();
            for (const Cut& cut : cuts) {
                if (!cut.inPlan())
                    continue;
                for (const quint32 d : cut.through) {
                    if (std::find(cutAll.begin(), cutAll.end(), d) == cutAll.end())
                        cutAll.push_back(d);
                }
                if (cut.revokeAnyway())
                    givenUp.unite(QSet<quint32>(cut.conflicts.begin(), cut.conflicts.end()));
            }
            std::vector<quint32> together = approvedIn(lostBy(cutAll));
            std::erase_if(together, [&givenUp](quint32 item) { return givenUp.contains(item); });
            if (together.empty())
                break;
            // Each revoke alone keeps the approved access, together they take it: all are conflicts.
            bool turned = false;
            for (Cut& cut : cuts) {
                if (cut.inPlan() && cut.conflicts.empty()) {
                    cut.conflicts = together;
                    weigh(cut);
                    turned = true;
                }
            }
            if (turned)
                continue;
            // Only resolved revokes are left, and together they take more than each gave up.
            for (Cut& cut : cuts) {
                if (!cut.revokeAnyway())
                    continue;
                for (const quint32 item : together) {
                    if (std::find(cut.conflicts.begin(), cut.conflicts.end(), item) == cut.conflicts.end())
                        cut.conflicts.push_back(item);
                }
                weigh(cut);
            }
        }
        const QSet<quint32> lostAll = withChanges ? lostBy(cutAll) : QSet<quint32>();

        if (!withChanges)
            cutAll.clear(); // only the conflicts are asked for
        std::sort(cutAll.begin(), cutAll.end(), [&](quint32 x, quint32 y) { return name(x) < name(y); });
        for (const quint32 d : cutAll) {
            PlannedChange change = itemChange(account->revoked.front());
            const Entitlement& group = context->data.entitlements[d];
            change.groupKey = group.key;
            change.groupName = group.name;
            change.groupDn = group.dn;
            for (const Cut& cut : cuts) {
                if (cut.inPlan() && std::find(cut.through.begin(), cut.through.end(), d) != cut.through.end()) {
                    change.items.push_back(cut.item);
                    change.served << items.text(cut.item, ReviewItemTable::EntitlementName);
                }
            }
            for (const quint32 e : reachOf.of(d)) {
                if (lostAll.contains(e) && !revokedEntitlements.contains(e))
                    change.alsoRemoves << name(e);
                const auto approved = account->approved.constFind(e);
                if (lostAll.contains(e) && approved != account->approved.cend() && givenUp.contains(*approved))
                    change.takesApproved << name(e);
            }
            change.alsoRemoves.sort();
            change.takesApproved.sort();
            result.changes.push_back(std::move(change));
        }
        for (const Cut& cut : cuts) {
            if (!cut.conflicts.empty()) {
                PlanConflict conflict;
                conflict.accountKey = account->key;
                conflict.accountLogin = items.text(cut.item, ReviewItemTable::AccountLogin);
                conflict.revoked = decisionOf(cut.item);
                for (const quint32 approved : cut.conflicts)
                    conflict.approved.push_back(decisionOf(approved));
                for (const quint32 d : cut.through)
                    conflict.groups << name(d);
                conflict.groups.sort();
                if (cut.recorded)
                    conflict.resolution = *cut.recorded;
                conflict.outdated = cut.outdated;
                result.conflicts.push_back(std::move(conflict));
            }
            if (cut.inPlan() || !withChanges)
                continue;
            // Left for a person: a conflict with approved access, or no path found on the snapshot.
            PlannedChange change = itemChange(cut.item);
            change.groupKey = items.text(cut.item, ReviewItemTable::DirectGroupKey);
            change.groupName = items.text(cut.item, ReviewItemTable::DirectGroupName);
            change.groupDn = items.text(cut.item, ReviewItemTable::DirectGroupDn);
            change.items.push_back(cut.item);
            change.served << items.text(cut.item, ReviewItemTable::EntitlementName);
            change.status = QStringLiteral("manual");
            change.conflict = !cut.conflicts.empty();
            QStringList taken;
            for (const quint32 approved : cut.conflicts)
                taken << QCoreApplication::translate("ReviewClosing", "%1 (approved by %2)")
                             .arg(items.text(approved, ReviewItemTable::EntitlementName),
                                  state.decidedByOf(approved).isEmpty() ? QStringLiteral("?")
                                                                        : state.decidedByOf(approved));
            const QString entitlement = items.text(cut.item, ReviewItemTable::EntitlementName);
            if (!change.conflict)
                change.message =
                    QCoreApplication::translate("ReviewClosing", "no membership granting %1 was found in the reviewed "
                                                                 "snapshot: remove the access by hand and record it")
                        .arg(entitlement);
            else if (cut.resolution)
                change.message =
                    QCoreApplication::translate("ReviewClosing",
                                                "conflict: revoking %1 would also take away %2; %3 resolved it on %4: "
                                                "keep the approved access (\"%5\"); the revoke is left for a person")
                        .arg(entitlement, taken.join(QStringLiteral(", ")), cut.resolution->by,
                             toIsoString(cut.resolution->at), cut.resolution->reason);
            else
                change.message = QCoreApplication::translate("ReviewClosing",
                                                             "conflict: revoking %1 would also take away %2; the "
                                                             "owner resolves it (keep the approved access or revoke "
                                                             "anyway), or remove the access by hand and record it")
                                     .arg(entitlement, taken.join(QStringLiteral(", ")));
            if (change.conflict && cut.outdated)
                change.message += QCoreApplication::translate(
                    "ReviewClosing", " (an earlier resolution no longer applies: a decision changed after it)");
            result.changes.push_back(std::move(change));
        }
    }
    // Where remediation stands: a change is settled when every item it serves is; otherwise a
    // planned change takes the state (and message) of its unsettled items, a manual one keeps its reason.
    for (PlannedChange& change : result.changes) {
        bool settled = true;
        for (const quint32 item : change.items) {
            const auto row = rows.constFind(item);
            if (row != rows.cend() && (row->status == QLatin1String("applied") || row->status == QLatin1String("done")))
                continue;
            settled = false;
            if (row != rows.cend() && change.status != QLatin1String("manual")) {
                change.status = row->status;
                change.message = row->message;
            }
        }
        if (settled && !change.items.empty())
            change.status = rows.value(change.items.front()).status;
    }
    return result;
}

std::optional<std::vector<PlannedChange>> remediationPlan(const Workspace& workspace, const CampaignState& state,
                                                          QString* error)
{
    auto plan = planRemediation(workspace, state, error);
    if (!plan)
        return std::nullopt;
    return std::move(plan->changes);
}

namespace {

// Each item's remediation row: "planned", or "manual" with the reason, and every change it needs.
std::vector<Workspace::RemediationRow> plannedRows(const std::vector<PlannedChange>& plan)
{
    QMap<quint32, Workspace::RemediationRow> rows;
    for (const PlannedChange& change : plan) {
        for (const quint32 item : change.items) {
            Workspace::RemediationRow& row = rows[item];
            row.item = item;
            if (row.status.isEmpty() || change.status == QLatin1String("manual"))
                row.status =
                    change.status == QLatin1String("manual") ? QStringLiteral("manual") : QStringLiteral("planned");
            row.message += (row.message.isEmpty() ? QString() : QStringLiteral("; ")) + change.description();
        }
    }
    return {rows.cbegin(), rows.cend()};
}

// The removals of this plan whose intent the journal holds without an outcome (a run killed
// between sending and recording): the connector reads each target and journals what happened, so
// the run that follows neither sends nor journals a removal that was made.
std::optional<std::vector<JournalRecord>> interruptedRemovals(const Workspace& workspace, const Connector& connector,
                                                              const std::vector<PlannedChange*>& todo, QString* error)
{
    const auto records = workspace.journalRecords(error);
    if (!records)
        return std::nullopt;
    QSet<QPair<QString, QString>> planned; // (account, group), normalised
    for (const PlannedChange* change : todo)
        planned.insert({connector.normalizedName(change->accountDn), connector.normalizedName(change->groupDn)});
    DirectoryChange removal;
    removal.kind = DirectoryChange::Kind::RemoveMember;
    const QString intentAction = removal.action() + Journal::kIntentSuffix;
    std::vector<JournalRecord> interrupted;
    for (JournalRecord& intent : Journal::unresolvedIntents(*records)) {
        const QString group =
            QJsonDocument::fromJson(intent.parameters.toUtf8()).object().value(QStringLiteral("group")).toString();
        if (intent.action == intentAction &&
            planned.contains({connector.normalizedName(intent.target), connector.normalizedName(group)}))
            interrupted.push_back(std::move(intent));
    }
    return interrupted;
}

// What the no-response policy decides at close for every item nobody decided (or answered
// "don't know"); *wouldRevoke gets how many of them it revokes.
std::vector<DecisionRecord> noResponseVerdicts(const CampaignState& state, const QString& by, Timestamp now,
                                               qint64* wouldRevoke)
{
    const NoResponsePolicy policy = state.campaign().definition.noResponse;
    std::vector<DecisionRecord> verdicts;
    for (std::size_t i = 0; i < state.size(); ++i) {
        if (isDecided(state.state(i).decision))
            continue; // undecided and "don't know" get the policy's verdict
        const Recommendation recommendation = state.items().recommendation(i);
        const bool revoke = policy == NoResponsePolicy::Revoke || (policy == NoResponsePolicy::FollowRecommendation &&
                                                                   recommendation == Recommendation::Revoke);
        *wouldRevoke += revoke ? 1 : 0;
        DecisionRecord r;
        r.item = quint32(i);
        r.kind = DecisionRecord::Kind::NoResponse;
        r.capacity = DecisionCapacity::NoResponsePolicy;
        r.decision = revoke ? Decision::Revoke : Decision::Approve;
        r.by = by;
        r.time = now;
        r.justification =
            QCoreApplication::translate("ReviewClosing", "no response by the close: the campaign's policy (%1) applies")
                .arg(noResponseName(policy));
        r.recommendationShown = recommendation;
        verdicts.push_back(std::move(r));
    }
    return verdicts;
}

} // namespace

std::optional<RemediationPlan> previewPlan(const Workspace& workspace, const CampaignState& state, QString* error,
                                           qint64* noResponse)
{
    if (state.campaign().status == CampaignStatus::Closed) {
        if (noResponse)
            *noResponse = 0;
        return planRemediation(workspace, state, error);
    }
    qint64 wouldRevoke = 0;
    const auto verdicts =
        noResponseVerdicts(state, state.campaign().definition.owner, QDateTime::currentMSecsSinceEpoch(), &wouldRevoke);
    if (noResponse)
        *noResponse = qint64(verdicts.size());
    CampaignState planned = state;
    planned.applyAll(verdicts);
    return planRemediation(workspace, planned, error);
}

std::optional<std::vector<PlannedChange>> close(Workspace& workspace, CampaignState& state, bool applyNoResponse,
                                                const QString& by, QString* error)
{
    // The journal first: a close that cannot be recorded does not happen.
    if (!Journal::loadOrCreateKey(workspace, error)) {
        *error = QCoreApplication::translate("ReviewClosing",
                                             "the campaign was not closed: its journal cannot record it (%1)")
                     .arg(*error);
        return std::nullopt;
    }
    const NoResponsePolicy policy = state.campaign().definition.noResponse;
    // The plan needs the snapshot (seconds on a big one), so it is made outside the write lock;
    // inside it, nothing may have changed since, or the plan is made again.
    for (int attempt = 0;; ++attempt) {
        const Campaign& campaign = state.campaign();
        if (campaign.status == CampaignStatus::Closed) {
            *error = QCoreApplication::translate("ReviewClosing", "campaign %1 is already closed").arg(campaign.id);
            return std::nullopt;
        }
        const Timestamp now = QDateTime::currentMSecsSinceEpoch();
        qint64 wouldRevoke = 0;
        std::vector<DecisionRecord> verdicts = noResponseVerdicts(state, by, now, &wouldRevoke);
        if (!verdicts.empty() && !applyNoResponse) {
            *error = QCoreApplication::translate("ReviewClosing",
                                                 "%1 items are still undecided; closing applies the no-response "
                                                 "policy (%2), which keeps %3 and revokes %4 of them. Confirm to "
                                                 "close anyway (--apply-no-response-policy).")
                         .arg(verdicts.size())
                         .arg(noResponseName(policy))
                         .arg(qint64(verdicts.size()) - wouldRevoke)
                         .arg(wouldRevoke);
            return std::nullopt;
        }
        CampaignState planned = state;
        planned.applyAll(verdicts);
        auto fullPlan = planRemediation(workspace, planned, error);
        if (!fullPlan)
            return std::nullopt;
        std::vector<PlannedChange>* plan = &fullPlan->changes;

        // Verdicts, plan, the closed state and the journal record: one transaction, all or none.
        auto transaction = workspace.transaction(QStringLiteral("close campaign %1").arg(campaign.id), error);
        std::vector<quint32> touched;
        if (!transaction || !catchUp(workspace, state, error, &touched))
            return std::nullopt;
        if (!touched.empty() || state.campaign().status == CampaignStatus::Closed) {
            if (attempt < 3)
                continue; // rolled back; plan again with what others decided meanwhile
            *error = QCoreApplication::translate("ReviewClosing",
                                                 "decisions kept changing while campaign %1 was being closed; "
                                                 "nothing was changed: try again")
                         .arg(campaign.id);
            return std::nullopt;
        }
        if (!verdicts.empty() && !workspace.appendDecisions(campaign.id, &verdicts, error))
            return std::nullopt;
        if (!workspace.setRemediation(campaign.id, plannedRows(*plan), error) ||
            !workspace.closeCampaign(campaign.id, now, error))
            return std::nullopt;
        qint64 revoked = 0;
        qint64 conflicts = 0;
        qint64 resolved = 0;
        for (std::size_t i = 0; i < planned.size(); ++i)
            revoked += planned.state(i).decision == Decision::Revoke ? 1 : 0;
        for (const PlanConflict& conflict : fullPlan->conflicts) {
            ++conflicts;
            resolved += conflict.applies() ? 1 : 0;
        }
        // The close signs what was decided: a digest of the whole history, read back inside the
        // transaction, and the population's hash.
        const auto history = workspace.decisionHistory(campaign.id, error);
        if (!history)
            return std::nullopt;
        if (!journal(workspace, QStringLiteral("review.close"), campaign.definition.name,
                     {{QStringLiteral("campaign"), campaign.id},
                      {QStringLiteral("items"), qint64(state.size())},
                      {QStringLiteral("revoked"), revoked},
                      {QStringLiteral("noResponse"), qint64(verdicts.size())},
                      {QStringLiteral("noResponsePolicy"), noResponseName(policy)},
                      {QStringLiteral("plannedChanges"), qint64(plan->size())},
                      {QStringLiteral("conflicts"), conflicts},
                      {QStringLiteral("conflictsResolved"), resolved},
                      {QStringLiteral("decisionsSha256"), QString::fromLatin1(decisionsDigest(*history).toHex())},
                      {QStringLiteral("decisionsThrough"), history->empty() ? 0 : history->back().id},
                      {QStringLiteral("populationSha256"), QString::fromLatin1(campaign.populationSha256.toHex())}},
                     QStringLiteral("success"), QString(), error))
            return std::nullopt;
        if (!transaction.commit(error))
            return std::nullopt;
        state.applyAll(verdicts);
        Campaign closed = state.campaign();
        closed.status = CampaignStatus::Closed;
        closed.closed = now;
        state.setCampaign(closed);
        return std::move(*plan);
    }
}

std::optional<RemediationResult> remediate(Workspace& workspace, const CampaignState& state, Connector* connector,
                                           const QString& by, const ProgressFn& progress, QString* error)
{
    const Campaign& campaign = state.campaign();
    if (campaign.status != CampaignStatus::Closed) {
        *error = QCoreApplication::translate("ReviewClosing",
                                             "close campaign %1 first: remediation follows the final decisions")
                     .arg(campaign.id);
        return std::nullopt;
    }
    const auto key = Journal::loadOrCreateKey(workspace, error);
    if (!key) {
        *error = QCoreApplication::translate("ReviewClosing", "nothing was changed: the journal cannot record it (%1)")
                     .arg(*error);
        return std::nullopt;
    }
    auto plan = remediationPlan(workspace, state, error);
    if (!plan)
        return std::nullopt;
    auto context = snapshotOf(workspace, campaign, error);
    if (!context)
        return std::nullopt;
    RemediationResult result;
    std::vector<PlannedChange*> todo;
    for (PlannedChange& change : *plan) {
        if (change.status == QLatin1String("applied") || change.status == QLatin1String("done"))
            ++result.skipped;
        else if (change.status == QLatin1String("manual"))
            ++result.manual;
        else
            todo.push_back(&change);
    }
    // The source's connector, made once for the run: what it can do decides the path.
    const ConnectorCapabilities capabilities = connector ? connector->capabilities() : ConnectorCapabilities();
    const bool inWorkspace = capabilities.changesAsSnapshots;
    const bool throughSource =
        !inWorkspace && capabilities.canApply(DirectoryChange::Kind::RemoveMember) && capabilities.canReadBack;
    const ReviewItemTable& items = state.items();
    const Timestamp now = QDateTime::currentMSecsSinceEpoch();
    std::vector<Workspace::RemediationRow> rows;
    const auto record = [&rows, &by, now](quint32 item, const QString& status, const QString& message,
                                          Timestamp verifiedAt) {
        rows.push_back({item, status, message, by, now, verifiedAt, {}});
    };
    // Verified only when the account no longer reaches the entitlement by any path: each item is
    // checked against what the account reaches after its changes, read back from the source.
    QHash<quint32, bool> verified; // item → no longer reached
    // Removals an earlier run made (or someone else): verified like the others, counted as done.
    QSet<const PlannedChange*> alreadyRemoved;
    const auto verifyItems = [&](const std::vector<PlannedChange*>& changes,
                                 const std::function<bool(quint32)>& reaches, const QString& failure,
                                 const QString& how) {
        for (PlannedChange* change : changes) {
            bool changeOk = true;
            for (const quint32 item : change->items) {
                const auto known = verified.constFind(item);
                if (known != verified.cend()) {
                    changeOk = changeOk && *known;
                    continue;
                }
                const QString entitlement = items.text(item, ReviewItemTable::EntitlementName);
                bool ok = false;
                if (!failure.isEmpty()) {
                    record(item, QStringLiteral("failed"), failure, kNoTime);
                } else if (reaches(item)) {
                    record(item, QStringLiteral("failed"),
                           QCoreApplication::translate("ReviewClosing",
                                                       "%1 still reaches %2 after the change (%3): another path "
                                                       "remains")
                               .arg(change->accountLogin, entitlement, how),
                           kNoTime);
                } else {
                    ok = true;
                    record(item, QStringLiteral("applied"),
                           QCoreApplication::translate("ReviewClosing",
                                                       "removed and verified: %1 no longer reaches %2 by any path "
                                                       "(%3)")
                               .arg(change->accountLogin, entitlement, how),
                           QDateTime::currentMSecsSinceEpoch());
                }
                verified.insert(item, ok);
                changeOk = changeOk && ok;
            }
            (changeOk ? (alreadyRemoved.contains(change) ? result.skipped : result.applied) : result.failed) += 1;
        }
    };
    // Rows are recorded account by account: a run cut short keeps what it verified, and the next
    // run skips it.
    std::size_t recorded = 0;
    const auto recordRows = [&](QString* why) {
        if (recorded == rows.size())
            return true;
        const std::vector<Workspace::RemediationRow> part(rows.cbegin() + qsizetype(recorded), rows.cend());
        if (!workspace.setRemediation(campaign.id, part, why))
            return false;
        recorded = rows.size();
        return true;
    };

    // A run cut short between sending a removal and recording its outcome left an intent with no
    // outcome: the connector reads its target and records what happened before deciding anything.
    // This is also where the run's one connection is bound.
    std::optional<QStringList> resolved;
    QString openError;
    if (throughSource && !todo.empty()) {
        const auto interrupted = interruptedRemovals(workspace, *connector, todo, error);
        if (!interrupted)
            return std::nullopt;
        resolved = connector->resolveInterrupted(workspace, *key, *interrupted, &openError);
    }
    if (throughSource && !todo.empty()) {
        if (!resolved) {
            for (PlannedChange* change : todo) {
                for (const quint32 item : change->items)
                    record(item, QStringLiteral("failed"), openError, kNoTime);
                ++result.failed;
                result.messages
                    << QCoreApplication::translate("ReviewClosing", "%1: %2").arg(change->description(), openError);
            }
        } else {
            for (const QString& line : std::as_const(*resolved))
                result.messages << QCoreApplication::translate("ReviewClosing", "interrupted earlier, %1").arg(line);
            QMap<QString, std::vector<PlannedChange*>> byAccount;
            for (PlannedChange* change : todo)
                byAccount[change->accountDn].push_back(change);
            int done = 0;
            for (auto account = byAccount.cbegin(); account != byAccount.cend(); ++account) {
                for (PlannedChange* change : *account) {
                    // Idempotent: a membership already gone (a run cut short) is neither removed nor
                    // journaled again.
                    QString readError;
                    if (const auto member = connector->isMember(change->groupDn, change->accountDn, &readError)) {
                        if (!*member) {
                            result.messages
                                << QCoreApplication::translate("ReviewClosing", "%1: already removed; nothing to do")
                                       .arg(change->description());
                            alreadyRemoved.insert(change);
                            continue;
                        }
                    }
                    DirectoryChange directoryChange;
                    directoryChange.kind = DirectoryChange::Kind::RemoveMember;
                    directoryChange.target = change->accountDn;
                    directoryChange.group = change->groupDn;
                    directoryChange.reason =
                        QCoreApplication::translate("ReviewClosing", "access review \"%1\": revoked")
                            .arg(campaign.definition.name);
                    directoryChange.ticket =
                        QCoreApplication::translate("ReviewClosing", "campaign %1").arg(campaign.id);
                    const auto journaled =
                        applyJournaledChange(workspace, *key, *connector, directoryChange, {}, QString(), error);
                    const ChangeOutcome outcome = journaled ? journaled->outcome : ChangeOutcome();
                    if (journaled && !journaled->record)
                        *error = journaled->journalError;
                    if (!journaled || !journaled->record) {
                        QString ignored;
                        recordRows(&ignored);
                        *error = QCoreApplication::translate("ReviewClosing",
                                                             "remediation stopped at %1: the journal could not "
                                                             "record the change (%2)")
                                     .arg(change->description(), *error);
                        return std::nullopt;
                    }
                    result.messages << QCoreApplication::translate("ReviewClosing", "%1: %2")
                                           .arg(change->description(), outcome.message);
                }
                // Read back what the account reaches now, through every path.
                const PlannedChange* first = account->front();
                QString readError;
                const auto reachable = connector->readBack(first->accountDn, first->accountLogin, &readError);
                verifyItems(
                    *account,
                    [&](quint32 item) {
                        return reachable->contains(
                            connector->normalizedName(items.text(item, ReviewItemTable::EntitlementDn)));
                    },
                    reachable ? QString() : readError,
                    QCoreApplication::translate("ReviewClosing", "read back from the directory"));
                if (!recordRows(error))
                    return std::nullopt;
                done += int(account->size());
                if (!reportProgress(progress, done, qint64(todo.size()),
                                    QCoreApplication::translate("ReviewClosing", "Removing access")))
                    break;
            }
        }
    } else if (inWorkspace && !todo.empty()) {
        // The demo organisation is writable: a new snapshot of it without the memberships.
        const auto latest = workspace.latestSnapshot(context->source.id);
        auto data = latest ? workspace.loadSnapshot(latest->id, {}, error) : std::nullopt;
        if (!data)
            return std::nullopt;
        QHash<QString, quint32> accountIndex;
        QHash<QString, quint32> entitlementIndex;
        for (std::size_t a = 0; a < data->accounts.size(); ++a)
            accountIndex.insert(data->accounts[a].key, quint32(a));
        for (std::size_t e = 0; e < data->entitlements.size(); ++e)
            entitlementIndex.insert(data->entitlements[e].key, quint32(e));
        QSet<QPair<quint32, quint32>> removals;
        for (const PlannedChange* change : todo) {
            if (accountIndex.contains(change->accountKey) && entitlementIndex.contains(change->groupKey))
                removals.insert({entitlementIndex.value(change->groupKey), accountIndex.value(change->accountKey)});
        }
        std::erase_if(data->memberships, [&removals](const Membership& m) {
            return m.memberKind == MemberKind::Account && removals.contains({m.entitlement, m.member});
        });
        data->info.takenAt = now;
        data->info.label =
            QCoreApplication::translate("ReviewClosing", "after review \"%1\"").arg(campaign.definition.name);
        // The snapshot and the journal record of each removal commit together.
        auto transaction = workspace.transaction(QStringLiteral("remediate campaign %1").arg(campaign.id), error);
        if (!transaction)
            return std::nullopt;
        const auto newId = workspace.importSnapshot(context->source.id, *data, {}, error);
        if (!newId)
            return std::nullopt;
        // Verify by reading the new snapshot back and asking its graph what each account reaches.
        const auto stored = workspace.loadSnapshot(*newId, {}, error);
        if (!stored)
            return std::nullopt;
        const auto after = AccessGraph::build(*stored, PrivilegedPolicy());
        const auto reaches = [&](quint32 item) {
            const quint32 a = accountIndex.value(items.text(item, ReviewItemTable::AccountKey), AccessGraph::kNone);
            const quint32 e =
                entitlementIndex.value(items.text(item, ReviewItemTable::EntitlementKey), AccessGraph::kNone);
            return a != AccessGraph::kNone && e != AccessGraph::kNone && after->effectiveGrant(a, e) != nullptr;
        };
        QMap<QString, std::vector<PlannedChange*>> byAccount;
        for (PlannedChange* change : todo)
            byAccount[change->accountKey].push_back(change);
        for (const auto& changes : std::as_const(byAccount))
            verifyItems(changes, reaches, QString(),
                        QCoreApplication::translate("ReviewClosing", "read back from snapshot %1").arg(*newId));
        for (const PlannedChange* change : todo) {
            result.messages << change->description();
            if (!journal(workspace, QStringLiteral("review.remediate"), change->accountKey,
                         {{QStringLiteral("campaign"), campaign.id},
                          {QStringLiteral("group"), change->groupKey},
                          {QStringLiteral("snapshot"), *newId}},
                         QStringLiteral("success"), change->description(), error))
                return std::nullopt;
        }
        if (!rows.empty() && !workspace.setRemediation(campaign.id, rows, error))
            return std::nullopt;
        if (!transaction.commit(error))
            return std::nullopt;
        return result;
    } else {
        for (const PlannedChange* change : todo) {
            for (const quint32 item : change->items)
                record(item, QStringLiteral("manual"),
                       QCoreApplication::translate("ReviewClosing", "the source \"%1\" cannot be changed by Attest: "
                                                                    "remove the access there and record who did it")
                           .arg(context->source.name),
                       kNoTime);
            ++result.manual;
        }
    }
    // Item messages for the people reading the result.
    for (const auto& row : rows) {
        if (row.status != QLatin1String("applied"))
            result.messages
                << QCoreApplication::translate("ReviewClosing", "item %1: %2").arg(row.item + 1).arg(row.message);
    }
    if (!recordRows(error))
        return std::nullopt;
    return result;
}

bool markDone(Workspace& workspace, const CampaignState& state, quint32 item, const QString& by, const QString& ticket,
              QString* error)
{
    const auto stored = workspace.remediation(state.campaign().id, error);
    if (!stored)
        return false;
    for (const auto& row : *stored) {
        if (row.item != item)
            continue;
        if (row.status == QLatin1String("applied") || row.status == QLatin1String("done")) {
            *error =
                QCoreApplication::translate("ReviewClosing", "item %1 is already %2").arg(item + 1).arg(row.status);
            return false;
        }
        if (by.trimmed().isEmpty() || ticket.trimmed().isEmpty()) {
            *error = QCoreApplication::translate("ReviewClosing", "say who completed it and give the ticket reference");
            return false;
        }
        Workspace::RemediationRow done = row;
        done.status = QStringLiteral("done");
        done.by = by;
        done.ticket = ticket;
        done.time = QDateTime::currentMSecsSinceEpoch();
        done.message =
            QCoreApplication::translate("ReviewClosing", "completed outside Attest by %1 (ticket %2)").arg(by, ticket);
        if (!journal(workspace, QStringLiteral("review.remediation-done"),
                     state.items().text(item, ReviewItemTable::AccountKey),
                     {{QStringLiteral("campaign"), state.campaign().id}, {QStringLiteral("item"), qint64(item + 1)}},
                     QStringLiteral("success"), done.message, error))
            return false;
        return workspace.setRemediation(state.campaign().id, {done}, error);
    }
    *error = QCoreApplication::translate("ReviewClosing", "item %1 has no remediation to complete (was it revoked?)")
                 .arg(item + 1);
    return false;
}

bool signOff(Workspace& workspace, const Campaign& campaign, const QString& by, const QString& statement,
             QString* error)
{
    if (campaign.status != CampaignStatus::Closed) {
        *error =
            QCoreApplication::translate("ReviewClosing", "close campaign %1 before signing it off").arg(campaign.id);
        return false;
    }
    if (by != campaign.definition.owner) {
        *error = QCoreApplication::translate("ReviewClosing", "only the campaign's owner (%1) signs it off")
                     .arg(campaign.definition.owner);
        return false;
    }
    if (statement.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("ReviewClosing", "a sign-off needs a statement");
        return false;
    }
    const QJsonObject signOffObject{{QStringLiteral("by"), by},
                                    {QStringLiteral("at"), QDateTime::currentMSecsSinceEpoch()},
                                    {QStringLiteral("statement"), statement}};
    // What is signed off: the decisions as they stand (checked against the close's digest first).
    auto transaction = workspace.transaction(QStringLiteral("sign off campaign %1").arg(campaign.id), error);
    if (!transaction)
        return false;
    const auto items = workspace.reviewItems(campaign.id, error);
    const auto history = items ? workspace.decisionHistory(campaign.id, error) : std::nullopt;
    if (!history)
        return false;
    const QStringList problems = checkAgainstJournal(workspace, campaign, *items, *history, error);
    if (!problems.isEmpty()) {
        *error = QCoreApplication::translate("ReviewClosing", "campaign %1 cannot be signed off: %2")
                     .arg(campaign.id)
                     .arg(problems.join(QStringLiteral("; ")));
        return false;
    }
    if (!journal(workspace, QStringLiteral("review.sign-off"), campaign.definition.name,
                 {{QStringLiteral("campaign"), campaign.id},
                  {QStringLiteral("decisionsSha256"), QString::fromLatin1(decisionsDigest(*history).toHex())},
                  {QStringLiteral("decisionsThrough"), history->empty() ? 0 : history->back().id},
                  {QStringLiteral("populationSha256"), QString::fromLatin1(campaign.populationSha256.toHex())}},
                 QStringLiteral("success"), statement, error))
        return false;
    return workspace.setCampaignSignOff(
               campaign.id, QString::fromUtf8(QJsonDocument(signOffObject).toJson(QJsonDocument::Compact)), error) &&
           transaction.commit(error);
}

bool resolveConflict(Workspace& workspace, CampaignState& state, quint32 item, ConflictChoice choice, const QString& by,
                     const QString& reason, QString* error)
{
    const QString trimmed = reason.trimmed();
    if (by != state.campaign().definition.owner) {
        *error = QCoreApplication::translate("ReviewClosing", "only the campaign's owner (%1) resolves a conflict")
                     .arg(state.campaign().definition.owner);
        return false;
    }
    if (trimmed.isEmpty()) {
        *error = QCoreApplication::translate("ReviewClosing", "a resolution needs a reason (it is recorded)");
        return false;
    }
    if (trimmed.size() > kMaxResolutionReasonChars) {
        *error = QCoreApplication::translate("ReviewClosing", "a reason may be at most %1 characters; this one has %2")
                     .arg(kMaxResolutionReasonChars)
                     .arg(trimmed.size());
        return false;
    }
    if (item >= state.size()) {
        *error = QCoreApplication::translate("ReviewClosing", "campaign %1 has no item %2")
                     .arg(state.campaign().id)
                     .arg(qint64(item) + 1);
        return false;
    }
    // The journal first: a resolution that cannot be recorded is not made.
    if (!Journal::loadOrCreateKey(workspace, error))
        return false;
    // The plan needs the snapshot, so it is made outside the write lock (as the close does); inside
    // it, nothing may have changed since, or it is made again.
    for (int attempt = 0;; ++attempt) {
        const Campaign& campaign = state.campaign();
        if (!campaign.signOff.isEmpty()) {
            *error = QCoreApplication::translate("ReviewClosing",
                                                 "campaign %1 is signed off: its conflicts' resolutions are final")
                         .arg(campaign.id);
            return false;
        }
        DecisionRecord record;
        record.item = item;
        record.kind = DecisionRecord::Kind::Resolution;
        record.decision = choice == ConflictChoice::RevokeAnyway ? Decision::Revoke : Decision::Approve;
        record.by = by;
        record.time = QDateTime::currentMSecsSinceEpoch();
        record.justification = trimmed;
        record.capacity = DecisionCapacity::Unknown;
        // The plan with the resolution made: newer than every decision so far.
        CampaignState resolved = state;
        DecisionRecord assumed = record;
        assumed.id = std::numeric_limits<qint64>::max();
        resolved.apply(assumed);
        const auto plan = previewPlan(workspace, resolved, error);
        if (!plan)
            return false;
        const auto conflict = std::find_if(plan->conflicts.cbegin(), plan->conflicts.cend(),
                                           [item](const PlanConflict& c) { return c.revoked.item == item; });
        if (conflict == plan->conflicts.cend()) {
            *error = QCoreApplication::translate("ReviewClosing",
                                                 "item %1 is not in conflict: its revoke takes no approved access "
                                                 "(or it is not revoked)")
                         .arg(qint64(item) + 1);
            return false;
        }

        auto transaction =
            workspace.transaction(QStringLiteral("resolve a conflict in campaign %1").arg(campaign.id), error);
        std::vector<quint32> touched;
        const bool wasClosed = campaign.status == CampaignStatus::Closed;
        if (!transaction || !catchUp(workspace, state, error, &touched))
            return false;
        const Campaign& now = state.campaign();
        if (!touched.empty() || (now.status == CampaignStatus::Closed) != wasClosed || !now.signOff.isEmpty()) {
            if (attempt < 3)
                continue; // rolled back; plan again with what others recorded meanwhile
            *error = QCoreApplication::translate("ReviewClosing",
                                                 "campaign %1 kept changing while the conflict was being resolved; "
                                                 "nothing was recorded: try again")
                         .arg(now.id);
            return false;
        }
        std::vector<Workspace::RemediationRow> itemRows;
        if (wasClosed) {
            // After the close the item's remediation follows the resolution, unless it is settled.
            const auto stored = workspace.remediation(now.id, error);
            if (!stored)
                return false;
            for (const auto& row : *stored) {
                if (row.item == item &&
                    (row.status == QLatin1String("applied") || row.status == QLatin1String("done"))) {
                    *error = QCoreApplication::translate("ReviewClosing",
                                                         "item %1 is already %2: its conflict can no longer be "
                                                         "resolved")
                                 .arg(qint64(item) + 1)
                                 .arg(row.status);
                    return false;
                }
            }
            // The item's row as the close would have written it with this resolution (the plan
            // read the row's present state, which the resolution replaces).
            std::vector<PlannedChange> serving;
            for (const PlannedChange& change : plan->changes) {
                if (std::find(change.items.begin(), change.items.end(), item) == change.items.end())
                    continue;
                serving.push_back(change);
                if (!change.conflict) {
                    serving.back().status = QStringLiteral("planned");
                    serving.back().message.clear();
                }
            }
            for (const auto& row : plannedRows(serving)) {
                if (row.item == item)
                    itemRows.push_back(row);
            }
        }
        std::vector<DecisionRecord> records{record};
        if (!workspace.appendDecisions(now.id, &records, error))
            return false;
        if (!itemRows.empty() && !workspace.setRemediation(now.id, itemRows, error))
            return false;
        const auto history = workspace.decisionHistory(now.id, error);
        if (!history)
            return false;
        QJsonArray approved;
        for (const ItemDecision& d : conflict->approved)
            approved.append(QJsonObject{{QStringLiteral("item"), qint64(d.item) + 1},
                                        {QStringLiteral("entitlement"), d.entitlement},
                                        {QStringLiteral("by"), d.by},
                                        {QStringLiteral("as"), capacityName(d.capacity)}});
        if (!journal(workspace, QStringLiteral("review.resolve-conflict"),
                     state.items().text(item, ReviewItemTable::AccountKey),
                     {{QStringLiteral("campaign"), now.id},
                      {QStringLiteral("item"), qint64(item) + 1},
                      {QStringLiteral("entitlement"), conflict->revoked.entitlement},
                      {QStringLiteral("choice"), conflictChoiceName(choice)},
                      {QStringLiteral("approved"), approved},
                      {QStringLiteral("decisionsSha256"), QString::fromLatin1(decisionsDigest(*history).toHex())},
                      {QStringLiteral("decisionsThrough"), history->back().id}},
                     QStringLiteral("success"), trimmed, error))
            return false;
        if (!transaction.commit(error))
            return false;
        state.applyAll(records);
        return true;
    }
}

} // namespace attest::review
