#include "metricsexport.h"

#include "analysis.h"
#include "io/csv.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace attest::analysis {

namespace {

QString kindName(Subject::Kind kind)
{
    switch (kind) {
    case Subject::Kind::Account:
        return QStringLiteral("account");
    case Subject::Kind::Identity:
        return QStringLiteral("identity");
    case Subject::Kind::Entitlement:
        return QStringLiteral("entitlement");
    case Subject::Kind::Grant:
        return QStringLiteral("grant");
    }
    return {};
}

QJsonValue subjectJson(const SnapshotData& data, const Subject& s, const QString& note = {})
{
    QJsonObject o;
    switch (s.kind) {
    case Subject::Kind::Account:
        o.insert(QStringLiteral("account"), data.accounts[s.first].key);
        o.insert(QStringLiteral("login"), data.accounts[s.first].login);
        break;
    case Subject::Kind::Identity:
        o.insert(QStringLiteral("identity"), data.identities[s.first].key);
        o.insert(QStringLiteral("name"), data.identities[s.first].displayName);
        break;
    case Subject::Kind::Entitlement:
        o.insert(QStringLiteral("entitlement"), data.entitlements[s.first].key);
        o.insert(QStringLiteral("name"), data.entitlements[s.first].name);
        break;
    case Subject::Kind::Grant:
        o.insert(QStringLiteral("account"), data.accounts[s.first].key);
        o.insert(QStringLiteral("login"), data.accounts[s.first].login);
        o.insert(QStringLiteral("entitlement"), data.entitlements[s.second].key);
        o.insert(QStringLiteral("name"), data.entitlements[s.second].name);
        break;
    }
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return o;
}

QJsonObject distributionJson(const Distribution& d)
{
    QJsonArray bins;
    for (std::size_t b = 0; b < d.counts.size(); ++b)
        bins.append(QJsonObject{{QStringLiteral("from"), qint64(d.edges[b])},
                                {QStringLiteral("to"), qint64(d.edges[b + 1]) - 1},
                                {QStringLiteral("count"), qint64(d.counts[b])}});
    return QJsonObject{{QStringLiteral("median"), qint64(d.median)},
                       {QStringLiteral("p90"), qint64(d.p90)},
                       {QStringLiteral("p99"), qint64(d.p99)},
                       {QStringLiteral("max"), qint64(d.max)},
                       {QStringLiteral("mean"), d.mean},
                       {QStringLiteral("histogram"), bins}};
}

QJsonObject snapshotJson(const SnapshotInfo& s)
{
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("source"), s.sourceName},
                       {QStringLiteral("label"), s.label},
                       {QStringLiteral("takenAt"), toIsoString(s.takenAt)}};
}

} // namespace

QByteArray metricsJson(const Analysis& analysis)
{
    const Metrics& m = analysis.metrics;
    const SnapshotData& data = *analysis.data;
    QJsonObject root;
    root.insert(QStringLiteral("snapshot"), snapshotJson(m.snapshot));
    root.insert(QStringLiteral("measuredAt"), toIsoString(m.options.now));
    root.insert(QStringLiteral("options"),
                QJsonObject{{QStringLiteral("staleDays"), m.options.staleDays},
                            {QStringLiteral("passwordOldDays"), m.options.passwordOldDays},
                            {QStringLiteral("peerOutlierPercent"), m.options.peerOutlierPercent},
                            {QStringLiteral("privilegedSharePercentFlag"), m.options.privilegedSharePercentFlag},
                            {QStringLiteral("privilegedCountFlag"), m.options.privilegedCountFlag}});
    root.insert(QStringLiteral("notes"), QJsonArray::fromStringList(analysis.notes));
    root.insert(QStringLiteral("totals"),
                QJsonObject{{QStringLiteral("identities"), qint64(data.identities.size())},
                            {QStringLiteral("accounts"), qint64(data.accounts.size())},
                            {QStringLiteral("enabledAccounts"), qint64(m.enabledAccounts)},
                            {QStringLiteral("entitlements"), qint64(data.entitlements.size())},
                            {QStringLiteral("directGrants"), qint64(m.directGrants)},
                            {QStringLiteral("effectiveGrants"), qint64(m.effectiveGrants)},
                            {QStringLiteral("inheritedGrants"), qint64(m.inheritedGrants)},
                            {QStringLiteral("inheritedSharePercent"),
                             m.effectiveGrants ? 100.0 * double(m.inheritedGrants) / double(m.effectiveGrants) : 0.0}});
    QJsonArray measures;
    for (const Measure& measure : m.measures) {
        QJsonArray ids, excepted;
        for (std::size_t i = 0; i < measure.subjects.size(); ++i)
            ids.append(subjectJson(data, measure.subjects[i],
                                   i < measure.subjectNote.size() ? measure.subjectNote[i] : QString()));
        for (const Subject& s : measure.excepted)
            excepted.append(subjectJson(data, s));
        QJsonObject o{
            {QStringLiteral("id"), measure.key()},
            {QStringLiteral("section"), measure.section},
            {QStringLiteral("title"), measure.title},
            {QStringLiteral("definition"), measure.definition},
            {QStringLiteral("value"), measure.value},
            {QStringLiteral("count"), qint64(measure.subjects.size())},
            {QStringLiteral("kind"), measure.subjects.empty() ? QString() : kindName(measure.subjects.front().kind)},
            {QStringLiteral("flagged"), measure.flagged},
            {QStringLiteral("ids"), ids},
            {QStringLiteral("excepted"), excepted}};
        if (!measure.unit.isEmpty())
            o.insert(QStringLiteral("unit"), measure.unit);
        if (measure.flagged)
            o.insert(QStringLiteral("flagReason"), measure.flagReason);
        measures.append(o);
    }
    root.insert(QStringLiteral("measures"), measures);
    root.insert(QStringLiteral("entitlementsPerIdentity"),
                QJsonObject{{QStringLiteral("direct"), distributionJson(m.directPerIdentity)},
                            {QStringLiteral("effective"), distributionJson(m.effectivePerIdentity)}});
    QJsonArray top;
    for (const quint32 i : m.topIdentities)
        top.append(QJsonObject{{QStringLiteral("identity"), data.identities[i].key},
                               {QStringLiteral("name"), data.identities[i].displayName},
                               {QStringLiteral("effective"), qint64(m.effectivePerIdentity.perRow[i])},
                               {QStringLiteral("direct"), qint64(m.directPerIdentity.perRow[i])}});
    root.insert(QStringLiteral("topIdentities"), top);
    QJsonArray outliers;
    for (const quint32 i : m.topOutliers)
        outliers.append(QJsonObject{{QStringLiteral("identity"), data.identities[i].key},
                                    {QStringLiteral("name"), data.identities[i].displayName},
                                    {QStringLiteral("score"), m.outlierScore[i]}});
    root.insert(QStringLiteral("topOutliers"), outliers);
    root.insert(QStringLiteral("nestingDepth"), distributionJson(m.nestingDepth));

    QJsonArray heat;
    for (qsizetype r = 0; r < m.heatMap.departments.size(); ++r) {
        QJsonObject row{{QStringLiteral("department"), m.heatMap.departments[r]},
                        {QStringLiteral("identities"), qint64(m.heatMap.departmentSize[std::size_t(r)])}};
        QJsonObject cells;
        for (std::size_t c = 0; c < m.heatMap.entitlements.size(); ++c)
            cells.insert(data.entitlements[m.heatMap.entitlements[c]].name, qint64(m.heatMap.cells[std::size_t(r)][c]));
        row.insert(QStringLiteral("holders"), cells);
        heat.append(row);
    }
    root.insert(QStringLiteral("heatMap"), heat);

    QJsonArray rules;
    for (std::size_t r = 0; r < analysis.sodPolicy.rules.size() && r < m.sodRules.size(); ++r) {
        QJsonArray violations;
        for (const SodViolation& v : m.sodViolations) {
            if (v.rule != int(r))
                continue;
            QJsonArray sides;
            for (std::size_t g = 0; g < v.grants.size(); ++g)
                sides.append(subjectJson(data, v.grants[g], v.paths.value(qsizetype(g))));
            QJsonObject o{{QStringLiteral("grants"), sides}};
            if (v.identity != kNoIndex)
                o.insert(QStringLiteral("identity"), data.identities[v.identity].key);
            violations.append(o);
        }
        rules.append(QJsonObject{
            {QStringLiteral("name"), analysis.sodPolicy.rules[r].name},
            {QStringLiteral("entitlements"), QJsonArray::fromStringList(analysis.sodPolicy.rules[r].entitlements)},
            {QStringLiteral("missing"), QJsonArray::fromStringList(m.sodRules[r].missing)},
            {QStringLiteral("violations"), violations}});
    }
    root.insert(QStringLiteral("separationOfDuties"), rules);

    if (analysis.drift) {
        const Drift& d = *analysis.drift;
        QJsonArray added, removed, regressions;
        for (const Subject& s : d.added)
            added.append(subjectJson(data, s));
        for (const Subject& s : d.removed)
            removed.append(subjectJson(*analysis.previousData, s));
        for (std::size_t i = 0; i < d.regressions.size(); ++i)
            regressions.append(subjectJson(data, d.regressions[i], d.regressionNotes[i]));
        root.insert(QStringLiteral("drift"),
                    QJsonObject{{QStringLiteral("from"), snapshotJson(d.from)},
                                {QStringLiteral("to"), snapshotJson(d.to)},
                                {QStringLiteral("addedCount"), qint64(d.added.size())},
                                {QStringLiteral("removedCount"), qint64(d.removed.size())},
                                {QStringLiteral("addedPrivileged"), qint64(d.addedPrivileged)},
                                {QStringLiteral("removedPrivileged"), qint64(d.removedPrivileged)},
                                {QStringLiteral("net"), d.net()},
                                {QStringLiteral("ratePercent"), d.ratePercent()},
                                {QStringLiteral("monthlyRatePercent"), d.monthlyRatePercent()},
                                {QStringLiteral("added"), added},
                                {QStringLiteral("removed"), removed},
                                {QStringLiteral("regressions"), regressions}});
    }
    QJsonArray trend;
    for (const TrendPoint& p : analysis.trend)
        trend.append(QJsonObject{{QStringLiteral("snapshot"), p.snapshotId},
                                 {QStringLiteral("label"), p.label},
                                 {QStringLiteral("takenAt"), toIsoString(p.takenAt)},
                                 {QStringLiteral("grants"), qint64(p.grants)},
                                 {QStringLiteral("privilegedAccounts"), qint64(p.privilegedAccounts)},
                                 {QStringLiteral("staleAccounts"), qint64(p.staleAccounts)},
                                 {QStringLiteral("orphans"), qint64(p.orphans)}});
    root.insert(QStringLiteral("trend"), trend);

    QJsonArray exceptions;
    const Timestamp clock = QDateTime::currentMSecsSinceEpoch();
    for (const AcceptedException& e : m.exceptions)
        exceptions.append(QJsonObject{{QStringLiteral("measure"), e.measureId},
                                      {QStringLiteral("subject"), e.subjectKey},
                                      {QStringLiteral("label"), e.subjectLabel},
                                      {QStringLiteral("reason"), e.reason},
                                      {QStringLiteral("approver"), e.approver},
                                      {QStringLiteral("acceptedBy"), e.acceptedBy},
                                      {QStringLiteral("acceptedAt"), toIsoString(e.acceptedAt)},
                                      {QStringLiteral("expires"), toIsoString(e.expires)},
                                      {QStringLiteral("expired"), !e.activeAt(clock)}});
    root.insert(QStringLiteral("exceptions"), exceptions);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray metricsCsv(const Analysis& analysis)
{
    QByteArray out;
    const auto row = [&out](const QStringList& cells, bool guard) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i)
                out += ',';
            csv::appendCell(out, cells[i], guard);
        }
        out += "\r\n";
    };
    row({QStringLiteral("section"), QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("value"),
         QStringLiteral("unit"), QStringLiteral("count"), QStringLiteral("excepted"), QStringLiteral("flagged"),
         QStringLiteral("flag_reason"), QStringLiteral("definition")},
        false);
    const Metrics& m = analysis.metrics;
    for (const Measure& measure : m.measures)
        row({measure.section, measure.key(), measure.title,
             measure.unit.isEmpty() ? QString::number(qint64(measure.value)) : QString::number(measure.value, 'f', 2),
             measure.unit, QString::number(measure.subjects.size()), QString::number(measure.excepted.size()),
             measure.flagged ? QStringLiteral("true") : QStringLiteral("false"), measure.flagReason,
             measure.definition},
            true);
    // Statistics keep their English titles: the file is read by scripts, like the keys.
    const auto stat = [&](MeasureId id, double value) {
        const MeasureInfo& info = measureInfo(id);
        const QString title = QString::fromUtf8(info.title);
        const QString unit = QString::fromLatin1(info.unit);
        row({QStringLiteral("Statistics"), measureKey(id), title,
             unit.isEmpty() ? QString::number(qint64(value)) : QString::number(value, 'f', 2), unit, QString(),
             QString(), QStringLiteral("false"), QString(), QString()},
            true);
    };
    const Distribution& e = m.effectivePerIdentity;
    stat(MeasureId::EffectiveMedian, e.median);
    stat(MeasureId::EffectiveP90, e.p90);
    stat(MeasureId::EffectiveP99, e.p99);
    stat(MeasureId::EffectiveMax, e.max);
    stat(MeasureId::DirectMedian, m.directPerIdentity.median);
    stat(MeasureId::EffectiveGrants, double(m.effectiveGrants));
    stat(MeasureId::InheritedShare,
         m.effectiveGrants ? 100.0 * double(m.inheritedGrants) / double(m.effectiveGrants) : 0.0);
    stat(MeasureId::NestingMax, m.nestingDepth.max);
    if (analysis.drift) {
        const Drift& d = *analysis.drift;
        stat(MeasureId::DriftAdded, double(d.added.size()));
        stat(MeasureId::DriftAddedPrivileged, double(d.addedPrivileged));
        stat(MeasureId::DriftRemoved, double(d.removed.size()));
        stat(MeasureId::DriftRemovedPrivileged, double(d.removedPrivileged));
        stat(MeasureId::DriftNet, double(d.net()));
        stat(MeasureId::DriftRate, d.ratePercent());
        stat(MeasureId::DriftRegressions, double(d.regressions.size()));
    }
    return out;
}

} // namespace attest::analysis
