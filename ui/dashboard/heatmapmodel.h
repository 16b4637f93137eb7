#pragma once

#include "analysis/analysis.h"

#include <QAbstractTableModel>
#include <QColor>

#include <memory>

namespace attest {

// The department × entitlement heat map as a table: a row per department, a column per most-held
// entitlement, each cell the number of the department's people holding it, shaded by their share
// of the department between the palette's base and highlight colours.
class HeatMapModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeatMapModel)

public:
    explicit HeatMapModel(QObject* parent = nullptr);

    // Keeps the analysis alive while it shows its heat map; nullptr empties the table.
    void setAnalysis(std::shared_ptr<const analysis::Analysis> analysis);
    // The colours a cell is shaded between, and its text on light and on dark shading.
    void setColours(const QColor& base, const QColor& hot, const QColor& text, const QColor& hotText);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const analysis::HeatMap* map() const { return m_analysis ? &m_analysis->metrics.heatMap : nullptr; }
    double share(int row, int column) const;

    std::shared_ptr<const analysis::Analysis> m_analysis;
    QColor m_base, m_hot, m_text, m_hotText;
};

} // namespace attest
