#pragma once

#include "analysis/analysis.h"

#include <QTableView>

#include <memory>

namespace attest {

class HeatMapModel;

// Shows the heat map (HeatMapModel) in the palette's colours; clicking or activating a cell asks
// for the people behind it.
class HeatMapView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeatMapView)

public:
    explicit HeatMapView(QWidget* parent = nullptr);

    void setAnalysis(std::shared_ptr<const analysis::Analysis> analysis);
    HeatMapModel* heatMapModel() const { return m_model; }

Q_SIGNALS:
    void cellChosen(int row, int column);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColours();
    HeatMapModel* m_model;
};

} // namespace attest
