#include "synccommand.h"

#include "clierror.h"
#include "commandtable.h"
#include "connectionoptions.h"

#include "connectors/ldap/auditlogreader.h"
#include "connectors/ldap/ldapconnection.h"
#include "connectors/ldap/ldapsync.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QScopeGuard>

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
    QStringList warnings;
    SnapshotData data;
    // A new source is added inside the sync's transaction: a failed sync leaves no trace.
    const auto newSource = [&](QString* sourceError) {
        auto id = ws->addSource(target.sourceName, QStringLiteral("ldap"), target.settings.toJson(), sourceError);
        if (id)
            target.sourceId = *id;
        return id;
    };
    const auto snapshotId = syncOpenLdapSnapshot(
        target.settings, target.password, *ws, target.sourceId, newSource,
        [&lastStage, &timer](qint64, qint64, const QString& stage) {
            if (stage != lastStage) {
                lastStage = stage;
                note(QStringLiteral("%1… (%2 s)").arg(stage).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
            }
            return true;
        },
        &warnings, &data, &error);
    QByteArray password = target.password; // kept for the audit log read below
    const auto wipePassword = qScopeGuard([&password] { password.fill('\0'); });
    target.password.fill('\0');
    if (!snapshotId)
        return fail(kExitFailure, error);
    for (const QString& warning : std::as_const(warnings))
        note(QStringLiteral("warning: %1").arg(warning));
    // The directory's own audit log, from where the last sync stopped. A reader that may not read it
    // gets a warning, not a failed sync: the snapshot is what was asked for.
    QString auditError;
    qint64 auditEvents = importAuditLog(*ws, target.sourceId, target.settings, password, &auditError);
    if (auditEvents < 0) {
        note(QStringLiteral("warning: %1").arg(auditError));
        auditEvents = 0;
    }
    std::printf("synced %s: snapshot %lld, %lld accounts, %lld identities, %lld groups and roles, %lld memberships, "
                "%lld new audit events in %.1f s\n",
                qPrintable(target.sourceName), *snapshotId, qint64(data.accounts.size()),
                qint64(data.identities.size()), qint64(data.entitlements.size()), qint64(data.memberships.size()),
                auditEvents, double(timer.elapsed()) / 1000.0);
    return 0;
}

} // namespace attest::cli
