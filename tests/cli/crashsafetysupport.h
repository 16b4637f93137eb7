#pragma once

#include "clitestsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

// Helpers for the crash and concurrency tests: workspaces with their own journal key, commands
// killed part-way, several commands at once.
namespace attest::test {

// A folder holding one workspace and the app data folder with its journal key (and this
// computer's copy of the journal's head). Every process run for it gets the same HOME and
// XDG_DATA_HOME, so they share the key; copies of a place are independent of each other.
struct Place
{
    QString root;

    QString workspace() const { return root + QStringLiteral("/w.attest"); }
    QString keyFolder() const { return root + QStringLiteral("/data/Attest/attest/journal-keys"); }
    QProcessEnvironment extraEnvironment() const
    {
        QProcessEnvironment e;
        e.insert(QStringLiteral("ATTEST_NO_KEYCHAIN"), QStringLiteral("1"));
        e.insert(QStringLiteral("HOME"), root + QStringLiteral("/home"));
        e.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
        return e;
    }
    QProcessEnvironment environment() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const QProcessEnvironment extra = extraEnvironment();
        for (const QString& name : extra.keys())
            e.insert(name, extra.value(name));
        return e;
    }
    Run run(const QStringList& arguments) const { return runAttest(arguments, extraEnvironment()); }
};

// Copies a place whose workspace no process has open (no write-ahead log beside it).
inline bool copyPlace(const Place& from, const Place& to)
{
    if (QFileInfo::exists(from.workspace() + QStringLiteral("-wal")) || !QDir().mkpath(to.root))
        return false;
    if (!QFile::copy(from.workspace(), to.workspace()))
        return false;
    QDirIterator it(from.root + QStringLiteral("/data"), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to.root + source.mid(from.root.size());
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

struct Attempt
{
    bool killed = false; // SIGKILL arrived before the command ended
    Run run;             // how it ended when not killed
};

// Runs attest and kills it with SIGKILL delayMs after it started, or (walGrows) as soon as the
// workspace's write-ahead log has grown, i.e. during its first write.
inline Attempt runAndKill(const Place& place, const QStringList& arguments, int delayMs, bool walGrows = false)
{
    QProcess process;
    process.setProcessEnvironment(place.environment());
    process.start(QStringLiteral(ATTEST_BINARY), arguments);
    Attempt attempt;
    if (!process.waitForStarted(10000))
        return attempt;
    bool finished = false;
    if (walGrows) {
        const QString wal = place.workspace() + QStringLiteral("-wal");
        const qint64 before = QFileInfo(wal).size(); // 0 when there is none
        QElapsedTimer clock;
        clock.start();
        while (!(finished = process.waitForFinished(1)) && clock.elapsed() < 60000) {
            if (QFileInfo(wal).size() > before)
                break;
        }
    } else {
        finished = process.waitForFinished(delayMs);
    }
    if (!finished) {
        process.kill();
        process.waitForFinished(10000);
    }
    attempt.killed = process.exitStatus() == QProcess::CrashExit;
    attempt.run = {attempt.killed ? -1 : process.exitCode(), process.readAllStandardOutput(),
                   process.readAllStandardError()};
    return attempt;
}

// Kill delays spread over a command's usual duration, from early (still starting) to about when
// it ends.
inline QList<int> killDelays(qint64 durationMs, int points)
{
    QList<int> delays;
    for (int i = 1; i <= points; ++i)
        delays << int(durationMs * i / points);
    return delays;
}

// Commands run side by side: each lane runs its steps one after the other, all lanes at once.
struct Lane
{
    struct Step
    {
        QStringList arguments;
        int notBeforeMs = 0; // after the lanes started
    };
    QList<Step> steps;
    QList<Run> results; // one per step, in order
};

// Returns false when the lanes did not finish within timeoutMs.
inline bool runLanes(const Place& place, QList<Lane>& lanes, int timeoutMs = 120000)
{
    std::vector<std::unique_ptr<QProcess>> running(std::size_t(lanes.size()));
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        bool busy = false;
        for (qsizetype i = 0; i < lanes.size(); ++i) {
            Lane& lane = lanes[i];
            std::unique_ptr<QProcess>& process = running[std::size_t(i)];
            if (process && (process->waitForFinished(2) || process->error() == QProcess::FailedToStart)) {
                lane.results << Run{process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1,
                                    process->readAllStandardOutput(), process->readAllStandardError()};
                process.reset();
            }
            if (!process && lane.results.size() < lane.steps.size() &&
                clock.elapsed() >= lane.steps[lane.results.size()].notBeforeMs) {
                process = std::make_unique<QProcess>();
                process->setProcessEnvironment(place.environment());
                process->start(QStringLiteral(ATTEST_BINARY), lane.steps[lane.results.size()].arguments);
            }
            busy = busy || process || lane.results.size() < lane.steps.size();
        }
        if (!busy)
            return true;
    }
    for (auto& process : running) {
        if (process)
            process->kill();
    }
    return false;
}

// An RFC 4180 writer for edited worksheets: cells with a comma, quote or line break are quoted.
inline QByteArray writeCsv(const QList<QStringList>& rows)
{
    QString text;
    for (const QStringList& row : rows) {
        QStringList cells;
        for (QString cell : row) {
            if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
                cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')))
                cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
            cells << cell;
        }
        text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

} // namespace attest::test
