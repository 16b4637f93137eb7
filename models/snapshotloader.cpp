#include "snapshotloader.h"

#include "analysis/privilegedpolicy.h"
#include "connectors/demo/demoorganisation.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <thread>

namespace attest {

QString LoadedSnapshot::sourceName(qint64 sourceId) const
{
    for (const auto& [id, name] : sources) {
        if (id == sourceId)
            return name;
    }
    return {};
}

LoadedSnapshotPtr loadSnapshotFromWorkspace(const QString& path, qint64 snapshotId, const ProgressFn& progress,
                                            QString* error)
{
    auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, error);
    if (!workspace)
        return nullptr;

    auto loaded = std::make_shared<LoadedSnapshot>();
    loaded->workspacePath = path;
    loaded->allSnapshots = workspace->snapshots();
    for (const SourceInfo& source : workspace->sources())
        loaded->sources.append({source.id, source.name});

    if (loaded->allSnapshots.isEmpty()) {
        *error = QCoreApplication::translate("SnapshotLoader", "The workspace %1 holds no snapshots yet.")
                     .arg(QFileInfo(path).fileName());
        return nullptr;
    }
    if (snapshotId == 0)
        snapshotId = loaded->allSnapshots.constLast().id;

    // The audit trail is read on a second connection while this one loads the snapshot: the two
    // are independent and this machine has more than one core.
    auto auditEvents = std::make_shared<std::vector<AuditEvent>>();
    std::thread auditReader([path, auditEvents] {
        QString ignored;
        if (auto second = Workspace::open(path, Workspace::OpenMode::OpenExisting, &ignored))
            *auditEvents = second->auditEvents();
    });
    auto data = workspace->loadSnapshot(snapshotId, progress, error);
    auditReader.join();
    if (!data)
        return nullptr;
    loaded->info = data->info;
    for (const SnapshotInfo& info : std::as_const(loaded->allSnapshots)) {
        if (info.id == snapshotId)
            loaded->info = info;
    }

    if (!reportProgress(progress, 0, -1, QCoreApplication::translate("SnapshotLoader", "Building the access graph"))) {
        *error = QCoreApplication::translate("SnapshotLoader", "Cancelled.");
        return nullptr;
    }
    const PrivilegedPolicy policy;
    auto graph = AccessGraph::build(*data, policy, progress);
    if (!graph) {
        *error = QCoreApplication::translate("SnapshotLoader", "Cancelled.");
        return nullptr;
    }
    loaded->graph = std::move(graph);
    loaded->data = std::make_shared<const SnapshotData>(std::move(*data));
    loaded->auditEvents = std::move(auditEvents);
    return loaded;
}

bool createDemoWorkspace(const QString& path, int identities, const ProgressFn& progress, QString* error)
{
    if (QFileInfo::exists(path)) {
        *error = QCoreApplication::translate("SnapshotLoader", "%1 already exists.").arg(path);
        return false;
    }
    DemoParameters parameters;
    parameters.identities = identities;
    const DemoGenerator generator(parameters);
    auto organisation = generator.generate(progress, error);
    if (!organisation)
        return false;

    const auto removePartialFile = [&path] {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    };
    bool ok = false;
    {
        auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, error);
        if (!workspace)
            return false;
        const auto sourceId = workspace->addSource(parameters.sourceName, QStringLiteral("demo"), {}, error);
        ok = sourceId.has_value();
        for (std::size_t i = 0; ok && i < organisation->snapshots.size(); ++i)
            ok = workspace->importSnapshot(*sourceId, organisation->snapshots[i], progress, error).has_value();
        if (ok) {
            for (AuditEvent& event : organisation->auditEvents)
                event.sourceId = *sourceId;
            ok = workspace->addAuditEvents(organisation->auditEvents, error);
        }
    }
    if (!ok)
        removePartialFile();
    return ok;
}

} // namespace attest
