#include "dashboardlists.h"

#include "dashboardformat.h"

namespace attest {

using namespace analysis;

std::optional<DashboardList> DashboardLists::topIdentities(const Analysis& source)
{
    std::vector<Subject> subjects;
    std::vector<QString> notes;
    for (const quint32 i : source.metrics.topIdentities) {
        subjects.push_back({Subject::Kind::Identity, i, kNoIndex});
        notes.push_back(tr("%1 effective, %2 direct")
                            .arg(source.metrics.effectivePerIdentity.perRow[i])
                            .arg(source.metrics.directPerIdentity.perRow[i]));
    }
    return DashboardList{tr("People with the most entitlements"),
                         tr("Effective entitlements counted once per person across all their accounts, most first."),
                         source.data, std::move(subjects), std::move(notes)};
}

std::optional<DashboardList> DashboardLists::measure(const Analysis& source, MeasureId id)
{
    if (id == MeasureId::DriftAdded || id == MeasureId::DriftRemoved || id == MeasureId::DriftNet) {
        return drift(source, id != MeasureId::DriftRemoved);
    }
    if (id == MeasureId::DriftRegressions) {
        return regressions(source);
    }
    const Measure* measure = source.metrics.measure(id);
    if (!measure)
        return std::nullopt;
    QString definition = measure->definition;
    if (measure->flagged)
        definition += QStringLiteral("\n") + tr("Flagged: %1").arg(measure->flagReason);
    if (!measure->excepted.empty())
        definition +=
            QStringLiteral("\n") + tr("%n finding(s) accepted as exceptions are left out (Exceptions lists them).",
                                      nullptr, int(measure->excepted.size()));
    return DashboardList{measure->title, definition, source.data, measure->subjects, measure->subjectNote, id};
}

std::optional<DashboardList> DashboardLists::histogramBin(const Analysis& source, int bin)
{
    const Distribution& d = source.metrics.effectivePerIdentity;
    if (bin < 0 || std::size_t(bin) >= d.counts.size())
        return std::nullopt;
    std::vector<Subject> subjects;
    std::vector<QString> notes;
    for (const quint32 i : d.rowsInBin(std::size_t(bin))) {
        subjects.push_back({Subject::Kind::Identity, i, kNoIndex});
        notes.push_back(tr("%n effective entitlement(s)", nullptr, int(d.perRow[i])));
    }
    return DashboardList{
        tr("People with %1 to %2 effective entitlements")
            .arg(d.edges[std::size_t(bin)])
            .arg(d.edges[std::size_t(bin) + 1] - 1),
        tr("Effective entitlements are counted once per person across all their accounts, direct or through "
           "groups and roles."),
        source.data, std::move(subjects), std::move(notes)};
}

std::optional<DashboardList> DashboardLists::heatCell(const Analysis& source, int row, int column)
{
    const HeatMap& map = source.metrics.heatMap;
    if (row < 0 || row >= map.departments.size() || column < 0 || std::size_t(column) >= map.entitlements.size())
        return std::nullopt;
    std::vector<Subject> subjects;
    for (const quint32 i : map.identities(*source.data, *source.graph, std::size_t(row), std::size_t(column)))
        subjects.push_back({Subject::Kind::Identity, i, kNoIndex});
    const QString entitlement = source.data->entitlements[map.entitlements[std::size_t(column)]].name;
    return DashboardList{tr("%1 holding %2").arg(map.departments[row], entitlement),
                         tr("People of the department who hold the entitlement through any of their accounts."),
                         source.data,
                         std::move(subjects),
                         {}};
}

std::optional<DashboardList> DashboardLists::privilegedSlice(const Analysis& source, bool privileged)
{
    if (privileged) {
        return measure(source, MeasureId::PrivilegedShare);
    }
    std::vector<Subject> subjects;
    const SnapshotData& data = *source.data;
    for (std::size_t a = 0; a < data.accounts.size(); ++a) {
        if (data.accounts[a].enabled && !source.graph->isPrivilegedAccount(quint32(a)))
            subjects.push_back({Subject::Kind::Account, quint32(a), kNoIndex});
    }
    return DashboardList{tr("Enabled accounts without privilege"),
                         tr("Enabled accounts that hold no privileged entitlement."),
                         source.data,
                         std::move(subjects),
                         {}};
}

std::optional<DashboardList> DashboardLists::drift(const Analysis& source, bool added)
{
    if (!source.drift || !source.previousData) {
        return topIdentities(source); // nothing to compare with: who holds the most
    }
    const Drift& d = *source.drift;
    const QString definition =
        tr("Added %1 (%2 privileged), removed %3 (%4 privileged): net %5, %6 of the grants of "
           "“%7” (%8 per 30 days). Grants are matched by the keys of account and entitlement.")
            .arg(DisplayFormat::number(qint64(d.added.size())), DisplayFormat::number(qint64(d.addedPrivileged)),
                 DisplayFormat::number(qint64(d.removed.size())), DisplayFormat::number(qint64(d.removedPrivileged)),
                 signedNumber(d.net()))
            .arg(DisplayFormat::percent(d.ratePercent(), 2))
            .arg(d.from.label)
            .arg(DisplayFormat::percent(d.monthlyRatePercent(), 2));
    if (added)
        return DashboardList{tr("Grants added since “%1”").arg(d.from.label), definition, source.data, d.added, {}};
    else
        return DashboardList{
            tr("Grants removed since “%1”").arg(d.from.label), definition, source.previousData, d.removed, {}};
}

std::optional<DashboardList> DashboardLists::regressions(const Analysis& source)
{
    if (!source.drift) {
        return DashboardList{
            tr("Regressions of revoked access"),
            tr("Nothing to compare with: regressions are measured against snapshots taken after a review's "
               "revocations were applied."),
            source.data,
            {},
            {}};
    }
    return DashboardList{
        tr("Access revoked in closed reviews that has come back"),
        tr("Grants that a closed review campaign revoked (applied and verified, or recorded done) and that this "
           "snapshot, taken later, holds again."),
        source.data, source.drift->regressions, source.drift->regressionNotes};
}

} // namespace attest
