#include "journalcommand.h"

#include "clierror.h"
#include "connectionoptions.h"
#include "keyoption.h"

#include "audit/journal.h"
#include "connectors/ldap/intentresolution.h"
#include "security/ed25519key.h"
#include "store/workspace.h"

#include <QCommandLineParser>

#include <optional>

namespace attest::cli {

namespace {

// attest journal resolve: reads the targets of open intents through the given connection.
int resolve(const QCommandLineParser& parser, const ConnectionOptions& connection, Workspace& ws)
{
    QString error;
    ConnectionOptions::Resolved target;
    int exitCode = 0;
    if (!connection.resolve(parser, ws, &target, &exitCode, &error))
        return fail(exitCode, error);
    const auto results = resolveOpenIntents(ws, target.settings, target.password, &error);
    target.password.fill('\0');
    if (!results)
        return fail(kExitFailure, error);
    qint64 resolved = 0;
    for (const IntentResolution& r : *results) {
        std::printf("%s%s\n", r.description().toUtf8().constData(),
                    r.record ? qPrintable(QStringLiteral(" (journal record %1)").arg(r.record->sequence)) : "");
        resolved += r.resolved ? 1 : 0;
    }
    const qint64 open = qint64(results->size()) - resolved;
    std::printf("%lld resolved, %lld still open\n", resolved, open);
    return open == 0 ? 0 : kExitFailure;
}

} // namespace

int runJournal(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "verify: checks the workspace's journal: every record's hash, its link to the record before it, its "
        "signature, the signed head and this computer's copy of it. Signatures are checked against --key, else "
        "the journal key this computer holds for the workspace; with neither, against the key the workspace "
        "records, and the output says that this proves less. Exit status 0 only for an intact journal.\n"
        "key: prints the public key of the journal key this computer holds for the workspace, to give an "
        "auditor for --key.\n"
        "resolve: for every directory change whose intent was recorded and whose outcome never was (a crash or a "
        "full disk in between), reads the target through the connection given and records what happened: applied, "
        "not applied, or for a password reset unknown (a password cannot be read back: reset it again). Exit "
        "status 0 only when no intent is left open."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("verify, key or resolve."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption workspace(QStringLiteral("workspace"), QStringLiteral("The workspace file."),
                                       QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("key"),
                                 QStringLiteral("The expected journal public key (64 hex digits, or a file)."),
                                 QStringLiteral("hex|file"));
    parser.addOptions({help, workspace, key});
    const ConnectionOptions connection;
    connection.addTo(parser);
    if (!parser.parse(arguments))
        return fail(kExitUsage, parser.errorText());
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText().replace(QStringLiteral("[options] action"),
                                                        QStringLiteral("journal verify|key|resolve [options]"))),
                   stdout);
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional != QStringList{QStringLiteral("verify")} && positional != QStringList{QStringLiteral("key")} &&
        positional != QStringList{QStringLiteral("resolve")})
        return fail(kExitUsage, QStringLiteral("journal needs the action verify, key or resolve: attest journal verify "
                                               "--workspace FILE"));
    if (!parser.isSet(workspace))
        return fail(kExitUsage, QStringLiteral("journal %1 needs --workspace FILE").arg(positional.front()));

    QString error;
    QByteArray expected;
    if (parser.isSet(key)) {
        const auto parsed = parseKeyOption(parser.value(key), false, &error);
        if (!parsed)
            return fail(kExitUsage, error);
        expected = *parsed;
    }
    auto ws = Workspace::open(parser.value(workspace), Workspace::OpenMode::OpenExisting, &error);
    if (!ws)
        return fail(kExitFailure, error);
    if (positional.front() == QLatin1String("resolve"))
        return resolve(parser, connection, *ws);
    if (positional.front() == QLatin1String("key")) {
        QString where;
        const auto held = Journal::loadKey(*ws, &where, &error);
        if (!held)
            return fail(kExitFailure, error);
        if (!held->isValid())
            return fail(kExitFailure, QStringLiteral("this computer holds no journal key for %1").arg(ws->path()));
        std::printf("%s\n", held->publicKey().toHex().constData());
        std::fprintf(stderr, "fingerprint %s, held in %s\n", qPrintable(Journal::fingerprint(held->publicKey())),
                     qPrintable(where));
        return 0;
    }
    const auto result = Journal::verify(*ws, &error, expected);
    if (!result)
        return fail(kExitFailure, error);
    for (const Journal::Problem& problem : result->problems)
        std::printf("position %lld: %s\n", problem.position, problem.description.toUtf8().constData());
    for (const JournalRecord& intent : result->unresolvedIntents)
        std::printf("record %lld: %s on %s was about to be sent and its outcome was never recorded: attest "
                    "journal resolve reads the target and records whether it happened\n",
                    intent.sequence, intent.action.chopped(Journal::kIntentSuffix.size()).toUtf8().constData(),
                    intent.target.toUtf8().constData());
    if (!result->trust.isEmpty())
        std::printf("checked against %s\n", result->trust.toUtf8().constData());
    if (!result->intact()) {
        std::printf("journal NOT intact: %lld records, %lld problems\n", result->records,
                    qint64(result->problems.size()));
        return kExitFailure;
    }
    std::printf("journal intact: %lld records, chain, signatures and head verified%s\n", result->records,
                result->anchored ? "" : " (against the workspace's own key only)");
    return 0;
}

} // namespace attest::cli
