#include "reviewview.h"
#include "app/connectorregistry.h"

#include "app/campaigncases.h"
#include "app/command.h"
#include "app/pools.h"
#include "app/reviewcases.h"
#include "app/session.h"
#include "bulkdecision.h"
#include "campaignactions.h"
#include "common/colours.h"
#include "common/disabledreason.h"
#include "connections/connectionsecrets.h"
#include "justificationdialog.h"
#include "remediationplandialog.h"

#include "reassigndialog.h"
#include "reviewitemmodel.h"

#include "review/campaignstate.h"
#include "review/worksheet.h"
#include "review/xlsxworksheet.h"
#include "store/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace attest {

namespace {

struct LoadResult
{
    std::optional<review::Loaded> loaded;
    std::vector<quint32> order; // by reviewer, then identity
    QString error;
};

class DecisionDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto decision = Decision(index.data(ReviewItemModel::DecisionRole).toInt());
        if (decision != Decision::Approve && decision != Decision::Revoke)
            return;
        const QColor colour =
            decision == Decision::Approve ? colours::good(option->palette) : colours::alert(option->palette);
        option->palette.setColor(QPalette::Text, colour);
        option->font.setBold(decision == Decision::Revoke);
    }
};

QToolButton* filterButton(const QString& text, const QString& name, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setCheckable(true);
    b->setObjectName(name);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

} // namespace

ReviewView::ReviewView(QWidget* parent)
    : QWidget(parent)
    , m_campaigns(new QComboBox(this))
    , m_reviewers(new QComboBox(this))
    , m_undecided(filterButton(tr("Unde&cided"), QStringLiteral("undecidedFilterButton"), this))
    , m_recommendedRevoke(filterButton(tr("Rec&ommended revoke"), QStringLiteral("revokeFilterButton"), this))
    , m_privileged(filterButton(tr("Privi&leged"), QStringLiteral("privilegedFilterButton"), this))
    , m_overdue(filterButton(tr("Overd&ue"), QStringLiteral("overdueFilterButton"), this))
    , m_search(new QLineEdit(this))
    , m_searchDebounce(new QTimer(this))
    , m_accept(new QPushButton(tr("Accept recomme&ndations…"), this))
    , m_campaignMenu(new QToolButton(this))
    , m_actions(new CampaignActions(this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new ReviewItemModel(this))
    , m_progressSummary(new QLabel(this))
    , m_progressTable(new QTableWidget(this))
{
    setObjectName(QStringLiteral("reviewView"));
    m_bulk = new BulkDecision(this);
    m_write = new app::Command(this);
    m_bulkBar = new QWidget(this);
    m_bulkBar->setObjectName(QStringLiteral("bulkDecisionBar"));
    m_bulkLabel = new QLabel(m_bulkBar);
    m_bulkLabel->setWordWrap(true);
    m_bulkLabel->setObjectName(QStringLiteral("bulkDecisionLabel"));
    m_bulkLabel->setTextFormat(Qt::PlainText);
    m_bulkLabel->setWordWrap(true);
    m_bulkProgress = new QProgressBar(m_bulkBar);
    m_bulkProgress->setObjectName(QStringLiteral("bulkDecisionProgressBar"));
    m_bulkProgress->setAccessibleName(tr("Bulk decision progress"));
    m_bulkProgress->setMinimumWidth(220);
    m_bulkCancel = new QPushButton(tr("Cancel"), m_bulkBar);
    m_bulkCancel->setObjectName(QStringLiteral("bulkDecisionCancelButton"));
    m_bulkCancel->setToolTip(tr("Stops after the batch being written. Batches already written stay recorded; "
                                "running the same bulk decision again finishes the rest."));
    auto* bulkLayout = new QHBoxLayout(m_bulkBar);
    bulkLayout->setContentsMargins(0, 0, 0, 0);
    bulkLayout->addWidget(m_bulkLabel, 1);
    bulkLayout->addWidget(m_bulkProgress);
    bulkLayout->addWidget(m_bulkCancel);
    m_bulkBar->hide();
    connect(m_bulkCancel, &QPushButton::clicked, this, &ReviewView::cancelBulk);
    connect(m_bulk, &BulkDecision::progressChanged, this, [this](qint64 done, qint64 total) {
        // QProgressBar counts in int: show per mille.
        m_bulkProgress->setRange(0, 1000);
        m_bulkProgress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        m_bulkProgress->setFormat(
            tr("%1 of %2", "progress: done of total").arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(m_bulk, &BulkDecision::finished, this, &ReviewView::bulkFinished);
    m_campaigns->setObjectName(QStringLiteral("campaignComboBox"));
    m_campaigns->setAccessibleName(tr("Campaign"));
    m_reviewers->setObjectName(QStringLiteral("reviewerComboBox"));
    m_reviewers->setAccessibleName(tr("Reviewer"));
    m_accept->setObjectName(QStringLiteral("acceptRecommendationsButton"));
    m_status->setObjectName(QStringLiteral("reviewStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true); // a long message must not make the whole tab (and window) wider
    m_view->setObjectName(QStringLiteral("reviewTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    // What the reviewer decides on stays in view: decision and recommendation right after the
    // entitlement (the model keeps its column order; only the header moves them).
    QHeaderView* header = m_view->horizontalHeader();
    header->moveSection(header->visualIndex(ReviewItemModel::DecisionColumn),
                        header->visualIndex(ReviewItemModel::EntitlementColumn) + 1);
    header->moveSection(header->visualIndex(ReviewItemModel::RecommendationColumn),
                        header->visualIndex(ReviewItemModel::DecisionColumn) + 1);
    header->moveSection(header->visualIndex(ReviewItemModel::JustificationColumn),
                        header->visualIndex(ReviewItemModel::RecommendationColumn) + 1);
    header->moveSection(header->visualIndex(ReviewItemModel::DecidedByColumn),
                        header->visualIndex(ReviewItemModel::JustificationColumn) + 1);
    // Decisions in colour as well as in words: approved in the palette's "good", revoked in its
    // alert colour, so a page of decisions reads at a glance (never by colour alone).
    m_view->setItemDelegateForColumn(ReviewItemModel::DecisionColumn, new DecisionDelegate(m_view));
    m_view->setAccessibleName(tr("Review items: A approve, R revoke, D don't know, J justification"));
    // The decisions are actions: their shortcuts work while the table has the focus, and the
    // table's context menu lists them with their keys.
    const auto decisionAction = [this](const QString& text, const QString& name, Qt::Key key, auto slot) {
        auto* action = new QAction(text, m_view);
        action->setObjectName(name);
        action->setShortcut(QKeySequence(key));
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
        return action;
    };
    m_approveAction = decisionAction(tr("&Approve"), QStringLiteral("approveAction"), Qt::Key_A,
                                     [this] { decideSelected(Decision::Approve); });
    m_revokeAction = decisionAction(tr("&Revoke…"), QStringLiteral("revokeAction"), Qt::Key_R,
                                    [this] { decideSelected(Decision::Revoke); });
    m_dontKnowAction = decisionAction(tr("&Don't Know"), QStringLiteral("dontKnowAction"), Qt::Key_D,
                                      [this] { decideSelected(Decision::DontKnow); });
    m_justifyAction = decisionAction(tr("&Justification…"), QStringLiteral("justificationAction"), Qt::Key_J,
                                     [this] { editJustification(); });
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_progressSummary->setObjectName(QStringLiteral("progressSummaryLabel"));
    m_progressSummary->setTextFormat(Qt::PlainText);
    m_progressSummary->setWordWrap(true);
    m_progressTable->setObjectName(QStringLiteral("reviewerProgressTable"));
    m_progressTable->setAccessibleName(tr("Progress by reviewer"));
    m_progressTable->setColumnCount(5);
    m_progressTable->setHorizontalHeaderLabels(
        {tr("Reviewer"), tr("Decided"), tr("Revoke rate"), tr("Overdue"), tr("Warning")});
    m_progressTable->verticalHeader()->hide();
    m_progressTable->verticalHeader()->setDefaultSectionSize(m_progressTable->fontMetrics().height() + 6);
    m_progressTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_progressTable->horizontalHeader()->setStretchLastSection(true);

    auto* top = new QHBoxLayout;
    auto* campaignLabel = new QLabel(tr("Campaign:"), this);
    campaignLabel->setBuddy(m_campaigns);
    auto* reviewerLabel = new QLabel(tr("Reviewer:"), this);
    reviewerLabel->setBuddy(m_reviewers);
    m_campaigns->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_campaigns->setMinimumContentsLength(18);
    m_reviewers->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_reviewers->setMinimumContentsLength(14);
    top->addWidget(campaignLabel);
    top->addWidget(m_campaigns);
    top->addWidget(reviewerLabel);
    top->addWidget(m_reviewers);
    top->addStretch();
    top->addWidget(m_accept);
    top->addWidget(m_campaignMenu);
    // The filters on a row of their own, so the tab stays narrow enough for the detail panel.
    auto* filterRow = new QHBoxLayout;
    for (QToolButton* b : {m_undecided, m_recommendedRevoke, m_privileged, m_overdue})
        filterRow->addWidget(b);
    m_search->setObjectName(QStringLiteral("reviewSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search person, account, entitlement, reviewer… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the review items"));
    m_search->setClearButtonEnabled(true);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, &ReviewView::applyFilters);
    // Enter searches at once and moves to the items.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDebounce->stop();
        applyFilters();
        if (m_model->rowCount() > 0)
            m_view->setFocus();
    });
    filterRow->addWidget(m_search, 1);
    m_campaignMenu->setText(tr("Ca&mpaign"));
    m_campaignMenu->setObjectName(QStringLiteral("campaignMenuButton"));
    m_campaignMenu->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_campaignMenu);
    menu->setToolTipsVisible(true); // a disabled action says why
    m_reassignAction = menu->addAction(tr("Re&assign…"), this, &ReviewView::reassignInteractively);
    menu->addSeparator();
    menu->addAction(tr("Export &Worksheet…"), this, &ReviewView::exportWorksheet);
    m_importAction = menu->addAction(tr("&Import Worksheet…"), this, &ReviewView::importWorksheet);
    menu->addSeparator();
    m_closeAction = menu->addAction(tr("&Close Campaign…"), this, &ReviewView::closeCampaign);
    m_remediateAction = menu->addAction(tr("&Remediate…"), this, &ReviewView::remediateCampaign);
    m_signOffAction = menu->addAction(tr("&Sign Off…"), this, &ReviewView::signOffCampaign);
    m_reassignAction->setObjectName(QStringLiteral("reassignAction"));
    m_importAction->setObjectName(QStringLiteral("importWorksheetAction"));
    m_closeAction->setObjectName(QStringLiteral("closeCampaignAction"));
    m_remediateAction->setObjectName(QStringLiteral("remediateAction"));
    m_signOffAction->setObjectName(QStringLiteral("signOffAction"));
    menu->addSeparator();
    menu->addAction(tr("&Export Evidence…"), this, &ReviewView::exportEvidence);
    menu->addAction(tr("&Verify Evidence…"), this, &ReviewView::verifyEvidence);
    m_campaignMenu->setMenu(menu);
    connect(m_actions, &CampaignActions::finished, this, [this](bool ok, const QString& message) {
        m_status->setText(message.section(QLatin1Char('\n'), 0, 0));
        auto* box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, tr("Access review"),
                                    message.section(QLatin1Char('\n'), 0, 0), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("campaignActionResult"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        if (message.contains(QLatin1Char('\n')))
            box->setDetailedText(message.section(QLatin1Char('\n'), 1));
        box->open();
        if (std::exchange(m_remediating, false))
            Q_EMIT sourceChanged();
        if (m_campaignId > 0)
            openCampaign(m_campaignId); // show the new state
    });

    auto* progress = new QWidget(this);
    progress->setObjectName(QStringLiteral("progressPanel"));
    auto* progressLayout = new QVBoxLayout(progress);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    auto* progressTitle = new QLabel(tr("<b>Progress</b>"), progress);
    progressLayout->addWidget(progressTitle);
    progressLayout->addWidget(m_progressSummary);
    progressLayout->addWidget(m_progressTable);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(progress);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filterRow);
    layout->addWidget(m_status);
    layout->addWidget(m_bulkBar);
    layout->addWidget(splitter, 1);

    m_ask = [this](const QString& prompt, const QString& current) -> std::optional<QString> {
        JustificationDialog dialog(prompt, current, this);
        return dialog.exec() == QDialog::Accepted ? std::optional<QString>(dialog.text()) : std::nullopt;
    };
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Access review"), question) == QMessageBox::Yes;
    };
    m_chooseFile = [this](bool save, const QString& suggested, const QString& filters, QString* selectedFilter) {
        return save ? QFileDialog::getSaveFileName(this, tr("Export Worksheet"), suggested, filters, selectedFilter)
                    : QFileDialog::getOpenFileName(this, tr("Import Worksheet"), suggested, filters, selectedFilter);
    };

    connect(m_campaigns, &QComboBox::activated, this,
            [this](int index) { openCampaign(m_campaigns->itemData(index).toLongLong()); });
    connect(m_reviewers, &QComboBox::currentIndexChanged, this, &ReviewView::applyFilters);
    for (QToolButton* b : {m_undecided, m_recommendedRevoke, m_privileged, m_overdue})
        connect(b, &QToolButton::toggled, this, &ReviewView::applyFilters);
    connect(m_accept, &QPushButton::clicked, this, &ReviewView::acceptRecommendations);
    m_status->setText(tr("Load a workspace to see its access reviews."));
    updateActionsForState();
}

ReviewView::~ReviewView() = default;

RemediationPlanDialog* ReviewView::showPlan(RemediationPlanDialog::Purpose purpose, std::function<void()> proceed)
{
    // One plan dialog at a time; the close or remediation runs only from its confirm button.
    if (auto* open = findChild<RemediationPlanDialog*>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto* dialog = new RemediationPlanDialog(purpose, m_snapshot->session, m_campaignId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, std::move(proceed));
    // A resolution recorded in the dialog changes the campaign's history: show it.
    connect(dialog, &RemediationPlanDialog::resolved, this, [this](bool ok) {
        if (ok && m_campaignId > 0)
            openCampaign(m_campaignId);
    });
    dialog->open();
    return dialog;
}

void ReviewView::closeCampaign()
{
    if (!m_snapshot || m_campaignId <= 0 || !m_model->hasCampaign() || refuseWhileBulk())
        return;
    const qint64 id = m_campaignId;
    showPlan(RemediationPlanDialog::Purpose::Close, [this, id] {
        if (m_campaignId != id || !m_model->hasCampaign() || refuseWhileBulk())
            return;
        m_actions->setCampaign(m_snapshot->session, id);
        m_actions->close(m_model->loaded().campaign.definition.owner);
    });
}

void ReviewView::remediateCampaign()
{
    if (!m_snapshot || m_campaignId <= 0 || !m_model->hasCampaign() || refuseWhileBulk())
        return;
    const qint64 id = m_campaignId;
    showPlan(RemediationPlanDialog::Purpose::Remediate, [this, id] {
        if (m_campaignId == id && m_model->hasCampaign() && !refuseWhileBulk())
            startRemediation();
    });
}

void ReviewView::startRemediation()
{
    const Campaign& campaign = m_model->loaded().campaign;
    m_actions->setCampaign(m_snapshot->session, m_campaignId);
    // A directory source needs its bind password (keychain, this session, or asked).
    qint64 sourceId = 0;
    for (const SnapshotInfo& info : m_snapshot->allSnapshots) {
        if (info.id == campaign.definition.snapshotId)
            sourceId = info.sourceId;
    }
    for (const SourceInfo& source : m_snapshot->sources) {
        if (source.id == sourceId && app::ConnectorRegistry::hasSavedConnection(source) && m_secrets) {
            QPointer<ReviewView> guard(this);
            const QString owner = campaign.definition.owner;
            m_secrets->setWorkspaceId(m_snapshot->workspaceId);
            m_secrets->obtain(this, source.id, source.name, [guard, owner](const QByteArray& password) {
                if (guard) {
                    guard->m_remediating = true;
                    guard->m_actions->remediate(owner, password);
                }
            });
            return;
        }
    }
    m_remediating = true;
    m_actions->remediate(campaign.definition.owner, {});
}

void ReviewView::signOffCampaign()
{
    if (!m_snapshot || m_campaignId <= 0 || !m_model->hasCampaign() || refuseWhileBulk())
        return;
    const Campaign& campaign = m_model->loaded().campaign;
    bool ok = false;
    const QString statement = QInputDialog::getMultiLineText(
        this, tr("Sign Off"),
        tr("As the owner of \"%1\" (%2), state what you sign off. Your name, the time and this statement go into "
           "the evidence and the journal.")
            .arg(campaign.definition.name, campaign.definition.owner),
        tr("I have reviewed the decisions and the remediation of this campaign."), &ok);
    if (!ok)
        return;
    m_actions->setCampaign(m_snapshot->session, m_campaignId);
    m_actions->signOff(campaign.definition.owner, statement);
}

void ReviewView::exportEvidence()
{
    if (!m_snapshot || m_campaignId <= 0)
        return;
    const QString parent = QFileDialog::getExistingDirectory(this, tr("Export Evidence Into"));
    if (parent.isEmpty())
        return;
    const QString folder =
        QDir(parent).filePath(QStringLiteral("evidence-campaign-%1-%2")
                                  .arg(m_campaignId)
                                  .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    m_actions->setCampaign(m_snapshot->session, m_campaignId);
    m_actions->exportEvidence(folder);
}

void ReviewView::verifyEvidence()
{
    if (!m_snapshot)
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Evidence Folder to Verify"));
    if (folder.isEmpty())
        return;
    m_actions->setCampaign(m_snapshot->session, qMax<qint64>(m_campaignId, 1));
    m_actions->verifyEvidence(folder);
}

void ReviewView::setSnapshot(LoadedSnapshotPtr snapshot)
{
    m_snapshot = std::move(snapshot);
    m_model->clear();
    m_campaignId = 0;
    ++m_generation; // a write or load of the previous workspace is not shown here
    if (!m_snapshot || !m_snapshot->session)
        return;
    refreshCampaigns(0);
}

void ReviewView::refreshCampaigns(qint64 select)
{
    const QSignalBlocker block(m_campaigns);
    m_campaigns->clear();
    if (!m_snapshot || !m_snapshot->session)
        return;
    QString error;
    // A small read (one row per campaign) on the GUI thread's connection.
    const auto read = m_snapshot->session->workspace().campaigns(&error);
    if (!read) {
        // A locked or damaged file is not "no review yet": say what is wrong.
        showError(tr("Cannot read the campaigns: %1").arg(error));
        return;
    }
    const QList<Campaign>& campaigns = *read;
    for (const Campaign& c : campaigns)
        m_campaigns->addItem(tr("%1 (%n item(s))", nullptr, int(c.itemCount)).arg(c.definition.name), c.id);
    if (campaigns.isEmpty()) {
        m_status->setText(tr("No access review yet: start one with Reviews → New Campaign…"));
        return;
    }
    const qint64 id = select ? select : campaigns.last().id;
    m_campaigns->setCurrentIndex(m_campaigns->findData(id));
    openCampaign(id);
}

void ReviewView::openCampaign(qint64 id)
{
    if (!m_snapshot || id <= 0)
        return;
    m_campaignId = id;
    m_loading = true;
    m_status->setText(tr("Opening the campaign…"));
    const int generation = ++m_generation;
    const std::shared_ptr<app::Session> session = m_snapshot->session;
    auto* watcher = new QFutureWatcher<std::shared_ptr<LoadResult>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<LoadResult>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_loading = false;
        const auto result = watcher->result();
        if (!result->loaded) {
            showError(result->error);
            return;
        }
        m_model->setCampaign(std::move(*result->loaded), QDateTime::currentMSecsSinceEpoch(), std::move(result->order));
        refreshReviewers();
        applyFilters();
        refreshProgress();
        updateActionsForState();
        Q_EMIT campaignLoaded();
    });
    // Workspace connections are per thread: the worker opens its own.
    watcher->setFuture(QtConcurrent::run(workPool(), [session, id] {
        auto result = std::make_shared<LoadResult>();
        auto ws = session->connect(&result->error);
        if (ws)
            result->loaded = review::load(*ws, id, &result->error);
        if (result->loaded)
            result->order = ReviewItemModel::sortOrder(*result->loaded->items);
        return result;
    }));
}

void ReviewView::updateActionsForState()
{
    const bool has = m_model->hasCampaign();
    const Campaign* campaign = has ? &m_model->loaded().campaign : nullptr;
    const bool closed = campaign && campaign->status == CampaignStatus::Closed;
    const bool signedOff = campaign && !campaign->signOff.isEmpty();
    const QString isClosed = tr("The campaign is closed: nothing can be decided or reassigned any more.");
    const auto set = [](QAction* action, bool enabled, const QString& why) {
        setEnabledWithReason(action, enabled, why);
    };
    for (QAction* decide : decisionActions())
        set(decide, has && !closed, has ? isClosed : tr("Open a campaign first."));
    set(m_reassignAction, has && !closed, isClosed);
    set(m_importAction, has && !closed, isClosed);
    set(m_closeAction, has && !closed, tr("The campaign is already closed."));
    set(m_remediateAction, closed, tr("Close the campaign first: remediation follows the final decisions."));
    set(m_signOffAction, closed && !signedOff,
        signedOff ? tr("The campaign is signed off.") : tr("Close the campaign before signing it off."));
    setEnabledWithReason(m_accept, has && !closed, has ? isClosed : tr("Open a campaign first."));
}

void ReviewView::refreshReviewers()
{
    const QString previous = currentReviewer();
    const QSignalBlocker block(m_reviewers);
    m_reviewers->clear();
    m_reviewers->addItem(tr("All reviewers (owner)"), QString());
    const auto progress = m_model->state().progress(QDateTime::currentMSecsSinceEpoch());
    for (const auto& r : progress.reviewers)
        m_reviewers->addItem(r.name.isEmpty() ? r.reviewer : r.name, r.reviewer);
    const int index = m_reviewers->findData(previous);
    m_reviewers->setCurrentIndex(index < 0 ? 0 : index);
}

QString ReviewView::currentReviewer() const
{
    return m_reviewers->currentData().toString();
}

QString ReviewView::decidedBy() const
{
    const QString reviewer = currentReviewer();
    if (!reviewer.isEmpty() || !m_model->hasCampaign())
        return reviewer;
    return m_model->loaded().campaign.definition.owner;
}

void ReviewView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ReviewView::applyFilters()
{
    if (!m_model->hasCampaign())
        return;
    int filters = ReviewItemModel::NoFilter;
    if (m_undecided->isChecked())
        filters |= ReviewItemModel::UndecidedOnly;
    if (m_recommendedRevoke->isChecked())
        filters |= ReviewItemModel::RecommendedRevokeOnly;
    if (m_privileged->isChecked())
        filters |= ReviewItemModel::PrivilegedOnly;
    if (m_overdue->isChecked())
        filters |= ReviewItemModel::OverdueOnly;
    m_model->setFilters(filters, currentReviewer(), m_search->text());
    m_view->setColumnHidden(ReviewItemModel::ReviewerColumn, !currentReviewer().isEmpty());
    m_view->horizontalHeader()->setResizeContentsPrecision(200);
    m_view->resizeColumnsToContents();
    // Long paths and reasons are cut (their tooltip has all): the decision columns stay in view.
    for (int c = 0; c < ReviewItemModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 170));
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    const Campaign& c = m_model->loaded().campaign;
    m_status->setText(m_model->rowCount() == 0
                          ? tr("No item matches these filters.")
                          : tr("%1: showing %n item(s). A approve, R revoke, D don't know, J justification.", nullptr,
                               m_model->rowCount())
                                .arg(c.definition.name));
}

std::vector<quint32> ReviewView::selectedItems() const
{
    std::vector<quint32> items;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    items.reserve(std::size_t(rows.size()));
    for (const QModelIndex& index : rows)
        items.push_back(m_model->itemAt(index.row()));
    if (items.empty() && m_view->currentIndex().isValid())
        items.push_back(m_model->itemAt(m_view->currentIndex().row()));
    std::sort(items.begin(), items.end());
    return items;
}

bool ReviewView::decideSelected(Decision decision)
{
    if (!m_model->hasCampaign() || !m_snapshot || refuseWhileBulk() || refuseWhileWriting())
        return false;
    const std::vector<quint32> items = selectedItems();
    if (items.empty())
        return false;
    CampaignState& state = m_model->state();
    QString justification;
    if (items.size() == 1)
        justification = state.justificationOf(items.front());
    if (!state.checkDecision(decision, justification).isEmpty()) {
        const auto text = m_ask(decision == Decision::Revoke ? tr("Why should this access be revoked?")
                                                             : tr("Why should this access stay?"),
                                justification);
        if (!text)
            return false;
        justification = *text;
    }
    if (qint64(items.size()) > m_bulkThreshold) {
        const QString by = decidedBy();
        return startBulk(
            [items, decision, by, justification](const CampaignState& s, QString* error) {
                return review::planDecisions(s, items, decision, by, justification, error);
            },
            qint64(items.size()));
    }
    const int fromRow = m_view->currentIndex().row();
    // Who may decide which item is the core's rule (app::decideShown), checked in the write's
    // transaction.
    return startDecision(app::DecideRequest{items, decision, decidedBy(), justification},
                         [this, items, fromRow](const QString& error, const std::vector<quint32>& changedElsewhere) {
                             m_model->itemsChanged(changedElsewhere); // decided meanwhile in another console
                             if (!error.isEmpty()) {
                                 showError(error);
                                 return;
                             }
                             m_model->itemsChanged(items);
                             moveToNextUndecided(fromRow);
                             if (changedElsewhere.empty())
                                 refreshProgressOf(items);
                             else
                                 refreshProgress(); // another console decided or reassigned meanwhile: every row
                             Q_EMIT changed();
                         });
}

bool ReviewView::isWriting() const
{
    return m_write->isRunning();
}

bool ReviewView::refuseWhileWriting()
{
    if (!m_write->isRunning())
        return false;
    showError(tr("The previous change is still being recorded: try again in a moment."));
    return true;
}

bool ReviewView::startDecision(app::DecideRequest request,
                               std::function<void(const QString&, const std::vector<quint32>&)> done)
{
    if (refuseWhileWriting() || !m_snapshot || !m_model->hasCampaign())
        return false;
    // The worker reads the very state the table shows (nothing changes it on this thread while a
    // write runs: writes go one at a time and only their results change it) and records the
    // decision in its transaction; this thread then applies what was recorded, O(decisions). No
    // copy of the campaign per key press: its cost would grow with the campaign.
    const std::shared_ptr<review::Loaded> loaded = m_model->sharedLoaded(); // alive if another opens meanwhile
    const int generation = m_generation;
    auto result = std::make_shared<app::DecideShownResult>();
    m_write->start<int>(
        [session = m_snapshot->session, loaded, result, request = std::move(request)](const ProgressFn&) {
            auto workspace = session->connect(&result->error);
            if (workspace)
                *result = app::decideShown(*workspace, loaded->state, request);
            return 0;
        },
        [this, loaded, result, generation, done = std::move(done)](int) {
            if (generation != m_generation || m_model->sharedLoaded() != loaded)
                return; // another campaign or a reload meanwhile: it reads what was recorded
            // Refused or not, what others recorded meanwhile was read in the transaction.
            const std::vector<quint32> changedElsewhere = app::applyDecided(loaded->state, *result);
            done(result->ok ? QString() : result->error, changedElsewhere);
        });
    return true;
}

bool ReviewView::startWrite(std::function<QString(Workspace&, CampaignState&)> work,
                            std::function<void(const QString&)> done)
{
    if (refuseWhileWriting() || !m_snapshot || !m_model->hasCampaign())
        return false;
    // The worker records on its own copy of the state while the view keeps showing (and reading) its
    // own, then the view takes the copy over. The copy is O(items), milliseconds on the largest
    // campaigns: far cheaper than reading the campaign back, and the GUI thread never waits on SQLite.
    auto state = std::make_shared<CampaignState>(m_model->state());
    const std::shared_ptr<const ReviewItemTable> items = m_model->loaded().items; // the copy points into it
    const int generation = m_generation;
    m_status->setText(tr("Recording…"));
    m_write->start<QString>(
        [session = m_snapshot->session, state, items, work = std::move(work)](const ProgressFn&) {
            QString error;
            auto workspace = session->connect(&error);
            return workspace ? work(*workspace, *state) : error;
        },
        [this, state, generation, done = std::move(done)](QString error) {
            if (generation != m_generation || !m_model->hasCampaign())
                return; // another campaign or a reload meanwhile: it reads what was recorded
            m_status->clear();
            // Refused or not, the copy took in what others recorded meanwhile (read in the transaction).
            m_model->state() = std::move(*state);
            done(error);
        });
    return true;
}

bool ReviewView::reassign(const QString& toReviewer, const QString& reason)
{
    if (!m_model->hasCampaign() || !m_snapshot || refuseWhileBulk() || refuseWhileWriting())
        return false;
    std::vector<quint32> items =
        m_view->selectionModel()->selectedRows().size() > 1 ? selectedItems() : std::vector<quint32>();
    const QString from = currentReviewer();
    if (items.empty() && from.isEmpty())
        items = selectedItems(); // "all reviewers": only what is selected
    const std::shared_ptr<const PersonResolver> people = m_snapshot->people();
    auto moved = std::make_shared<app::ReassignResult>();
    return startWrite(
        [moved, people,
         request = app::ReassignRequest{items, from, toReviewer, m_model->loaded().campaign.definition.owner, reason}](
            Workspace& workspace, CampaignState& s) {
            *moved = app::reassign(workspace, s, *people, request);
            return moved->ok ? QString() : moved->error;
        },
        [this, moved, people, items, toReviewer](const QString& error) {
            if (!error.isEmpty()) {
                showError(error);
                return;
            }
            m_model->itemsChanged(items);
            refreshReviewers();
            applyFilters();
            refreshProgress();
            QString ignored;
            m_status->setText(tr("%1 items reassigned to %2.")
                                  .arg(moved->reassigned)
                                  .arg(people->describe(people->resolve(toReviewer, &ignored)))); // resolved
            Q_EMIT changed();
        });
}

void ReviewView::reassignInteractively()
{
    if (!m_model->hasCampaign())
        return;
    const QString from = currentReviewer();
    const QString prompt = from.isEmpty() || m_view->selectionModel()->selectedRows().size() > 1
                               ? tr("Give the selected items to:")
                               : tr("Give every undecided item of %1 to:").arg(m_reviewers->currentText());
    ReassignDialog dialog(prompt, m_snapshot ? m_snapshot->people() : nullptr, this);
    if (dialog.exec() == QDialog::Accepted)
        reassign(dialog.reviewerKey(), dialog.reason());
}

bool ReviewView::editJustification()
{
    if (!m_model->hasCampaign() || !m_snapshot || !m_view->currentIndex().isValid() || refuseWhileBulk() ||
        refuseWhileWriting())
        return false;
    const quint32 item = m_model->itemAt(m_view->currentIndex().row());
    const CampaignState::ItemState& s = m_model->state().state(item);
    if (s.decision == Decision::None) {
        showError(tr("Decide first (A, R or D), then add a justification."));
        return false;
    }
    const auto text = m_ask(tr("Justification for this decision:"), m_model->state().justificationOf(item));
    if (!text)
        return false;
    const Decision decision = s.decision;
    return startDecision(app::DecideRequest{{item}, decision, decidedBy(), *text},
                         [this, item](const QString& error, const std::vector<quint32>& changedElsewhere) {
                             m_model->itemsChanged(changedElsewhere);
                             if (!error.isEmpty()) {
                                 showError(error);
                                 return;
                             }
                             m_model->itemsChanged({item});
                             if (changedElsewhere.empty())
                                 refreshProgressOf({item});
                             else
                                 refreshProgress(); // another console decided or reassigned meanwhile: every row
                             Q_EMIT changed();
                         });
}

bool ReviewView::acceptRecommendations()
{
    if (!m_model->hasCampaign() || !m_snapshot || refuseWhileBulk() || refuseWhileWriting())
        return false;
    const CampaignState& state = m_model->state();
    const ReviewItemTable& items = state.items();
    const QString reviewer = currentReviewer();
    qint64 count = 0;
    for (std::size_t i = 0; i < state.size(); ++i) {
        if (state.state(i).decision == Decision::None && items.recommendation(i) != Recommendation::None &&
            (reviewer.isEmpty() || state.reviewerOf(i) == reviewer))
            ++count;
    }
    if (count == 0) {
        showError(tr("No undecided item has a recommendation."));
        return false;
    }
    if (!m_confirm(tr("Accept the recommendation for %n undecided item(s)? Decided items are not changed.", nullptr,
                      int(count))))
        return false;
    if (count > m_bulkThreshold) {
        const QString by = decidedBy();
        return startBulk([reviewer, by](const CampaignState& s,
                                        QString* error) { return review::planRecommendations(s, reviewer, by, error); },
                         count);
    }
    auto done = std::make_shared<app::AcceptRecommendationsResult>();
    return startWrite(
        [done, request = app::AcceptRecommendationsRequest{reviewer, decidedBy()}](Workspace& workspace,
                                                                                   CampaignState& s) {
            *done = app::acceptRecommendations(workspace, s, request);
            return done->ok ? QString() : done->error;
        },
        [this, done](const QString& error) {
            if (!error.isEmpty()) {
                showError(error);
                return;
            }
            applyFilters();
            refreshProgress();
            m_status->setText(tr("Accepted %n recommendation(s).", nullptr, int(done->accepted)));
            Q_EMIT changed();
        });
}

bool ReviewView::isBulkRunning() const
{
    return m_bulkActive;
}

void ReviewView::cancelBulk()
{
    if (!m_bulkActive)
        return;
    m_bulk->cancel();
    setEnabledWithReason(m_bulkCancel, false, tr("Cancelling: the batch being written is finished first."));
    m_bulkLabel->setText(tr("Cancelling: finishing the batch being written…"));
}

bool ReviewView::refuseWhileBulk()
{
    if (!m_bulkActive || m_bulk->campaignId() != m_campaignId)
        return false;
    showError(tr("A bulk decision is still being recorded on this campaign: wait for it or cancel it."));
    return true;
}

bool ReviewView::startBulk(
    std::function<std::optional<std::vector<DecisionRecord>>(const CampaignState&, QString*)> plan, qint64 count)
{
    if (m_bulkActive) { // on another campaign: one bulk decision at a time
        showError(tr("Another bulk decision is still being recorded: wait for it or cancel it."));
        return false;
    }
    // The worker rebuilds the state from the workspace on its own connection, plans and writes there;
    // this campaign takes no other decision until it is done.
    m_bulkGeneration = m_generation;
    m_bulkActive = true;
    m_bulk->start(m_snapshot->session, m_model->loaded().items, m_model->loaded().campaign.id, std::move(plan),
                  m_bulkBatchSize);
    m_bulkLabel->setText(tr("Recording %1 decisions in batches of %2. Cancel stops after the batch being written: "
                            "batches already written stay recorded, the rest stays undecided.")
                             .arg(QLocale().toString(count), QLocale().toString(m_bulkBatchSize)));
    m_bulkProgress->setRange(0, 0); // busy until the first report
    setEnabledWithReason(m_bulkCancel, true, {});
    m_bulkBar->show();
    setEnabledWithReason(m_accept, false, tr("A bulk decision is being recorded: wait for it or cancel it."));
    m_status->setText(tr("Recording the bulk decision…"));
    return true;
}

void ReviewView::bulkFinished()
{
    m_bulkActive = false;
    m_bulkBar->hide();
    setEnabledWithReason(m_accept, true, {});
    BulkDecision::Result result = m_bulk->takeResult();
    const qint64 recorded = result.recorded;
    const bool sameCampaign = m_model->hasCampaign() && m_model->loaded().campaign.id == m_bulk->campaignId();
    if (sameCampaign && m_bulkGeneration == m_generation && !m_loading && result.state && result.progress) {
        // The worker's state is the stored one with its decisions applied: take it over as it is.
        m_model->state() = std::move(*result.state);
        m_model->history() = std::move(result.history);
        applyFilters();
        showProgress(*result.progress);
    } else if (m_campaignId == m_bulk->campaignId()) {
        openCampaign(m_campaignId); // reloaded meanwhile: read what was recorded
    }
    if (!result.error.isEmpty())
        showError(tr("The bulk decision stopped: %1. %2 of %3 decisions were recorded (whole batches).")
                      .arg(result.error, QLocale().toString(recorded), QLocale().toString(result.planned)));
    else if (result.cancelled)
        m_status->setText(tr("Cancelled: %1 of %2 decisions were recorded (whole batches); the rest is undecided.")
                              .arg(QLocale().toString(recorded), QLocale().toString(result.planned)));
    else
        m_status->setText(
            tr("Recorded %n decision(s).", nullptr, int(std::min<qint64>(recorded, std::numeric_limits<int>::max()))));
    if (recorded > 0)
        Q_EMIT changed();
}

bool ReviewView::exportWorksheet()
{
    if (!m_model->hasCampaign())
        return false;
    const QString reviewer = currentReviewer();
    if (reviewer.isEmpty()) {
        showError(tr("Choose a reviewer first: a worksheet holds one reviewer's items."));
        return false;
    }
    const QString xlsxFilter = tr("Excel workbook (*.xlsx)");
    const QString csvFilter = tr("CSV, UTF-8 (*.csv)");
    QString selected = xlsxFilter;
    QString path = m_chooseFile(
        true,
        QStringLiteral("worksheet-%1-%2.xlsx")
            .arg(m_model->loaded().campaign.id)
            .arg(QString(reviewer).replace(QRegularExpression(QStringLiteral("[^\\w.-]")), QStringLiteral("_"))),
        xlsxFilter + QStringLiteral(";;") + csvFilter, &selected);
    if (path.isEmpty())
        return false;
    bool xlsx = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    if (!xlsx && !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        xlsx = selected == xlsxFilter;
        path += xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    }
    // One reviewer's items: a quick write, kept on the GUI thread so the state cannot change under it.
    QString error;
    QByteArray bytes;
    if (xlsx) {
        const auto workbook = worksheet::writeXlsx(m_model->state(), reviewer, &error);
        if (!workbook) {
            showError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
            return false;
        }
        bytes = *workbook;
    } else {
        bytes = worksheet::write(m_model->state(), reviewer);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_status->setText(tr("Wrote the worksheet of %1 to %2.").arg(reviewer, QDir::toNativeSeparators(path)));
    return true;
}

bool ReviewView::importWorksheet()
{
    if (!m_model->hasCampaign() || !m_snapshot || refuseWhileBulk() || refuseWhileWriting())
        return false;
    const QString reviewer = currentReviewer();
    if (reviewer.isEmpty()) {
        showError(tr("Choose the reviewer whose worksheet this is first."));
        return false;
    }
    QString selected;
    const QString path =
        m_chooseFile(false, QString(),
                     tr("Worksheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv);;All files (*)"), &selected);
    if (path.isEmpty())
        return false;
    // Read, checked against the campaign and recorded (all or none) on the worker: app::importDecisions.
    auto imported = std::make_shared<app::ImportDecisionsResult>();
    return startWrite(
        [imported, request = app::ImportDecisionsRequest{path, reviewer}](Workspace& workspace, CampaignState& s) {
            *imported = app::importDecisions(workspace, s, request);
            return imported->ok ? QString() : imported->error;
        },
        [this, imported](const QString& error) {
            if (!error.isEmpty()) {
                showImportProblems(*imported);
                return;
            }
            m_model->itemsChanged(imported->items);
            refreshProgress();
            m_status->setText(tr("Imported %n decision(s) from %1 row(s); %2 unchanged, %3 without a decision.",
                                 nullptr, int(imported->recorded))
                                  .arg(imported->rows)
                                  .arg(imported->unchanged)
                                  .arg(imported->empty));
            if (imported->recorded > 0)
                Q_EMIT changed();
        });
}

void ReviewView::showImportProblems(const app::ImportDecisionsResult& imported)
{
    showError(imported.error);
    if (imported.problems.isEmpty())
        return;
    QStringList lines;
    for (const worksheet::Problem& p : imported.problems) {
        if (lines.size() == 200) {
            lines << tr("… and %n more", nullptr, int(imported.problems.size() - 200));
            break;
        }
        lines << (p.line > 0
                      ? (imported.rowsAreNumbered ? tr("Row %1: %2") : tr("Line %1: %2")).arg(p.line).arg(p.message)
                      : p.message);
    }
    // The file's text is shown as plain text only.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Import Worksheet"),
                                m_lastError + QStringLiteral("\n\n") + lines.mid(0, 5).join(QLatin1Char('\n')),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("worksheetProblemsBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setDetailedText(lines.join(QLatin1Char('\n')));
    box->open();
}

void ReviewView::moveToNextUndecided(int fromRow)
{
    // Nothing left to decide (the common case after accepting the recommendations): no scan of a
    // million rows per key press.
    if (m_model->state().undecidedCount(m_model->reviewerFilter()) == 0)
        return;
    const int rows = m_model->rowCount();
    for (int step = 1; step <= rows; ++step) {
        const int row = (fromRow + step) % rows;
        if (m_model->state().state(m_model->itemAt(row)).decision == Decision::None) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            m_view->scrollTo(m_model->index(row, 0));
            return;
        }
    }
}

void ReviewView::refreshProgress()
{
    // From the counts the state keeps as decisions are applied (ours as recorded, other processes'
    // as review::catchUp reads them with each decision): O(reviewers), no re-read of the history.
    if (!m_model->hasCampaign())
        return;
    showProgress(m_model->state().progress(QDateTime::currentMSecsSinceEpoch()));
}

namespace {

double percentOf(qint64 part, qint64 whole)
{
    return whole ? 100.0 * double(part) / double(whole) : 0.0;
}

} // namespace

QStringList ReviewView::progressCells(const CampaignState::ReviewerProgress& r) const
{
    return {r.name.isEmpty() ? r.reviewer : r.name, tr("%1 / %2").arg(r.decided).arg(r.total),
            r.decided ? tr("%1 %").arg(percentOf(r.revoked, r.decided), 0, 'f', 0) : tr("—"),
            QString::number(r.overdue),
            r.rubberStamp ? tr("⚠ Rubber stamp: approved (nearly) everything, fast") : QString()};
}

void ReviewView::setProgressRow(int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        if (QTableWidgetItem* cell = m_progressTable->item(row, c)) {
            if (cell->text() != cells[c]) // the same text repaints nothing
                cell->setText(cells[c]);
        } else {
            m_progressTable->setItem(row, c, new QTableWidgetItem(cells[c]));
        }
    }
}

void ReviewView::refreshProgressOf(const std::vector<quint32>& items)
{
    // After a decision on a few items: the totals and those items' reviewers' rows, O(items), not
    // every reviewer's (a 100,000-person organisation has ten thousand of them).
    if (!m_model->hasCampaign())
        return;
    const CampaignState& state = m_model->state();
    const Timestamp now = QDateTime::currentMSecsSinceEpoch();
    QSet<QString> reviewers;
    for (const quint32 item : items)
        reviewers.insert(state.reviewerOf(item));
    for (const QString& reviewer : std::as_const(reviewers)) {
        const auto row = m_progressRowOf.constFind(reviewer);
        const auto r = state.reviewerProgress(reviewer, now);
        if (row == m_progressRowOf.cend() || !r) {
            refreshProgress(); // a reviewer new to the table: all rows again
            return;
        }
        setProgressRow(*row, progressCells(*r));
    }
    showTotals(state.progress(now, false));
}

void ReviewView::showProgress(const CampaignState::Progress& p)
{
    showTotals(p);
    // Only a cell or two changes between calls: cells are updated in place, and the columns are
    // fitted only when the rows are new.
    const bool newRows = m_progressTable->rowCount() != int(p.reviewers.size());
    m_progressTable->setRowCount(int(p.reviewers.size()));
    m_progressRowOf.clear();
    int row = 0;
    for (const auto& r : p.reviewers) {
        m_progressRowOf.insert(r.reviewer, row);
        setProgressRow(row++, progressCells(r));
    }
    if (newRows) {
        for (int c = 0; c + 1 < m_progressTable->columnCount(); ++c)
            m_progressTable->resizeColumnToContents(c);
    }
}

void ReviewView::showTotals(const CampaignState::Progress& p)
{
    const auto percent = percentOf;
    // Who decided, kept apart: a reviewer's own decision is not the owner's on their behalf, nor
    // the no-response policy's verdict.
    m_progressSummary->setText(tr("Overall: %1 of %2 decided (%3 %), %4 revoked, %5 overdue. Decided by reviewers "
                                  "%6 (delegates %7), by the owner on their behalf %8, by the no-response policy %9; "
                                  "don't know %10.")
                                   .arg(p.decided)
                                   .arg(p.total)
                                   .arg(percent(p.decided, p.total), 0, 'f', 0)
                                   .arg(p.revoked)
                                   .arg(p.overdue)
                                   .arg(p.byReviewers)
                                   .arg(p.byDelegates)
                                   .arg(p.byOwner)
                                   .arg(p.byPolicy)
                                   .arg(p.dontKnow));
}

void ReviewView::showError(const QString& message)
{
    m_lastError = message;
    m_status->setText(message);
}

} // namespace attest
