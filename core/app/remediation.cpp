#include "remediation.h"

#include "connectorregistry.h"

#include "review/campaignstate.h"
#include "store/workspace.h"

namespace attest::app {

RemediateResult remediate(Workspace& workspace, RemediateRequest request, const ProgressFn& progress)
{
    RemediateResult result;
    const auto campaign = workspace.campaign(request.campaignId, &result.error);
    if (!campaign) {
        request.secret.fill('\0');
        return result;
    }
    std::unique_ptr<Connector> connector;
    if (request.connection) {
        connector = ConnectorRegistry::createLdap(request.connectionName, *request.connection, request.secret);
    } else {
        qint64 sourceId = 0;
        for (const SnapshotInfo& info : workspace.snapshots()) {
            if (info.id == campaign->definition.snapshotId)
                sourceId = info.sourceId;
        }
        for (const SourceInfo& source : workspace.sources()) {
            QString unsupported; // a source Attest cannot change: its changes are left for a person
            if (source.id == sourceId)
                connector = ConnectorRegistry::create(source, request.secret, &unsupported);
        }
    }
    request.secret.fill('\0');
    return remediate(workspace, connector.get(), request, progress);
}

RemediateResult remediate(Workspace& workspace, Connector* connector, const RemediateRequest& request,
                          const ProgressFn& progress)
{
    RemediateResult result;
    auto loaded = review::load(workspace, request.campaignId, &result.error);
    if (!loaded)
        return result;
    auto remediation = review::remediate(workspace, loaded->state, connector, request.by, progress, &result.error);
    if (!remediation)
        return result;
    result.ok = true;
    result.remediation = std::move(*remediation);
    return result;
}

} // namespace attest::app
