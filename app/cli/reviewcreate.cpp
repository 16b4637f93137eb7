#include "clierror.h"
#include "commandtable.h"
#include "reviewcommand.h"

#include "app/campaigncases.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace attest::cli {

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

    // Entitlements and exclusions as typed (keys, names, logins): the use case resolves them.
    d.snapshotId = snapshotId;
    d.scope.entitlementKeys = parser.values(entitlement);
    if (!d.scope.entitlementKeys.isEmpty())
        d.scope.entitlements = CampaignScope::Entitlements::Chosen;
    for (const QString& text : parser.values(exclude)) {
        const qsizetype first = text.indexOf(QLatin1Char(':'));
        const qsizetype second = first < 0 ? -1 : text.indexOf(QLatin1Char(':'), first + 1);
        if (second < 0)
            return fail(kExitUsage, QStringLiteral("--exclude needs ACCOUNT:ENTITLEMENT:REASON, not %1").arg(text));
        CampaignScope::Exclusion x;
        x.accountKey = text.left(first).trimmed();
        x.entitlementKey = text.mid(first + 1, second - first - 1).trimmed();
        x.reason = text.mid(second + 1).trimmed();
        d.scope.exclusions << x;
    }

    QString error;
    // A definition incomplete as given is a wrong command line (exit 2); the use case checks it again.
    if (!d.validate(&error))
        return fail(kExitUsage, error);
    auto ws = Workspace::open(parser.value(workspace), Workspace::OpenMode::OpenExisting, &error);
    if (!ws)
        return fail(kExitFailure, error);
    const app::CreateCampaignResult created = app::createCampaign(*ws, {d, {}, {}, {}});
    if (!created.ok)
        return fail(kExitFailure, created.error);
    const Population* population = created.population.get();
    const std::optional<qint64> id = created.campaignId;
    d = created.definition;
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
