#include "snapshotloader.h"

#include "app/session.h"
#include "audit/journal.h"
#include "connectors/demo/demoworkspace.h"
#include "domain/privilegedpolicy.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <thread>

namespace attest {

QString LoadedSnapshot::sourceName(qint64 sourceId) const
{
    for (const SourceInfo& source : sources) {
        if (source.id == sourceId)
            return source.name;
    }
    return {};
}

std::shared_ptr<const PersonResolver> LoadedSnapshot::people() const
{
    return peopleIndex ? peopleIndex : makePeopleIndex(data ? data : std::make_shared<const SnapshotData>());
}

std::shared_ptr<const PersonResolver> makePeopleIndex(std::shared_ptr<const SnapshotData> data)
{
    struct Holder
    {
        std::shared_ptr<const SnapshotData> data;
        PersonResolver people;
    };
    auto holder = std::make_shared<Holder>();
    holder->data = std::move(data);
    holder->people = PersonResolver(holder->data->identities, holder->data->accounts);
    return std::shared_ptr<const PersonResolver>(holder, &holder->people);
}

std::vector<AuditEvent> loadAuditTrail(Workspace& workspace)
{
    std::vector<AuditEvent> events;
    QString ignored;
    if (auto stored = workspace.auditEvents(&ignored))
        events = std::move(*stored);
    // Attest's own journal sits beside the directories' events, marked as such.
    if (const auto journal = workspace.journalRecords(&ignored)) {
        const auto journalEvents = Journal::asAuditEvents(*journal);
        events.insert(events.end(), journalEvents.begin(), journalEvents.end());
    }
    return events;
}

QStringList checkJournal(Workspace& workspace, std::vector<JournalRecord>* openIntents)
{
    QString error;
    const auto verification = Journal::verify(workspace, &error);
    if (!verification)
        return {QCoreApplication::translate("SnapshotLoader", "the journal cannot be read: %1").arg(error)};
    QStringList problems;
    for (const Journal::Problem& problem : verification->problems)
        problems << (problem.position > 0 ? QCoreApplication::translate("SnapshotLoader", "record %1: %2")
                                                .arg(problem.position)
                                                .arg(problem.description)
                                          : problem.description);
    if (openIntents) {
        *openIntents = std::move(verification->unresolvedIntents);
        return problems;
    }
    for (const JournalRecord& intent : verification->unresolvedIntents)
        problems << QCoreApplication::translate("SnapshotLoader",
                                                "record %1: %2 on %3 was about to be sent and its outcome was never "
                                                "recorded: resolve it to read the target and record whether it "
                                                "happened")
                        .arg(intent.sequence)
                        .arg(intent.action.chopped(Journal::kIntentSuffix.size()), intent.target);
    return problems;
}

LoadedSnapshotPtr loadSnapshotFromWorkspace(const QString& path, qint64 snapshotId, const ProgressFn& progress,
                                            QString* error)
{
    auto session = app::Session::open(path, Workspace::OpenMode::OpenExisting, error);
    if (!session)
        return nullptr;
    return loadSnapshotFromWorkspace(std::move(session), snapshotId, progress, error);
}

LoadedSnapshotPtr loadSnapshotFromWorkspace(std::shared_ptr<app::Session> session, qint64 snapshotId,
                                            const ProgressFn& progress, QString* error)
{
    auto workspace = session->connect(error);
    if (!workspace)
        return nullptr;

    auto loaded = std::make_shared<LoadedSnapshot>();
    loaded->session = session;
    loaded->workspacePath = session->path();
    loaded->allSnapshots = workspace->snapshots();
    loaded->sources = workspace->sources();
    QString idError;
    loaded->workspaceId = workspace->workspaceId(&idError); // empty for a read-only file: no keychain then

    if (loaded->allSnapshots.isEmpty()) {
        // A new workspace (connections saved, nothing synced yet) opens empty rather than failing.
        loaded->info.label = QCoreApplication::translate("SnapshotLoader", "no snapshot yet");
        loaded->data = std::make_shared<const SnapshotData>();
        loaded->graph = AccessGraph::build(*loaded->data, PrivilegedPolicy());
        loaded->auditEvents = std::make_shared<const std::vector<AuditEvent>>(loadAuditTrail(*workspace));
        loaded->journalProblems = checkJournal(*workspace, &loaded->openIntents);
        return loaded;
    }
    if (snapshotId == 0)
        snapshotId = loaded->allSnapshots.constLast().id;

    // The audit trail is read on a second connection while this one loads the snapshot: the two
    // are independent and this machine has more than one core.
    auto auditEvents = std::make_shared<std::vector<AuditEvent>>();
    auto journalProblems = std::make_shared<QStringList>();
    auto openIntents = std::make_shared<std::vector<JournalRecord>>();
    std::thread auditReader([session, auditEvents, journalProblems, openIntents] {
        QString connectError;
        auto second = session->connect(&connectError);
        if (!second) {
            *journalProblems = {connectError};
            return;
        }
        *auditEvents = loadAuditTrail(*second);
        *journalProblems = checkJournal(*second, openIntents.get());
    });
    auto data = workspace->loadSnapshot(snapshotId, progress, error);
    auditReader.join();
    if (!data)
        return nullptr;
    loaded->journalProblems = *journalProblems;
    loaded->openIntents = std::move(*openIntents);
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
    loaded->peopleIndex = makePeopleIndex(loaded->data);
    loaded->auditEvents = std::move(auditEvents);
    return loaded;
}

bool createDemoWorkspace(const QString& path, int identities, const ProgressFn& progress, QString* error)
{
    DemoParameters parameters;
    parameters.identities = identities;
    return createDemoWorkspace(path, parameters, progress, error);
}

} // namespace attest
