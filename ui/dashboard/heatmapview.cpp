#include "heatmapview.h"

#include "heatmapmodel.h"

#include <QEvent>
#include <QHeaderView>

namespace attest {

HeatMapView::HeatMapView(QWidget* parent)
    : QTableView(parent)
    , m_model(new HeatMapModel(this))
{
    setObjectName(QStringLiteral("heatMapView"));
    setAccessibleName(tr("Heat map: entitlements by department"));
    setModel(m_model);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setMinimumHeight(260);
    horizontalHeader()->setDefaultSectionSize(100);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const auto choose = [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT cellChosen(index.row(), index.column());
    };
    connect(this, &QTableView::clicked, this, choose);
    connect(this, &QTableView::activated, this, choose);
    applyColours();
}

void HeatMapView::setAnalysis(std::shared_ptr<const analysis::Analysis> analysis)
{
    m_model->setAnalysis(std::move(analysis));
}

void HeatMapView::changeEvent(QEvent* event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColours();
}

void HeatMapView::applyColours()
{
    const QPalette p = palette();
    m_model->setColours(p.color(QPalette::Base), p.color(QPalette::Highlight), p.color(QPalette::Text),
                        p.color(QPalette::HighlightedText));
}

} // namespace attest
