#include "synccommand.h"

#include "clierror.h"
#include "commandtable.h"
#include "connectionoptions.h"

#include "app/connectorregistry.h"
#include "app/syncsource.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

namespace attest::cli {

int runSync(const Invocation& invocation)
{
    const QCommandLineParser& parser = invocation.parser;
    const QCommandLineOption workspace = invocation.option("workspace");
    const QCommandLineOption source = invocation.option("source");
    const ConnectionOptions connection;

    // Open the workspace first: no point reading a directory into a file that cannot take it.
    QString error;
    auto ws = Workspace::open(parser.value(workspace), Workspace::OpenMode::CreateIfMissing, &error);
    if (!ws)
        return fail(kExitFailure, error);
    ConnectionOptions::Resolved target;
    int exitCode = 0;
    if (!connection.resolve(parser, *ws, &target, &exitCode, &error))
        return fail(exitCode, error);
    if (parser.isSet(source) && target.sourceId == 0) {
        target.sourceName = parser.value(source);
        for (const SourceInfo& info : ws->sources()) {
            if (info.name == target.sourceName)
                target.sourceId = info.id;
        }
    }

    QElapsedTimer timer;
    timer.start();
    QString lastStage;
    const auto connector = app::ConnectorRegistry::createLdap(target.sourceName, target.settings, target.password);
    target.password.fill('\0');
    // A new source is added inside the sync's transaction: a failed sync leaves no trace.
    const auto newSource = [&](QString* sourceError) {
        return ws->addSource(target.sourceName, app::ConnectorRegistry::directoryKind(), target.settings.toJson(),
                             sourceError);
    };
    const auto result = app::syncSource(
        *ws, *connector, target.sourceId, newSource,
        [&lastStage, &timer](qint64, qint64, const QString& stage) {
            if (stage != lastStage) {
                lastStage = stage;
                note(QStringLiteral("%1… (%2 s)").arg(stage).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
            }
            return true;
        },
        &error);
    if (!result)
        return fail(kExitFailure, error);
    for (const QString& warning : result->warnings)
        note(QStringLiteral("warning: %1").arg(warning));
    // A reader that may not read the audit log or its rights gets a warning, not a failed sync.
    if (!result->auditWarning.isEmpty())
        note(QStringLiteral("warning: %1").arg(result->auditWarning));
    if (!result->rightsWarning.isEmpty())
        note(QStringLiteral("warning: what the connection may change was not checked: %1").arg(result->rightsWarning));
    std::printf("synced %s: snapshot %lld, %lld accounts, %lld identities, %lld groups and roles, %lld memberships, "
                "%lld new audit events in %.1f s\n",
                qPrintable(target.sourceName), result->snapshotId, result->accounts, result->identities,
                result->entitlements, result->memberships, result->auditEvents, double(timer.elapsed()) / 1000.0);
    return 0;
}

} // namespace attest::cli
