#include "demoworkspace.h"

#include "democonnector.h"

#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

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
    // Built under another name beside the target and moved into place once whole: a process
    // killed half-way leaves no half-made (or empty, unopenable) workspace in the way at path,
    // only a file named as partial.
    const QFileInfo target(path);
    const QString partial = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.partial")
            .arg(target.fileName(), QUuid::createUuid().toString(QUuid::WithoutBraces).left(8)));
    bool ok = false;
    if (auto workspace = Workspace::open(partial, Workspace::OpenMode::CreateIfMissing, error)) {
        const auto sourceId =
            workspace->addSource(parameters.sourceName, QString::fromLatin1(kDemoConnectorKind), {}, error);
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
    // Closed by its only connection, SQLite has moved the write-ahead log into the file and
    // removed it: the file alone is the whole workspace. Nobody else knows the file, so moving it
    // is safe; the move refuses to replace a file that appeared at path meanwhile.
    if (ok && QFileInfo::exists(partial + QStringLiteral("-wal"))) {
        *error = QCoreApplication::translate("DemoWorkspace", "%1 could not be completed: its write-ahead log "
                                                              "was not written into it")
                     .arg(path);
        ok = false;
    }
    if (ok && !QFile::rename(partial, path)) {
        *error = QCoreApplication::translate("DemoWorkspace", "%1 cannot be created: %2")
                     .arg(path, QFileInfo::exists(path)
                                    ? QCoreApplication::translate("DemoWorkspace", "it exists now")
                                    : QCoreApplication::translate("DemoWorkspace", "the file could not be moved "
                                                                                   "into place"));
        ok = false;
    }
    removeWorkspaceFiles(partial);
    if (!ok) // the messages name the file asked for, not the temporary one
        error->replace(QDir::toNativeSeparators(partial), QDir::toNativeSeparators(path));
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
