#include "demoworkspace.h"

#include "store/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace attest {

namespace {

void removeWorkspaceFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

bool writeDemoWorkspace(const QString& path, const DemoParameters& parameters, const DemoOrganisation& organisation,
                        const ProgressFn& progress, QString* error)
{
    if (QFileInfo::exists(path)) {
        *error = QCoreApplication::translate("DemoWorkspace", "%1 already exists.").arg(path);
        return false;
    }
    bool ok = false;
    {
        auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, error);
        if (!workspace)
            return false;
        const auto sourceId = workspace->addSource(parameters.sourceName, QStringLiteral("demo"), {}, error);
        ok = sourceId.has_value();
        for (std::size_t i = 0; ok && i < organisation.snapshots.size(); ++i)
            ok = workspace->importSnapshot(*sourceId, organisation.snapshots[i], progress, error).has_value();
        if (ok) {
            std::vector<AuditEvent> events = organisation.auditEvents;
            for (AuditEvent& event : events)
                event.sourceId = *sourceId;
            ok = workspace->addAuditEvents(events, error);
        }
    }
    if (!ok)
        removeWorkspaceFiles(path);
    return ok;
}

bool createDemoWorkspace(const QString& path, const DemoParameters& parameters, const ProgressFn& progress,
                         QString* error)
{
    if (QFileInfo::exists(path)) {
        *error = QCoreApplication::translate("DemoWorkspace", "%1 already exists.").arg(path);
        return false;
    }
    const auto organisation = DemoGenerator(parameters).generate(progress, error);
    if (!organisation)
        return false;
    return writeDemoWorkspace(path, parameters, *organisation, progress, error);
}

} // namespace attest
