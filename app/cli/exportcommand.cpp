#include "exportcommand.h"

#include "clierror.h"
#include "commandtable.h"
#include "exporters.h"
#include "outputstream.h"

#include "audit/journal.h"
#include "domain/privilegedpolicy.h"
#include "review/campaignstate.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <algorithm>
#include <optional>

namespace attest::cli {

namespace {

QString kindList()
{
    QStringList names;
    for (const Exporter& exporter : exporters())
        names << exporter.name;
    return names.join(QLatin1Char('|'));
}

} // namespace

int runExport(const Invocation& invocation)
{
    const QCommandLineParser& parser = invocation.parser;
    const QCommandLineOption workspace = invocation.option("workspace");
    const QCommandLineOption snapshot = invocation.option("snapshot");
    const QCommandLineOption format = invocation.option("format");
    const QCommandLineOption campaign = invocation.option("campaign");

    const QStringList& positional = invocation.arguments;
    const Exporter* exporter = findExporter(positional.first());
    if (!exporter)
        return fail(kExitUsage,
                    QStringLiteral("unknown export \"%1\"; choose one of %2").arg(positional.first(), kindList()));
    const QString formatName = parser.value(format).toLower();
    if (formatName != QLatin1String("csv") && formatName != QLatin1String("json"))
        return fail(kExitUsage, QStringLiteral("unknown format \"%1\"; choose csv or json").arg(parser.value(format)));
    qint64 snapshotId = 0;
    if (parser.isSet(snapshot)) {
        bool ok = false;
        snapshotId = parser.value(snapshot).toLongLong(&ok);
        if (!ok || snapshotId <= 0)
            return fail(kExitUsage,
                        QStringLiteral("--snapshot needs a snapshot id, not \"%1\"").arg(parser.value(snapshot)));
    }

    qint64 campaignId = 0;
    if (exporter->needsCampaign) {
        bool ok = false;
        campaignId = parser.value(campaign).toLongLong(&ok);
        if (!ok || campaignId <= 0)
            return fail(kExitUsage,
                        QStringLiteral("export %1 needs --campaign ID (see attest review list)").arg(exporter->name));
    } else if (parser.isSet(campaign)) {
        return fail(kExitUsage, QStringLiteral("--campaign applies to review-items only"));
    }

    QString error;
    const QString path = parser.value(workspace);
    auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
    if (!ws)
        return fail(kExitFailure, error);

    ExportInput input;
    input.sources = ws->sources();
    input.snapshots = ws->snapshots();
    const bool needsSnapshot = exporter->name != QLatin1String("snapshots") && !exporter->needsAudit &&
                               !exporter->needsJournal && !exporter->needsCampaign;
    std::optional<review::Loaded> loaded;
    if (exporter->needsCampaign) {
        loaded = review::load(*ws, campaignId, &error);
        if (!loaded)
            return fail(kExitFailure, error);
        input.campaign = &*loaded;
    }
    std::optional<SnapshotData> data;
    std::unique_ptr<AccessGraph> graph;
    if (needsSnapshot || snapshotId != 0) {
        if (input.snapshots.isEmpty())
            return fail(kExitFailure, QStringLiteral("%1 holds no snapshots").arg(path));
        if (snapshotId == 0)
            snapshotId = input.snapshots.constLast().id;
        const bool known = std::any_of(input.snapshots.cbegin(), input.snapshots.cend(),
                                       [snapshotId](const SnapshotInfo& s) { return s.id == snapshotId; });
        if (!known)
            return fail(
                kExitFailure,
                QStringLiteral("%1 has no snapshot %2 (see `attest export snapshots`)").arg(path).arg(snapshotId));
    }
    if (needsSnapshot) {
        data = ws->loadSnapshot(snapshotId, {}, &error);
        if (!data)
            return fail(kExitFailure, error);
        input.data = &*data;
        if (exporter->needsGraph) {
            graph = AccessGraph::build(*data, PrivilegedPolicy());
            input.graph = graph.get();
        }
    }
    if (exporter->needsAudit) {
        auto stored = ws->auditEvents(&error);
        if (!stored)
            return fail(kExitFailure, error);
        input.auditEvents = std::move(*stored);
        const auto journal = ws->journalRecords(&error);
        if (!journal)
            return fail(kExitFailure, error);
        const auto events = Journal::asAuditEvents(*journal);
        input.auditEvents.insert(input.auditEvents.end(), events.begin(), events.end());
        std::stable_sort(input.auditEvents.begin(), input.auditEvents.end(),
                         [](const AuditEvent& a, const AuditEvent& b) { return a.time < b.time; });
    }

    QString readError;
    if (exporter->needsJournal) {
        input.workspace = ws.get();
        input.error = &readError;
    }

    OutputStream out(stdout);
    auto writer = RecordWriter::create(formatName == QLatin1String("csv") ? RecordWriter::Format::Csv
                                                                          : RecordWriter::Format::Json,
                                       &out, exporter->fields);
    writer->begin();
    exporter->write(input, *writer);
    if (!readError.isEmpty()) {
        // A read failed part-way: what was written is incomplete, so the command fails.
        out.flush();
        return fail(kExitFailure, readError);
    }
    writer->end();
    if (!out.flush())
        return fail(kExitFailure, QStringLiteral("could not write the export to stdout"));
    return 0;
}

} // namespace attest::cli
