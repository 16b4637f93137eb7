#include "clierror.h"
#include "commandtable.h"
#include "reviewcommand.h"

#include "audit/journal.h"
#include "domain/personresolver.h"
#include "domain/privilegedpolicy.h"
#include "graph/accessgraph.h"
#include "review/population.h"
#include "security/ed25519key.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace attest::cli {

namespace {

// An account key or login, an entitlement key or name: the key of the one it names.
QString accountKeyOf(const SnapshotData& data, const QString& text, QString* error)
{
    if (text.isEmpty())
        return {};
    for (const Account& a : data.accounts) {
        if (a.key == text)
            return a.key;
    }
    QStringList found;
    for (const Account& a : data.accounts) {
        if (a.login.compare(text, Qt::CaseInsensitive) == 0)
            found << a.key;
    }
    if (found.size() != 1)
        *error = found.isEmpty() ? QStringLiteral("no account %1 in the snapshot").arg(text)
                                 : QStringLiteral("the login %1 is ambiguous; give the account key").arg(text);
    return found.value(0);
}

QString entitlementKeyOf(const SnapshotData& data, const QString& text, QString* error)
{
    if (text.isEmpty())
        return {};
    for (const Entitlement& e : data.entitlements) {
        if (e.key == text)
            return e.key;
    }
    QStringList found;
    for (const Entitlement& e : data.entitlements) {
        if (e.name.compare(text, Qt::CaseInsensitive) == 0)
            found << e.key;
    }
    if (found.size() != 1)
        *error = found.isEmpty() ? QStringLiteral("no entitlement %1 in the snapshot").arg(text)
                                 : QStringLiteral("the entitlement name %1 is ambiguous; give its key").arg(text);
    return found.value(0);
}

} // namespace

int runReviewCreate(const Invocation& invocation)
{
    const QCommandLineParser& parser = invocation.parser;
    const auto option = [&invocation](const char* name) { return invocation.option(name); };
    const QCommandLineOption workspace = option("workspace");
    const QCommandLineOption name = option("name");
    const QCommandLineOption owner = option("owner");
    const QCommandLineOption fallback = option("fallback-reviewer");
    const QCommandLineOption snapshot = option("snapshot");
    const QCommandLineOption rule = option("reviewer-rule");
    const QCommandLineOption named = option("named-reviewer");
    const QCommandLineOption scope = option("scope");
    const QCommandLineOption entitlement = option("entitlement");
    const QCommandLineOption filter = option("entitlement-filter");
    const QCommandLineOption department = option("department");
    const QCommandLineOption kind = option("account-kind");
    const QCommandLineOption exclude = option("exclude");
    const QCommandLineOption due = option("due");
    const QCommandLineOption noResponse = option("no-response");
    const QCommandLineOption justifyApprove = option("justify-approve");
    const QCommandLineOption noJustifyRevoke = option("no-justify-revoke");
    const QCommandLineOption staleDays = option("stale-days");

    CampaignDefinition d;
    d.name = parser.value(name).trimmed();
    d.owner = parser.value(owner).trimmed();
    d.fallbackReviewer = parser.value(fallback).trimmed();
    if (parser.isSet(rule) && !parseReviewerRule(parser.value(rule), &d.reviewerRule))
        return fail(kExitUsage,
                    QStringLiteral("--reviewer-rule is manager, owner or named, not %1").arg(parser.value(rule)));
    d.namedReviewers = parser.values(named);
    const int scopeChoices = int(parser.isSet(scope)) + int(parser.isSet(entitlement)) + int(parser.isSet(filter));
    if (scopeChoices > 1)
        return fail(kExitUsage, QStringLiteral("choose one of --scope, --entitlement and --entitlement-filter"));
    if (parser.isSet(scope)) {
        if (parser.value(scope) == QLatin1String("privileged"))
            d.scope.entitlements = CampaignScope::Entitlements::Privileged;
        else if (parser.value(scope) != QLatin1String("all"))
            return fail(kExitUsage, QStringLiteral("--scope is all or privileged, not %1").arg(parser.value(scope)));
    }
    if (parser.isSet(filter)) {
        d.scope.entitlements = CampaignScope::Entitlements::Filter;
        d.scope.entitlementFilter = parser.value(filter);
    }
    d.scope.departments = parser.values(department);
    for (const QString& k : parser.values(kind)) {
        AccountKind parsed;
        if (!parseAccountKind(k, &parsed))
            return fail(kExitUsage, QStringLiteral("--account-kind is user, admin or service, not %1").arg(k));
        d.scope.kinds << parsed;
    }
    if (parser.isSet(due)) {
        const QDate date = QDate::fromString(parser.value(due), Qt::ISODate);
        if (!date.isValid())
            return fail(kExitUsage, QStringLiteral("--due needs a date YYYY-MM-DD, not %1").arg(parser.value(due)));
        d.due = fromDateTime(QDateTime(date.addDays(1), QTime(0, 0), QTimeZone::utc())) - 1;
    }
    if (parser.isSet(noResponse) && !parseNoResponse(parser.value(noResponse), &d.noResponse))
        return fail(kExitUsage, QStringLiteral("--no-response is keep, revoke or follow-recommendation, not %1")
                                    .arg(parser.value(noResponse)));
    d.justifyApprove = parser.isSet(justifyApprove);
    d.justifyRevoke = !parser.isSet(noJustifyRevoke);
    if (parser.isSet(staleDays)) {
        bool ok = false;
        d.staleDays = parser.value(staleDays).toInt(&ok);
        if (!ok || d.staleDays < 1)
            return fail(kExitUsage, QStringLiteral("--stale-days needs a positive number of days"));
    }

    qint64 snapshotId = 0;
    if (parser.isSet(snapshot)) {
        bool ok = false;
        snapshotId = parser.value(snapshot).toLongLong(&ok);
        if (!ok || snapshotId <= 0) // a wrong command line, as for export and metrics
            return fail(kExitUsage,
                        QStringLiteral("--snapshot needs a snapshot id, not \"%1\"").arg(parser.value(snapshot)));
    }

    QString error;
    auto ws = Workspace::open(parser.value(workspace), Workspace::OpenMode::OpenExisting, &error);
    if (!ws)
        return fail(kExitFailure, error);
    // The journal key first: a campaign whose creation cannot be recorded is not created.
    const auto key = Journal::loadOrCreateKey(*ws, &error);
    if (!key)
        return fail(kExitFailure,
                    QStringLiteral("cannot record the campaign in this workspace's journal: %1").arg(error));
    std::optional<SnapshotInfo> info;
    if (parser.isSet(snapshot)) {
        for (const SnapshotInfo& s : ws->snapshots()) {
            if (s.id == snapshotId)
                info = s;
        }
        if (!info)
            return fail(kExitFailure,
                        QStringLiteral("no snapshot %1 (see attest export snapshots)").arg(parser.value(snapshot)));
    } else {
        info = ws->latestSnapshot();
        if (!info)
            return fail(kExitFailure, QStringLiteral("the workspace holds no snapshot to review"));
    }
    d.snapshotId = info->id;
    const auto data = ws->loadSnapshot(info->id, {}, &error);
    if (!data)
        return fail(kExitFailure, error);

    d.scope.entitlementKeys.clear();
    for (const QString& e : parser.values(entitlement)) {
        const QString k = entitlementKeyOf(*data, e, &error);
        if (k.isEmpty())
            return fail(kExitFailure, error);
        d.scope.entitlementKeys << k;
    }
    if (!d.scope.entitlementKeys.isEmpty())
        d.scope.entitlements = CampaignScope::Entitlements::Chosen;
    for (const QString& text : parser.values(exclude)) {
        const qsizetype first = text.indexOf(QLatin1Char(':'));
        const qsizetype second = first < 0 ? -1 : text.indexOf(QLatin1Char(':'), first + 1);
        if (second < 0)
            return fail(kExitUsage, QStringLiteral("--exclude needs ACCOUNT:ENTITLEMENT:REASON, not %1").arg(text));
        CampaignScope::Exclusion x;
        x.accountKey = accountKeyOf(*data, text.left(first).trimmed(), &error);
        if (!error.isEmpty())
            return fail(kExitFailure, error);
        x.entitlementKey = entitlementKeyOf(*data, text.mid(first + 1, second - first - 1).trimmed(), &error);
        if (!error.isEmpty())
            return fail(kExitFailure, error);
        x.reason = text.mid(second + 1).trimmed();
        d.scope.exclusions << x;
    }
    if (!d.validate(&error))
        return fail(kExitUsage, error);
    // The people named, as typed, become identities of this snapshot (or nothing is created).
    if (!resolveCampaignPeople(&d, PersonResolver(data->identities, data->accounts), &error))
        return fail(kExitFailure, error);

    const auto graph = AccessGraph::build(*data, PrivilegedPolicy());
    // Recommendations are computed as of the snapshot: what the reviewers see is what it held.
    const auto population = buildPopulation(*data, *graph, d, info->takenAt, {}, &error);
    if (!population)
        return fail(kExitFailure, error);
    const auto id = createCampaign(*ws, d, *population, &error);
    if (!id)
        return fail(kExitFailure, error);
    const QString hash = QString::fromLatin1(population->sha256.toHex());
    const Reconciliation& r = population->reconciliation;

    std::printf("campaign %lld\n", *id);
    std::printf("items %zu\n", population->items.size());
    std::printf("population sha256 %s\n", qPrintable(hash));
    std::printf("reconciliation: %lld in-scope grants = %lld items + %lld excluded (%s)\n", r.inScopeGrants, r.items,
                r.excluded, r.balanced() ? "balanced" : "NOT balanced");
    for (const QString& line : population->exclusions)
        std::printf("excluded: %s\n", qPrintable(line));

    // What the no-response policy would revoke if nobody answered at all.
    qint64 wouldRevoke = 0;
    if (d.noResponse == NoResponsePolicy::Revoke) {
        wouldRevoke = qint64(population->items.size());
    } else if (d.noResponse == NoResponsePolicy::FollowRecommendation) {
        for (std::size_t i = 0; i < population->items.size(); ++i)
            wouldRevoke += population->items.recommendation(i) == Recommendation::Revoke ? 1 : 0;
    }
    if (wouldRevoke > 0)
        note(QStringLiteral("warning: with --no-response %1, closing the campaign would revoke up to %2 of %3 items "
                            "if nobody answered")
                 .arg(noResponseName(d.noResponse))
                 .arg(wouldRevoke)
                 .arg(population->items.size()));
    return 0;
}

} // namespace attest::cli
