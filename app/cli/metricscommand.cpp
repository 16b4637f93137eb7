#include "metricscommand.h"

#include "clierror.h"
#include "commandtable.h"

#include "analysis/analysis.h"
#include "analysis/metricsexport.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace attest::cli {

namespace {

// Handles on the options both commands take (spelt in the command table).
struct Common
{
    explicit Common(const Invocation& invocation)
        : workspace(invocation.option("workspace"))
        , snapshot(invocation.option("snapshot"))
        , compare(invocation.option("compare"))
        , staleDays(invocation.option("stale-days"))
    {}
    QCommandLineOption workspace;
    QCommandLineOption snapshot;
    QCommandLineOption compare;
    QCommandLineOption staleDays;
};

// Parses the shared options into a request; returns an exit code on error, or -1 to go on.
int parseRequest(const QCommandLineParser& parser, const Common& o, analysis::AnalysisRequest* request)
{
    bool ok = true;
    if (parser.isSet(o.snapshot)) {
        request->snapshotId = parser.value(o.snapshot).toLongLong(&ok);
        if (!ok || request->snapshotId <= 0)
            return fail(kExitUsage, QStringLiteral("--snapshot needs a snapshot id (see attest export snapshots)"));
    }
    if (parser.isSet(o.compare)) {
        if (parser.value(o.compare) == QLatin1String("none")) {
            request->compareId = -1;
        } else {
            request->compareId = parser.value(o.compare).toLongLong(&ok);
            if (!ok || request->compareId <= 0)
                return fail(kExitUsage, QStringLiteral("--compare needs a snapshot id or none"));
        }
    }
    request->options.staleDays = parser.value(o.staleDays).toInt(&ok);
    if (!ok || request->options.staleDays < 1 || request->options.staleDays > 3650)
        return fail(kExitUsage, QStringLiteral("--stale-days needs a number of days from 1 to 3650"));
    return -1;
}

std::optional<analysis::Analysis> analyseFromCommandLine(const QString& path, const analysis::AnalysisRequest& request,
                                                         QString* error)
{
    auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, error);
    if (!ws)
        return std::nullopt;
    auto result = analysis::analyse(*ws, request, {}, error);
    if (result) {
        for (const QString& n : result->notes)
            note(n);
    }
    return result;
}

} // namespace

int runMetrics(const Invocation& invocation)
{
    const QCommandLineParser& parser = invocation.parser;
    const Common o(invocation);
    const QCommandLineOption format = invocation.option("format");
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("json") && fmt != QLatin1String("csv"))
        return fail(kExitUsage, QStringLiteral("metrics needs --format json or --format csv"));
    analysis::AnalysisRequest request;
    if (const int code = parseRequest(parser, o, &request); code >= 0)
        return code;
    QString error;
    const auto result = analyseFromCommandLine(parser.value(o.workspace), request, &error);
    if (!result)
        return fail(kExitFailure, error);
    const QByteArray out =
        fmt == QLatin1String("json") ? analysis::metricsJson(*result) : analysis::metricsCsv(*result);
    if (std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout) != std::size_t(out.size()) ||
        std::fflush(stdout) != 0)
        return fail(kExitFailure, QStringLiteral("could not write the measures to standard output"));
    return 0;
}

int runReport(const Invocation& invocation)
{
    const QCommandLineParser& parser = invocation.parser;
    const Common o(invocation);
    const QCommandLineOption out = invocation.option("output");
    analysis::AnalysisRequest request;
    if (const int code = parseRequest(parser, o, &request); code >= 0)
        return code;
    QString error;
    const auto result = analyseFromCommandLine(parser.value(o.workspace), request, &error);
    if (!result)
        return fail(kExitFailure, error);
    const QByteArray pdf = analysis::renderReport(*result, QFileInfo(parser.value(o.workspace)).fileName());
    QSaveFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return fail(kExitFailure, QStringLiteral("could not write %1: %2").arg(parser.value(out), file.errorString()));
    note(QStringLiteral("report written to %1 (%2 pages)")
             .arg(parser.value(out))
             .arg(pdf.count("/Type /Page ") + pdf.count("/Type /Page\n")));
    return 0;
}

} // namespace attest::cli
