#include "exceptioncommands.h"

#include "clierror.h"
#include "commandtable.h"
#include "outputstream.h"
#include "recordwriter.h"

#include "analysis/analysis.h"
#include "app/analysiscases.h"
#include "domain/personresolver.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QHash>

namespace attest::cli {

namespace {

// A grant's subject key joins its account's and entitlement's keys with a control character; on
// the command line and in the list it is written with this instead.
const QString kGrantSeparator = QStringLiteral(" -> ");

QString shownSubject(QString key)
{
    return key.replace(QChar(0x1f), kGrantSeparator);
}

QString storedSubject(QString typed)
{
    return typed.trimmed().replace(kGrantSeparator, QString(QChar(0x1f)));
}

// --format csv|json (default csv); empty on a wrong value.
std::optional<RecordWriter::Format> formatOf(const Invocation& invocation)
{
    const QString value = invocation.parser.value(invocation.option("format"));
    if (value.isEmpty() || value == QLatin1String("csv"))
        return RecordWriter::Format::Csv;
    if (value == QLatin1String("json"))
        return RecordWriter::Format::Json;
    return std::nullopt;
}

std::unique_ptr<Workspace> openWorkspace(const Invocation& invocation, QString* error)
{
    return Workspace::open(invocation.parser.value(invocation.option("workspace")), Workspace::OpenMode::OpenExisting,
                           error);
}

int listExceptions(const Invocation& invocation)
{
    const auto format = formatOf(invocation);
    if (!format)
        return fail(kExitUsage, QStringLiteral("exception list takes --format csv or --format json"));
    QString error;
    const auto ws = openWorkspace(invocation, &error);
    if (!ws)
        return fail(kExitFailure, error);
    const std::vector<analysis::AcceptedException> list = analysis::loadExceptions(*ws, &error);
    if (!error.isEmpty())
        return fail(kExitFailure, error);
    const Timestamp now = QDateTime::currentMSecsSinceEpoch();
    OutputStream out(stdout);
    auto writer = RecordWriter::create(
        *format, &out,
        {QStringLiteral("source"), QStringLiteral("measure"), QStringLiteral("subject"), QStringLiteral("label"),
         QStringLiteral("reason"), QStringLiteral("approver"), QStringLiteral("approverKey"), QStringLiteral("expires"),
         QStringLiteral("active"), QStringLiteral("acceptedBy"), QStringLiteral("acceptedAt")});
    writer->begin();
    for (const analysis::AcceptedException& e : list) {
        writer->record({Value::of(e.sourceId), Value::of(e.measureId), Value::of(shownSubject(e.subjectKey)),
                        Value::of(e.subjectLabel), Value::of(e.reason), Value::of(e.approver),
                        Value::orNull(e.approverKey), Value::orNull(toIsoString(e.expires)), Value::of(e.activeAt(now)),
                        Value::orNull(e.acceptedBy), Value::orNull(toIsoString(e.acceptedAt))});
    }
    writer->end();
    if (!out.flush())
        return fail(kExitFailure, QStringLiteral("could not write the exceptions to stdout"));
    return 0;
}

int acceptException(const Invocation& invocation)
{
    const QCommandLineParser& parser = invocation.parser;
    analysis::AnalysisRequest measuring;
    measuring.compareId = -1; // the findings are all that is needed
    bool ok = true;
    if (const QCommandLineOption snapshot = invocation.option("snapshot"); parser.isSet(snapshot)) {
        measuring.snapshotId = parser.value(snapshot).toLongLong(&ok);
        if (!ok || measuring.snapshotId <= 0)
            return fail(kExitUsage, QStringLiteral("--snapshot needs a snapshot id (see attest export snapshots)"));
    }
    measuring.options.staleDays = parser.value(invocation.option("stale-days")).toInt(&ok);
    if (!ok || measuring.options.staleDays < 1 || measuring.options.staleDays > 3650)
        return fail(kExitUsage, QStringLiteral("--stale-days needs a number of days from 1 to 3650"));

    app::AcceptExceptionsRequest request;
    request.measureId = parser.value(invocation.option("measure")).trimmed();
    request.reason = parser.value(invocation.option("reason"));
    request.approver = parser.value(invocation.option("approver"));
    if (const QString expires = parser.value(invocation.option("expires")); !expires.isEmpty()) {
        const QDate date = QDate::fromString(expires.trimmed(), Qt::ISODate);
        if (!date.isValid())
            return fail(kExitUsage, QStringLiteral("--expires needs a date as YYYY-MM-DD, not \"%1\"").arg(expires));
        request.expires = analysis::expiryAtEndOf(date);
    }
    const std::optional<analysis::MeasureId> measureId = analysis::measureFromKey(request.measureId);
    if (!measureId)
        return fail(kExitUsage, QStringLiteral("there is no measure \"%1\"; the measures are %2")
                                    .arg(request.measureId, analysis::measureKeys().join(QStringLiteral(", "))));

    QString error;
    const auto ws = openWorkspace(invocation, &error);
    if (!ws)
        return fail(kExitFailure, error);
    // The findings of the measured snapshot, as the dashboard lists them: the label of each subject
    // named, and the people who may approve.
    const auto measured = analysis::analyse(*ws, measuring, {}, &error);
    if (!measured)
        return fail(kExitFailure, error);
    const analysis::Measure* measure = measured->metrics.measure(*measureId);
    const SnapshotData& data = *measured->data;
    QHash<QString, QString> labels; // shown subject key -> label, of every finding of the measure
    if (measure) {
        for (const std::vector<analysis::Subject>* subjects : {&measure->subjects, &measure->excepted}) {
            for (const analysis::Subject& s : *subjects)
                labels.insert(shownSubject(analysis::subjectKey(data, s)), analysis::subjectLabel(data, s));
        }
    }
    for (const QString& typed : parser.values(invocation.option("subject"))) {
        const QString shown = shownSubject(storedSubject(typed));
        const auto label = labels.constFind(shown);
        if (label == labels.constEnd())
            return fail(kExitFailure, QStringLiteral("\"%1\" is not a finding of %2 in snapshot %3 (see attest metrics "
                                                     "--format json: the ids of the measure)")
                                          .arg(typed, request.measureId)
                                          .arg(measured->metrics.snapshot.id));
        request.findings.push_back({storedSubject(typed), *label});
    }
    request.sourceId = measured->metrics.snapshot.sourceId;
    const PersonResolver people(data.identities, data.accounts);
    const app::AcceptExceptionsResult result = app::acceptExceptions(*ws, people, request);
    if (!result.ok)
        return fail(kExitFailure, result.error);
    note(QStringLiteral("accepted %1 finding(s) of %2 as exceptions until %3")
             .arg(result.accepted)
             .arg(request.measureId, toIsoString(request.expires).left(10)));
    return 0;
}

int withdrawException(const Invocation& invocation)
{
    const QCommandLineParser& parser = invocation.parser;
    app::WithdrawExceptionRequest request;
    bool ok = false;
    request.sourceId = parser.value(invocation.option("source")).toLongLong(&ok);
    if (!ok || request.sourceId <= 0)
        return fail(kExitUsage, QStringLiteral("--source needs a source id (see attest exception list)"));
    request.measureId = parser.value(invocation.option("measure")).trimmed();
    request.subjectKey = storedSubject(parser.value(invocation.option("subject")));
    QString error;
    const auto ws = openWorkspace(invocation, &error);
    if (!ws)
        return fail(kExitFailure, error);
    const app::WithdrawExceptionResult result = app::withdrawException(*ws, request);
    if (!result.ok)
        return fail(kExitFailure, result.error);
    note(QStringLiteral("withdrawn: the finding counts again"));
    return 0;
}

int showSod(const Invocation& invocation)
{
    const auto format = formatOf(invocation);
    if (!format)
        return fail(kExitUsage, QStringLiteral("sod show takes --format csv or --format json"));
    QString error;
    const auto ws = openWorkspace(invocation, &error);
    if (!ws)
        return fail(kExitFailure, error);
    const analysis::SodPolicy policy = analysis::loadSodPolicy(*ws, &error);
    if (!error.isEmpty())
        return fail(kExitFailure, error);
    OutputStream out(stdout);
    if (*format == RecordWriter::Format::Json) {
        out.write(policy.toJson()); // the stored form, which sod set --file reads back
    } else {
        auto writer = RecordWriter::create(
            *format, &out, {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("entitlements")});
        writer->begin();
        for (const analysis::SodRule& rule : policy.rules)
            writer->record({Value::of(rule.name), Value::of(rule.description), Value::of(rule.entitlements)});
        writer->end();
    }
    if (!out.flush())
        return fail(kExitFailure, QStringLiteral("could not write the policy to stdout"));
    return 0;
}

int setSod(const Invocation& invocation)
{
    const QString path = invocation.parser.value(invocation.option("file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(kExitFailure, QStringLiteral("could not read %1: %2").arg(path, file.errorString()));
    // A policy is a few rules; a file far larger is not one.
    constexpr qint64 kMaxPolicyBytes = 4 * 1024 * 1024;
    const QByteArray bytes = file.read(kMaxPolicyBytes + 1);
    if (bytes.size() > kMaxPolicyBytes)
        return fail(kExitFailure,
                    QStringLiteral("%1 is larger than 4 MiB: not a separation-of-duties policy").arg(path));
    QString error;
    std::optional<analysis::SodPolicy> policy = analysis::SodPolicy::parseJson(QString::fromUtf8(bytes), &error);
    if (!policy)
        return fail(kExitFailure, QStringLiteral("%1: %2").arg(path, error));
    const auto ws = openWorkspace(invocation, &error);
    if (!ws)
        return fail(kExitFailure, error);
    const app::SaveSodPolicyResult result = app::saveSodPolicy(*ws, app::SaveSodPolicyRequest{std::move(*policy)});
    if (!result.ok)
        return fail(kExitFailure, result.error);
    note(QStringLiteral("saved the separation-of-duties policy: %1 rule(s)").arg(result.rules));
    return 0;
}

} // namespace

int runException(const Invocation& invocation)
{
    const QString action = invocation.command.path.value(1);
    if (action == QLatin1String("accept"))
        return acceptException(invocation);
    if (action == QLatin1String("withdraw"))
        return withdrawException(invocation);
    return listExceptions(invocation);
}

int runSod(const Invocation& invocation)
{
    return invocation.command.path.value(1) == QLatin1String("set") ? setSod(invocation) : showSod(invocation);
}

} // namespace attest::cli
