#pragma once

#include "analysis/analysis.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace attest {

// The dashboard's charts: entitlements per identity (a histogram), the privileged share (a pie),
// the trends across the source's snapshots, and the distribution figures with their links. They
// follow the palette (light or dark); every bar, slice, point and link asks for the list behind it.
class DashboardCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardCharts)

public:
    explicit DashboardCharts(QWidget* parent = nullptr);

    // Draws the figures and keeps them alive; nullptr lets go of them and leaves the drawing.
    void setAnalysis(std::shared_ptr<const analysis::Analysis> analysis);

Q_SIGNALS:
    void histogramBinClicked(int bin);
    void privilegedSliceClicked(bool privileged);
    void trendPointClicked(int series, int index);
    void topIdentitiesRequested();
    void measureRequested(analysis::MeasureId id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTheme();
    void populateCharts();
    void populateDistributionInfo();

    std::shared_ptr<const analysis::Analysis> m_analysis;
    QWidget* m_histogram = nullptr; // QChartView
    QWidget* m_share = nullptr;
    QWidget* m_trendGrants = nullptr;
    QWidget* m_trendHygiene = nullptr;
    QLabel* m_distributionInfo = nullptr;
};

} // namespace attest
