#include "syncsource.h"

#include "store/workspace.h"

#include <QCoreApplication>

namespace attest::app {

std::optional<SyncResult> syncSource(Workspace& workspace, Connector& connector, qint64 sourceId,
                                     const Connector::NewSource& newSource, const ProgressFn& progress, QString* error)
{
    SyncResult result;
    result.sourceId = sourceId;
    const Connector::NewSource addSource = [&](QString* why) {
        auto id = newSource ? newSource(why) : std::nullopt;
        if (id)
            result.sourceId = *id;
        return id;
    };
    SnapshotData stored;
    const auto snapshotId =
        connector.readInto(workspace, sourceId, addSource, progress, &result.warnings, &stored, error);
    if (!snapshotId)
        return std::nullopt;
    result.snapshotId = *snapshotId;
    result.accounts = qint64(stored.accounts.size());
    result.identities = qint64(stored.identities.size());
    result.entitlements = qint64(stored.entitlements.size());
    result.memberships = qint64(stored.memberships.size());
    stored = {};

    reportProgress(progress, 0, -1, QCoreApplication::translate("SyncSource", "Reading the audit log"));
    QString auditError;
    result.auditEvents = connector.importAuditLog(workspace, result.sourceId, &auditError);
    if (result.auditEvents < 0) {
        result.auditWarning = auditError;
        result.auditEvents = 0;
    }
    // What the bind identity may change, refreshed with every sync (nothing is changed): the help
    // desk enables its actions from it.
    reportProgress(progress, 0, -1, QCoreApplication::translate("SyncSource", "Checking the connection's rights"));
    QString rightsError;
    if (!connector.refreshRights(workspace, result.sourceId, &rightsError))
        result.rightsWarning = rightsError;
    return result;
}

} // namespace attest::app
