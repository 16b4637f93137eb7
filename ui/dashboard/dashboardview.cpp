#include "dashboardview.h"

#include "dashboardcharts.h"
#include "dashboardexport.h"
#include "dashboardformat.h"
#include "dashboardlists.h"
#include "dashboardtile.h"
#include "dashboardtiles.h"
#include "dashboardwrites.h"
#include "exceptiondialog.h"
#include "exceptionspanel.h"
#include "heatmapview.h"
#include "measuretree.h"
#include "sodpolicydialog.h"
#include "subjectlistpanel.h"

#include "app/analysiscases.h"
#include "app/command.h"
#include "app/pools.h"
#include "app/session.h"
#include "common/disabledreason.h"
#include "common/richtext.h"
#include "subjectlistmodel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>
#include <QToolButton>
#include <QVBoxLayout>

namespace attest {

using namespace analysis;

DashboardView::DashboardView(QWidget* parent)
    : QWidget(parent)
    , m_measure(new app::Command(this))
    , m_writes(new DashboardWrites(this))
{
    buildUi();
}

DashboardView::~DashboardView() = default;

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
    m_refresh = new QPushButton(tr("Refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Measure again (F5)"));
    bar->addWidget(m_refresh);
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->hide();
    bar->addWidget(m_cancelButton);
    m_sodButton = new QPushButton(tr("Separation of D&uties…"));
    m_sodButton->setObjectName(QStringLiteral("sodPolicyButton"));
    bar->addWidget(m_sodButton);
    m_exceptionsButton = new QPushButton(tr("E&xceptions"));
    m_exceptionsButton->setObjectName(QStringLiteral("exceptionsButton"));
    m_exceptionsButton->setToolTip(tr("The accepted exceptions: findings left out of the counts until they expire"));
    bar->addWidget(m_exceptionsButton);
    m_export = new QToolButton;
    m_export->setText(tr("Export"));
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
    m_status->setObjectName(QStringLiteral("dashboardStatusLabel"));
    m_status->setTextFormat(Qt::PlainText); // errors may quote names from the directory
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);
    m_notes = new QLabel;
    m_notes->setWordWrap(true);
    m_notes->hide();
    layout->addWidget(m_notes);

    auto* splitter = new QSplitter(Qt::Horizontal);
    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    m_tiles = new DashboardTiles;
    contentLayout->addWidget(m_tiles);
    m_charts = new DashboardCharts;
    contentLayout->addWidget(m_charts);
    auto* heatTitle = new QLabel(tr("Where access concentrates: people per department holding the most-held "
                                    "entitlements (click a cell for the list)"));
    heatTitle->setWordWrap(true);
    contentLayout->addWidget(heatTitle);
    m_heatMap = new HeatMapView;
    contentLayout->addWidget(m_heatMap);
    contentLayout->addWidget(new QLabel(tr("Every measure, with its definition (click one for its list)")));
    m_measures = new MeasureTree;
    contentLayout->addWidget(m_measures);
    auto* scroll = new QScrollArea;
    scroll->setAccessibleName(tr("Sprawl measures"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
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
    m_subjects = new SubjectListPanel;
    m_exceptions = new ExceptionsPanel;
    m_listStack = new QStackedWidget;
    m_listStack->addWidget(m_subjects);
    m_listStack->addWidget(m_exceptions);
    rightLayout->addWidget(m_listTitle);
    rightLayout->addWidget(m_listDefinition);
    rightLayout->addWidget(m_listStack, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_refresh, &QPushButton::clicked, this, &DashboardView::refresh);
    connect(m_cancelButton, &QPushButton::clicked, m_measure, &app::Command::cancel);
    connect(m_compare, &QComboBox::activated, this, &DashboardView::refresh);
    connect(m_staleDays, &QSpinBox::editingFinished, this, [this] {
        if (m_analysis && m_analysis->metrics.options.staleDays != m_staleDays->value())
            refresh();
    });
    connect(m_exceptionsButton, &QPushButton::clicked, this, &DashboardView::showExceptions);
    connect(m_sodButton, &QPushButton::clicked, this, &DashboardView::editSodPolicy);
    connect(m_tiles, &DashboardTiles::measureClicked, this, [this](MeasureId id) {
        if (id == MeasureId::EffectiveGrants)
            showDrift(true);
        else
            showMeasure(id);
    });
    connect(m_charts, &DashboardCharts::histogramBinClicked, this, &DashboardView::showHistogramBin);
    connect(m_charts, &DashboardCharts::privilegedSliceClicked, this, &DashboardView::showPrivilegedSlice);
    connect(m_charts, &DashboardCharts::trendPointClicked, this, &DashboardView::showTrendPoint);
    connect(m_charts, &DashboardCharts::topIdentitiesRequested, this, &DashboardView::showTopIdentities);
    connect(m_charts, &DashboardCharts::measureRequested, this, &DashboardView::showMeasure);
    connect(m_heatMap, &HeatMapView::cellChosen, this, &DashboardView::showHeatCell);
    connect(m_measures, &MeasureTree::measureChosen, this, &DashboardView::showMeasure);
    connect(m_subjects, &SubjectListPanel::objectActivated, this, &DashboardView::objectActivated);
    connect(m_subjects, &SubjectListPanel::accessPathsRequested, this, &DashboardView::accessPathsRequested);
    connect(m_subjects, &SubjectListPanel::acceptRequested, this, &DashboardView::acceptFromDialog);
    connect(m_exceptions, &ExceptionsPanel::withdrawRequested, this, &DashboardView::withdrawFromPanel);
    connect(m_measure, &app::Command::finished, this, [this] {
        m_cancelButton->hide();
        m_refresh->setEnabled(true);
    });
    connect(m_writes, &DashboardWrites::writingChanged, this, &DashboardView::updateActions);
    updateActions();
}

void DashboardView::setSnapshot(LoadedSnapshotPtr snapshot)
{
    m_snapshot = std::move(snapshot);
    m_measuredSnapshot = 0;
    replaceAnalysis(nullptr);
    m_subjects->clear();
    m_subjects->setOpenData(m_snapshot ? m_snapshot->data.get() : nullptr);
    m_currentMeasure.reset();
    m_listTitle->setText(tr("Click a number, bar, slice, point or cell to see what is behind it."));
    m_listDefinition->clear();
    updateCompareChooser();
    m_dirty = true;
    updateActions();
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
    if (m_dirty && m_snapshot && !isBusy())
        start();
}

bool DashboardView::isBusy() const
{
    return m_measure->isRunning();
}

bool DashboardView::isWriting() const
{
    return m_writes->isWriting();
}

bool DashboardView::isExporting() const
{
    return m_writes->isExporting();
}

void DashboardView::start()
{
    if (!m_snapshot)
        return;
    m_dirty = false;
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
    showStatus(tr("Measuring “%1”…").arg(m_snapshot->info.label));
    m_cancelButton->show();
    m_refresh->setEnabled(false);
    struct Measured
    {
        std::shared_ptr<Analysis> analysis;
        QString error;
    };
    // Starting again drops the result of a measurement still running (Command).
    m_measure->start<Measured>(
        [session = m_snapshot->session, request](const ProgressFn& progress) {
            Measured out;
            auto ws = session->connect(&out.error);
            if (!ws)
                return out;
            if (auto analysis = analyse(*ws, request, progress, &out.error))
                out.analysis = std::make_shared<Analysis>(std::move(*analysis));
            return out;
        },
        [this](Measured out) { measured(std::move(out.analysis), out.error); });
}

void DashboardView::measured(std::shared_ptr<Analysis> result, const QString& error)
{
    if (!result) {
        showStatus(m_measure->wasCancelled() ? tr("Measuring cancelled; the figures shown are older.")
                                             : tr("Could not measure: %1").arg(error));
        Q_EMIT analysed();
        return;
    }
    m_status->hide();
    replaceAnalysis(std::move(result));
    populate();
    updateActions();
    Q_EMIT analysed();
}

void DashboardView::showStatus(const QString& text)
{
    m_status->setText(text);
    m_status->show();
}

QString DashboardView::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void DashboardView::replaceAnalysis(std::shared_ptr<Analysis> next)
{
    // The old figures may hold a whole snapshot of their own: let a pool thread free them. The
    // charts and the heat map let go of them first, or the last reference would go on this thread.
    m_charts->setAnalysis(nullptr);
    m_heatMap->setAnalysis(nullptr);
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
    m_tiles->populate(a);
    m_charts->setAnalysis(m_analysis);
    m_heatMap->setAnalysis(m_analysis);
    m_measures->populate(a);
    m_exceptions->setExceptions(a.metrics.exceptions, QDateTime::currentMSecsSinceEpoch());
    if (m_currentMeasure && m_listStack->currentWidget() == m_subjects)
        showMeasure(*m_currentMeasure);
}

void DashboardView::showTopIdentities()
{
    if (!m_analysis)
        return;
    if (std::optional<DashboardList> list = DashboardLists::topIdentities(*m_analysis))
        showList(std::move(*list));
}

void DashboardView::showList(DashboardList list)
{
    m_currentMeasure = list.measure;
    m_listStack->setCurrentWidget(m_subjects);
    m_listTitle->setText(tr("%1 — %n row(s)", nullptr, int(list.subjects.size())).arg(list.title));
    m_listDefinition->setText(list.definition);
    std::shared_ptr<const AccessGraph> graph;
    if (m_analysis)
        graph = list.data == m_analysis->data ? m_analysis->graph : m_analysis->previousGraph;
    m_subjects->setSubjects(std::move(list.data), std::move(graph), std::move(list.subjects), std::move(list.notes),
                            m_analysis ? m_analysis->metrics.options.now : kNoTime);
    updateActions();
}

QString DashboardView::listTitle() const
{
    return m_listTitle->text();
}

SubjectListModel* DashboardView::listModel() const
{
    return m_subjects->model();
}

QTableView* DashboardView::listView() const
{
    return m_subjects->view();
}

QTableWidget* DashboardView::exceptionsTable() const
{
    return m_exceptions->table();
}

DashboardTile* DashboardView::tile(MeasureId id) const
{
    return m_tiles->tile(id);
}

void DashboardView::showMeasure(MeasureId id)
{
    if (!m_analysis)
        return;
    if (std::optional<DashboardList> list = DashboardLists::measure(*m_analysis, id))
        showList(std::move(*list));
}

void DashboardView::showHistogramBin(int bin)
{
    if (!m_analysis)
        return;
    if (std::optional<DashboardList> list = DashboardLists::histogramBin(*m_analysis, bin))
        showList(std::move(*list));
}

void DashboardView::showHeatCell(int row, int column)
{
    if (!m_analysis)
        return;
    if (std::optional<DashboardList> list = DashboardLists::heatCell(*m_analysis, row, column))
        showList(std::move(*list));
}

void DashboardView::showPrivilegedSlice(bool privileged)
{
    if (!m_analysis)
        return;
    if (std::optional<DashboardList> list = DashboardLists::privilegedSlice(*m_analysis, privileged))
        showList(std::move(*list));
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
    if (std::optional<DashboardList> list = DashboardLists::drift(*m_analysis, added))
        showList(std::move(*list));
}

void DashboardView::showRegressions()
{
    if (!m_analysis)
        return;
    if (std::optional<DashboardList> list = DashboardLists::regressions(*m_analysis))
        showList(std::move(*list));
}

void DashboardView::showExceptions()
{
    m_currentMeasure.reset();
    m_listStack->setCurrentWidget(m_exceptions);
    m_listTitle->setText(tr("Accepted exceptions"));
    m_listDefinition->setText(tr("Findings accepted with a reason, an approver and an expiry date. They are left out "
                                 "of the counts until they expire; expired ones count again."));
    updateActions();
}

void DashboardView::setObjectMenu(const ObjectMenu* menu)
{
    m_subjects->setObjectMenu(menu);
}

void DashboardView::updateActions()
{
    const bool writing = m_writes->isWriting();
    const bool measureList =
        m_currentMeasure && m_analysis && m_subjects->model()->snapshotData() == m_analysis->data.get();
    m_subjects->setAcceptAllowed(!writing && measureList,
                                 writing        ? tr("Wait until the change being written is saved.")
                                 : !measureList ? tr("Only the findings of a measure can be accepted as exceptions: "
                                                     "choose a measure in the list of measures or on a tile.")
                                                : QString());
    m_exceptions->setWithdrawAllowed(!writing && m_analysis);
    setEnabledWithReason(m_sodButton, !writing && m_snapshot,
                         writing ? tr("Wait until the change being written is saved.") : tr("Open a workspace first."));
}

DashboardWrites::Done DashboardView::afterWrite(const QString& what, DashboardWrites::Done done)
{
    return [this, what, done = std::move(done)](const DashboardWrites::Outcome& outcome) {
        if (outcome.ok) {
            Q_EMIT changed();
            refresh();
        } else {
            // Said in the view, not only in a dialog that may be gone by now.
            showStatus(tr("%1 failed: %2").arg(what, outcome.error));
        }
        if (done)
            done(outcome);
        Q_EMIT writeFinished(outcome.ok, outcome.error);
    };
}

bool DashboardView::startAccept(const ExceptionEntry& entry, DashboardWrites::Done done, QString* error)
{
    if (!m_analysis || !m_currentMeasure || !m_snapshot) {
        *error = tr("Choose a measure and the findings to accept first.");
        return false;
    }
    const std::vector<int> rows = m_subjects->selectedRows();
    if (rows.empty()) {
        *error = tr("Select the findings to accept first.");
        return false;
    }
    if (m_subjects->model()->snapshotData() != m_analysis->data.get()) {
        *error = tr("These rows are not the findings of the measured snapshot.");
        return false;
    }
    const std::shared_ptr<const PersonResolver> people = m_snapshot->people();
    // Checked here with the use case's own rule, so a bad entry is refused before anything starts.
    const ExceptionCheck check = checkExceptionEntry(entry, *people, QDateTime::currentMSecsSinceEpoch());
    if (!check.ok()) {
        *error = check.error;
        return false;
    }
    app::AcceptExceptionsRequest request;
    request.sourceId = m_analysis->metrics.snapshot.sourceId;
    request.measureId = measureKey(*m_currentMeasure);
    request.reason = entry.reason;
    request.approver = entry.approver;
    request.expires = entry.expires;
    const SnapshotData& data = *m_analysis->data;
    for (const int row : rows) {
        const Subject& subject = m_subjects->model()->subjectAt(row);
        request.findings.push_back({subjectKey(data, subject), subjectLabel(data, subject)});
    }
    return m_writes->acceptExceptions(m_snapshot->session, people, std::move(request),
                                      afterWrite(tr("Accepting the exception"), std::move(done)), error);
}

bool DashboardView::acceptSelected(const QString& reason, const QString& approver, Timestamp expires, QString* error)
{
    return startAccept({reason, approver, expires}, {}, error);
}

void DashboardView::acceptFromDialog()
{
    if (!m_snapshot || !m_currentMeasure)
        return;
    auto* dialog = new ExceptionDialog(int(m_subjects->selectedRows().size()), measureTitle(*m_currentMeasure),
                                       m_snapshot->people(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<ExceptionDialog> guard(dialog);
    connect(dialog, &ExceptionDialog::submitted, this, [this, guard](const ExceptionEntry& entry) {
        QString error;
        const bool started = startAccept(
            entry,
            [guard](const DashboardWrites::Outcome& outcome) {
                if (guard)
                    guard->writeFinished(outcome.ok, outcome.error, outcome.field);
            },
            &error);
        if (!started && guard)
            guard->writeFinished(false, error, ExceptionField::None);
    });
    dialog->open();
}

bool DashboardView::withdrawSelected(QString* error)
{
    if (!m_analysis || !m_snapshot) {
        *error = tr("Nothing measured yet.");
        return false;
    }
    const std::optional<AcceptedException> e = m_exceptions->selected();
    if (!e) {
        *error = tr("Select the exception to withdraw first.");
        return false;
    }
    return m_writes->withdrawException(m_snapshot->session, {e->sourceId, e->measureId, e->subjectKey},
                                       afterWrite(tr("Withdrawing the exception"), {}), error);
}

void DashboardView::withdrawFromPanel()
{
    QString error;
    if (!withdrawSelected(&error))
        showStatus(error);
}

bool DashboardView::saveSodPolicy(const SodPolicy& policy, QString* error)
{
    if (!validatePolicy(policy, error))
        return false;
    return m_writes->saveSodPolicy(m_snapshot ? m_snapshot->session : nullptr, {policy},
                                   afterWrite(tr("Saving the separation-of-duties policy"), {}), error);
}

void DashboardView::editSodPolicy()
{
    if (!m_snapshot)
        return;
    const SodPolicy current = m_analysis ? m_analysis->sodPolicy : SodPolicy{};
    QStringList checks;
    for (std::size_t r = 0; r < current.rules.size(); ++r) {
        if (m_analysis && r < m_analysis->metrics.sodRules.size() && !m_analysis->metrics.sodRules[r].missing.isEmpty())
            checks
                << tr("No longer exists: %1").arg(m_analysis->metrics.sodRules[r].missing.join(QStringLiteral(", ")));
        else
            checks << tr("OK");
    }
    auto* dialog = new SodPolicyDialog(current, checks, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<SodPolicyDialog> guard(dialog);
    connect(dialog, &SodPolicyDialog::submitted, this, [this, guard](const SodPolicy& policy) {
        QString error;
        const bool started =
            m_writes->saveSodPolicy(m_snapshot ? m_snapshot->session : nullptr, {policy},
                                    afterWrite(tr("Saving the separation-of-duties policy"),
                                               [guard](const DashboardWrites::Outcome& outcome) {
                                                   if (guard)
                                                       guard->writeFinished(outcome.ok, outcome.error, outcome.badRule);
                                               }),
                                    &error);
        if (!started && guard)
            guard->writeFinished(false, error, -1);
    });
    dialog->open();
}

bool DashboardView::exportTo(const QString& path, const QString& format, QString* error)
{
    return m_writes->exportTo(
        m_analysis, m_snapshot ? QFileInfo(m_snapshot->workspacePath).fileName() : QString(), path, format,
        [this, path](const DashboardWrites::Outcome& outcome) {
            showStatus(outcome.ok ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path))
                                  : tr("The export failed: %1").arg(outcome.error));
            Q_EMIT exportFinished(outcome.ok, path, outcome.error);
        },
        error);
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
        showStatus(error);
}

} // namespace attest
