// Core benchmark: generates the demo organisation (100,000 identities by default), imports its
// newest snapshot into a fresh workspace, opens and loads it again, builds the access graph
// with every effective grant, and prints the figures with the peak memory. Not a test.
#include "benchtable.h"

#include "analysis/privilegedpolicy.h"
#include "connectors/demo/demoorganisation.h"
#include "graph/accessgraph.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace attest;
using attest::bench::printRow;

namespace {

QString ms(qint64 value)
{
    return QStringLiteral("%1 ms").arg(value);
}

int fail(const QString& what)
{
    std::fprintf(stderr, "attest_bench: %s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption identitiesOption(QStringLiteral("identities"), QStringLiteral("People in the demo."),
                                              QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"), QStringLiteral("Write the full four-snapshot demo workspace here as well."),
        QStringLiteral("file"));
    parser.addOption(identitiesOption);
    parser.addOption(workspaceOption);
    parser.process(app);

    DemoParameters parameters;
    parameters.identities = parser.value(identitiesOption).toInt();
    QString error;
    if (!DemoGenerator::validateParameters(parameters, &error))
        return fail(error);

    attest::bench::printHeader("Core measurement");
    QElapsedTimer timer;
    timer.start();
    auto organisation = DemoGenerator(parameters).generate({}, &error);
    if (!organisation)
        return fail(error);
    printRow("generate the demo organisation (4 snapshots + audit)", ms(timer.elapsed()));
    const SnapshotData& newest = organisation->snapshots.back();
    printRow("identities / accounts",
             QStringLiteral("%1 / %2").arg(newest.identities.size()).arg(newest.accounts.size()));
    printRow("entitlements / memberships",
             QStringLiteral("%1 / %2").arg(newest.entitlements.size()).arg(newest.memberships.size()));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.attest"));
    qint64 snapshotId = 0;
    {
        auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
        if (!workspace)
            return fail(error);
        const auto source = workspace->addSource(parameters.sourceName, QStringLiteral("demo"), {}, &error);
        if (!source)
            return fail(error);
        timer.restart();
        const auto id = workspace->importSnapshot(*source, newest, {}, &error);
        if (!id)
            return fail(error);
        snapshotId = *id;
        printRow("import the newest snapshot (one transaction)", ms(timer.elapsed()));
    }
    printRow("workspace file size", QStringLiteral("%1 MB").arg(QFileInfo(path).size() / (1024 * 1024)));
    organisation->snapshots.clear();

    timer.restart();
    auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
    if (!workspace)
        return fail(error);
    printRow("open the workspace", ms(timer.elapsed()));
    timer.restart();
    auto data = workspace->loadSnapshot(snapshotId, {}, &error);
    if (!data)
        return fail(error);
    printRow("load the snapshot", ms(timer.elapsed()));

    timer.restart();
    const auto graph = AccessGraph::build(*data, PrivilegedPolicy());
    printRow("build the graph with all effective grants", ms(timer.elapsed()));
    printRow("direct / effective grants",
             QStringLiteral("%1 / %2").arg(graph->directGrantCount()).arg(graph->effectiveGrantCount()));
    printRow("privileged accounts / nesting cycles",
             QStringLiteral("%1 / %2").arg(graph->privilegedAccountCount()).arg(graph->cycles().size()));
    printRow("peak memory (VmHWM)", attest::bench::peakMemory());

    // The GUI benchmark opens the full demo workspace (four snapshots and the audit trail).
    if (parser.isSet(workspaceOption)) {
        const QString full = parser.value(workspaceOption);
        QFile::remove(full);
        organisation.reset();
        organisation = DemoGenerator(parameters).generate({}, &error);
        if (!organisation)
            return fail(error);
        auto out = Workspace::open(full, Workspace::OpenMode::CreateIfMissing, &error);
        if (!out)
            return fail(error);
        const auto source = out->addSource(parameters.sourceName, QStringLiteral("demo"), {}, &error);
        if (!source)
            return fail(error);
        for (const SnapshotData& snapshot : organisation->snapshots) {
            if (!out->importSnapshot(*source, snapshot, {}, &error))
                return fail(error);
        }
        for (AuditEvent& event : organisation->auditEvents)
            event.sourceId = *source;
        if (!out->addAuditEvents(organisation->auditEvents, &error))
            return fail(error);
    }
    return 0;
}
