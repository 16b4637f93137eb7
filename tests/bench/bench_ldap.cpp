// LDAP sync benchmark: the demo organisation (100,000 identities by default) written as LDIF,
// loaded into a throw-away slapd with slapadd -q, then dumped with `ldapsearch -E pr=1000` over
// LDAPS as the non-root reader and synced by Attest the same way, in the same run. Prints both
// times, their ratio and Attest's peak memory. Then the console's own sync (MainWindow::syncSource,
// offscreen) while a 10 ms timer ticks on the GUI thread: the longest gap between ticks is how
// long the GUI thread stalled (target: never over 50 ms while a sync runs). And `attest sync` as a
// user runs it: the command-line program in its own process, into a new workspace, as the
// non-root reader over LDAPS, timed from outside against the same dump. Not a test.
#include "benchtable.h"

#include "../integration/slapdfixture.h"

#include "common/backgroundtask.h"
#include "connectors/demo/demoorganisation.h"
#include "connectors/demo/ldifwriter.h"
#include "connectors/ldap/ldapsync.h"
#include "connectors/ldap/openldapprofile.h"
#include "mainwindow.h"
#include "store/workspace.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace attest;
using attest::bench::printRow;
using attest::test::SlapdFixture;

namespace {

// The console's sync of the same directory, measured from the GUI thread: wall time and the
// longest gap between the ticks of a 10 ms timer, during the sync and while the new snapshot is
// then shown. False with *error when the sync fails.
bool measureGuiSync(const SlapdFixture& slapd, const QString& workspacePath, QString* error)
{
    LdapSettings settings;
    settings.url = slapd.ldapsUrl();
    settings.baseDn = slapd.baseDn();
    settings.bindDn = slapd.readerDn();
    settings.caFile = slapd.caFile();
    {
        auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::CreateIfMissing, error);
        if (!workspace ||
            !workspace->addSource(QStringLiteral("bench"), QStringLiteral("ldap"), settings.toJson(), error))
            return false;
    }
    MainWindow window;
    window.resize(1400, 860);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::snapshotLoaded);
    window.openWorkspace(workspacePath);
    if (!loaded.wait(60000)) {
        *error = QStringLiteral("opening the empty workspace failed: %1").arg(window.errorText());
        return false;
    }
    auto* task = window.findChild<BackgroundTask*>();
    if (!task || !window.snapshot() || window.snapshot()->sources.isEmpty()) {
        *error = QStringLiteral("the console has no sync task or no connection");
        return false;
    }

    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 syncGap = 0;
    qint64 showGap = 0;
    qint64 syncEnd = -1;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        const qint64 now = clock.elapsed();
        qint64& gap = syncEnd < 0 ? syncGap : showGap;
        gap = std::max(gap, now - lastTick);
        lastTick = now;
    });
    // Connected before syncSource connects its own handler, so this runs first: the sync's end.
    QObject::connect(task, &BackgroundTask::finished, &ticker, [&] {
        if (syncEnd < 0) {
            const qint64 now = clock.elapsed();
            syncGap = std::max(syncGap, now - lastTick);
            lastTick = now;
            syncEnd = now;
        }
    });
    loaded.clear();
    bench::resetPeakMemory();
    clock.start();
    ticker.start();
    window.syncSource(window.snapshot()->sources.constFirst().id,
                      SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8());
    if (!loaded.wait(600000) || window.snapshot()->info.id == 0) {
        *error = QStringLiteral("the console's sync failed: %1").arg(window.errorText());
        return false;
    }
    const qint64 shown = clock.elapsed();
    ticker.stop();
    printRow("console sync (MainWindow::syncSource, worker thread)", QStringLiteral("%1 ms").arg(syncEnd));
    printRow("  longest GUI-thread stall during the sync (10 ms timer)", QStringLiteral("%1 ms").arg(syncGap));
    printRow("  then showing the new snapshot", QStringLiteral("%1 ms").arg(shown - syncEnd));
    printRow("  longest GUI-thread stall while showing it", QStringLiteral("%1 ms").arg(showGap));
    printRow("  peak memory of the console (sync and show)", bench::peakMemory());
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("ATTEST_NO_KEYCHAIN", "1"); // the console keeps the password for this session only
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption identitiesOption(QStringLiteral("identities"), QStringLiteral("People in the demo."),
                                              QStringLiteral("n"), QStringLiteral("100000"));
    parser.addOption(identitiesOption);
    parser.process(app);

    QString error;
    DemoParameters parameters;
    parameters.identities = parser.value(identitiesOption).toInt();
    auto organisation = DemoGenerator(parameters).generate({}, &error);
    if (!organisation) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QBuffer ldif;
    ldif.open(QIODevice::WriteOnly);
    if (!LdifWriter(parameters.baseDn).write(organisation->snapshots.back(), &ldif, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    organisation.reset();

    attest::bench::printHeader("LDAP sync measurement");
    QElapsedTimer timer;
    timer.start();
    SlapdFixture slapd;
    if (!slapd.start(ldif.data(), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    printRow("slapadd -q and start slapd", QStringLiteral("%1 ms").arg(timer.elapsed()));
    ldif.buffer().clear();

    // The floor: the same entries and attributes dumped by ldapsearch over LDAPS as the reader.
    const auto dumpDirectory = [&slapd]() -> bool {
        for (const auto& [filter, attributes] :
             {std::pair{OpenLdapProfile::accountFilter(), OpenLdapProfile::accountAttributes()},
              std::pair{OpenLdapProfile::groupFilter(), OpenLdapProfile::groupAttributes()}}) {
            const auto result = SlapdFixture::runTool(
                QStringLiteral("ldapsearch"),
                QStringList{QStringLiteral("-x"), QStringLiteral("-LLL"), QStringLiteral("-H"), slapd.ldapsUrl(),
                            QStringLiteral("-D"), slapd.readerDn(), QStringLiteral("-w"),
                            SlapdFixture::password(SlapdFixture::Role::Reader), QStringLiteral("-b"), slapd.baseDn(),
                            QStringLiteral("-E"), QStringLiteral("pr=1000/noprompt"), filter} +
                    attributes,
                slapd.caFile(), {}, 600000);
            if (result.exitCode != 0) {
                std::fprintf(stderr, "ldapsearch failed: %s\n", result.err.constData());
                return false;
            }
        }
        return true;
    };
    timer.restart();
    if (!dumpDirectory())
        return 1;
    const qint64 dump = timer.elapsed();
    printRow("ldapsearch -E pr=1000 dump (accounts + groups, LDAPS)", QStringLiteral("%1 ms").arg(dump));

    LdapSettings settings;
    settings.url = slapd.ldapsUrl();
    settings.baseDn = slapd.baseDn();
    settings.bindDn = slapd.readerDn();
    settings.caFile = slapd.caFile();
    QTemporaryDir dir;
    // The whole sync as `attest sync` runs it (syncOpenLdapSnapshot: accounts stored while the groups
    // are read, one transaction), into a new workspace, right after the dump.
    bench::resetPeakMemory(); // the LDIF and the generated organisation are gone: measure the sync
    const QByteArray password = SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8();
    timer.restart();
    QStringList warnings;
    SnapshotData data;
    {
        auto workspace =
            Workspace::open(dir.filePath(QStringLiteral("sync.attest")), Workspace::OpenMode::CreateIfMissing, &error);
        const auto source = workspace
                                ? workspace->addSource(QStringLiteral("bench"), QStringLiteral("ldap"), {}, &error)
                                : std::nullopt;
        if (!source ||
            !syncOpenLdapSnapshot(settings, password, *workspace, *source, {}, {}, &warnings, &data, &error)) {
            std::fprintf(stderr, "sync failed: %s\n", qPrintable(error));
            return 1;
        }
    }
    const qint64 sync = timer.elapsed();
    const QString syncPeak = attest::bench::peakMemory();
    // Reading and mapping alone, for comparison (the same directory again).
    timer.restart();
    if (!readOpenLdapSnapshot(settings, password, {}, &warnings, &error)) {
        std::fprintf(stderr, "read failed: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 read = timer.elapsed();
    printRow("Attest: read and map the directory", QStringLiteral("%1 ms").arg(read));
    printRow("Attest: sync including the workspace import", QStringLiteral("%1 ms").arg(sync));
    printRow("accounts / groups / memberships", QStringLiteral("%1 / %2 / %3")
                                                    .arg(data.accounts.size())
                                                    .arg(data.entitlements.size())
                                                    .arg(data.memberships.size()));
    printRow("sync / ldapsearch dump",
             QStringLiteral("%1 x").arg(double(sync) / double(qMax<qint64>(dump, 1)), 0, 'f', 2));
    printRow("read only / ldapsearch dump",
             QStringLiteral("%1 x").arg(double(read) / double(qMax<qint64>(dump, 1)), 0, 'f', 2));
    printRow("peak memory of the sync", syncPeak);
    data = {};

    // `attest sync` as a user runs it: its own process, a new workspace, the reader's password from a
    // file, then a second dump right after, so the ratio is against the slower and the faster floor.
    attest::bench::printHeader("attest sync, the command, against the same dump");
    QFile passwordFile(dir.filePath(QStringLiteral("reader.password")));
    if (!passwordFile.open(QIODevice::WriteOnly) || passwordFile.write(password + '\n') < 0) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(passwordFile.fileName()));
        return 1;
    }
    passwordFile.close();
    QProcess attestSync;
    attestSync.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    attestSync.setStandardOutputFile(QProcess::nullDevice());
    timer.restart();
    attestSync.start(QStringLiteral(ATTEST_CLI_PATH),
                     {QStringLiteral("sync"), QStringLiteral("--workspace"), dir.filePath(QStringLiteral("cli.attest")),
                      QStringLiteral("--url"), settings.url, QStringLiteral("--base"), settings.baseDn,
                      QStringLiteral("--bind-dn"), settings.bindDn, QStringLiteral("--password-file"),
                      passwordFile.fileName(), QStringLiteral("--ca-file"), settings.caFile});
    if (!attestSync.waitForFinished(1800000) || attestSync.exitStatus() != QProcess::NormalExit ||
        attestSync.exitCode() != 0) {
        std::fprintf(stderr, "attest sync failed (exit %d)\n", attestSync.exitCode());
        return 1;
    }
    const qint64 command = timer.elapsed();
    timer.restart();
    if (!dumpDirectory())
        return 1;
    const qint64 secondDump = timer.elapsed();
    printRow("attest sync (own process, new workspace)", QStringLiteral("%1 ms").arg(command));
    printRow("ldapsearch dump before / after", QStringLiteral("%1 ms / %2 ms").arg(dump).arg(secondDump));
    printRow("attest sync / ldapsearch dump (before, after)",
             QStringLiteral("%1 x, %2 x")
                 .arg(double(command) / double(qMax<qint64>(dump, 1)), 0, 'f', 2)
                 .arg(double(command) / double(qMax<qint64>(secondDump, 1)), 0, 'f', 2));

    attest::bench::printHeader("LDAP sync in the console (GUI thread responsiveness)");
    if (!measureGuiSync(slapd, dir.filePath(QStringLiteral("console.attest")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
