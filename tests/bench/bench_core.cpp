// Core benchmark: generates the demo organisation (100,000 identities by default), imports its
// newest snapshot into a fresh workspace, opens and loads it again, builds the access graph
// with every effective grant, and prints the figures with the peak memory. Not a test.
#include "benchtable.h"

#include "analysis/drift.h"
#include "analysis/metrics.h"
#include "audit/journal.h"
#include "connectors/demo/demoorganisation.h"
#include "domain/privilegedpolicy.h"
#include "graph/accessgraph.h"
#include "review/campaignstate.h"
#include "review/evidence.h"
#include "review/population.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
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
    // The review's evidence is signed with a journal key: a throw-away one, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    qputenv("ATTEST_NO_KEYCHAIN", "1");
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
    // The snapshot before the newest, for the drift.
    SnapshotData previous = std::move(organisation->snapshots[organisation->snapshots.size() - 2]);
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

    // Sprawl measures (issue 6's benchmark): every measure with two separation-of-duties rules,
    // then the drift from the previous snapshot.
    {
        analysis::SodPolicy sod;
        if (data->entitlements.size() >= 4) {
            sod.rules.push_back(
                {QStringLiteral("rule 1"), {}, {data->entitlements[0].name, data->entitlements[1].name}});
            sod.rules.push_back(
                {QStringLiteral("rule 2"), {}, {data->entitlements[2].name, data->entitlements[3].name}});
        }
        timer.restart();
        const analysis::Metrics metrics = analysis::computeMetrics(*data, *graph, sod, {});
        printRow("sprawl: every measure of the snapshot", ms(timer.elapsed()));
        const analysis::Measure* outliers = metrics.measure(analysis::MeasureId::PeerOutliers);
        printRow("  measures / peer outliers / SoD violations", QStringLiteral("%1 / %2 / %3")
                                                                    .arg(metrics.measures.size())
                                                                    .arg(outliers ? outliers->subjects.size() : 0)
                                                                    .arg(metrics.sodViolations.size()));
        const auto previousGraph = AccessGraph::build(previous, PrivilegedPolicy());
        timer.restart();
        const analysis::Drift drift = analysis::computeDrift(previous, *previousGraph, *data, *graph);
        printRow("sprawl: drift between two snapshots", ms(timer.elapsed()));
        printRow("  grants added / removed",
                 QStringLiteral("%1 / %2").arg(drift.added.size()).arg(drift.removed.size()));
    }
    previous = SnapshotData();

    // The floor the review figures are measured against, in the same run: `attest export grants
    // --format csv` of the same snapshot, as a user runs it (reads and writes the same rows).
    qint64 floorMs = 0;
    {
        QTemporaryDir floorDir;
        QProcess exportGrants;
        exportGrants.setStandardOutputFile(floorDir.filePath(QStringLiteral("grants.csv")));
        exportGrants.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        timer.restart();
        exportGrants.start(QStringLiteral(ATTEST_CLI_PATH),
                           {QStringLiteral("export"), QStringLiteral("grants"), QStringLiteral("--workspace"), path,
                            QStringLiteral("--format"), QStringLiteral("csv")});
        if (!exportGrants.waitForFinished(600000) || exportGrants.exitStatus() != QProcess::NormalExit ||
            exportGrants.exitCode() != 0)
            return fail(QStringLiteral("attest export grants failed (exit %1)").arg(exportGrants.exitCode()));
        floorMs = qMax<qint64>(timer.elapsed(), 1);
        printRow("floor: attest export grants --format csv (own process)",
                 QStringLiteral("%1 (%2 MB)")
                     .arg(ms(floorMs))
                     .arg(QFileInfo(floorDir.filePath(QStringLiteral("grants.csv"))).size() / (1024 * 1024)));
    }
    const auto ofFloor = [floorMs](qint64 elapsed) {
        return QStringLiteral("%1 (%2 x floor)").arg(ms(elapsed)).arg(double(elapsed) / double(floorMs), 0, 'f', 2);
    };

    // An access review of every effective grant (issue 5's benchmark).
    {
        CampaignDefinition definition;
        definition.name = QStringLiteral("Benchmark review");
        // The organisation's first two people (the chief executive and the first VP) run and back it.
        definition.owner = (*data).identities.at(0).key;
        definition.fallbackReviewer = (*data).identities.at(1).key;
        definition.snapshotId = snapshotId;
        definition.noResponse = NoResponsePolicy::Keep;
        timer.restart();
        auto population = buildPopulation(*data, *graph, definition, data->info.takenAt, {}, &error);
        if (!population)
            return fail(error);
        const qint64 built = timer.elapsed();
        const auto campaignId = workspace->createCampaign(definition, *population, &error);
        if (!campaignId)
            return fail(error);
        printRow("review: create a campaign of every effective grant", ofFloor(timer.elapsed()));
        printRow("  of which building the population", ms(built));
        printRow("  items", QString::number(population->items.size()));
        population.reset();
        timer.restart();
        auto loaded = review::load(*workspace, *campaignId, &error);
        if (!loaded)
            return fail(error);
        printRow("review: open the campaign (items + history)", ms(timer.elapsed()));
        std::vector<qint64> micros;
        QElapsedTimer one;
        for (quint32 i = 0; i < 500; ++i) {
            one.start();
            if (!review::decide(*workspace, loaded->state, {i * 997u % quint32(loaded->items->size())},
                                Decision::Approve, definition.owner, QString(), &error))
                return fail(error);
            micros.push_back(one.nsecsElapsed() / 1000);
        }
        std::sort(micros.begin(), micros.end());
        printRow("review: one decision committed, median / p99",
                 QStringLiteral("%1 / %2 ms")
                     .arg(double(micros[micros.size() / 2]) / 1000.0, 0, 'f', 2)
                     .arg(double(micros[micros.size() * 99 / 100]) / 1000.0, 0, 'f', 2));
        timer.restart();
        const auto accepted =
            review::acceptRecommendations(*workspace, loaded->state, QString(), definition.owner, &error);
        if (!accepted)
            return fail(error);
        printRow("review: accept every recommendation (bulk)",
                 QStringLiteral("%1 (%2 items)").arg(ms(timer.elapsed())).arg(*accepted));
        {
            // What every export checks first: the population's and the decisions' digests against
            // the signed journal.
            // Opened as a user opens it: items, the whole decision history and the state replayed.
            timer.restart();
            auto reloaded = review::load(*workspace, *campaignId, &error);
            if (!reloaded)
                return fail(error);
            printRow("review: open the campaign after accept-all (items + history)",
                     QStringLiteral("%1 (%2 decisions)").arg(ms(timer.elapsed())).arg(reloaded->history.size()));
            timer.restart();
            const auto populationHash = reloaded->items->sha256();
            const qint64 populationMs = timer.elapsed();
            timer.restart();
            const auto decisionsHash = review::decisionsDigest(reloaded->history);
            printRow("review: population SHA-256 / decisions digest (export's check)",
                     QStringLiteral("%1 / %2 ms").arg(populationMs).arg(timer.elapsed()));
            Q_UNUSED(populationHash);
            Q_UNUSED(decisionsHash);
        }
        QTemporaryDir evidenceDir;
        timer.restart();
        const auto pack =
            evidence::exportPack(*workspace, *campaignId, evidenceDir.filePath(QStringLiteral("pack")), &error);
        if (!pack)
            return fail(error);
        printRow("review: export the evidence pack", ofFloor(timer.elapsed()));
    }
    {
        // Journal appends stay constant-time as the journal grows (each reads only the last record).
        QTemporaryDir journalDir;
        auto journalWorkspace = Workspace::open(journalDir.filePath(QStringLiteral("journal.attest")),
                                                Workspace::OpenMode::CreateIfMissing, &error);
        const auto key = journalWorkspace ? Journal::loadOrCreateKey(*journalWorkspace, &error) : std::nullopt;
        if (!key)
            return fail(error);
        QElapsedTimer appendTimer;
        qint64 firstHundred = 0;
        qint64 lastHundred = 0;
        for (int i = 0; i < 10000; ++i) {
            if (i == 0 || i == 9900)
                appendTimer.restart();
            JournalRecord record = Journal::newRecord(
                QStringLiteral("bench.append"), QStringLiteral("record %1").arg(i), {}, QStringLiteral("success"));
            if (!Journal::append(*journalWorkspace, *key, record, &error))
                return fail(error);
            if (i == 99)
                firstHundred = appendTimer.nsecsElapsed();
            if (i == 9999)
                lastHundred = appendTimer.nsecsElapsed();
        }
        printRow("journal: append, first 100 / last 100 of 10,000 (per record)",
                 QStringLiteral("%1 / %2 ms")
                     .arg(double(firstHundred) / 100e6, 0, 'f', 2)
                     .arg(double(lastHundred) / 100e6, 0, 'f', 2));
    }
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
