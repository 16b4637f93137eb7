#include "analysis.h"

#include "accountflags.h"
#include "audit/journal.h"
#include "domain/privilegedpolicy.h"
#include "graph/accessgraph.h"
#include "io/textpdf.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace attest::analysis {

namespace {

// What a cached trend point depends on besides the snapshot itself.
QString trendCacheKey(const Workspace& workspace, const SnapshotInfo& info, const Options& options)
{
    QStringList tags = workspace.privilegedTags(info.sourceId).values();
    tags.sort();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(tags.join(QLatin1Char('\n')).toUtf8());
    return QStringLiteral("analysis.trend.%1.%2.%3.%4")
        .arg(info.id)
        .arg(options.staleDays)
        .arg(options.passwordOldDays)
        .arg(QString::fromLatin1(hash.result().toHex().left(16)));
}

QJsonObject pointToJson(const TrendPoint& p)
{
    return QJsonObject{{QStringLiteral("grants"), qint64(p.grants)},
                       {QStringLiteral("privileged"), qint64(p.privilegedAccounts)},
                       {QStringLiteral("stale"), qint64(p.staleAccounts)},
                       {QStringLiteral("orphans"), qint64(p.orphans)},
                       {QStringLiteral("accounts"), qint64(p.accounts)},
                       {QStringLiteral("identities"), qint64(p.identities)}};
}

std::optional<TrendPoint> pointFromJson(const QString& text, const SnapshotInfo& info)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    if (o.isEmpty())
        return std::nullopt;
    TrendPoint p;
    p.snapshotId = info.id;
    p.label = info.label;
    p.takenAt = info.takenAt;
    p.grants = quint64(o.value(QStringLiteral("grants")).toInteger());
    p.privilegedAccounts = quint64(o.value(QStringLiteral("privileged")).toInteger());
    p.staleAccounts = quint64(o.value(QStringLiteral("stale")).toInteger());
    p.orphans = quint64(o.value(QStringLiteral("orphans")).toInteger());
    p.accounts = quint64(o.value(QStringLiteral("accounts")).toInteger());
    p.identities = quint64(o.value(QStringLiteral("identities")).toInteger());
    return p;
}

QString number(double value, const QString& unit = {})
{
    if (unit == QLatin1String("%"))
        return QLocale::c().toString(value, 'f', 1) + QLatin1Char('%');
    return QLocale::c().toString(qint64(value));
}

QString signedNumber(qint64 value)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + QLocale::c().toString(value);
}

} // namespace

TrendPoint trendPoint(const SnapshotData& data, const AccessGraph& graph, const Options& options)
{
    TrendPoint p;
    p.snapshotId = data.info.id;
    p.label = data.info.label;
    p.takenAt = data.info.takenAt;
    p.grants = graph.effectiveGrantCount();
    p.privilegedAccounts = graph.privilegedAccountCount();
    p.accounts = data.accounts.size();
    p.identities = data.identities.size();
    AccountFlagPolicy policy;
    policy.staleDays = options.staleDays;
    policy.passwordOldDays = options.passwordOldDays;
    const Timestamp now = hasTime(options.now) ? options.now : data.info.takenAt;
    for (std::size_t a = 0; a < data.accounts.size(); ++a) {
        const quint32 identity = graph.identityOfAccount(quint32(a));
        const AccountFlags flags = accountFlags(
            data.accounts[a], identity == AccessGraph::kNone ? nullptr : &data.identities[identity], now, policy);
        p.staleAccounts += (flags & (AccountFlag::Stale | AccountFlag::NeverLoggedOn)) ? 1 : 0;
        p.orphans += (flags & AccountFlag::NoOwner) ? 1 : 0;
    }
    return p;
}

TrendPoint Analysis::previousPoint() const
{
    for (const TrendPoint& p : trend) {
        if (drift && p.snapshotId == drift->from.id)
            return p;
    }
    return {};
}

std::optional<Analysis> analyse(Workspace& workspace, const AnalysisRequest& request, const ProgressFn& progress,
                                QString* error)
{
    Analysis result;
    const QList<SnapshotInfo> all = workspace.snapshots();
    if (all.isEmpty()) {
        *error = QCoreApplication::translate("Analysis",
                                             "The workspace holds no snapshot yet: sync a source or import one first.");
        return std::nullopt;
    }
    SnapshotInfo current = all.back();
    if (request.snapshotId != 0) {
        const auto it =
            std::find_if(all.begin(), all.end(), [&](const SnapshotInfo& s) { return s.id == request.snapshotId; });
        if (it == all.end()) {
            *error =
                QCoreApplication::translate("Analysis", "The workspace has no snapshot %1.").arg(request.snapshotId);
            return std::nullopt;
        }
        current = *it;
    }
    const PrivilegedPolicy policy;
    const auto load = [&](const SnapshotInfo& info, std::shared_ptr<const SnapshotData>* data,
                          std::shared_ptr<const AccessGraph>* graph) -> bool {
        if (!reportProgress(progress, -1, -1,
                            QCoreApplication::translate("Analysis", "Loading snapshot “%1”").arg(info.label))) {
            *error = QCoreApplication::translate("Analysis", "Cancelled.");
            return false;
        }
        auto loaded = workspace.loadSnapshot(info.id, {}, error);
        if (!loaded)
            return false;
        auto owned = std::make_shared<const SnapshotData>(std::move(*loaded));
        auto built = AccessGraph::build(*owned, policy);
        if (!built) {
            *error = QCoreApplication::translate("Analysis", "Cancelled.");
            return false;
        }
        *data = std::move(owned);
        *graph = std::shared_ptr<const AccessGraph>(std::move(built));
        return true;
    };

    if (request.data && request.graph && request.data->info.id == current.id) {
        result.data = request.data;
        result.graph = request.graph;
    } else if (!load(current, &result.data, &result.graph)) {
        return std::nullopt;
    }

    QString problem;
    result.sodPolicy = loadSodPolicy(workspace, &problem);
    if (!problem.isEmpty())
        result.notes << problem;
    problem.clear();
    const std::vector<AcceptedException> exceptions = loadExceptions(workspace, &problem);
    if (!problem.isEmpty())
        result.notes << problem;
    if (!reportProgress(progress, -1, -1, QCoreApplication::translate("Analysis", "Computing the measures"))) {
        *error = QCoreApplication::translate("Analysis", "Cancelled.");
        return std::nullopt;
    }
    result.metrics = computeMetrics(*result.data, *result.graph, result.sodPolicy, exceptions, request.options);
    if (result.data->accounts.empty())
        result.notes << QCoreApplication::translate(
                            "Analysis",
                            "The snapshot “%1” of %2 is empty: it holds no accounts, so every measure is zero.")
                            .arg(current.label, current.sourceName);

    // The snapshots of the same source, for the drift and the trend.
    QList<SnapshotInfo> sameSource;
    for (const SnapshotInfo& s : all) {
        if (s.sourceId == current.sourceId)
            sameSource << s;
    }
    std::optional<SnapshotInfo> compare;
    if (request.compareId > 0) {
        const auto it =
            std::find_if(all.begin(), all.end(), [&](const SnapshotInfo& s) { return s.id == request.compareId; });
        if (it == all.end()) {
            *error = QCoreApplication::translate("Analysis", "The workspace has no snapshot %1 to compare with.")
                         .arg(request.compareId);
            return std::nullopt;
        }
        if (it->sourceId != current.sourceId) {
            *error = QCoreApplication::translate(
                         "Analysis",
                         "Snapshot %1 is of another source (%2): drift compares two snapshots of the same source.")
                         .arg(request.compareId)
                         .arg(it->sourceName);
            return std::nullopt;
        }
        compare = *it;
    } else if (request.compareId == 0) {
        for (const SnapshotInfo& s : sameSource) {
            if (s.id != current.id &&
                (s.takenAt < current.takenAt || (s.takenAt == current.takenAt && s.id < current.id)))
                compare = s;
        }
        if (!compare)
            result.notes << QCoreApplication::translate(
                                "Analysis",
                                "“%1” is the only snapshot of %2 up to that date: there is nothing to compare it with, "
                                "so no changes and no trends are shown.")
                                .arg(current.label, current.sourceName);
    }
    if (compare && compare->id != current.id) {
        if (request.previousData && request.previousGraph && request.previousData->info.id == compare->id) {
            result.previousData = request.previousData;
            result.previousGraph = request.previousGraph;
        } else if (!load(*compare, &result.previousData, &result.previousGraph)) {
            return std::nullopt;
        }
        if (!reportProgress(progress, -1, -1,
                            QCoreApplication::translate("Analysis", "Comparing with “%1”").arg(compare->label))) {
            *error = QCoreApplication::translate("Analysis", "Cancelled.");
            return std::nullopt;
        }
        Drift drift = computeDrift(*result.previousData, *result.previousGraph, *result.data, *result.graph);
        const auto revoked = revokedGrants(workspace, current.sourceId, current.takenAt, &problem);
        if (!problem.isEmpty())
            result.notes << problem;
        findRegressions(&drift, *result.data, *result.graph, revoked);
        result.drift = std::move(drift);
    } else if (!result.drift) {
        // Regressions do not need a second snapshot.
        Drift none;
        none.to = current;
        const auto revoked = revokedGrants(workspace, current.sourceId, current.takenAt, &problem);
        findRegressions(&none, *result.data, *result.graph, revoked);
        if (!none.regressions.empty())
            result.notes << QCoreApplication::translate("Analysis",
                                                        "%1 grants revoked in closed reviews have come back.")
                                .arg(none.regressions.size());
    }

    // Trend: one point per snapshot of the source, cached.
    for (const SnapshotInfo& s : sameSource) {
        const QString key = trendCacheKey(workspace, s, request.options);
        if (auto cached = pointFromJson(workspace.setting(key), s)) {
            result.trend.push_back(*cached);
            continue;
        }
        TrendPoint p;
        if (s.id == current.id) {
            p = trendPoint(*result.data, *result.graph, request.options);
        } else if (result.previousData && s.id == result.previousData->info.id) {
            p = trendPoint(*result.previousData, *result.previousGraph, request.options);
        } else {
            std::shared_ptr<const SnapshotData> data;
            std::shared_ptr<const AccessGraph> graph;
            if (!load(s, &data, &graph))
                return std::nullopt;
            p = trendPoint(*data, *graph, request.options);
        }
        QString cacheError; // a read-only workspace still shows the trend, it just recomputes it next time
        workspace.setSetting(key, QString::fromUtf8(QJsonDocument(pointToJson(p)).toJson(QJsonDocument::Compact)),
                             &cacheError);
        result.trend.push_back(p);
    }
    return result;
}

QByteArray renderReport(const Analysis& analysis, const QString& workspaceName)
{
    const Metrics& m = analysis.metrics;
    const SnapshotInfo& s = m.snapshot;
    TextPdf pdf(
        QCoreApplication::translate("Analysis", "Attest access sprawl report — %1 — %2").arg(s.sourceName, s.label));
    pdf.title(QCoreApplication::translate("Analysis", "Access sprawl and hygiene"));
    pdf.line(QCoreApplication::translate("Analysis", "Workspace: %1").arg(workspaceName));
    pdf.line(QCoreApplication::translate("Analysis", "Source: %1, snapshot “%2” taken %3")
                 .arg(s.sourceName, s.label, toIsoString(s.takenAt)));
    pdf.line(QCoreApplication::translate("Analysis", "Report written %1 by %2")
                 .arg(toIsoString(QDateTime::currentMSecsSinceEpoch()), Journal::currentOperator()));
    pdf.line(
        QCoreApplication::translate(
            "Analysis",
            "%1 identities, %2 accounts (%3 enabled), %4 entitlements; %5 direct and %6 effective grants, %7% "
            "of them inherited through nesting.")
            .arg(number(double(s.identityCount ? s.identityCount : qint64(analysis.data->identities.size()))),
                 number(double(analysis.data->accounts.size())), number(m.enabledAccounts),
                 number(double(analysis.data->entitlements.size())), number(double(m.directGrants)),
                 number(double(m.effectiveGrants)))
            .arg(m.effectiveGrants ? 100.0 * double(m.inheritedGrants) / double(m.effectiveGrants) : 0.0, 0, 'f', 1));
    for (const QString& note : analysis.notes)
        pdf.line(QStringLiteral("• ") + note);

    pdf.heading(QCoreApplication::translate("Analysis", "Headline figures"));
    const TrendPoint before = analysis.previousPoint();
    const auto change = [&](quint64 now, quint64 then) {
        return analysis.drift ? QCoreApplication::translate("Analysis", " (%1 since %2)")
                                    .arg(signedNumber(qint64(now) - qint64(then)), analysis.drift->from.label)
                              : QString();
    };
    const TrendPoint now = analysis.trend.empty() ? TrendPoint{} : analysis.trend.back();
    pdf.line(QCoreApplication::translate("Analysis", "Effective grants: %1%2")
                 .arg(number(double(m.effectiveGrants)), change(m.effectiveGrants, before.grants)));
    pdf.line(
        QCoreApplication::translate("Analysis", "Privileged accounts: %1%2")
            .arg(number(double(now.privilegedAccounts)), change(now.privilegedAccounts, before.privilegedAccounts)));
    pdf.line(QCoreApplication::translate("Analysis", "Stale or never used accounts: %1%2")
                 .arg(number(double(now.staleAccounts)), change(now.staleAccounts, before.staleAccounts)));
    pdf.line(QCoreApplication::translate("Analysis", "Accounts without identity: %1%2")
                 .arg(number(double(now.orphans)), change(now.orphans, before.orphans)));

    pdf.heading(QCoreApplication::translate("Analysis", "Measures"));
    QString section;
    for (const Measure& measure : m.measures) {
        if (measure.section != section) {
            section = measure.section;
            pdf.line();
            pdf.line(section.toUpper());
        }
        QString text = QStringLiteral("%1: %2").arg(measure.title, number(measure.value, measure.unit));
        if (!measure.excepted.empty())
            text +=
                QCoreApplication::translate("Analysis", " (%1 accepted as exceptions)").arg(measure.excepted.size());
        if (measure.flagged)
            text += QCoreApplication::translate("Analysis", " — FLAGGED: %1").arg(measure.flagReason);
        pdf.line(text);
        pdf.line(QStringLiteral("    ") + measure.definition);
    }

    pdf.heading(QCoreApplication::translate("Analysis", "Entitlements per identity (effective)"));
    const Distribution& d = m.effectivePerIdentity;
    pdf.line(QCoreApplication::translate("Analysis",
                                         "Median %1, 90th percentile %2, 99th percentile %3, maximum %4, mean %5")
                 .arg(d.median)
                 .arg(d.p90)
                 .arg(d.p99)
                 .arg(d.max)
                 .arg(d.mean, 0, 'f', 1));
    const quint32 biggest = d.counts.empty() ? 0 : *std::max_element(d.counts.begin(), d.counts.end());
    for (std::size_t b = 0; b < d.counts.size(); ++b) {
        const QString range = d.edges[b + 1] - d.edges[b] == 1
                                  ? QString::number(d.edges[b])
                                  : QStringLiteral("%1–%2").arg(d.edges[b]).arg(d.edges[b + 1] - 1);
        pdf.bar(QCoreApplication::translate("Analysis", "%1 entitlements").arg(range),
                biggest ? double(d.counts[b]) / biggest : 0, number(d.counts[b]));
    }
    pdf.line();
    pdf.line(QCoreApplication::translate("Analysis", "Most entitlements:"));
    for (const quint32 i : m.topIdentities)
        pdf.line(QStringLiteral("    %1 (%2, %3): %4")
                     .arg(analysis.data->identities[i].displayName, analysis.data->identities[i].department,
                          analysis.data->identities[i].title)
                     .arg(d.perRow[i]));

    pdf.heading(QCoreApplication::translate("Analysis", "Nesting depth (groups that nest or are nested)"));
    const Distribution& depth = m.nestingDepth;
    const quint32 deepest = depth.counts.empty() ? 0 : *std::max_element(depth.counts.begin(), depth.counts.end());
    if (depth.perRow.empty())
        pdf.line(QCoreApplication::translate("Analysis", "No group is nested in another."));
    for (std::size_t b = 0; b < depth.counts.size() && !depth.perRow.empty(); ++b) {
        const QString range = depth.edges[b + 1] - depth.edges[b] == 1
                                  ? QString::number(depth.edges[b])
                                  : QStringLiteral("%1–%2").arg(depth.edges[b]).arg(depth.edges[b + 1] - 1);
        pdf.bar(QCoreApplication::translate("Analysis", "%1 levels below").arg(range),
                deepest ? double(depth.counts[b]) / deepest : 0, number(depth.counts[b]), depth.edges[b] > 3);
    }
    pdf.line(QCoreApplication::translate("Analysis", "Nesting cycles: %1")
                 .arg(analysis.graph ? analysis.graph->cycles().size() : 0));

    if (analysis.trend.size() > 1) {
        pdf.heading(QCoreApplication::translate("Analysis", "Trend across snapshots"));
        quint64 maxGrants = 1;
        for (const TrendPoint& p : analysis.trend)
            maxGrants = std::max(maxGrants, p.grants);
        for (const TrendPoint& p : analysis.trend)
            pdf.bar(QCoreApplication::translate("Analysis", "%1 — grants").arg(p.label),
                    double(p.grants) / double(maxGrants),
                    QCoreApplication::translate("Analysis", "%1 grants, %2 privileged, %3 stale, %4 orphaned")
                        .arg(number(double(p.grants)), number(double(p.privilegedAccounts)),
                             number(double(p.staleAccounts)), number(double(p.orphans))));
    } else {
        pdf.heading(QCoreApplication::translate("Analysis", "Trend across snapshots"));
        pdf.line(QCoreApplication::translate("Analysis", "Only one snapshot of this source: no trend yet."));
    }

    if (analysis.drift) {
        const Drift& drift = *analysis.drift;
        pdf.heading(QCoreApplication::translate("Analysis", "Changes since “%1”").arg(drift.from.label));
        pdf.line(QCoreApplication::translate(
                     "Analysis",
                     "Grants added: %1 (%2 privileged); removed: %3 (%4 privileged); net %5, %6% (%7% per 30 days).")
                     .arg(number(double(drift.added.size())), number(double(drift.addedPrivileged)),
                          number(double(drift.removed.size())), number(double(drift.removedPrivileged)),
                          signedNumber(drift.net()))
                     .arg(drift.ratePercent(), 0, 'f', 2)
                     .arg(drift.monthlyRatePercent(), 0, 'f', 2));
        pdf.line(QCoreApplication::translate("Analysis",
                                             "Regressions (access revoked in a closed review that has come back): %1")
                     .arg(drift.regressions.size()));
        for (std::size_t i = 0; i < drift.regressions.size() && i < 50; ++i)
            pdf.line(QStringLiteral("    %1 — %2")
                         .arg(subjectLabel(*analysis.data, drift.regressions[i]), drift.regressionNotes[i]));
    }

    pdf.heading(QCoreApplication::translate(
        "Analysis", "Where access concentrates (identities per department holding the most-held entitlements)"));
    const HeatMap& map = m.heatMap;
    for (std::size_t c = 0; c < map.entitlements.size(); ++c) {
        QStringList cells;
        for (qsizetype r = 0; r < map.departments.size(); ++r) {
            const quint32 n = map.cells[std::size_t(r)][c];
            if (n)
                cells << QStringLiteral("%1 %2/%3")
                             .arg(map.departments[r])
                             .arg(n)
                             .arg(map.departmentSize[std::size_t(r)]);
        }
        pdf.line(QStringLiteral("%1: %2").arg(analysis.data->entitlements[map.entitlements[c]].name,
                                              cells.join(QStringLiteral(", "))));
    }

    pdf.heading(QCoreApplication::translate("Analysis", "Separation of duties"));
    if (analysis.sodPolicy.rules.empty())
        pdf.line(
            QCoreApplication::translate("Analysis", "No separation-of-duties rules are defined in this workspace."));
    for (std::size_t r = 0; r < analysis.sodPolicy.rules.size() && r < m.sodRules.size(); ++r) {
        const SodRule& rule = analysis.sodPolicy.rules[r];
        const SodRuleCheck& check = m.sodRules[r];
        qsizetype count = 0;
        for (const SodViolation& v : m.sodViolations)
            count += v.rule == int(r) ? 1 : 0;
        QString text = QCoreApplication::translate("Analysis", "%1 (%2): %3 violations")
                           .arg(rule.name, rule.entitlements.join(QStringLiteral(" / ")))
                           .arg(count);
        if (!check.missing.isEmpty())
            text += QCoreApplication::translate("Analysis", " — names entitlements that no longer exist: %1")
                        .arg(check.missing.join(QStringLiteral(", ")));
        pdf.line(text);
    }

    pdf.heading(QCoreApplication::translate("Analysis", "Accepted exceptions"));
    const Timestamp clock = QDateTime::currentMSecsSinceEpoch();
    if (m.exceptions.empty())
        pdf.line(QCoreApplication::translate("Analysis", "None."));
    for (const AcceptedException& e : m.exceptions) {
        pdf.line(QCoreApplication::translate("Analysis", "%1 — %2: %3; approved by %4, accepted by %5 on %6, %7 %8")
                     .arg(e.measureId, e.subjectLabel, e.reason, e.approver, e.acceptedBy,
                          toIsoString(e.acceptedAt).left(10),
                          e.activeAt(clock) ? QCoreApplication::translate("Analysis", "expires")
                                            : QCoreApplication::translate("Analysis", "EXPIRED"),
                          toIsoString(e.expires).left(10)));
    }
    return pdf.render();
}

} // namespace attest::analysis
