#include "closing.h"

#include "analysis/privilegedpolicy.h"
#include "audit/journal.h"
#include "connectors/ldap/helpdesk.h"
#include "graph/accessgraph.h"
#include "security/ed25519key.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <deque>

namespace attest::review {

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
    QString text = QCoreApplication::translate("ReviewClosing", "Remove %1 from %2")
                       .arg(accountLogin.isEmpty() ? accountKey : accountLogin, groupName);
    if (!alsoRemoves.isEmpty())
        text += QCoreApplication::translate("ReviewClosing", "; this also takes away: %1")
                    .arg(alsoRemoves.join(QStringLiteral(", ")));
    if (!stillReaches.isEmpty())
        text += QCoreApplication::translate(
                    "ReviewClosing", "; NOTE: the account still reaches %1 another way, which this does not remove")
                    .arg(stillReaches.join(QStringLiteral(", ")));
    return text;
}

std::optional<std::vector<PlannedChange>> remediationPlan(const Workspace& workspace, const CampaignState& state,
                                                          QString* error)
{
    const ReviewItemTable& items = state.items();
    QMap<QPair<QString, QString>, PlannedChange> changes;
    for (std::size_t i = 0; i < state.size(); ++i) {
        if (state.state(i).decision != Decision::Revoke)
            continue;
        const QString account = items.text(i, ReviewItemTable::AccountKey);
        const QString group = items.text(i, ReviewItemTable::DirectGroupKey);
        PlannedChange& change = changes[{account, group}];
        if (change.items.empty()) {
            change.accountKey = account;
            change.accountLogin = items.text(i, ReviewItemTable::AccountLogin);
            change.accountDn = items.text(i, ReviewItemTable::AccountDn);
            change.groupKey = group;
            change.groupName = items.text(i, ReviewItemTable::DirectGroupName);
            change.groupDn = items.text(i, ReviewItemTable::DirectGroupDn);
            change.status = QStringLiteral("planned");
        }
        change.items.push_back(quint32(i));
    }
    std::vector<PlannedChange> plan;
    if (changes.isEmpty())
        return plan;

    // What else each removal takes away, on the snapshot the campaign reviewed.
    auto context = snapshotOf(workspace, state.campaign(), error);
    if (!context)
        return std::nullopt;
    QHash<QString, quint32> accountIndex;
    QHash<QString, quint32> entitlementIndex;
    for (std::size_t a = 0; a < context->data.accounts.size(); ++a)
        accountIndex.insert(context->data.accounts[a].key, quint32(a));
    for (std::size_t e = 0; e < context->data.entitlements.size(); ++e)
        entitlementIndex.insert(context->data.entitlements[e].key, quint32(e));
    const auto stored = workspace.remediation(state.campaign().id, error);
    if (!stored)
        return std::nullopt;
    QHash<quint32, Workspace::RemediationRow> rows;
    for (const auto& row : *stored)
        rows.insert(row.item, row);

    for (PlannedChange& change : changes) {
        const auto a = accountIndex.constFind(change.accountKey);
        const auto g = entitlementIndex.constFind(change.groupKey);
        if (a != accountIndex.cend() && g != entitlementIndex.cend()) {
            const AccessGraph& graph = *context->graph;
            QSet<quint32> remaining;
            for (const quint32 direct : graph.directEntitlements(*a)) {
                if (direct != *g)
                    remaining.unite(reach(graph, direct));
            }
            QSet<QString> revoked;
            for (const quint32 item : change.items)
                revoked.insert(items.text(item, ReviewItemTable::EntitlementKey));
            for (const quint32 lost : reach(graph, *g)) {
                const Entitlement& e = context->data.entitlements[lost];
                if (!remaining.contains(lost) && !revoked.contains(e.key))
                    change.alsoRemoves << e.name;
            }
            for (const QString& key : std::as_const(revoked)) {
                const auto e = entitlementIndex.constFind(key);
                if (e != entitlementIndex.cend() && remaining.contains(*e))
                    change.stillReaches << context->data.entitlements[*e].name;
            }
            change.alsoRemoves.sort();
            change.stillReaches.sort();
        }
        const auto row = rows.constFind(change.items.front());
        if (row != rows.cend()) {
            change.status = row->status;
            change.message = row->message;
        }
        plan.push_back(change);
    }
    return plan;
}

std::optional<std::vector<PlannedChange>> close(Workspace& workspace, CampaignState& state, bool applyNoResponse,
                                                const QString& by, QString* error)
{
    const Campaign& campaign = state.campaign();
    if (campaign.status == CampaignStatus::Closed) {
        *error = QCoreApplication::translate("ReviewClosing", "campaign %1 is already closed").arg(campaign.id);
        return std::nullopt;
    }
    // The journal first: a close that cannot be recorded does not happen.
    if (!Journal::loadOrCreateKey(workspace, error)) {
        *error = QCoreApplication::translate("ReviewClosing",
                                             "the campaign was not closed: its journal cannot record it (%1)")
                     .arg(*error);
        return std::nullopt;
    }
    const NoResponsePolicy policy = campaign.definition.noResponse;
    std::vector<DecisionRecord> verdicts;
    qint64 wouldRevoke = 0;
    const Timestamp now = QDateTime::currentMSecsSinceEpoch();
    for (std::size_t i = 0; i < state.size(); ++i) {
        if (state.state(i).decision != Decision::None)
            continue;
        const Recommendation recommendation = state.items().recommendation(i);
        const bool revoke = policy == NoResponsePolicy::Revoke || (policy == NoResponsePolicy::FollowRecommendation &&
                                                                   recommendation == Recommendation::Revoke);
        wouldRevoke += revoke ? 1 : 0;
        DecisionRecord r;
        r.item = quint32(i);
        r.kind = DecisionRecord::Kind::NoResponse;
        r.decision = revoke ? Decision::Revoke : Decision::Approve;
        r.by = by;
        r.time = now;
        r.justification =
            QCoreApplication::translate("ReviewClosing", "no response by the close: the campaign's policy (%1) applies")
                .arg(noResponseName(policy));
        r.recommendationShown = recommendation;
        verdicts.push_back(std::move(r));
    }
    if (!verdicts.empty() && !applyNoResponse) {
        *error = QCoreApplication::translate(
                     "ReviewClosing",
                     "%1 items are still undecided; closing applies the no-response policy (%2), which keeps %3 and "
                     "revokes %4 of them. Confirm to close anyway (--apply-no-response-policy).")
                     .arg(verdicts.size())
                     .arg(noResponseName(policy))
                     .arg(qint64(verdicts.size()) - wouldRevoke)
                     .arg(wouldRevoke);
        return std::nullopt;
    }
    if (!verdicts.empty() && !workspace.appendDecisions(campaign.id, &verdicts, error))
        return std::nullopt;
    state.applyAll(verdicts);

    auto plan = remediationPlan(workspace, state, error);
    if (!plan)
        return std::nullopt;
    std::vector<Workspace::RemediationRow> rows;
    for (const PlannedChange& change : *plan) {
        for (const quint32 item : change.items)
            rows.push_back({item, QStringLiteral("planned"), change.description(), QString(), kNoTime, kNoTime, {}});
    }
    if (!workspace.setRemediation(campaign.id, rows, error) || !workspace.closeCampaign(campaign.id, now, error))
        return std::nullopt;
    qint64 revoked = 0;
    for (std::size_t i = 0; i < state.size(); ++i)
        revoked += state.state(i).decision == Decision::Revoke ? 1 : 0;
    if (!journal(workspace, QStringLiteral("review.close"), campaign.definition.name,
                 {{QStringLiteral("campaign"), campaign.id},
                  {QStringLiteral("items"), qint64(state.size())},
                  {QStringLiteral("revoked"), revoked},
                  {QStringLiteral("noResponse"), qint64(verdicts.size())},
                  {QStringLiteral("noResponsePolicy"), noResponseName(policy)},
                  {QStringLiteral("plannedChanges"), qint64(plan->size())}},
                 QStringLiteral("success"), QString(), error))
        return std::nullopt;
    return plan;
}

std::optional<RemediationResult> remediate(Workspace& workspace, const CampaignState& state,
                                           const QByteArray& ldapPassword, const QString& by,
                                           const ProgressFn& progress, QString* error)
{
    const Campaign& campaign = state.campaign();
    if (campaign.status != CampaignStatus::Closed) {
        *error = QCoreApplication::translate("ReviewClosing",
                                             "close campaign %1 first: remediation follows the final decisions")
                     .arg(campaign.id);
        return std::nullopt;
    }
    if (!Journal::loadOrCreateKey(workspace, error)) {
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
        else
            todo.push_back(&change);
    }
    const QString kind = context->source.kind;
    std::optional<LdapSettings> settings;
    if (kind == QLatin1String("ldap")) {
        QString ignored;
        settings = LdapSettings::fromJson(context->source.settingsJson, &ignored);
    }
    const Timestamp now = QDateTime::currentMSecsSinceEpoch();
    std::vector<Workspace::RemediationRow> rows;
    const auto record = [&rows, &by, now](const PlannedChange& change, const QString& status, const QString& message,
                                          Timestamp verifiedAt) {
        for (const quint32 item : change.items)
            rows.push_back({item, status, message, by, now, verifiedAt, {}});
    };

    if (settings) {
        int done = 0;
        for (PlannedChange* change : todo) {
            DirectoryChange directoryChange;
            directoryChange.kind = DirectoryChange::Kind::RemoveMember;
            directoryChange.target = change->accountDn;
            directoryChange.group = change->groupDn;
            directoryChange.reason = QCoreApplication::translate("ReviewClosing", "access review \"%1\": revoked")
                                         .arg(campaign.definition.name);
            directoryChange.ticket = QCoreApplication::translate("ReviewClosing", "campaign %1").arg(campaign.id);
            QString runError;
            const auto runs =
                runDirectoryChanges(workspace.path(), *settings, ldapPassword, {directoryChange}, {}, &runError);
            if (!runs || runs->empty()) {
                record(*change, QStringLiteral("failed"), runError, kNoTime);
                ++result.failed;
                result.messages
                    << QCoreApplication::translate("ReviewClosing", "%1: %2").arg(change->description(), runError);
            } else {
                const ChangeOutcome& outcome = runs->front().outcome;
                const bool ok = outcome.executed && outcome.verified;
                record(*change, ok ? QStringLiteral("applied") : QStringLiteral("failed"), outcome.message,
                       ok ? QDateTime::currentMSecsSinceEpoch() : kNoTime);
                (ok ? result.applied : result.failed) += 1;
                result.messages << QCoreApplication::translate("ReviewClosing", "%1: %2")
                                       .arg(change->description(), outcome.message);
            }
            if (!reportProgress(progress, ++done, qint64(todo.size()),
                                QCoreApplication::translate("ReviewClosing", "Removing access")))
                break;
        }
    } else if (kind == QLatin1String("demo") && !todo.empty()) {
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
        const auto newId = workspace.importSnapshot(context->source.id, *data, {}, error);
        if (!newId)
            return std::nullopt;
        // Verify by reading the new snapshot back.
        const auto stored = workspace.loadSnapshot(*newId, {}, error);
        if (!stored)
            return std::nullopt;
        QSet<QPair<quint32, quint32>> present;
        for (const Membership& m : stored->memberships) {
            if (m.memberKind == MemberKind::Account)
                present.insert({m.entitlement, m.member});
        }
        for (const PlannedChange* change : todo) {
            const QPair<quint32, quint32> key{entitlementIndex.value(change->groupKey, AccessGraph::kNone),
                                              accountIndex.value(change->accountKey, AccessGraph::kNone)};
            const bool gone = !present.contains(key);
            const QString message =
                gone ? QCoreApplication::translate("ReviewClosing", "removed in snapshot %1 and verified there")
                           .arg(*newId)
                     : QCoreApplication::translate("ReviewClosing", "still a member in snapshot %1").arg(*newId);
            record(*change, gone ? QStringLiteral("applied") : QStringLiteral("failed"), message,
                   gone ? QDateTime::currentMSecsSinceEpoch() : kNoTime);
            (gone ? result.applied : result.failed) += 1;
            result.messages
                << QCoreApplication::translate("ReviewClosing", "%1: %2").arg(change->description(), message);
            QString journalError;
            if (!journal(workspace, QStringLiteral("review.remediate"), change->accountKey,
                         {{QStringLiteral("campaign"), campaign.id},
                          {QStringLiteral("group"), change->groupKey},
                          {QStringLiteral("snapshot"), *newId}},
                         gone ? QStringLiteral("success") : QStringLiteral("failure: %1").arg(message),
                         change->description(), &journalError)) {
                *error = journalError;
                return std::nullopt;
            }
        }
    } else {
        for (const PlannedChange* change : todo) {
            record(*change, QStringLiteral("manual"),
                   QCoreApplication::translate(
                       "ReviewClosing",
                       "the source \"%1\" cannot be changed by Attest: remove the access there and record who did it")
                       .arg(context->source.name),
                   kNoTime);
            ++result.manual;
        }
    }
    if (!rows.empty() && !workspace.setRemediation(campaign.id, rows, error))
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
    if (!journal(workspace, QStringLiteral("review.sign-off"), campaign.definition.name,
                 {{QStringLiteral("campaign"), campaign.id}}, QStringLiteral("success"), statement, error))
        return false;
    return workspace.setCampaignSignOff(
        campaign.id, QString::fromUtf8(QJsonDocument(signOffObject).toJson(QJsonDocument::Compact)), error);
}

} // namespace attest::review
