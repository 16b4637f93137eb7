#include "reviewclosing.h"

#include "clierror.h"
#include "connectionoptions.h"
#include "keyoption.h"

#include "connectors/ldap/ldapsettings.h"
#include "domain/personresolver.h"
#include "review/closing.h"
#include "review/evidence.h"
#include "store/workspace.h"

#include <QCommandLineParser>

#include <optional>

namespace attest::cli {

namespace {

struct Options
{
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")};
    QCommandLineOption workspace{QStringLiteral("workspace"), QStringLiteral("The workspace file."),
                                 QStringLiteral("file")};
    QCommandLineOption campaign{QStringLiteral("campaign"), QStringLiteral("The campaign's id."), QStringLiteral("id")};
    QCommandLineOption by{QStringLiteral("by"), QStringLiteral("Who does it (recorded)."), QStringLiteral("name")};
};

const char* const kUsage[] = {
    "attest review close --workspace FILE --campaign ID --by WHO [--apply-no-response-policy]\n"
    "  Closes the campaign: undecided items get the no-response policy's verdict (only with\n"
    "  --apply-no-response-policy), and every revoke becomes a planned change, which is printed.",
    "attest review remediate --workspace FILE --campaign ID --by WHO [--preview] [--password-file FILE]\n"
    "attest review remediate --workspace FILE --campaign ID --by WHO --done ITEM --ticket REF\n"
    "  Applies the plan through the source (LDAP: removes the member and verifies; the demo source:\n"
    "  a new snapshot), skipping what is already done; --preview only prints it; --done records a\n"
    "  change completed outside Attest.",
    "attest review sign-off --workspace FILE --campaign ID --by OWNER --statement TEXT",
    "attest review export-evidence --workspace FILE --campaign ID --output DIR",
    "attest review verify-evidence DIR (--key HEX|FILE | --workspace FILE)\n"
    "  Exit 0 only when every file matches the signed manifest, nothing was added, and the manifest\n"
    "  is signed by the expected key: --key (the journal's public key or fingerprint, which\n"
    "  attest journal key prints), else the journal key this computer holds for --workspace.",
};

int usageIndex(const QString& name)
{
    static const QStringList names{QStringLiteral("close"), QStringLiteral("remediate"), QStringLiteral("sign-off"),
                                   QStringLiteral("export-evidence"), QStringLiteral("verify-evidence")};
    return int(names.indexOf(name));
}

std::unique_ptr<Workspace> openWorkspace(const QCommandLineParser& parser, const Options& o, QString* error)
{
    if (!parser.isSet(o.workspace)) {
        *error = QStringLiteral("needs --workspace FILE");
        return nullptr;
    }
    return Workspace::open(parser.value(o.workspace), Workspace::OpenMode::OpenExisting, error);
}

} // namespace

bool isReviewClosingCommand(const QString& name)
{
    return usageIndex(name) >= 0;
}

int runReviewClosing(const QStringList& arguments)
{
    const QString command = arguments.value(0);
    const int index = usageIndex(command);
    if (index < 0)
        return fail(kExitUsage, QStringLiteral("unknown review command %1").arg(command));
    QCommandLineParser parser;
    const Options o;
    parser.addOptions({o.help, o.workspace, o.campaign, o.by});
    const QCommandLineOption applyPolicy(
        QStringLiteral("apply-no-response-policy"),
        QStringLiteral("Let the campaign's no-response policy decide undecided items."));
    const QCommandLineOption preview(QStringLiteral("preview"), QStringLiteral("Print the plan; change nothing."));
    const QCommandLineOption done(QStringLiteral("done"), QStringLiteral("The item completed outside Attest."),
                                  QStringLiteral("item"));
    const QCommandLineOption ticket(QStringLiteral("ticket"), QStringLiteral("Ticket reference."),
                                    QStringLiteral("ref"));
    const QCommandLineOption statement(QStringLiteral("statement"), QStringLiteral("The sign-off statement."),
                                       QStringLiteral("text"));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("The folder to write."),
                                    QStringLiteral("dir"));
    const QCommandLineOption keyOption(QStringLiteral("key"),
                                       QStringLiteral("The expected signing key: the journal's public key or its "
                                                      "fingerprint (hex), or a file holding it."),
                                       QStringLiteral("hex|file"));
    const ConnectionOptions connection;
    if (command == QLatin1String("close"))
        parser.addOption(applyPolicy);
    if (command == QLatin1String("remediate")) {
        parser.addOptions({preview, done, ticket});
        connection.addTo(parser);
    }
    if (command == QLatin1String("sign-off"))
        parser.addOption(statement);
    if (command == QLatin1String("export-evidence"))
        parser.addOption(output);
    if (command == QLatin1String("verify-evidence"))
        parser.addOption(keyOption);
    if (!parser.parse(QStringList{QStringLiteral("attest review")} + arguments))
        return fail(kExitUsage, parser.errorText());
    if (parser.isSet(o.help)) {
        std::printf("%s\n\n%s", kUsage[index], qPrintable(parser.helpText()));
        return 0;
    }
    QString error;

    if (command == QLatin1String("verify-evidence")) {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 2)
            return fail(kExitUsage, QStringLiteral("give the evidence folder: attest review verify-evidence DIR"));
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
        const auto result = evidence::verifyPack(positional[1], ws.get(), expected);
        for (const QString& problem : result.problems)
            std::printf("FAIL %s\n", qPrintable(problem));
        if (!result.trust.isEmpty())
            std::printf("expected signer: %s\n", qPrintable(result.trust));
        if (!result.intact)
            return fail(kExitFailure, QStringLiteral("the evidence in %1 does not verify").arg(positional[1]));
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
    // Who does it: a person of the campaign's snapshot, recorded by identity key like its owner
    // and reviewers (so the owner is recognised however they are named).
    QString by = parser.value(o.by);
    if (!by.trimmed().isEmpty()) {
        const auto snapshot = ws->loadSnapshot(loaded->campaign.definition.snapshotId, {}, &error);
        if (!snapshot)
            return fail(kExitFailure, QStringLiteral("cannot read the people of the campaign's snapshot %1: %2")
                                          .arg(loaded->campaign.definition.snapshotId)
                                          .arg(error));
        const auto key = review::resolveReviewer(loaded->state,
                                                 PersonResolver(snapshot->identities, snapshot->accounts), by, &error);
        if (!key)
            return fail(kExitFailure, QStringLiteral("--by: %1").arg(error));
        by = *key;
    }
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
            const quint32 item = quint32(parser.value(done).toUInt() - 1);
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
