#include "dashboardview.h"

#include "common/colours.h"
#include "common/richtext.h"

#include "analysis/metricsexport.h"
#include "app/pools.h"
#include "common/personlineedit.h"
#include "displayformat.h"
#include "store/workspace.h"
#include "subjectlistmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>
#include <QtCharts/QValueAxis>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>
#include <QTimeZone>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace attest {

using namespace analysis;

namespace {

QString signedNumber(qint64 value)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + DisplayFormat::number(value);
}

QChartView* chartView(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    return view;
}

QChart* chartOf(QWidget* view)
{
    return static_cast<QChartView*>(view)->chart();
}

} // namespace

// ---- DashboardTile ---------------------------------------------------------------------------

DashboardTile::DashboardTile(const QString& title, QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(title))
    , m_value(new QLabel(QStringLiteral("–")))
    , m_change(new QLabel)
{
    setObjectName(QStringLiteral("dashboardTile"));
    m_value->setObjectName(QStringLiteral("tileValueLabel"));
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(title);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(0);
    m_title->setWordWrap(true);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_change->setFont(small);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    setMinimumWidth(150);
}

void DashboardTile::setFigure(const QString& value, const QString& change, bool flagged, const QString& toolTip)
{
    m_value->setText(value);
    m_change->setText(change);
    setToolTip(toolTip);
    m_flagged = flagged;
    applyColors();
    setAccessibleDescription(QStringLiteral("%1 %2").arg(value, change));
}

void DashboardTile::applyColors()
{
    // Follows the palette (light or dark); a flagged figure is red in either.
    const QPalette p = palette();
    const QColor alert = colours::alert(p);
    QPalette valuePalette = p;
    valuePalette.setColor(QPalette::WindowText, m_flagged ? alert : p.color(QPalette::WindowText));
    m_value->setPalette(valuePalette);
}

void DashboardTile::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
}

QString DashboardTile::valueText() const
{
    return m_value->text();
}

void DashboardTile::mousePressEvent(QMouseEvent* event)
{
    QFrame::mousePressEvent(event);
    setFocus();
    Q_EMIT clicked();
}

void DashboardTile::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

// ---- DashboardView ---------------------------------------------------------------------------

DashboardView::DashboardView(QWidget* parent)
    : QWidget(parent)
{
    buildUi();
}

DashboardView::~DashboardView()
{
    if (m_cancel)
        m_cancel->store(true);
}

void DashboardView::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_heading = new QLabel(tr("No workspace open."));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true); // a long source name must not widen the window
    bar->addWidget(m_heading, 1);
    bar->addWidget(new QLabel(tr("Compare with:")));
    m_compare = new QComboBox;
    m_compare->setAccessibleName(tr("Compare with"));
    m_compare->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_compare);
    bar->addWidget(new QLabel(tr("Stale after:")));
    m_staleDays = new QSpinBox;
    m_staleDays->setRange(1, 3650);
    m_staleDays->setValue(90);
    m_staleDays->setSuffix(tr(" days"));
    m_staleDays->setAccessibleName(tr("Days without logon after which an account is stale"));
    bar->addWidget(m_staleDays);
    m_refresh = new QPushButton(tr("&Refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Measure again (F5)"));
    bar->addWidget(m_refresh);
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->hide();
    bar->addWidget(m_cancelButton);
    m_sodButton = new QPushButton(tr("Separation of &Duties…"));
    bar->addWidget(m_sodButton);
    m_exceptionsButton = new QPushButton(tr("E&xceptions"));
    m_exceptionsButton->setToolTip(tr("The accepted exceptions: findings left out of the counts until they expire"));
    bar->addWidget(m_exceptionsButton);
    m_export = new QToolButton;
    m_export->setText(tr("&Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("Report as PDF…"), this, [this] { exportWithDialog(QStringLiteral("pdf")); });
    exportMenu->addAction(tr("Measures as CSV…"), this, [this] { exportWithDialog(QStringLiteral("csv")); });
    exportMenu->addAction(tr("Measures as JSON (with the rows behind each count)…"), this,
                          [this] { exportWithDialog(QStringLiteral("json")); });
    m_export->setMenu(exportMenu);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);
    m_notes = new QLabel;
    m_notes->setWordWrap(true);
    m_notes->hide();
    layout->addWidget(m_notes);

    auto* splitter = new QSplitter(Qt::Horizontal);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildCharts());
    splitter->addWidget(scroll);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_listTitle = plainLabel(tr("Click a number, bar, slice, point or cell to see what is behind it."));
    m_listTitle->setWordWrap(true);
    m_listTitle->setFont(headingFont);
    m_listDefinition = plainLabel();
    m_listDefinition->setWordWrap(true);
    m_listDefinition->setTextFormat(Qt::PlainText);
    m_listFilter = new QLineEdit;
    m_listFilter->setPlaceholderText(tr("Filter the list…"));
    m_listFilter->setClearButtonEnabled(true);
    m_list = new SubjectListModel(this);
    m_listProxy = new QSortFilterProxyModel(this);
    m_listProxy->setSourceModel(m_list);
    m_listProxy->setFilterKeyColumn(-1);
    m_listProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_listView = new QTableView;
    m_listView->setModel(m_listProxy);
    m_listView->setSortingEnabled(true);
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_listView->verticalHeader()->hide();
    m_listView->verticalHeader()->setDefaultSectionSize(m_listView->fontMetrics().height() + 6);
    m_listView->horizontalHeader()->setStretchLastSection(true);
    m_exceptionsTable = new QTableWidget(0, 7);
    m_exceptionsTable->setHorizontalHeaderLabels(
        {tr("Measure"), tr("Finding"), tr("Reason"), tr("Approver"), tr("Accepted by"), tr("Expires"), tr("Status")});
    m_exceptionsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_exceptionsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_exceptionsTable->verticalHeader()->hide();
    m_exceptionsTable->horizontalHeader()->setStretchLastSection(true);
    m_listStack = new QStackedWidget;
    m_listStack->addWidget(m_listView);
    m_listStack->addWidget(m_exceptionsTable);
    auto* buttons = new QHBoxLayout;
    m_openButton = new QPushButton(tr("&Open"));
    m_openButton->setToolTip(tr("Show the selected row in its pane (or double-click it)"));
    m_acceptButton = new QPushButton(tr("&Accept as Exception…"));
    m_acceptButton->setToolTip(tr("Leave the selected findings out of the counts, with a reason, an approver and "
                                  "an expiry date"));
    m_withdrawButton = new QPushButton(tr("&Withdraw Exception"));
    m_pathsButton = new QPushButton(tr("Access &Paths"));
    m_pathsButton->setObjectName(QStringLiteral("accessPathsButton"));
    m_pathsButton->setToolTip(tr("Show how the selected row gets its access (or who reaches it) in the Access Paths "
                                 "tab"));
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_pathsButton);
    buttons->addStretch();
    buttons->addWidget(m_acceptButton);
    buttons->addWidget(m_withdrawButton);
    rightLayout->addWidget(m_listTitle);
    rightLayout->addWidget(m_listDefinition);
    rightLayout->addWidget(m_listFilter);
    rightLayout->addWidget(m_listStack, 1);
    rightLayout->addLayout(buttons);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_refresh, &QPushButton::clicked, this, &DashboardView::refresh);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });
    connect(m_compare, &QComboBox::activated, this, &DashboardView::refresh);
    connect(m_staleDays, &QSpinBox::editingFinished, this, [this] {
        if (m_analysis && m_analysis->metrics.options.staleDays != m_staleDays->value())
            refresh();
    });
    connect(m_exceptionsButton, &QPushButton::clicked, this, &DashboardView::showExceptions);
    connect(m_sodButton, &QPushButton::clicked, this, &DashboardView::editSodPolicy);
    connect(m_listFilter, &QLineEdit::textChanged, m_listProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_listView, &QTableView::activated, this, &DashboardView::activateRow);
    connect(m_openButton, &QPushButton::clicked, this, [this] { activateRow(m_listView->currentIndex()); });
    connect(m_pathsButton, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_listView->currentIndex();
        if (index.isValid() && m_snapshot && m_list->snapshotData() == m_snapshot->data.get())
            Q_EMIT accessPathsRequested(m_list->objectAt(m_listProxy->mapToSource(index).row()));
    });
    connect(m_acceptButton, &QPushButton::clicked, this, &DashboardView::acceptFromDialog);
    connect(m_withdrawButton, &QPushButton::clicked, this, [this] {
        QString error;
        if (!withdrawSelected(&error) && !error.isEmpty())
            QMessageBox::warning(this, tr("Withdraw Exception"), error);
    });
    connect(m_listView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DashboardView::updateActions);
    connect(m_exceptionsTable, &QTableWidget::itemSelectionChanged, this, &DashboardView::updateActions);
    updateActions();
}

QWidget* DashboardView::buildCharts()
{
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    m_tileGrid = new QGridLayout;
    static constexpr MeasureId tiles[]{
        MeasureId::EffectiveGrants,         MeasureId::PrivilegedAccounts,   MeasureId::PrivilegedShare,
        MeasureId::PrivilegedHiddenMembers, MeasureId::StaleAccounts,        MeasureId::StaleNeverLoggedOn,
        MeasureId::OrphanAccounts,          MeasureId::OrphanLeaversEnabled, MeasureId::PeerOutliers,
        MeasureId::SodViolations,           MeasureId::DriftRegressions,     MeasureId::GroupCycles,
    };
    for (std::size_t i = 0; i < std::size(tiles); ++i) {
        const MeasureId id = tiles[i];
        auto* tile = new DashboardTile(measureShortTitle(id));
        m_tileGrid->addWidget(tile, int(i / 4), int(i % 4));
        m_tiles.emplace_back(id, tile);
        connect(tile, &DashboardTile::clicked, this, [this, id] {
            if (id == MeasureId::EffectiveGrants)
                showDrift(true);
            else
                showMeasure(id);
        });
    }
    layout->addLayout(m_tileGrid);

    auto* charts = new QGridLayout;
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
    connect(m_distributionInfo, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == QLatin1String("top"))
            showTopIdentities();
        else if (const std::optional<MeasureId> id = measureFromKey(link))
            showMeasure(*id);
    });
    charts->addWidget(m_distributionInfo, 1, 0, 1, 2);
    charts->addWidget(m_trendGrants, 2, 0);
    charts->addWidget(m_trendHygiene, 2, 1);
    layout->addLayout(charts);

    auto* heatTitle = new QLabel(tr("Where access concentrates: people per department holding the most-held "
                                    "entitlements (click a cell for the list)"));
    heatTitle->setWordWrap(true);
    layout->addWidget(heatTitle);
    m_heatMap = new QTableWidget;
    m_heatMap->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_heatMap->setSelectionMode(QAbstractItemView::SingleSelection);
    m_heatMap->setMinimumHeight(260);
    m_heatMap->horizontalHeader()->setDefaultSectionSize(100);
    m_heatMap->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    connect(m_heatMap, &QTableWidget::cellClicked, this, &DashboardView::showHeatCell);
    connect(m_heatMap, &QTableWidget::cellActivated, this, &DashboardView::showHeatCell);
    layout->addWidget(m_heatMap);

    auto* measuresTitle = new QLabel(tr("Every measure, with its definition (click one for its list)"));
    layout->addWidget(measuresTitle);
    m_measures = new QTreeWidget;
    m_measures->setColumnCount(4);
    m_measures->setHeaderLabels({tr("Measure"), tr("Value"), tr("Accepted exceptions"), tr("Definition")});
    m_measures->setRootIsDecorated(true);
    m_measures->setMinimumHeight(320);
    m_measures->setWordWrap(true);
    m_measures->header()->setStretchLastSection(true);
    connect(m_measures, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        // Section headings carry no measure.
        if (item && item->data(0, Qt::UserRole).isValid())
            showMeasure(MeasureId(item->data(0, Qt::UserRole).toInt()));
    });
    layout->addWidget(m_measures);
    applyChartTheme();
    return content;
}

void DashboardView::setSnapshot(LoadedSnapshotPtr snapshot)
{
    m_snapshot = std::move(snapshot);
    m_measuredSnapshot = 0;
    replaceAnalysis(nullptr);
    m_list->clear();
    m_currentMeasure.reset();
    m_listTitle->setText(tr("Click a number, bar, slice, point or cell to see what is behind it."));
    m_listDefinition->clear();
    updateCompareChooser();
    m_dirty = true;
    if (isVisible())
        start();
}

void DashboardView::updateCompareChooser()
{
    m_compare->clear();
    m_compare->addItem(tr("Previous snapshot"), qint64(0));
    m_compare->addItem(tr("No comparison"), qint64(-1));
    if (!m_snapshot)
        return;
    for (const SnapshotInfo& s : m_snapshot->allSnapshots) {
        if (s.sourceId == m_snapshot->info.sourceId && s.id != m_snapshot->info.id)
            m_compare->addItem(tr("%1 (%2)").arg(s.label, DisplayFormat::date(s.takenAt)), s.id);
    }
}

void DashboardView::refresh()
{
    m_dirty = true;
    start();
}

void DashboardView::setStaleDays(int days)
{
    m_staleDays->setValue(days);
}

void DashboardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty && m_snapshot && !m_busy)
        start();
}

void DashboardView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        applyChartTheme();
        if (m_analysis)
            populateHeatMap();
    }
}

void DashboardView::applyChartTheme()
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
    if (m_analysis) {
        populateCharts();
    }
}

void DashboardView::start()
{
    if (!m_snapshot)
        return;
    if (m_cancel)
        m_cancel->store(true);
    m_dirty = false;
    m_busy = true;
    const quint64 generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    AnalysisRequest request;
    request.snapshotId = m_measuredSnapshot ? m_measuredSnapshot : m_snapshot->info.id;
    if (!m_measuredSnapshot) {
        request.data = m_snapshot->data;
        request.graph = m_snapshot->graph;
    }
    request.compareId = m_compare->currentData().toLongLong();
    if (m_analysis && m_analysis->previousData) {
        // The compared snapshot of the last measurement: reused when it is compared again.
        request.previousData = m_analysis->previousData;
        request.previousGraph = m_analysis->previousGraph;
    }
    request.options.staleDays = m_staleDays->value();
    m_status->setText(tr("Measuring “%1”…").arg(m_snapshot->info.label));
    m_status->show();
    m_cancelButton->show();
    m_refresh->setEnabled(false);
    const QString path = m_snapshot->workspacePath;
    auto cancel = m_cancel;
    auto* watcher = new QFutureWatcher<void>(this);
    auto result = std::make_shared<std::shared_ptr<Analysis>>();
    auto error = std::make_shared<QString>();
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, result, error, generation] {
        watcher->deleteLater();
        finished(*result, *error, generation);
    });
    watcher->setFuture(QtConcurrent::run(workPool(), [path, request, cancel, result, error] {
        auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, error.get());
        if (!ws)
            return;
        const ProgressFn progress = [cancel](qint64, qint64, const QString&) { return !cancel->load(); };
        auto analysis = analyse(*ws, request, progress, error.get());
        if (analysis)
            *result = std::make_shared<Analysis>(std::move(*analysis));
    }));
}

void DashboardView::finished(std::shared_ptr<Analysis> result, const QString& error, quint64 generation)
{
    if (generation != m_generation)
        return; // a newer computation replaced this one
    m_busy = false;
    m_cancelButton->hide();
    m_refresh->setEnabled(true);
    if (!result) {
        m_status->setText(m_cancel && m_cancel->load() ? tr("Measuring cancelled; the figures shown are older.")
                                                       : tr("Could not measure: %1").arg(error));
        m_status->show();
        Q_EMIT analysed();
        return;
    }
    m_status->hide();
    replaceAnalysis(std::move(result));
    populate();
    Q_EMIT analysed();
}

void DashboardView::replaceAnalysis(std::shared_ptr<Analysis> next)
{
    // The old figures may hold a whole snapshot of their own: let a pool thread free them.
    if (auto old = std::exchange(m_analysis, std::move(next)); old && old.use_count() == 1)
        (void)QtConcurrent::run(workPool(), [old = std::move(old)]() mutable { old.reset(); });
}

void DashboardView::populate()
{
    const Analysis& a = *m_analysis;
    const SnapshotInfo& s = a.metrics.snapshot;
    QString heading = tr("%1 — snapshot “%2” of %3").arg(s.sourceName, s.label, DisplayFormat::date(s.takenAt));
    if (a.drift)
        heading += tr(", compared with “%1”").arg(a.drift->from.label);
    m_heading->setText(heading);
    QStringList notes = a.notes;
    if (m_measuredSnapshot)
        notes.prepend(tr("This is an older snapshot than the one open in the console: its lists are shown here, "
                         "but open it from the snapshot chooser to browse it. Refresh returns to the open snapshot."));
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
    m_exceptionsButton->setText(tr("E&xceptions (%1)").arg(a.metrics.exceptions.size()));
    populateTiles();
    populateCharts();
    populateDistributionInfo();
    populateHeatMap();
    populateMeasures();
    if (m_listStack->currentWidget() == m_exceptionsTable)
        populateExceptions();
    else if (m_currentMeasure)
        showMeasure(*m_currentMeasure);
}

void DashboardView::populateTiles()
{
    const Analysis& a = *m_analysis;
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
                tr("Every effective grant (account → entitlement, direct or inherited). %1% are inherited "
                   "through nesting. Click for the grants added since the compared snapshot.")
                    .arg(m.effectiveGrants ? 100.0 * double(m.inheritedGrants) / double(m.effectiveGrants) : 0.0, 0,
                         'f', 1));
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
        QString value = measure->unit == QLatin1String("%") ? QStringLiteral("%1%").arg(measure->value, 0, 'f', 1)
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

void DashboardView::populateCharts()
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
        connect(set, &QBarSet::clicked, this, &DashboardView::showHistogramBin);
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
            tr("Privileged %1 (%2%)").arg(DisplayFormat::number(privileged)).arg(share ? share->value : 0.0, 0, 'f', 1),
            double(privileged));
        QPieSlice* s = series->append(tr("Standard %1").arg(DisplayFormat::number(std::max<qint64>(0, standard))),
                                      double(std::max<qint64>(0, standard)));
        p->setColor(share && share->flagged ? alert : accent);
        p->setExploded(true);
        s->setColor(palette().color(QPalette::Mid));
        series->setPieSize(0.7);
        chart->addSeries(series);
        chart->legend()->setLabelColor(text);
        connect(p, &QPieSlice::clicked, this, [this] { showPrivilegedSlice(true); });
        connect(s, &QPieSlice::clicked, this, [this] { showPrivilegedSlice(false); });
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
            connect(series, &QLineSeries::clicked, this,
                    [this, seriesIndex](const QPointF& point) { showTrendPoint(seriesIndex, qRound(point.x())); });
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

void DashboardView::populateDistributionInfo()
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
        tr("Direct entitlements per person: median %1, p90 %2, p99 %3, max %4. %5% of all access is inherited "
           "through nesting. <a href=\"top\">The %6 people with the most access</a> · "
           "<a href=\"%8\">everyone above the 90th percentile</a>.<br>Nesting below groups "
           "(groups that nest or are nested): %7 · <a href=\"%9\">deeply nested groups</a> · "
           "<a href=\"%10\">cycles</a>.")
            .arg(direct.median)
            .arg(direct.p90)
            .arg(direct.p99)
            .arg(direct.max)
            .arg(m.effectiveGrants ? 100.0 * double(m.inheritedGrants) / double(m.effectiveGrants) : 0.0, 0, 'f', 1)
            .arg(m.topIdentities.size())
            .arg(depths.isEmpty() ? tr("no nesting") : depths.join(QStringLiteral(", ")).toHtmlEscaped())
            .arg(measureKey(MeasureId::EntitlementsAboveP90), measureKey(MeasureId::GroupDeepNesting),
                 measureKey(MeasureId::GroupCycles)));
}

void DashboardView::showTopIdentities()
{
    if (!m_analysis)
        return;
    std::vector<Subject> subjects;
    std::vector<QString> notes;
    for (const quint32 i : m_analysis->metrics.topIdentities) {
        subjects.push_back({Subject::Kind::Identity, i, kNoIndex});
        notes.push_back(tr("%1 effective, %2 direct")
                            .arg(m_analysis->metrics.effectivePerIdentity.perRow[i])
                            .arg(m_analysis->metrics.directPerIdentity.perRow[i]));
    }
    showList(tr("People with the most entitlements"),
             tr("Effective entitlements counted once per person across all their accounts, most first."),
             m_analysis->data, std::move(subjects), std::move(notes));
}

void DashboardView::populateHeatMap()
{
    if (!m_analysis)
        return;
    const HeatMap& map = m_analysis->metrics.heatMap;
    const SnapshotData& data = *m_analysis->data;
    m_heatMap->clear();
    m_heatMap->setRowCount(int(map.departments.size()));
    m_heatMap->setColumnCount(int(map.entitlements.size()));
    QStringList headers;
    for (const quint32 e : map.entitlements) {
        const QString name = data.entitlements[e].name;
        headers << (name.size() > 14 ? name.left(13) + QChar(0x2026) : name);
    }
    m_heatMap->setHorizontalHeaderLabels(headers);
    for (std::size_t c = 0; c < map.entitlements.size(); ++c)
        m_heatMap->horizontalHeaderItem(int(c))->setToolTip(plainToolTip(data.entitlements[map.entitlements[c]].name));
    QStringList rows;
    for (qsizetype r = 0; r < map.departments.size(); ++r)
        rows << tr("%1 (%2)").arg(map.departments[r], DisplayFormat::number(map.departmentSize[std::size_t(r)]));
    m_heatMap->setVerticalHeaderLabels(rows);
    const QColor base = palette().color(QPalette::Base);
    const QColor hot = palette().color(QPalette::Highlight);
    for (qsizetype r = 0; r < map.departments.size(); ++r) {
        for (std::size_t c = 0; c < map.entitlements.size(); ++c) {
            const quint32 n = map.cells[std::size_t(r)][c];
            const double share =
                map.departmentSize[std::size_t(r)] ? double(n) / map.departmentSize[std::size_t(r)] : 0;
            auto* item = new QTableWidgetItem(n ? DisplayFormat::number(n) : QString());
            const QColor color = QColor::fromRgbF(float(base.redF() + (hot.redF() - base.redF()) * share),
                                                  float(base.greenF() + (hot.greenF() - base.greenF()) * share),
                                                  float(base.blueF() + (hot.blueF() - base.blueF()) * share));
            item->setBackground(color);
            item->setForeground(share > 0.5 ? palette().color(QPalette::HighlightedText)
                                            : palette().color(QPalette::Text));
            item->setTextAlignment(Qt::AlignCenter);
            item->setToolTip(plainToolTip(tr("%1 of %2 people in %3 hold %4 (%5%)")
                                              .arg(n)
                                              .arg(map.departmentSize[std::size_t(r)])
                                              .arg(map.departments[r], data.entitlements[map.entitlements[c]].name)
                                              .arg(share * 100, 0, 'f', 0)));
            m_heatMap->setItem(int(r), int(c), item);
        }
    }
}

void DashboardView::populateMeasures()
{
    m_measures->clear();
    const Metrics& m = m_analysis->metrics;
    QTreeWidgetItem* section = nullptr;
    const QColor alert = colours::alert(palette());
    for (const Measure& measure : m.measures) {
        if (!section || section->text(0) != measure.section) {
            section = new QTreeWidgetItem(m_measures, {measure.section});
            QFont bold = section->font(0);
            bold.setBold(true);
            section->setFont(0, bold);
            section->setFirstColumnSpanned(false);
            section->setExpanded(true);
        }
        const QString value = measure.unit == QLatin1String("%") ? QStringLiteral("%1%").arg(measure.value, 0, 'f', 1)
                                                                 : DisplayFormat::number(qint64(measure.value));
        auto* item = new QTreeWidgetItem(
            section,
            {measure.title, value, measure.excepted.empty() ? QString() : QString::number(measure.excepted.size()),
             measure.definition});
        item->setData(0, Qt::UserRole, int(measure.id));
        item->setToolTip(0, measure.definition);
        item->setToolTip(3, measure.definition);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (measure.flagged) {
            item->setForeground(1, alert);
            item->setToolTip(1, measure.flagReason);
        }
    }
    // The changes since the compared snapshot, each with its list too.
    if (m_analysis->drift) {
        const Drift& d = *m_analysis->drift;
        auto* changes = new QTreeWidgetItem(m_measures, {tr("Changes since “%1”").arg(d.from.label)});
        QFont bold = changes->font(0);
        bold.setBold(true);
        changes->setFont(0, bold);
        changes->setExpanded(true);
        const auto add = [&](MeasureId id, const QString& title, const QString& value, const QString& definition) {
            auto* item = new QTreeWidgetItem(changes, {title, value, QString(), definition});
            item->setData(0, Qt::UserRole, int(id));
            item->setToolTip(0, definition);
            item->setToolTip(3, definition);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        };
        add(MeasureId::DriftAdded, tr("Grants added"),
            tr("%1 (%2 privileged)")
                .arg(DisplayFormat::number(qint64(d.added.size())), DisplayFormat::number(qint64(d.addedPrivileged))),
            tr("Effective grants this snapshot holds that “%1” did not, matched by account and entitlement keys.")
                .arg(d.from.label));
        add(MeasureId::DriftRemoved, tr("Grants removed"),
            tr("%1 (%2 privileged)")
                .arg(DisplayFormat::number(qint64(d.removed.size())),
                     DisplayFormat::number(qint64(d.removedPrivileged))),
            tr("Effective grants of “%1” that this snapshot no longer holds.").arg(d.from.label));
        add(MeasureId::DriftNet, tr("Net change and rate"),
            tr("%1, %2% (%3% per 30 days)")
                .arg(signedNumber(d.net()))
                .arg(d.ratePercent(), 0, 'f', 2)
                .arg(d.monthlyRatePercent(), 0, 'f', 2),
            tr("Added minus removed, as a share of the grants of “%1”, and scaled to 30 days.").arg(d.from.label));
        add(MeasureId::DriftRegressions, tr("Regressions of revoked access"),
            DisplayFormat::number(qint64(d.regressions.size())),
            tr("Grants revoked in a closed access review that have come back."));
    }
    m_measures->resizeColumnToContents(0);
    m_measures->resizeColumnToContents(1);
}

void DashboardView::showList(const QString& title, const QString& definition, std::shared_ptr<const SnapshotData> data,
                             std::vector<Subject> subjects, std::vector<QString> notes,
                             std::optional<MeasureId> measureId)
{
    m_currentMeasure = measureId;
    m_listStack->setCurrentWidget(m_listView);
    m_listTitle->setText(tr("%1 — %n row(s)", nullptr, int(subjects.size())).arg(title));
    m_listDefinition->setText(definition);
    std::shared_ptr<const AccessGraph> graph;
    if (m_analysis) {
        graph = data == m_analysis->data ? m_analysis->graph : m_analysis->previousGraph;
    }
    m_list->setSubjects(std::move(data), std::move(graph), std::move(subjects), std::move(notes),
                        m_analysis ? m_analysis->metrics.options.now : kNoTime);
    m_listView->resizeColumnsToContents();
    updateActions();
}

QString DashboardView::listTitle() const
{
    return m_listTitle->text();
}

DashboardTile* DashboardView::tile(MeasureId id) const
{
    for (const auto& [key, tile] : m_tiles) {
        if (key == id)
            return tile;
    }
    return nullptr;
}

void DashboardView::showMeasure(MeasureId id)
{
    if (!m_analysis)
        return;
    if (id == MeasureId::DriftAdded || id == MeasureId::DriftRemoved || id == MeasureId::DriftNet) {
        showDrift(id != MeasureId::DriftRemoved);
        return;
    }
    if (id == MeasureId::DriftRegressions) {
        showRegressions();
        return;
    }
    const Measure* measure = m_analysis->metrics.measure(id);
    if (!measure)
        return;
    QString definition = measure->definition;
    if (measure->flagged)
        definition += QStringLiteral("\n") + tr("Flagged: %1").arg(measure->flagReason);
    if (!measure->excepted.empty())
        definition +=
            QStringLiteral("\n") + tr("%n finding(s) accepted as exceptions are left out (Exceptions lists them).",
                                      nullptr, int(measure->excepted.size()));
    showList(measure->title, definition, m_analysis->data, measure->subjects, measure->subjectNote, id);
}

void DashboardView::showHistogramBin(int bin)
{
    if (!m_analysis)
        return;
    const Distribution& d = m_analysis->metrics.effectivePerIdentity;
    if (bin < 0 || std::size_t(bin) >= d.counts.size())
        return;
    std::vector<Subject> subjects;
    std::vector<QString> notes;
    for (const quint32 i : d.rowsInBin(std::size_t(bin))) {
        subjects.push_back({Subject::Kind::Identity, i, kNoIndex});
        notes.push_back(tr("%n effective entitlement(s)", nullptr, int(d.perRow[i])));
    }
    showList(tr("People with %1 to %2 effective entitlements")
                 .arg(d.edges[std::size_t(bin)])
                 .arg(d.edges[std::size_t(bin) + 1] - 1),
             tr("Effective entitlements are counted once per person across all their accounts, direct or through "
                "groups and roles."),
             m_analysis->data, std::move(subjects), std::move(notes));
}

void DashboardView::showHeatCell(int row, int column)
{
    if (!m_analysis)
        return;
    const HeatMap& map = m_analysis->metrics.heatMap;
    if (row < 0 || row >= map.departments.size() || column < 0 || std::size_t(column) >= map.entitlements.size())
        return;
    std::vector<Subject> subjects;
    for (const quint32 i : map.identities(*m_analysis->data, *m_analysis->graph, std::size_t(row), std::size_t(column)))
        subjects.push_back({Subject::Kind::Identity, i, kNoIndex});
    const QString entitlement = m_analysis->data->entitlements[map.entitlements[std::size_t(column)]].name;
    showList(tr("%1 holding %2").arg(map.departments[row], entitlement),
             tr("People of the department who hold the entitlement through any of their accounts."), m_analysis->data,
             std::move(subjects), {});
}

void DashboardView::showPrivilegedSlice(bool privileged)
{
    if (!m_analysis)
        return;
    if (privileged) {
        showMeasure(MeasureId::PrivilegedShare);
        return;
    }
    std::vector<Subject> subjects;
    const SnapshotData& data = *m_analysis->data;
    for (std::size_t a = 0; a < data.accounts.size(); ++a) {
        if (data.accounts[a].enabled && !m_analysis->graph->isPrivilegedAccount(quint32(a)))
            subjects.push_back({Subject::Kind::Account, quint32(a), kNoIndex});
    }
    showList(tr("Enabled accounts without privilege"), tr("Enabled accounts that hold no privileged entitlement."),
             m_analysis->data, std::move(subjects), {});
}

void DashboardView::showTrendPoint(int series, int index)
{
    if (!m_analysis || index < 0 || std::size_t(index) >= m_analysis->trend.size())
        return;
    const TrendPoint& point = m_analysis->trend[std::size_t(index)];
    static constexpr MeasureId measures[] = {MeasureId::EffectiveGrants, MeasureId::PrivilegedAccounts,
                                             MeasureId::StaleAccounts, MeasureId::OrphanAccounts};
    const MeasureId id = measures[std::clamp(series, 0, 3)];
    if (point.snapshotId != m_analysis->metrics.snapshot.id) {
        // The lists of another snapshot: measure that one.
        m_measuredSnapshot = point.snapshotId == (m_snapshot ? m_snapshot->info.id : 0) ? 0 : point.snapshotId;
        m_currentMeasure = id == MeasureId::EffectiveGrants ? std::nullopt : std::optional<MeasureId>(id);
        refresh();
        return;
    }
    if (id == MeasureId::EffectiveGrants)
        showDrift(true);
    else
        showMeasure(id);
}

void DashboardView::showDrift(bool added)
{
    if (!m_analysis)
        return;
    if (!m_analysis->drift || !m_analysis->previousData) {
        showTopIdentities(); // nothing to compare with: who holds the most
        return;
    }
    const Drift& d = *m_analysis->drift;
    const QString definition =
        tr("Added %1 (%2 privileged), removed %3 (%4 privileged): net %5, %6% of the grants of "
           "“%7” (%8% per 30 days). Grants are matched by the keys of account and entitlement.")
            .arg(DisplayFormat::number(qint64(d.added.size())), DisplayFormat::number(qint64(d.addedPrivileged)),
                 DisplayFormat::number(qint64(d.removed.size())), DisplayFormat::number(qint64(d.removedPrivileged)),
                 signedNumber(d.net()))
            .arg(d.ratePercent(), 0, 'f', 2)
            .arg(d.from.label)
            .arg(d.monthlyRatePercent(), 0, 'f', 2);
    if (added)
        showList(tr("Grants added since “%1”").arg(d.from.label), definition, m_analysis->data, d.added, {});
    else
        showList(tr("Grants removed since “%1”").arg(d.from.label), definition, m_analysis->previousData, d.removed,
                 {});
}

void DashboardView::showRegressions()
{
    if (!m_analysis)
        return;
    if (!m_analysis->drift) {
        showList(tr("Regressions of revoked access"),
                 tr("Nothing to compare with: regressions are measured against snapshots taken after a review's "
                    "revocations were applied."),
                 m_analysis->data, {}, {});
        return;
    }
    showList(tr("Access revoked in closed reviews that has come back"),
             tr("Grants that a closed review campaign revoked (applied and verified, or recorded done) and that this "
                "snapshot, taken later, holds again."),
             m_analysis->data, m_analysis->drift->regressions, m_analysis->drift->regressionNotes);
}

void DashboardView::showExceptions()
{
    m_currentMeasure.reset();
    m_listStack->setCurrentWidget(m_exceptionsTable);
    m_listTitle->setText(tr("Accepted exceptions"));
    m_listDefinition->setText(tr("Findings accepted with a reason, an approver and an expiry date. They are left out "
                                 "of the counts until they expire; expired ones count again."));
    populateExceptions();
    updateActions();
}

void DashboardView::populateExceptions()
{
    m_exceptionsTable->setRowCount(0);
    if (!m_analysis)
        return;
    const Timestamp clock = QDateTime::currentMSecsSinceEpoch();
    const auto& list = m_analysis->metrics.exceptions;
    m_exceptionsTable->setRowCount(int(list.size()));
    for (std::size_t i = 0; i < list.size(); ++i) {
        const AcceptedException& e = list[i];
        const std::optional<MeasureId> measure = measureFromKey(e.measureId);
        const QStringList cells{measure ? measureTitle(*measure) : e.measureId,
                                e.subjectLabel,
                                e.reason,
                                e.approver,
                                tr("%1 on %2").arg(e.acceptedBy, DisplayFormat::date(e.acceptedAt)),
                                DisplayFormat::date(e.expires),
                                e.activeAt(clock) ? tr("active") : tr("expired — counted again")};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(plainToolTip(cells[c])); // reasons and names: data, not markup
            if (c == 0)
                item->setData(Qt::UserRole, qint64(i));
            m_exceptionsTable->setItem(int(i), c, item);
        }
    }
    m_exceptionsTable->resizeColumnsToContents();
}

void DashboardView::updateActions()
{
    const bool listPage = m_listStack->currentWidget() == m_listView;
    const bool rows = listPage && m_listView->selectionModel()->hasSelection();
    // Rows of another snapshot than the open one cannot be shown in its panes or explorer.
    const bool openSnapshot = m_snapshot && m_list->snapshotData() == m_snapshot->data.get();
    m_openButton->setVisible(listPage);
    m_openButton->setEnabled(rows && openSnapshot);
    m_pathsButton->setVisible(listPage);
    m_pathsButton->setEnabled(rows && openSnapshot);
    m_acceptButton->setVisible(listPage);
    m_acceptButton->setEnabled(rows && m_currentMeasure && m_analysis &&
                               m_list->snapshotData() == m_analysis->data.get());
    m_withdrawButton->setVisible(!listPage);
    m_withdrawButton->setEnabled(!listPage && !m_exceptionsTable->selectedItems().isEmpty());
    m_listFilter->setEnabled(listPage);
}

void DashboardView::activateRow(const QModelIndex& index)
{
    if (!index.isValid() || !m_snapshot || m_list->snapshotData() != m_snapshot->data.get())
        return; // rows of another snapshot than the open one cannot be shown in its panes
    Q_EMIT objectActivated(m_list->objectAt(m_listProxy->mapToSource(index).row()));
}

bool DashboardView::acceptSelected(const QString& reason, const QString& approver, Timestamp expires, QString* error)
{
    if (!m_analysis || !m_currentMeasure || !m_snapshot) {
        *error = tr("Choose a measure and the findings to accept first.");
        return false;
    }
    const QModelIndexList rows = m_listView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        *error = tr("Select the findings to accept first.");
        return false;
    }
    auto ws = Workspace::open(m_snapshot->workspacePath, Workspace::OpenMode::OpenExisting, error);
    if (!ws)
        return false;
    const Timestamp now = QDateTime::currentMSecsSinceEpoch();
    const std::shared_ptr<const PersonResolver> people = m_snapshot->people();
    for (const QModelIndex& index : rows) {
        const Subject& subject = m_list->subjectAt(m_listProxy->mapToSource(index).row());
        AcceptedException e;
        e.sourceId = m_analysis->metrics.snapshot.sourceId;
        e.measureId = measureKey(*m_currentMeasure);
        e.subjectKey = subjectKey(*m_analysis->data, subject);
        e.subjectLabel = subjectLabel(*m_analysis->data, subject);
        e.reason = reason;
        e.approver = approver;
        e.expires = expires;
        if (!acceptException(*ws, e, *people, now, error))
            return false;
    }
    Q_EMIT changed();
    refresh();
    return true;
}

bool DashboardView::withdrawSelected(QString* error)
{
    if (!m_analysis || !m_snapshot)
        return false;
    const QList<QTableWidgetItem*> selected = m_exceptionsTable->selectedItems();
    if (selected.isEmpty()) {
        *error = tr("Select the exception to withdraw first.");
        return false;
    }
    const int row = selected.front()->row();
    const qint64 index = m_exceptionsTable->item(row, 0)->data(Qt::UserRole).toLongLong();
    const auto& list = m_analysis->metrics.exceptions;
    if (index < 0 || std::size_t(index) >= list.size())
        return false;
    const AcceptedException e = list[std::size_t(index)];
    auto ws = Workspace::open(m_snapshot->workspacePath, Workspace::OpenMode::OpenExisting, error);
    if (!ws || !withdrawException(*ws, e.sourceId, e.measureId, e.subjectKey, error))
        return false;
    Q_EMIT changed();
    refresh();
    return true;
}

void DashboardView::acceptFromDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Accept as Exception"));
    auto* form = new QFormLayout(&dialog);
    const int count = int(m_listView->selectionModel()->selectedRows().size());
    auto* what =
        new QLabel(tr("%n finding(s) of “%1” will be left out of the counts until the expiry date.", nullptr, count)
                       .arg(m_currentMeasure ? measureTitle(*m_currentMeasure) : QString()));
    what->setWordWrap(true);
    form->addRow(what);
    auto* reason = new QPlainTextEdit;
    reason->setPlaceholderText(tr("Why this is acceptable, e.g. the vendor's service account needs it until the "
                                  "migration"));
    reason->setTabChangesFocus(true);
    auto* approver = new PersonLineEdit;
    approver->setObjectName(QStringLiteral("approverLineEdit"));
    approver->setPeople(m_snapshot ? m_snapshot->people() : nullptr);
    approver->setToolTip(tr("Who approved it: a person of the snapshot (name, login, mail or identity key)"));
    auto* approverError = new QLabel;
    approverError->setObjectName(QStringLiteral("approverErrorLabel"));
    approverError->setTextFormat(Qt::PlainText);
    approverError->setWordWrap(true);
    auto* expires = new QDateEdit(QDate::currentDate().addDays(90));
    expires->setCalendarPopup(true);
    expires->setMinimumDate(QDate::currentDate().addDays(1));
    expires->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Reason:"), reason);
    form->addRow(tr("&Approver:"), approver);
    form->addRow(tr("E&xpires:"), expires);
    form->addRow(approverError);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Accept"));
    form->addRow(buttons);
    // The approver is one person of the snapshot: an unknown or ambiguous entry keeps the dialog
    // open with the reason (and the candidates).
    QString approverKey;
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&dialog, approver, approverError, &approverKey] {
        QString why;
        const quint32 person = approver->person(&why);
        if (person == PersonResolver::kNone) {
            approverError->setText(tr("Approver: %1").arg(why));
            approver->setFocus();
            return;
        }
        approverKey = approver->people()->identity(person).key;
        approverError->clear();
        dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        const Timestamp expiry = fromDateTime(QDateTime(expires->date(), QTime(23, 59, 59), QTimeZone::utc()));
        if (acceptSelected(reason->toPlainText().trimmed(), approverKey, expiry, &error))
            return;
        QMessageBox::warning(&dialog, tr("Accept as Exception"), error);
    }
}

bool DashboardView::saveSodPolicy(const SodPolicy& policy, QString* error)
{
    if (!m_snapshot) {
        *error = tr("No workspace is open.");
        return false;
    }
    auto ws = Workspace::open(m_snapshot->workspacePath, Workspace::OpenMode::OpenExisting, error);
    if (!ws || !analysis::saveSodPolicy(*ws, policy, error))
        return false;
    Q_EMIT changed();
    refresh();
    return true;
}

void DashboardView::editSodPolicy()
{
    if (!m_snapshot)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Separation of Duties"));
    dialog.resize(860, 420);
    auto* layout = new QVBoxLayout(&dialog);
    auto* intro = new QLabel(tr("Each rule names entitlements that must not be held together (by key, DN or name; "
                                "separate them with ;). Anyone holding two or more of a rule's entitlements — through "
                                "any of their accounts, directly or through groups — violates it."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* table = new QTableWidget(0, 4);
    table->setHorizontalHeaderLabels({tr("Rule"), tr("Entitlements (separated by ;)"), tr("Description"), tr("Check")});
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    const SodPolicy current = m_analysis ? m_analysis->sodPolicy : SodPolicy{};
    const auto addRow = [&](const SodRule& rule, const QString& check) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(rule.name));
        table->setItem(row, 1, new QTableWidgetItem(rule.entitlements.join(QStringLiteral("; "))));
        table->setItem(row, 2, new QTableWidgetItem(rule.description));
        auto* status = new QTableWidgetItem(check);
        status->setFlags(Qt::ItemIsEnabled);
        table->setItem(row, 3, status);
    };
    for (std::size_t r = 0; r < current.rules.size(); ++r) {
        QString check;
        if (m_analysis && r < m_analysis->metrics.sodRules.size() && !m_analysis->metrics.sodRules[r].missing.isEmpty())
            check = tr("No longer exists: %1").arg(m_analysis->metrics.sodRules[r].missing.join(QStringLiteral(", ")));
        else
            check = tr("OK");
        addRow(current.rules[r], check);
    }
    layout->addWidget(table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    auto* add = buttons->addButton(tr("&Add Rule"), QDialogButtonBox::ActionRole);
    auto* remove = buttons->addButton(tr("&Remove Rule"), QDialogButtonBox::ActionRole);
    connect(add, &QPushButton::clicked, table, [&] {
        addRow(SodRule{tr("New rule"), {}, {}}, tr("new"));
        table->setCurrentCell(table->rowCount() - 1, 0);
        table->editItem(table->item(table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    while (dialog.exec() == QDialog::Accepted) {
        SodPolicy policy;
        for (int row = 0; row < table->rowCount(); ++row) {
            SodRule rule;
            rule.name = table->item(row, 0)->text().trimmed();
            for (const QString& part : table->item(row, 1)->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
                if (!part.trimmed().isEmpty())
                    rule.entitlements << part.trimmed();
            rule.description = table->item(row, 2)->text().trimmed();
            policy.rules.push_back(rule);
        }
        QString error;
        if (saveSodPolicy(policy, &error))
            return;
        QMessageBox::warning(&dialog, tr("Separation of Duties"), error);
    }
}

bool DashboardView::exportTo(const QString& path, const QString& format, QString* error) const
{
    if (!m_analysis) {
        *error = tr("Nothing measured yet.");
        return false;
    }
    QByteArray bytes;
    if (format == QLatin1String("pdf"))
        bytes = renderReport(*m_analysis, m_snapshot ? QFileInfo(m_snapshot->workspacePath).fileName() : QString());
    else if (format == QLatin1String("csv"))
        bytes = metricsCsv(*m_analysis);
    else
        bytes = metricsJson(*m_analysis);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void DashboardView::exportWithDialog(const QString& format)
{
    if (!m_analysis) {
        QMessageBox::information(this, tr("Export"), tr("Nothing measured yet."));
        return;
    }
    const QString filter = format == QLatin1String("pdf")   ? tr("PDF report (*.pdf)")
                           : format == QLatin1String("csv") ? tr("CSV (*.csv)")
                                                            : tr("JSON (*.json)");
    const QString name =
        QStringLiteral("attest-sprawl-%1.%2")
            .arg(m_analysis->metrics.snapshot.label.simplified().replace(QLatin1Char(' '), QLatin1Char('-')), format);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), name, filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, format, &error))
        QMessageBox::warning(this, tr("Export"), error);
}

} // namespace attest
