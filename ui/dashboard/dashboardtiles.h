#pragma once

#include "analysis/analysis.h"

#include <QWidget>

#include <utility>
#include <vector>

namespace attest {

class DashboardTile;

// The dashboard's headline figures: one tile per headline measure, each with its change since the
// compared snapshot. Clicking a tile asks for the list behind it.
class DashboardTiles final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardTiles)

public:
    explicit DashboardTiles(QWidget* parent = nullptr);

    void populate(const analysis::Analysis& analysis);
    DashboardTile* tile(analysis::MeasureId id) const;

Q_SIGNALS:
    void measureClicked(analysis::MeasureId id);

private:
    std::vector<std::pair<analysis::MeasureId, DashboardTile*>> m_tiles;
};

} // namespace attest
