#include "journalcommand.h"

#include "clierror.h"
#include "commandtable.h"
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

int runJournal(const Invocation& invocation)
{
    const QCommandLineParser& parser = invocation.parser;
    const QCommandLineOption workspace = invocation.option("workspace");
    const QString action = invocation.command.path.at(1);

    QString error;
    QByteArray expected;
    if (action == QLatin1String("verify") && parser.isSet(invocation.option("key"))) {
        const auto parsed = parseKeyOption(parser.value(invocation.option("key")), false, &error);
        if (!parsed)
            return fail(kExitUsage, error);
        expected = *parsed;
    }
    auto ws = Workspace::open(parser.value(workspace), Workspace::OpenMode::OpenExisting, &error);
    if (!ws)
        return fail(kExitFailure, error);
    if (action == QLatin1String("resolve"))
        return resolve(parser, ConnectionOptions{}, *ws);
    if (action == QLatin1String("key")) {
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
