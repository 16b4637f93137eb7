#include "metricscommand.h"

#include "clierror.h"

#include "analysis/analysis.h"
#include "analysis/metricsexport.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace attest::cli {

namespace {

struct Common
{
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")};
    QCommandLineOption workspace{QStringLiteral("workspace"), QStringLiteral("The workspace file."),
                                 QStringLiteral("file")};
    QCommandLineOption snapshot{QStringLiteral("snapshot"),
                                QStringLiteral("The snapshot to measure (default: the newest)."), QStringLiteral("id")};
    QCommandLineOption compare{QStringLiteral("compare"),
                               QStringLiteral("The snapshot to compare with for drift (default: the previous "
                                              "snapshot of the same source; none: no comparison)."),
                               QStringLiteral("id")};
    QCommandLineOption staleDays{QStringLiteral("stale-days"),
                                 QStringLiteral("Days without logon after which an account is stale (default 90)."),
                                 QStringLiteral("days"), QStringLiteral("90")};

    void add(QCommandLineParser& parser) const { parser.addOptions({help, workspace, snapshot, compare, staleDays}); }
};

int printHelp(const QCommandLineParser& parser, const QString& command)
{
    std::fputs(
        qPrintable(parser.helpText().replace(QStringLiteral("[options]"), command + QStringLiteral(" [options]"))),
        stdout);
    return 0;
}

// Parses the shared options into a request; returns an exit code on error, or -1 to go on.
int parseRequest(const QCommandLineParser& parser, const Common& o, analysis::AnalysisRequest* request)
{
    if (!parser.isSet(o.workspace))
        return fail(kExitUsage, QStringLiteral("--workspace FILE is required"));
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

int runMetrics(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints every sprawl and hygiene measure of a snapshot: entitlements per identity, privileged access, "
        "stale and orphaned accounts, group hygiene, peer outliers, separation-of-duties violations, accepted "
        "exceptions, the drift since the compared snapshot (with regressions of access revoked in closed reviews) "
        "and the trend over the source's snapshots. JSON lists the keys of the rows behind every count."));
    Common o;
    o.add(parser);
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("json or csv."), QStringLiteral("format"));
    parser.addOption(format);
    if (!parser.parse(arguments))
        return fail(kExitUsage, parser.errorText());
    if (parser.isSet(o.help)) {
        return printHelp(parser, QStringLiteral("metrics"));
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(kExitUsage, QStringLiteral("metrics takes no arguments besides its options (see --help)"));
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

int runReport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes the dashboard report as PDF, for management and auditors: headline figures with their change, "
        "every measure with its definition, the entitlements-per-identity histogram, the trend, the drift, where "
        "access concentrates, separation of duties and the accepted exceptions."));
    Common o;
    o.add(parser);
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The PDF file to write."),
                                 QStringLiteral("file"));
    parser.addOption(out);
    if (!parser.parse(arguments))
        return fail(kExitUsage, parser.errorText());
    if (parser.isSet(o.help)) {
        return printHelp(parser, QStringLiteral("report"));
    }
    if (!parser.isSet(out))
        return fail(kExitUsage, QStringLiteral("report needs --out FILE.pdf"));
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
