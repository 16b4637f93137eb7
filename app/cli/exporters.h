#pragma once

#include "recordwriter.h"

#include "domain/auditevent.h"
#include "domain/snapshot.h"
#include "domain/source.h"
#include "graph/accessgraph.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <vector>

namespace attest {
class Workspace;
namespace review {
struct Loaded;
}
} // namespace attest

namespace attest::cli {

// What an export reads: the snapshot, its graph (when the export needs one), the workspace's
// sources, snapshots and audit events, and the workspace itself for exports that stream their
// rows straight from it (the journal); such an export reports a failed read in *error.
struct ExportInput
{
    const SnapshotData* data = nullptr;
    const AccessGraph* graph = nullptr;
    QList<SourceInfo> sources;
    QList<SnapshotInfo> snapshots;
    std::vector<AuditEvent> auditEvents;
    const Workspace* workspace = nullptr;
    QString* error = nullptr;
    const review::Loaded* campaign = nullptr; // for exports of a review campaign

    QString sourceName(qint64 sourceId) const;
};

// One kind of export: its name on the command line, its fields, whether it needs the access
// graph, the audit trail, the journal or a campaign, and the function that streams its records.
struct Exporter
{
    QString name;
    QStringList fields;
    bool needsGraph = false;
    bool needsAudit = false;
    std::function<void(const ExportInput&, RecordWriter&)> write;
    bool needsJournal = false;
    bool needsCampaign = false; // --campaign ID
};

const std::vector<Exporter>& exporters();
const Exporter* findExporter(const QString& name);

} // namespace attest::cli
