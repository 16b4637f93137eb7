#include "campaigncases.h"

#include "domain/personresolver.h"
#include "domain/privilegedpolicy.h"
#include "graph/accessgraph.h"
#include "review/campaignstate.h"
#include "review/evidence.h"
#include "review/xlsxworksheet.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace attest::app {

namespace {

// The key of the one entitlement `text` names: its key, or else its name (case-insensitive). O(entitlements).
QString entitlementKeyOf(const SnapshotData& data, const QString& text, QString* error)
{
    for (const Entitlement& e : data.entitlements) {
        if (e.key == text)
            return e.key;
    }
    QStringList found;
    for (const Entitlement& e : data.entitlements) {
        if (e.name.compare(text, Qt::CaseInsensitive) == 0)
            found << e.key;
    }
    if (found.size() != 1)
        *error =
            found.isEmpty()
                ? QCoreApplication::translate("CampaignCases", "no entitlement %1 in the snapshot").arg(text)
                : QCoreApplication::translate("CampaignCases", "the entitlement name %1 is ambiguous; give its key")
                      .arg(text);
    return found.size() == 1 ? found.front() : QString();
}

// The key of the one account `text` names: its key, or else its login (case-insensitive). O(accounts).
QString accountKeyOf(const SnapshotData& data, const QString& text, QString* error)
{
    for (const Account& a : data.accounts) {
        if (a.key == text)
            return a.key;
    }
    QStringList found;
    for (const Account& a : data.accounts) {
        if (a.login.compare(text, Qt::CaseInsensitive) == 0)
            found << a.key;
    }
    if (found.size() != 1)
        *error = found.isEmpty()
                     ? QCoreApplication::translate("CampaignCases", "no account %1 in the snapshot").arg(text)
                     : QCoreApplication::translate("CampaignCases", "the login %1 is ambiguous; give the account key")
                           .arg(text);
    return found.size() == 1 ? found.front() : QString();
}

// Scope entitlements and exclusions named by key, name or login become keys. O(named × rows).
bool resolveScopeKeys(CampaignDefinition* d, const SnapshotData& data, QString* error)
{
    for (QString& e : d->scope.entitlementKeys) {
        e = entitlementKeyOf(data, e.trimmed(), error);
        if (e.isEmpty())
            return false;
    }
    // An exclusion without an account or without an entitlement stands for every one of them.
    for (CampaignScope::Exclusion& x : d->scope.exclusions) {
        if (!x.accountKey.trimmed().isEmpty()) {
            x.accountKey = accountKeyOf(data, x.accountKey.trimmed(), error);
            if (x.accountKey.isEmpty())
                return false;
        }
        if (!x.entitlementKey.trimmed().isEmpty()) {
            x.entitlementKey = entitlementKeyOf(data, x.entitlementKey.trimmed(), error);
            if (x.entitlementKey.isEmpty())
                return false;
        }
    }
    return true;
}

bool proceed(const ProgressFn& progress, qint64 done, qint64 total, const QString& stage)
{
    return !progress || progress(done, total, stage);
}

} // namespace

CreateCampaignResult createCampaign(Workspace& workspace, const CreateCampaignRequest& request,
                                    const ProgressFn& progress)
{
    CreateCampaignResult result;
    CampaignDefinition d = request.definition;
    const auto cancelled = [&result] {
        result.cancelled = true;
        result.error = QCoreApplication::translate("CampaignCases", "cancelled; no campaign was created");
        return result;
    };
    if (!proceed(progress, 0, 0, QCoreApplication::translate("CampaignCases", "Reading the snapshot…")))
        return cancelled();

    // The snapshot it reviews: the one named, or the newest.
    std::optional<SnapshotInfo> info;
    if (d.snapshotId > 0) {
        const QList<SnapshotInfo> snapshots = workspace.snapshots();
        if (!workspace.lastError().isEmpty() && snapshots.isEmpty()) {
            result.error = workspace.lastError();
            return result;
        }
        for (const SnapshotInfo& s : snapshots) {
            if (s.id == d.snapshotId)
                info = s;
        }
        if (!info) {
            result.error =
                QCoreApplication::translate("CampaignCases", "no snapshot %1 in this workspace").arg(d.snapshotId);
            return result;
        }
    } else {
        info = workspace.latestSnapshot();
        if (!info) {
            result.error = QCoreApplication::translate("CampaignCases", "the workspace holds no snapshot to review");
            return result;
        }
    }
    d.snapshotId = info->id;

    std::shared_ptr<const SnapshotData> data = request.data;
    std::shared_ptr<const AccessGraph> graph = request.graph;
    if (!data || !graph || request.definition.snapshotId != info->id) {
        auto loaded = workspace.loadSnapshot(info->id, {}, &result.error);
        if (!loaded)
            return result;
        data = std::make_shared<const SnapshotData>(std::move(*loaded));
        graph.reset();
    }
    if (!d.validate(&result.error) || !resolveScopeKeys(&d, *data, &result.error))
        return result;
    // The people named, as typed, become identities of this snapshot (or nothing is created).
    if (!resolveCampaignPeopleByKey(&d, data->identities) &&
        !resolveCampaignPeople(&d, PersonResolver(data->identities, data->accounts), &result.error))
        return result;

    std::shared_ptr<const Population> population = request.population;
    if (!population) {
        if (!proceed(progress, 0, 0, QCoreApplication::translate("CampaignCases", "Building the population…")))
            return cancelled();
        if (!graph)
            graph = AccessGraph::build(*data, PrivilegedPolicy());
        // Recommendations as of the snapshot: what the reviewers see is what it held.
        auto built = buildPopulation(*data, *graph, d, info->takenAt, progress, &result.error);
        if (!built) {
            if (progress && !progress(0, 0, QString()))
                return cancelled();
            return result;
        }
        population = std::make_shared<const Population>(std::move(*built));
    }
    if (population->items.size() == 0) {
        result.error = QCoreApplication::translate("CampaignCases", "the scope holds no access to review");
        return result;
    }
    if (!proceed(progress, 0, 0, QCoreApplication::translate("CampaignCases", "Storing the campaign…")))
        return cancelled();
    // From here on it is one transaction with its journal record: all or nothing, not cancelled.
    const auto id = attest::createCampaign(workspace, d, *population, &result.error);
    if (!id)
        return result;
    result.ok = true;
    result.campaignId = *id;
    result.definition = std::move(d);
    result.population = std::move(population);
    return result;
}

ImportDecisionsResult importDecisions(Workspace& workspace, CampaignState& state, const ImportDecisionsRequest& request)
{
    ImportDecisionsResult result;
    const QString shown = QDir::toNativeSeparators(request.path);
    if (request.reviewer.isEmpty()) {
        result.error =
            QCoreApplication::translate("CampaignCases", "name the reviewer whose worksheet %1 is").arg(shown);
        return result;
    }
    QFile file(request.path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error =
            QCoreApplication::translate("CampaignCases", "cannot read %1: %2").arg(shown, file.errorString());
        return result;
    }
    if (file.size() > worksheet::kMaxBytes) {
        result.error = QCoreApplication::translate("CampaignCases", "%1 is too large for a worksheet").arg(shown);
        return result;
    }
    const QByteArray bytes = file.read(worksheet::kMaxBytes + 1);
    if (bytes.size() > worksheet::kMaxBytes) { // grew since its size was read
        result.error = QCoreApplication::translate("CampaignCases", "%1 is too large for a worksheet").arg(shown);
        return result;
    }
    file.close();
    const worksheet::Validation v = worksheet::validate(bytes, state, request.reviewer);
    result.rowsAreNumbered = worksheet::isXlsx(bytes);
    result.rows = v.rows;
    result.unchanged = v.unchanged;
    result.empty = v.empty;
    if (!v.ok()) {
        result.problems = v.problems;
        result.error = QCoreApplication::translate("CampaignCases", "%n problem(s) in %1; nothing was imported",
                                                   nullptr, int(v.problems.size()))
                           .arg(shown);
        return result;
    }
    const auto recorded = worksheet::import(workspace, state, v, request.reviewer, &result.error);
    if (!recorded) {
        result.error = QCoreApplication::translate("CampaignCases", "nothing was imported: %1").arg(result.error);
        return result;
    }
    result.ok = true;
    result.recorded = *recorded;
    result.items.reserve(v.entries.size());
    for (const worksheet::Entry& e : v.entries)
        result.items.push_back(e.item);
    return result;
}

CloseCampaignResult closeCampaign(Workspace& workspace, CampaignState& state, const CloseCampaignRequest& request)
{
    CloseCampaignResult result;
    if (request.by.trimmed().isEmpty()) {
        result.error =
            QCoreApplication::translate("CampaignCases", "closing a campaign needs who closes it (it is recorded)");
        return result;
    }
    auto plan = review::close(workspace, state, request.applyNoResponse, request.by, &result.error);
    if (!plan)
        return result;
    result.ok = true;
    result.plan = std::move(*plan);
    for (const review::PlannedChange& change : result.plan)
        result.conflicts += change.conflict ? 1 : 0;
    return result;
}

SignOffResult signOff(Workspace& workspace, qint64 campaignId, const SignOffRequest& request)
{
    SignOffResult result;
    if (request.by.trimmed().isEmpty()) {
        result.error =
            QCoreApplication::translate("CampaignCases", "a sign-off needs who signs it off (it is recorded)");
        return result;
    }
    const auto campaign = workspace.campaign(campaignId, &result.error);
    if (!campaign)
        return result;
    result.ok = review::signOff(workspace, *campaign, request.by, request.statement, &result.error);
    return result;
}

ExportEvidenceResult exportEvidence(Workspace& workspace, qint64 campaignId, const ExportEvidenceRequest& request)
{
    ExportEvidenceResult result;
    if (request.folder.trimmed().isEmpty()) {
        result.error = QCoreApplication::translate("CampaignCases", "name the folder to write the evidence into");
        return result;
    }
    const auto pack = evidence::exportPack(workspace, campaignId, request.folder, &result.error);
    if (!pack)
        return result;
    result.ok = true;
    result.folder = pack->folder;
    result.files = pack->files;
    result.signedOff = pack->signedOff;
    return result;
}

} // namespace attest::app
