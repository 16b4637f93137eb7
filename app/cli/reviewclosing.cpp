#include "reviewclosing.h"
#include "app/campaigncases.h"
#include "app/connectorregistry.h"

#include "clierror.h"
#include "commandtable.h"
#include "connectionoptions.h"
#include "keyoption.h"
#include "outputstream.h"
#include "recordwriter.h"

#include "app/remediation.h"
#include "connectors/ldap/ldapsettings.h"
#include "domain/personresolver.h"
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

QString decisionText(const review::ItemDecision& d)
{
    return QStringLiteral("item %1 %2: %3 by %4 (%5) at %6%7")
        .arg(qint64(d.item) + 1)
        .arg(d.entitlement, decisionName(d.decision), d.who(), capacityName(d.capacity), toIsoString(d.at),
             d.justification.isEmpty() ? QString() : QStringLiteral(": %1").arg(d.justification));
}

// `review plan`: every change and every conflict, as CSV or JSON records.
int printPlanRecords(const Workspace& ws, const CampaignState& state, const QString& format)
{
    const QString formatName = format.isEmpty() ? QStringLiteral("csv") : format.toLower();
    if (formatName != QLatin1String("csv") && formatName != QLatin1String("json"))
        return fail(kExitUsage, QStringLiteral("unknown format \"%1\"; choose csv or json").arg(format));
    QString error;
    const auto plan = review::previewPlan(ws, state, &error);
    if (!plan)
        return fail(kExitFailure, error);
    OutputStream out(stdout);
    auto writer = RecordWriter::create(
        formatName == QLatin1String("csv") ? RecordWriter::Format::Csv : RecordWriter::Format::Json, &out,
        {QStringLiteral("record"), QStringLiteral("status"), QStringLiteral("account"), QStringLiteral("group"),
         QStringLiteral("group_dn"), QStringLiteral("items"), QStringLiteral("serves"), QStringLiteral("also_removes"),
         QStringLiteral("takes_approved"), QStringLiteral("revoked"), QStringLiteral("approved"),
         QStringLiteral("resolution"), QStringLiteral("resolved_by"), QStringLiteral("resolved_at"),
         QStringLiteral("reason"), QStringLiteral("description")});
    writer->begin();
    const ReviewItemTable& items = state.items();
    for (const review::PlannedChange& change : plan->changes) {
        QStringList numbers;
        QStringList serves;
        for (const quint32 i : change.items) {
            numbers << QString::number(qint64(i) + 1);
            serves << items.text(i, ReviewItemTable::EntitlementName);
        }
        writer->record({Value::of(change.conflict ? QStringLiteral("manual-conflict") : QStringLiteral("change")),
                        Value::of(change.status), Value::of(change.accountLogin), Value::orNull(change.groupName),
                        Value::orNull(change.groupDn), Value::of(numbers), Value::of(serves),
                        Value::of(change.alsoRemoves), Value::of(change.takesApproved), Value::null(), Value::null(),
                        Value::null(), Value::null(), Value::null(), Value::null(), Value::of(change.description())});
    }
    for (const review::PlanConflict& c : plan->conflicts) {
        QStringList approved;
        for (const review::ItemDecision& a : c.approved)
            approved << decisionText(a);
        const bool resolved = c.resolution.has_value();
        writer->record({Value::of(QStringLiteral("conflict")),
                        Value::of(!resolved    ? QStringLiteral("unresolved")
                                  : c.outdated ? QStringLiteral("outdated")
                                               : QStringLiteral("resolved")),
                        Value::of(c.accountLogin), Value::of(c.groups.join(QStringLiteral(", "))), Value::null(),
                        Value::of(QStringList{QString::number(qint64(c.revoked.item) + 1)}),
                        Value::of(QStringList{c.revoked.entitlement}), Value::of(QStringList()),
                        Value::of(QStringList()), Value::of(decisionText(c.revoked)), Value::of(approved),
                        resolved ? Value::of(conflictChoiceName(c.resolution->choice)) : Value::null(),
                        resolved ? Value::of(c.resolution->by) : Value::null(),
                        resolved ? Value::of(toIsoString(c.resolution->at)) : Value::null(),
                        resolved ? Value::of(c.resolution->reason) : Value::null(), Value::null()});
    }
    writer->end();
    if (!out.flush())
        return fail(kExitFailure, QStringLiteral("could not write the plan to stdout"));
    return 0;
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
    const QCommandLineOption format = option("format");
    const QCommandLineOption itemOption = option("item");
    const QCommandLineOption keep = option("keep");
    const QCommandLineOption revoke = option("revoke");
    const QCommandLineOption reason = option("reason");
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
    if (command == QLatin1String("export-evidence")) {
        // The use case loads the campaign itself: not loaded twice, and export-evidence has no --by.
        if (!parser.isSet(output))
            return fail(kExitUsage, QStringLiteral("needs --output DIR"));
        const app::ExportEvidenceResult pack = app::exportEvidence(*ws, campaignId, {parser.value(output)});
        if (!pack.ok)
            return fail(kExitFailure, pack.error);
        std::printf("evidence of campaign %lld written to %s (%s): %s\n", campaignId, qPrintable(pack.folder),
                    pack.signedOff ? "signed off" : "UNSIGNED", qPrintable(pack.files.join(QStringLiteral(", "))));
        return 0;
    }
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
        const app::CloseCampaignResult closed = app::closeCampaign(*ws, loaded->state, {by, parser.isSet(applyPolicy)});
        if (!closed.ok)
            return fail(kExitFailure, closed.error);
        std::printf("closed campaign %lld; %zu changes planned:\n", campaignId, closed.plan.size());
        printPlan(closed.plan);
        return 0;
    }
    if (command == QLatin1String("plan"))
        return printPlanRecords(*ws, loaded->state, parser.value(format));
    if (command == QLatin1String("resolve-conflict")) {
        if (const int code = needBy())
            return code;
        if (parser.isSet(keep) == parser.isSet(revoke))
            return fail(kExitUsage, QStringLiteral("give either --keep or --revoke"));
        bool numeric = false;
        const qint64 number = parser.value(itemOption).toLongLong(&numeric);
        if (!numeric || number < 1 || number > qint64(loaded->state.size()))
            return fail(kExitUsage,
                        QStringLiteral("needs --item N, the revoked item (1 to %1)").arg(loaded->state.size()));
        if (parser.value(reason).trimmed().isEmpty())
            return fail(kExitUsage, QStringLiteral("needs --reason TEXT (it is recorded)"));
        const ConflictChoice choice = parser.isSet(keep) ? ConflictChoice::KeepApproved : ConflictChoice::RevokeAnyway;
        if (!review::resolveConflict(*ws, loaded->state, quint32(number - 1), choice, by, parser.value(reason), &error))
            return fail(kExitFailure, error);
        std::printf("item %lld: conflict resolved by %s: %s\n", number, qPrintable(by),
                    choice == ConflictChoice::KeepApproved ? "keep the approved access" : "revoke anyway");
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
                if (source.id != info.sourceId || !app::ConnectorRegistry::hasSavedConnection(source))
                    continue;
                const auto settings = LdapSettings::fromJson(source.settingsJson, &error);
                if (!settings ||
                    !connection.savedPassword(parser, *ws, source.id, source.name, *settings, &password, &error))
                    return fail(kExitFailure, error);
            }
        }
        app::RemediateRequest request;
        request.campaignId = loaded->campaign.id;
        request.by = by;
        request.secret = password;
        password.fill('\0');
        request.connection = given;
        if (given)
            request.connectionName = given->url;
        const app::RemediateResult remediated = app::remediate(*ws, std::move(request));
        if (!remediated.ok)
            return fail(kExitFailure, remediated.error);
        const review::RemediationResult* result = &remediated.remediation;
        for (const QString& message : result->messages)
            std::printf("%s\n", qPrintable(message));
        std::printf("applied %d, failed %d, manual %d, already done %d\n", result->applied, result->failed,
                    result->manual, result->skipped);
        return result->failed > 0 ? kExitFailure : 0;
    }
    if (command == QLatin1String("sign-off")) {
        if (const int code = needBy())
            return code;
        const app::SignOffResult signedOff = app::signOff(*ws, campaignId, {by, parser.value(statement)});
        if (!signedOff.ok)
            return fail(kExitFailure, signedOff.error);
        std::printf("campaign %lld signed off by %s\n", campaignId, qPrintable(by));
        return 0;
    }
    return fail(kExitUsage, QStringLiteral("unknown review command %1").arg(command));
}

} // namespace attest::cli
