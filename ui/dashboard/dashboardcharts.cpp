#include "dashboardcharts.h"

#include "dashboardformat.h"

#include "common/colours.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>
#include <QtCharts/QValueAxis>

#include <functional>

namespace attest {

using namespace analysis;

namespace {

QChartView* chartView(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart);
    view->setAccessibleName(title);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    return view;
}

QChart* chartOf(QWidget* view)
{
    return static_cast<QChartView*>(view)->chart();
}

} // namespace

DashboardCharts::DashboardCharts(QWidget* parent)
    : QWidget(parent)
{
    auto* charts = new QGridLayout(this);
    charts->setContentsMargins(0, 0, 0, 0);
    m_histogram = chartView(tr("Effective entitlements per identity"));
    m_share = chartView(tr("Privileged share of active accounts"));
    m_trendGrants = chartView(tr("Effective grants across snapshots"));
    m_trendHygiene = chartView(tr("Privileged, stale and orphaned accounts across snapshots"));
    chartOf(m_trendHygiene)->legend()->setVisible(true);
    chartOf(m_trendHygiene)->legend()->setAlignment(Qt::AlignBottom);
    chartOf(m_share)->legend()->setVisible(true);
    chartOf(m_share)->legend()->setAlignment(Qt::AlignRight);
    charts->addWidget(m_histogram, 0, 0);
    charts->addWidget(m_share, 0, 1);
    m_distributionInfo = new QLabel;
    m_distributionInfo->setWordWrap(true);
    m_distributionInfo->setTextFormat(Qt::RichText);
    m_distributionInfo->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_distributionInfo->setAccessibleName(tr("Entitlements per person, and nesting"));
    connect(m_distributionInfo, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == QLatin1String("top"))
            Q_EMIT topIdentitiesRequested();
        else if (const std::optional<MeasureId> id = measureFromKey(link))
            Q_EMIT measureRequested(*id);
    });
    charts->addWidget(m_distributionInfo, 1, 0, 1, 2);
    charts->addWidget(m_trendGrants, 2, 0);
    charts->addWidget(m_trendHygiene, 2, 1);
    applyTheme();
}

void DashboardCharts::setAnalysis(std::shared_ptr<const Analysis> analysis)
{
    m_analysis = std::move(analysis);
    if (!m_analysis)
        return;
    populateCharts();
    populateDistributionInfo();
}

void DashboardCharts::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyTheme();
}

void DashboardCharts::applyTheme()
{
    const bool dark = colours::isDark(palette());
    for (QWidget* view : {m_histogram, m_share, m_trendGrants, m_trendHygiene}) {
        if (!view)
            continue;
        QChart* chart = chartOf(view);
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundBrush(palette().color(QPalette::Base));
        chart->setTitleBrush(palette().color(QPalette::Text));
        chart->legend()->setLabelColor(palette().color(QPalette::Text));
        static_cast<QChartView*>(view)->setBackgroundBrush(palette().color(QPalette::Window));
    }
    if (m_analysis)
        populateCharts();
}

void DashboardCharts::populateCharts()
{
    if (!m_analysis)
        return;
    const Analysis& a = *m_analysis;
    const Metrics& m = a.metrics;
    const QColor accent = colours::accent(palette());
    const QColor alert = colours::alert(palette());
    const QColor text = palette().color(QPalette::Text);
    const auto styleAxis = [&](QAbstractAxis* axis) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
    };

    // Histogram.
    {
        QChart* chart = chartOf(m_histogram);
        chart->removeAllSeries();
        for (QAbstractAxis* axis : chart->axes())
            chart->removeAxis(axis);
        auto* set = new QBarSet(tr("Identities"));
        set->setColor(accent);
        QStringList categories;
        const Distribution& d = m.effectivePerIdentity;
        quint32 top = 0;
        for (std::size_t b = 0; b < d.counts.size(); ++b) {
            *set << d.counts[b];
            top = std::max(top, d.counts[b]);
            categories << QString::number(d.edges[b]); // the bin's lower edge; the title gives the width
        }
        auto* series = new QBarSeries;
        series->append(set);
        series->setBarWidth(0.9);
        chart->addSeries(series);
        auto* x = new QBarCategoryAxis;
        x->append(categories);
        const quint32 width = d.edges.size() > 1 ? d.edges[1] - d.edges[0] : 1;
        x->setTitleText(tr("entitlements (bins of %1) · median %2 · p90 %3 · p99 %4 · max %5")
                            .arg(width)
                            .arg(d.median)
                            .arg(d.p90)
                            .arg(d.p99)
                            .arg(d.max));
        auto* y = new QValueAxis;
        y->setRange(0, std::max<quint32>(1, top));
        y->setLabelFormat(QStringLiteral("%d"));
        y->applyNiceNumbers();
        y->setTitleText(tr("identities"));
        styleAxis(x);
        styleAxis(y);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        connect(set, &QBarSet::clicked, this, &DashboardCharts::histogramBinClicked);
    }

    // Privileged share.
    {
        QChart* chart = chartOf(m_share);
        chart->removeAllSeries();
        const Measure* share = m.measure(MeasureId::PrivilegedShare);
        const qint64 privileged = share ? qint64(share->subjects.size()) : 0;
        const qint64 standard = qint64(m.enabledAccounts) - privileged;
        auto* series = new QPieSeries;
        QPieSlice* p = series->append(
            tr("Privileged %1 (%2)")
                .arg(DisplayFormat::number(privileged), DisplayFormat::percent(share ? share->value : 0.0)),
            double(privileged));
        QPieSlice* s = series->append(tr("Standard %1").arg(DisplayFormat::number(std::max<qint64>(0, standard))),
                                      double(std::max<qint64>(0, standard)));
        p->setColor(share && share->flagged ? alert : accent);
        p->setExploded(true);
        s->setColor(palette().color(QPalette::Mid));
        series->setPieSize(0.7);
        chart->addSeries(series);
        chart->legend()->setLabelColor(text);
        connect(p, &QPieSlice::clicked, this, [this] { Q_EMIT privilegedSliceClicked(true); });
        connect(s, &QPieSlice::clicked, this, [this] { Q_EMIT privilegedSliceClicked(false); });
        if (share && share->flagged)
            chart->setTitle(tr("Privileged share of active accounts — flagged: %1").arg(share->flagReason));
        else
            chart->setTitle(tr("Privileged share of active accounts"));
    }

    // Trends.
    const auto trend = [&](QWidget* view,
                           const std::vector<std::pair<QString, std::function<quint64(const TrendPoint&)>>>& lines,
                           int seriesBase) {
        QChart* chart = chartOf(view);
        chart->removeAllSeries();
        for (QAbstractAxis* axis : chart->axes())
            chart->removeAxis(axis);
        auto* x = new QBarCategoryAxis;
        QStringList labels;
        for (const TrendPoint& p : a.trend)
            labels << p.label;
        x->append(labels);
        auto* y = new QValueAxis;
        y->setLabelFormat(QStringLiteral("%d"));
        quint64 top = 1;
        styleAxis(x);
        styleAxis(y);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        const QList<QColor> colors{colours::series(palette(), 0), colours::series(palette(), 1),
                                   colours::series(palette(), 2)};
        for (std::size_t l = 0; l < lines.size(); ++l) {
            auto* series = new QLineSeries;
            series->setName(lines[l].first);
            series->setPointsVisible(true);
            series->setColor(colors[qsizetype(l % 3)]);
            for (std::size_t i = 0; i < a.trend.size(); ++i) {
                const quint64 v = lines[l].second(a.trend[i]);
                top = std::max(top, v);
                series->append(double(i), double(v));
            }
            chart->addSeries(series);
            series->attachAxis(x);
            series->attachAxis(y);
            const int seriesIndex = seriesBase + int(l);
            connect(series, &QLineSeries::clicked, this, [this, seriesIndex](const QPointF& point) {
                Q_EMIT trendPointClicked(seriesIndex, qRound(point.x()));
            });
        }
        y->setRange(0, double(top) * 1.1);
        y->applyNiceNumbers();
        if (a.trend.size() < 2)
            chart->setTitle(chart->title().section(QLatin1String(" — "), 0, 0) + tr(" — one snapshot: no trend yet"));
    };
    chartOf(m_trendGrants)->setTitle(tr("Effective grants across snapshots"));
    chartOf(m_trendHygiene)->setTitle(tr("Privileged, stale and orphaned accounts across snapshots"));
    trend(m_trendGrants, {{tr("Effective grants"), [](const TrendPoint& p) { return p.grants; }}}, 0);
    trend(m_trendHygiene,
          {{tr("Privileged"), [](const TrendPoint& p) { return p.privilegedAccounts; }},
           {tr("Stale or unused"), [](const TrendPoint& p) { return p.staleAccounts; }},
           {tr("Without identity"), [](const TrendPoint& p) { return p.orphans; }}},
          1);
}

void DashboardCharts::populateDistributionInfo()
{
    const Metrics& m = m_analysis->metrics;
    const Distribution& direct = m.directPerIdentity;
    const Distribution& depth = m.nestingDepth;
    QStringList depths;
    for (std::size_t b = 0; b < depth.counts.size(); ++b) {
        if (depth.counts[b] == 0)
            continue;
        const quint32 from = depth.edges[b], to = depth.edges[b + 1] - 1;
        depths << (from == to ? tr("depth %1: %2").arg(from) : tr("depth %1–%2: %3").arg(from).arg(to))
                      .arg(depth.counts[b]);
    }
    m_distributionInfo->setText(
        tr("Direct entitlements per person: median %1, p90 %2, p99 %3, max %4. %5 of all access is inherited "
           "through nesting. <a href=\"top\">The %6 people with the most access</a> · "
           "<a href=\"%8\">everyone above the 90th percentile</a>.<br>Nesting below groups "
           "(groups that nest or are nested): %7 · <a href=\"%9\">deeply nested groups</a> · "
           "<a href=\"%10\">cycles</a>.")
            .arg(direct.median)
            .arg(direct.p90)
            .arg(direct.p99)
            .arg(direct.max)
            .arg(DisplayFormat::percent(
                m.effectiveGrants ? 100.0 * double(m.inheritedGrants) / double(m.effectiveGrants) : 0.0))
            .arg(m.topIdentities.size())
            .arg(depths.isEmpty() ? tr("no nesting") : depths.join(QStringLiteral(", ")).toHtmlEscaped())
            .arg(measureKey(MeasureId::EntitlementsAboveP90), measureKey(MeasureId::GroupDeepNesting),
                 measureKey(MeasureId::GroupCycles)));
}

} // namespace attest
