#include "dashboardtiles.h"

#include "dashboardformat.h"
#include "dashboardtile.h"

#include <QGridLayout>

namespace attest {

using namespace analysis;

DashboardTiles::DashboardTiles(QWidget* parent)
    : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    static constexpr MeasureId tiles[]{
        MeasureId::EffectiveGrants,         MeasureId::PrivilegedAccounts,   MeasureId::PrivilegedShare,
        MeasureId::PrivilegedHiddenMembers, MeasureId::StaleAccounts,        MeasureId::StaleNeverLoggedOn,
        MeasureId::OrphanAccounts,          MeasureId::OrphanLeaversEnabled, MeasureId::PeerOutliers,
        MeasureId::SodViolations,           MeasureId::DriftRegressions,     MeasureId::GroupCycles,
    };
    for (std::size_t i = 0; i < std::size(tiles); ++i) {
        const MeasureId id = tiles[i];
        auto* tile = new DashboardTile(measureShortTitle(id));
        grid->addWidget(tile, int(i / 4), int(i % 4));
        m_tiles.emplace_back(id, tile);
        connect(tile, &DashboardTile::clicked, this, [this, id] { Q_EMIT measureClicked(id); });
    }
}

DashboardTile* DashboardTiles::tile(MeasureId id) const
{
    for (const auto& [key, tile] : m_tiles) {
        if (key == id)
            return tile;
    }
    return nullptr;
}

void DashboardTiles::populate(const Analysis& a)
{
    const Metrics& m = a.metrics;
    const TrendPoint before = a.previousPoint();
    const TrendPoint now = a.trend.empty() ? TrendPoint{} : a.trend.back();
    const bool compared = a.drift.has_value() && before.snapshotId != 0;
    const auto since = [&](quint64 current, quint64 then) {
        return compared ? tr("%1 since %2").arg(signedNumber(qint64(current) - qint64(then)), a.drift->from.label)
                        : tr("no earlier snapshot");
    };
    for (const auto& [id, tile] : m_tiles) {
        if (id == MeasureId::EffectiveGrants) {
            tile->setFigure(
                DisplayFormat::number(qint64(m.effectiveGrants)), since(m.effectiveGrants, before.grants), false,
                tr("Every effective grant (account → entitlement, direct or inherited). %1 are inherited "
                   "through nesting. Click for the grants added since the compared snapshot.")
                    .arg(DisplayFormat::percent(
                        m.effectiveGrants ? 100.0 * double(m.inheritedGrants) / double(m.effectiveGrants) : 0.0)));
            continue;
        }
        if (id == MeasureId::DriftRegressions) {
            const std::size_t count = a.drift ? a.drift->regressions.size() : 0;
            tile->setFigure(DisplayFormat::number(qint64(count)),
                            a.drift ? tr("access revoked in closed reviews") : tr("no comparison"), count > 0,
                            tr("Grants revoked in a closed access review that the snapshot holds again."));
            continue;
        }
        const Measure* measure = m.measure(id);
        if (!measure)
            continue;
        QString value = measure->unit == QLatin1String("%") ? DisplayFormat::percent(measure->value)
                                                            : DisplayFormat::number(qint64(measure->value));
        QString change;
        if (id == MeasureId::PrivilegedAccounts)
            change = since(now.privilegedAccounts, before.privilegedAccounts);
        else if (id == MeasureId::StaleAccounts)
            change = compared ? tr("%1 stale or unused since %2")
                                    .arg(signedNumber(qint64(now.staleAccounts) - qint64(before.staleAccounts)),
                                         a.drift->from.label)
                              : tr("no earlier snapshot");
        else if (id == MeasureId::OrphanAccounts)
            change = since(now.orphans, before.orphans);
        else if (!measure->excepted.empty())
            change = tr("%n accepted as exceptions", nullptr, int(measure->excepted.size()));
        QString tip = measure->definition;
        if (measure->flagged)
            tip += QStringLiteral("\n") + measure->flagReason;
        tile->setFigure(value, change, measure->flagged || (id == MeasureId::SodViolations && measure->value > 0), tip);
    }
}

} // namespace attest
