#include "directorychanges.h"

#include "connectorregistry.h"

#include "audit/journal.h"
#include "connectors/journaledchange.h"
#include "domain/personresolver.h"
#include "security/ed25519key.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QScopeGuard>

namespace attest::app {

namespace {

std::optional<SourceInfo> sourceOf(const Workspace& workspace, qint64 sourceId)
{
    const QList<SourceInfo> sources = workspace.sources();
    for (const SourceInfo& source : sources) {
        if (source.id == sourceId)
            return source;
    }
    return std::nullopt;
}

QString kindWords(DirectoryChange::Kind kind)
{
    switch (kind) {
    case DirectoryChange::Kind::AddMember:
        return QCoreApplication::translate("DirectoryChanges", "add members to groups");
    case DirectoryChange::Kind::RemoveMember:
        return QCoreApplication::translate("DirectoryChanges", "remove members from groups");
    case DirectoryChange::Kind::Disable:
        return QCoreApplication::translate("DirectoryChanges", "disable accounts");
    case DirectoryChange::Kind::Enable:
        return QCoreApplication::translate("DirectoryChanges", "enable accounts");
    case DirectoryChange::Kind::Unlock:
        return QCoreApplication::translate("DirectoryChanges", "unlock accounts");
    case DirectoryChange::Kind::ResetPassword:
        return QCoreApplication::translate("DirectoryChanges", "reset passwords");
    }
    return {};
}

JournalRecord recordFor(const Connector& connector, const DirectoryChange& change, const ChangeOutcome& outcome,
                        const QString& by)
{
    JournalRecord record = connector.journalRecordFor(change, outcome);
    if (!by.isEmpty())
        record.operatorName = by;
    return record;
}

} // namespace

QString actingPerson(const Workspace& workspace, qint64 sourceId)
{
    const auto latest = workspace.latestSnapshot(sourceId);
    if (!latest)
        return {};
    QString error;
    // Loading the people is linear in the source, once per help-desk request, as the demo's own
    // read-back is.
    const auto data = workspace.loadSnapshot(latest->id, {}, &error);
    if (!data)
        return {};
    const PersonResolver people(data->identities, data->accounts);
    const quint32 person = people.resolve(Journal::currentOperator(), &error);
    return person == PersonResolver::kNone ? QString() : people.identity(person).key;
}

bool DirectoryChangesResult::allVerified() const
{
    if (!ok || runs.empty())
        return false;
    for (const ChangeRun& run : runs) {
        if (!run.outcome.executed || !run.outcome.verified || !run.record)
            return false;
    }
    return true;
}

ConnectorCapabilities sourceCapabilities(const Workspace& workspace, qint64 sourceId)
{
    if (const auto source = sourceOf(workspace, sourceId))
        return ConnectorRegistry::capabilities(*source);
    ConnectorCapabilities none;
    none.unsupportedReason =
        QCoreApplication::translate("DirectoryChanges", "the workspace has no source %1").arg(sourceId);
    return none;
}

DirectoryChangesResult applyDirectoryChanges(Workspace& workspace, DirectoryChangesRequest request)
{
    DirectoryChangesResult result;
    std::unique_ptr<Connector> connector;
    if (request.connection) {
        connector = ConnectorRegistry::createLdap(request.connectionName, *request.connection, request.secret);
    } else if (const auto source = sourceOf(workspace, request.sourceId)) {
        connector = ConnectorRegistry::create(*source, request.secret, &result.error);
    } else {
        result.error =
            QCoreApplication::translate("DirectoryChanges", "the workspace has no source %1").arg(request.sourceId);
    }
    request.secret.fill('\0');
    if (!connector) {
        request.newPassword.fill('\0');
        return result;
    }
    // In the demo the console acts as one of its people, as reviews and evidence name them: the
    // journal names that person rather than the computer's login (root on a trainer's machine).
    if (request.by.trimmed().isEmpty() && connector->capabilities().changesAsSnapshots)
        request.by = actingPerson(workspace, request.sourceId);
    return applyDirectoryChanges(workspace, *connector, std::move(request));
}

DirectoryChangesResult applyDirectoryChanges(Workspace& workspace, Connector& connector,
                                             DirectoryChangesRequest request)
{
    DirectoryChangesResult result;
    const auto wipe = qScopeGuard([&request] {
        request.newPassword.fill('\0');
        request.secret.fill('\0');
    });
    if (request.changes.empty()) {
        result.error = QCoreApplication::translate("DirectoryChanges", "no change was asked for");
        return result;
    }
    // Refused before anything is sent or recorded: a change the source cannot apply.
    const ConnectorCapabilities capabilities = connector.capabilities();
    for (const DirectoryChange& change : request.changes) {
        if (!capabilities.canApply(change.kind)) {
            result.error =
                capabilities.unsupportedReason.isEmpty()
                    ? QCoreApplication::translate("DirectoryChanges", "nothing was changed: %1 cannot %2")
                          .arg(connector.displayName(), kindWords(change.kind))
                    : QCoreApplication::translate("DirectoryChanges", "nothing was changed: %1 cannot %2: %3")
                          .arg(connector.displayName(), kindWords(change.kind), capabilities.unsupportedReason);
            return result;
        }
        if (change.target.trimmed().isEmpty()) {
            result.error = QCoreApplication::translate("DirectoryChanges", "nothing was changed: %1 names no account")
                               .arg(change.preview());
            return result;
        }
    }
    // A change that cannot be recorded is not made.
    const auto key = Journal::loadOrCreateKey(workspace, &result.error);
    if (!key) {
        result.error =
            QCoreApplication::translate("DirectoryChanges",
                                        "nothing was changed: cannot record changes in this workspace's journal: %1")
                .arg(result.error);
        return result;
    }
    connector.useWorkspace(&workspace, request.sourceId);
    const auto detach = qScopeGuard([&connector] { connector.useWorkspace(nullptr, 0); });
    result.ok = true;
    for (DirectoryChange change : request.changes) {
        ChangeRun run;
        QString why;
        if (const auto target = connector.resolveAccount(change.target, &why)) {
            change.target = *target;
            run.change = change;
            // The intent first: a change whose intent cannot be recorded is not sent.
            auto journaled = applyJournaledChange(
                workspace, *key, connector, change,
                change.kind == DirectoryChange::Kind::ResetPassword ? request.newPassword : QByteArray(), request.by,
                &why);
            if (!journaled) {
                if (result.runs.empty()) {
                    result.ok = false;
                    result.error = why;
                    return result;
                }
                result.error = why;
                break;
            }
            run = std::move(*journaled);
        } else {
            // An unknown or unreachable account: nothing was sent, and the journal says so.
            run.change = change;
            run.outcome.message = why;
            run.record = Journal::append(workspace, *key, recordFor(connector, change, run.outcome, request.by),
                                         &run.journalError);
        }
        if (!run.record) {
            run.outcome.message +=
                QCoreApplication::translate("DirectoryChanges", "; recording it in the journal failed: %1")
                    .arg(run.journalError);
        }
        const bool stop = !run.outcome.executed || !run.record;
        result.runs.push_back(std::move(run));
        if (stop)
            break;
    }
    return result;
}

} // namespace attest::app
