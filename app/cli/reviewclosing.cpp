#include "reviewclosing.h"

#include "clierror.h"
#include "commandtable.h"
#include "connectionoptions.h"
#include "keyoption.h"

#include "connectors/ldap/ldapsettings.h"
#include "review/closing.h"
#include "review/evidence.h"
#include "store/workspace.h"

#include <QCommandLineParser>

#include <optional>

namespace attest::cli {

namespace {

// Handles on the options every closing command reads (spelt in the command table).
struct Options
{
    QCommandLineOption workspace{QStringLiteral("workspace")};
    QCommandLineOption campaign{QStringLiteral("campaign")};
    QCommandLineOption by{QStringLiteral("by")};
};

std::unique_ptr<Workspace> openWorkspace(const QCommandLineParser& parser, const Options& o, QString* error)
{
    if (!parser.isSet(o.workspace)) {
        *error = QStringLiteral("needs --workspace FILE");
        return nullptr;
    }
    return Workspace::open(parser.value(o.workspace), Workspace::OpenMode::OpenExisting, error);
}

} // namespace

int runReviewClosing(const Invocation& invocation)
{
    const QCommandLineParser& parser = invocation.parser;
    const QString command = invocation.command.path.at(1);
    const Options o;
    const auto option = [](const char* name) { return QCommandLineOption(QString::fromLatin1(name)); };
    const QCommandLineOption applyPolicy = option("apply-no-response-policy");
    const QCommandLineOption preview = option("preview");
    const QCommandLineOption done = option("done");
    const QCommandLineOption ticket = option("ticket");
    const QCommandLineOption statement = option("statement");
    const QCommandLineOption output = option("output");
    const QCommandLineOption keyOption = option("key");
    const ConnectionOptions connection;
    QString error;

    if (command == QLatin1String("verify-evidence")) {
        const QString folder = invocation.arguments.value(0);
        std::unique_ptr<Workspace> ws;
        if (parser.isSet(o.workspace)) {
            ws = openWorkspace(parser, o, &error);
            if (!ws)
                return fail(kExitFailure, error);
        }
        QByteArray expected;
        if (parser.isSet(keyOption)) {
            const auto parsed = parseKeyOption(parser.value(keyOption), true, &error);
            if (!parsed)
                return fail(kExitUsage, error);
            expected = *parsed;
        }
        const auto result = evidence::verifyPack(folder, ws.get(), expected);
        for (const QString& problem : result.problems)
            std::printf("FAIL %s\n", qPrintable(problem));
        if (!result.trust.isEmpty())
            std::printf("expected signer: %s\n", qPrintable(result.trust));
        if (!result.intact)
            return fail(kExitFailure, QStringLiteral("the evidence in %1 does not verify").arg(folder));
        std::printf("intact: %d files match the manifest, signed by key %s\n", result.files,
                    qPrintable(result.keyId.left(16)));
        return 0;
    }

    auto ws = openWorkspace(parser, o, &error);
    if (!ws)
        return fail(kExitFailure, error);
    bool ok = false;
    const qint64 campaignId = parser.value(o.campaign).toLongLong(&ok);
    if (!ok)
        return fail(kExitUsage, QStringLiteral("needs --campaign ID (see attest review list)"));
    auto loaded = review::load(*ws, campaignId, &error);
    if (!loaded)
        return fail(kExitFailure, error);
    const QString by = parser.value(o.by);
    const auto needBy = [&]() {
        return by.trimmed().isEmpty() ? fail(kExitUsage, QStringLiteral("needs --by WHO (it is recorded)")) : 0;
    };
    const auto printPlan = [](const std::vector<review::PlannedChange>& plan) {
        for (const review::PlannedChange& change : plan) {
            QStringList items;
            for (const quint32 item : change.items)
                items << QString::number(item + 1);
            std::printf("%-8s items %s: %s%s\n", qPrintable(change.status), qPrintable(items.join(QLatin1Char(','))),
                        qPrintable(change.description()),
                        change.message.isEmpty() || change.message == change.description()
                            ? ""
                            : qPrintable(QStringLiteral(" (%1)").arg(change.message)));
        }
    };

    if (command == QLatin1String("close")) {
        if (const int code = needBy())
            return code;
        const auto plan = review::close(*ws, loaded->state, parser.isSet(applyPolicy), by, &error);
        if (!plan)
            return fail(kExitFailure, error);
        std::printf("closed campaign %lld; %zu changes planned:\n", campaignId, plan->size());
        printPlan(*plan);
        return 0;
    }
    if (command == QLatin1String("remediate")) {
        if (const int code = needBy())
            return code;
        if (parser.isSet(done)) {
            bool number = false;
            const uint given = parser.value(done).toUInt(&number);
            if (!number || given < 1)
                return fail(kExitUsage,
                            QStringLiteral("--done needs an item number from 1, not \"%1\"").arg(parser.value(done)));
            const quint32 item = quint32(given - 1);
            if (!review::markDone(*ws, loaded->state, item, by, parser.value(ticket), &error))
                return fail(kExitFailure, error);
            std::printf("item %u recorded as done by %s (ticket %s)\n", item + 1, qPrintable(by),
                        qPrintable(parser.value(ticket)));
            return 0;
        }
        if (parser.isSet(preview)) {
            const auto plan = review::remediationPlan(*ws, loaded->state, &error);
            if (!plan)
                return fail(kExitFailure, error);
            printPlan(*plan);
            return 0;
        }
        // --url/--base/--bind-dn (or --connection) given: that connection replaces the saved one.
        QByteArray password;
        std::optional<LdapSettings> given;
        if (parser.isSet(QStringLiteral("url")) || parser.isSet(QStringLiteral("connection"))) {
            ConnectionOptions::Resolved target;
            int exitCode = 0;
            if (!connection.resolve(parser, *ws, &target, &exitCode, &error))
                return fail(exitCode, error);
            given = target.settings;
            password = target.password;
            target.password.fill('\0');
        }
        // Otherwise the campaign's source: an LDAP connection needs its bind password.
        for (const SnapshotInfo& info : given ? QList<SnapshotInfo>() : ws->snapshots()) {
            if (info.id != loaded->campaign.definition.snapshotId)
                continue;
            for (const SourceInfo& source : ws->sources()) {
                if (source.id != info.sourceId || source.kind != QLatin1String("ldap") || source.settingsJson.isEmpty())
                    continue;
                const auto settings = LdapSettings::fromJson(source.settingsJson, &error);
                if (!settings ||
                    !connection.savedPassword(parser, *ws, source.id, source.name, *settings, &password, &error))
                    return fail(kExitFailure, error);
            }
        }
        const auto result = review::remediate(*ws, loaded->state, password, by, {}, &error, given);
        password.fill('\0');
        if (!result)
            return fail(kExitFailure, error);
        for (const QString& message : result->messages)
            std::printf("%s\n", qPrintable(message));
        std::printf("applied %d, failed %d, manual %d, already done %d\n", result->applied, result->failed,
                    result->manual, result->skipped);
        return result->failed > 0 ? kExitFailure : 0;
    }
    if (command == QLatin1String("sign-off")) {
        if (const int code = needBy())
            return code;
        if (!review::signOff(*ws, loaded->campaign, by, parser.value(statement), &error))
            return fail(kExitFailure, error);
        std::printf("campaign %lld signed off by %s\n", campaignId, qPrintable(by));
        return 0;
    }
    // export-evidence
    if (!parser.isSet(output))
        return fail(kExitUsage, QStringLiteral("needs --output DIR"));
    const auto result = evidence::exportPack(*ws, campaignId, parser.value(output), &error);
    if (!result)
        return fail(kExitFailure, error);
    std::printf("evidence of campaign %lld written to %s (%s): %s\n", campaignId, qPrintable(result->folder),
                result->signedOff ? "signed off" : "UNSIGNED", qPrintable(result->files.join(QStringLiteral(", "))));
    return 0;
}

} // namespace attest::cli
