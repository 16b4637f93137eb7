#include "mainwindow.h"
#include "paths/accessexplorer.h"

#include "accounttablemodel.h"
#include "app/connectioncases.h"
#include "app/connectorregistry.h"
#include "app/pools.h"
#include "app/session.h"
#include "app/syncsource.h"
#include "auditeventmodel.h"
#include "common/appsettings.h"
#include "common/backgroundtask.h"
#include "common/guidebar.h"
#include "common/helpdialogs.h"
#include "common/intentresolutionbar.h"
#include "common/loadingoverlay.h"
#include "common/objectmenu.h"
#include "connections/connectionsdialog.h"
#include "connections/connectionsecrets.h"
#include "dashboard/dashboardview.h"
#include "displayformat.h"
#include "entitlementtablemodel.h"
#include "helpdesk/helpdeskview.h"
#include "identitytablemodel.h"
#include "panes/detailpanel.h"
#include "panes/flagbadgedelegate.h"
#include "panes/tablepane.h"
#include "privilegedaccountmodel.h"
#include "reviews/campaignwizard.h"
#include "reviews/reviewview.h"
#include "snapshotloader.h"
#include "store/workspace.h"
#include "tablefilterproxymodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QtConcurrent>
#include <QTimeZone>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

#include <thread>

namespace attest {

namespace {

// Our documented key plus the platform's own for the same command, without duplicates (an
// action with the same sequence twice makes Qt call the shortcut ambiguous).
QList<QKeySequence> withPlatformKeys(const QKeySequence& ours, QKeySequence::StandardKey standard)
{
    QList<QKeySequence> keys{ours};
    for (const QKeySequence& key : QKeySequence::keyBindings(standard)) {
        if (!keys.contains(key))
            keys << key;
    }
    return keys;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_identities(new IdentityTableModel(this))
    , m_accounts(new AccountTableModel(this))
    , m_groups(new EntitlementTableModel(EntitlementKind::Group, this))
    , m_roles(new EntitlementTableModel(EntitlementKind::Role, this))
    , m_privileged(new PrivilegedAccountModel(this))
    , m_audit(new AuditEventModel(this))
    , m_tabs(new QTabWidget)
    , m_detail(new DetailPanel)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_central(new QWidget(this))
    , m_errorLabel(new QLabel)
    , m_errorBanner(new QWidget)
    , m_overlay(nullptr)
    , m_task(new BackgroundTask(this))
    , m_snapshotCombo(new QComboBox)
    , m_auditRangeCombo(new QComboBox)
    , m_auditFrom(new QDateTimeEdit)
    , m_auditTo(new QDateTimeEdit)
    , m_statusLabel(new QLabel)
    , m_secrets(new ConnectionSecrets(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Attest"));
    m_tabs->setObjectName(QStringLiteral("paneTabWidget"));
    m_tabs->setAccessibleName(tr("Panes and tools"));
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_snapshotCombo->setObjectName(QStringLiteral("snapshotComboBox"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_statusLabel->setObjectName(QStringLiteral("workspaceStatusLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);

    createPanes();
    createAuditFilter();

    // The error banner: shown above the panes, closed by the user; never a modal box that blocks.
    auto* bannerLayout = new QHBoxLayout(m_errorBanner);
    auto* closeBanner = new QToolButton;
    closeBanner->setText(tr("Dismiss"));
    closeBanner->setAutoRaise(true);
    bannerLayout->addWidget(m_errorLabel, 1);
    bannerLayout->addWidget(closeBanner);
    m_errorBanner->setAutoFillBackground(true);
    m_errorBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_errorBanner->setForegroundRole(QPalette::ToolTipText);
    m_errorBanner->hide();
    connect(closeBanner, &QToolButton::clicked, m_errorBanner, &QWidget::hide);

    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(m_central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_errorBanner);
    m_intentBar = new IntentResolutionBar(m_secrets);
    layout->addWidget(m_intentBar);
    m_guide = new GuideBar;
    layout->addWidget(m_guide);
    connect(m_guide, &GuideBar::dismissed, this, [] { AppSettings().setDemoGuideDismissed(true); });
    layout->addWidget(m_splitter, 1);
    setCentralWidget(m_central);
    m_overlay = new LoadingOverlay(m_central);
    statusBar()->addWidget(m_statusLabel, 1);

    createActions();
    createObjectMenu();

    connect(m_overlay, &LoadingOverlay::cancelRequested, m_task, &BackgroundTask::cancel);
    connect(m_task, &BackgroundTask::progressChanged, m_overlay, &LoadingOverlay::setProgress);
    connect(m_detail, &DetailPanel::objectActivated, this, &MainWindow::navigateTo);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        // The help desk has its own account card: the detail panel would only repeat it.
        m_detail->setVisible(
            (qobject_cast<TablePane*>(m_tabs->currentWidget()) || m_tabs->currentWidget() == m_explorer) &&
            !m_helpdeskMode);
        updateNavigationActions();
        if (auto* pane = qobject_cast<TablePane*>(m_tabs->currentWidget())) {
            const ObjectRef ref = pane->currentObject();
            if (ref.isValid() && !m_navigating)
                showObject(ref, true);
        }
    });

    AppSettings settings;
    // The saved size and place where there is one; the first time 1360×820, or less on a smaller
    // screen (a 1280×800 laptop keeps its status bar and toolbar on screen). Either way the window
    // is kept within the screen's available area.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1360, 820);
    if (!restoreGeometry(settings.windowGeometry())) {
        resize(std::min(1360, available.width() * 94 / 100), std::min(820, available.height() * 90 / 100));
        move(available.center() - rect().center());
    } else if (!isMaximized() && (width() > available.width() || height() > available.height())) {
        resize(std::min(width(), available.width()), std::min(height(), available.height()));
        move(available.topLeft());
    }
    if (!m_splitter->restoreState(settings.splitterState()))
        m_splitter->setSizes({820, 540});
    for (TablePane* pane : m_panes)
        pane->restoreState(settings.paneColumns(pane->paneId()));
    updateNavigationActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPanes()
{
    const auto addPane = [this](Pane index, const QString& id, const QString& title) {
        auto* pane = new TablePane(id);
        m_panes[std::size_t(index)] = pane;
        m_tabs->addTab(pane, title);
        connect(pane, &TablePane::currentObjectChanged, this, [this](const ObjectRef& ref, bool byUser) {
            if (!m_navigating)
                showObject(ref, byUser);
        });
        // A search left nothing shown: the detail panel and its actions act on nothing.
        connect(pane, &TablePane::currentCleared, this, [this, pane] {
            if (m_tabs->currentWidget() == pane)
                m_detail->showObject({});
            updateNavigationActions();
        });
        connect(pane, &TablePane::objectActivated, this, &MainWindow::navigateTo);
        return pane;
    };
    TablePane* identities = addPane(IdentitiesPane, QStringLiteral("identities"), tr("&Identities"));
    identities->addModel(tr("People"), m_identities);
    identities->addModel(tr("Accounts"), m_accounts);
    addPane(GroupsPane, QStringLiteral("groups"), tr("&Groups"))->addModel(tr("Groups"), m_groups);
    addPane(RolesPane, QStringLiteral("roles"), tr("&Roles"))->addModel(tr("Roles"), m_roles);
    TablePane* privileged = addPane(PrivilegedPane, QStringLiteral("privileged"), tr("&Privileged accounts"));
    privileged->addModel(tr("Privileged accounts"), m_privileged);
    // Hygiene findings as badges beside the name (column 0 of people, accounts and privileged
    // accounts), where they are seen without scrolling; the Flags column sorts by severity.
    for (TablePane* pane : {identities, privileged})
        pane->view()->setItemDelegateForColumn(0, new FlagBadgeDelegate(pane->view()));
    TablePane* audit = addPane(AuditPane, QStringLiteral("audit"), tr("&Audit trail"));
    m_dashboard = new DashboardView;
    m_tabs->addTab(m_dashboard, tr("Dash&board"));
    connect(m_dashboard, &DashboardView::objectActivated, this, &MainWindow::navigateTo);
    connect(m_dashboard, &DashboardView::changed, this, &MainWindow::refreshAuditTrail);
    m_reviews = new ReviewView;
    m_reviews->setSecrets(m_secrets);
    connect(m_reviews, &ReviewView::sourceChanged, this, &MainWindow::refreshSnapshotList);
    m_tabs->addTab(m_reviews, tr("R&eviews"));
    m_helpdesk = new HelpdeskView(m_accounts, m_secrets);
    m_tabs->addTab(m_helpdesk, tr("Help Des&k"));
    connect(m_helpdesk, &HelpdeskView::changed, this, &MainWindow::refreshAuditTrail);
    connect(m_helpdesk, &HelpdeskView::sourceSnapshotChanged, this, &MainWindow::openNewestSnapshotOf);
    createAccessExplorer();
    audit->addModel(tr("Events"), m_audit);
    audit->searchLineEdit()->setPlaceholderText(tr("Search actor, action, target, details… (Ctrl+F)"));
    connect(audit->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, audit](const QModelIndex& current) {
                const QModelIndex source = audit->proxy()->mapToSource(current);
                if (source.isValid() && m_snapshot)
                    m_detail->showAuditEvent(m_audit->eventAt(source.row()),
                                             m_snapshot->sourceName(m_audit->eventAt(source.row()).sourceId));
            });
}

void MainWindow::createAuditFilter()
{
    m_auditRangeCombo->setObjectName(QStringLiteral("auditRangeComboBox"));
    m_auditFrom->setObjectName(QStringLiteral("auditFromDateTimeEdit"));
    m_auditTo->setObjectName(QStringLiteral("auditToDateTimeEdit"));
    m_auditRangeCombo->setAccessibleName(tr("Time range"));
    m_auditRangeCombo->addItem(tr("All time"), 0);
    m_auditRangeCombo->addItem(tr("Last 24 hours"), 1);
    m_auditRangeCombo->addItem(tr("Last 7 days"), 7);
    m_auditRangeCombo->addItem(tr("Last 30 days"), 30);
    m_auditRangeCombo->addItem(tr("Last 90 days"), 90);
    m_auditRangeCombo->addItem(tr("Custom range"), -1);
    for (QDateTimeEdit* edit : {m_auditFrom, m_auditTo}) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
        edit->setTimeZone(QTimeZone::UTC); // setTimeSpec is deprecated from 6.7
#else
        edit->setTimeSpec(Qt::UTC);
#endif
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
        edit->hide();
    }
    m_auditFrom->setAccessibleName(tr("From"));
    m_auditTo->setAccessibleName(tr("To"));
    TablePane* audit = m_panes[AuditPane];
    audit->addToolWidget(m_auditRangeCombo);
    audit->addToolWidget(m_auditFrom);
    audit->addToolWidget(m_auditTo);
    connect(m_auditRangeCombo, &QComboBox::currentIndexChanged, this, &MainWindow::applyAuditRange);
    connect(m_auditFrom, &QDateTimeEdit::dateTimeChanged, this, &MainWindow::applyAuditRange);
    connect(m_auditTo, &QDateTimeEdit::dateTimeChanged, this, &MainWindow::applyAuditRange);
}

void MainWindow::applyAuditRange()
{
    const int days = m_auditRangeCombo->currentData().toInt();
    const bool custom = days < 0;
    m_auditFrom->setVisible(custom);
    m_auditTo->setVisible(custom);
    Timestamp from = kNoTime;
    Timestamp to = kNoTime;
    if (custom && !m_auditCustomShown) {
        // Custom starts from what was shown: the preset range chosen before, or the whole trail
        // after "All time", in whole days up to the end of today, so its first look is never an
        // empty table.
        m_auditCustomShown = true;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QDateTime start = now.addDays(-m_auditShownDays);
        QDateTime end = now;
        if (m_auditShownDays == 0) {
            Timestamp earliest = kNoTime;
            Timestamp latest = kNoTime;
            for (int row = 0; row < m_audit->rowCount(); ++row) { // once, when Custom is first chosen
                const Timestamp t = m_audit->eventAt(row).time;
                if (!hasTime(t))
                    continue;
                earliest = hasTime(earliest) ? std::min(earliest, t) : t;
                latest = hasTime(latest) ? std::max(latest, t) : t;
            }
            if (hasTime(earliest))
                start = QDateTime::fromMSecsSinceEpoch(earliest, QTimeZone::utc());
            if (hasTime(latest))
                end = std::max(end, QDateTime::fromMSecsSinceEpoch(latest, QTimeZone::utc()));
        }
        const QSignalBlocker blockFrom(m_auditFrom);
        const QSignalBlocker blockTo(m_auditTo);
        m_auditFrom->setDateTime(QDateTime(start.date(), QTime(0, 0), QTimeZone::utc()));
        m_auditTo->setDateTime(QDateTime(end.date(), QTime(23, 59), QTimeZone::utc()));
    }
    if (!custom)
        m_auditShownDays = days;
    if (custom) {
        from = fromDateTime(m_auditFrom->dateTime());
        to = fromDateTime(m_auditTo->dateTime()) + 59999; // the whole of the last minute shown
    } else if (days > 0) {
        to = QDateTime::currentMSecsSinceEpoch();
        from = to - qint64(days) * kMsPerDay;
    }
    if (!hasTime(from) && !hasTime(to)) {
        m_panes[AuditPane]->proxy()->setRowPredicate({});
        return;
    }
    const AuditEventModel* model = m_audit;
    m_panes[AuditPane]->proxy()->setRowPredicate([model, from, to](int row) {
        const Timestamp t = model->eventAt(row).time;
        return (!hasTime(from) || t >= from) && (!hasTime(to) || t <= to);
    });
}

void MainWindow::createActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* newWorkspace = fileMenu->addAction(tr("&New Workspace…"), this, &MainWindow::newWorkspace);
    newWorkspace->setObjectName(QStringLiteral("newWorkspaceAction"));
    newWorkspace->setShortcut(QKeySequence::New);
    newWorkspace->setToolTip(tr("Start an empty workspace for your own organisation"));
    m_openAction = fileMenu->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspaceFile);
    m_openAction->setShortcut(QKeySequence::Open);
    fileMenu->addAction(tr("Open the &Demo Organisation"), this, [this] {
        const QString path = AppSettings::defaultDemoWorkspacePath();
        if (QFileInfo::exists(path))
            openWorkspace(path);
        else
            createDemoAndOpen(path);
    });
    fileMenu->addSeparator();
    QAction* verify = fileMenu->addAction(tr("&Verify Journal…"), this, &MainWindow::verifyJournal);
    verify->setToolTip(tr("Check that no record of Attest's journal was changed, deleted, inserted or reordered"));
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* directoryMenu = menuBar()->addMenu(tr("&Directory"));
    m_directoryMenu = directoryMenu;
    QAction* connections = directoryMenu->addAction(tr("&Connections…"), this, [this] { showConnections(); });
    m_connectionsAction = connections;
    connections->setObjectName(QStringLiteral("connectionsAction"));
    connections->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connections->setToolTip(tr("Add, edit, test and remove directory connections"));
    QAction* sync = directoryMenu->addAction(tr("&Sync Now…"), this, &MainWindow::syncNow);
    m_syncAction = sync;
    sync->setObjectName(QStringLiteral("syncAction"));
    sync->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    sync->setToolTip(tr("Read a saved directory connection into a new snapshot"));

    m_reviewsMenu = menuBar()->addMenu(tr("Revie&ws"));
    QAction* newCampaign = m_reviewsMenu->addAction(tr("&New Campaign…"), this, &MainWindow::newCampaign);
    m_newCampaignAction = newCampaign;
    newCampaign->setObjectName(QStringLiteral("newCampaignAction"));
    newCampaign->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newCampaign->setToolTip(tr("Start an access review of the loaded snapshot"));

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu = viewMenu;
    QAction* quickFind = viewMenu->addAction(tr("Help Desk: Find &Account"), this, [this] {
        showHelpdesk();
        m_helpdesk->focusFind();
    });
    quickFind->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    quickFind->setObjectName(QStringLiteral("helpdeskFindAction"));
    QAction* helpdeskMode = viewMenu->addAction(tr("Help-Desk &Mode"));
    helpdeskMode->setObjectName(QStringLiteral("helpdeskModeAction"));
    m_helpdeskActions = {quickFind, helpdeskMode};
    helpdeskMode->setCheckable(true);
    helpdeskMode->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(helpdeskMode, &QAction::toggled, this, &MainWindow::setHelpdeskMode);
    connect(this, &MainWindow::snapshotLoaded, helpdeskMode, [this, helpdeskMode] {
        const QSignalBlocker block(helpdeskMode);
        helpdeskMode->setChecked(m_helpdeskMode);
    });
    QAction* dashboard =
        viewMenu->addAction(tr("Sprawl &Dashboard"), this, [this] { m_tabs->setCurrentWidget(m_dashboard); });
    dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    dashboard->setObjectName(QStringLiteral("dashboardAction"));
    m_dashboardAction = dashboard;
    viewMenu->addSeparator();
    m_findAction = viewMenu->addAction(tr("&Find"), this, [this] {
        if (auto* pane = qobject_cast<TablePane*>(m_tabs->currentWidget()))
            pane->focusSearch();
        else if (m_tabs->currentWidget() == m_explorer)
            m_explorer->focusSearch();
        else if (m_tabs->currentWidget() == m_reviews)
            m_reviews->focusSearch();
    });
    m_findAction->setShortcut(QKeySequence::Find);
    QAction* accessPaths =
        viewMenu->addAction(tr("Show Access &Paths"), this, qOverload<>(&MainWindow::showAccessPaths));
    accessPaths->setObjectName(QStringLiteral("showAccessPathsAction"));
    accessPaths->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    accessPaths->setToolTip(
        tr("Who can reach the selected entitlement, what the selected account can reach (Ctrl+Shift+P)"));
    viewMenu->addSeparator();
    // Ctrl+1 … Ctrl+9: every tab, the tools as well as the panes.
    for (int i = 0; i < std::min(9, m_tabs->count()); ++i) {
        QAction* action = viewMenu->addAction(m_tabs->tabText(i).remove(QLatin1Char('&')), this, [this, i] {
            if (i < PaneCount) {
                showPane(Pane(i));
            } else if (m_tabs->isTabVisible(i)) {
                m_tabs->setCurrentIndex(i);
                m_tabs->currentWidget()->setFocus(Qt::ShortcutFocusReason);
            }
        });
        action->setObjectName(QStringLiteral("showTab%1Action").arg(i + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    viewMenu->addSeparator();
    m_backAction = viewMenu->addAction(tr("&Back"), this, &MainWindow::goBack);
    m_backAction->setShortcuts(withPlatformKeys(QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence::Back));
    m_backAction->setToolTip(tr("Back to the previous object (Alt+Left)"));
    m_forwardAction = viewMenu->addAction(tr("&Forward"), this, &MainWindow::goForward);
    m_forwardAction->setShortcuts(withPlatformKeys(QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence::Forward));
    m_forwardAction->setToolTip(tr("Forward to the next object (Alt+Right)"));

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    m_gettingStartedAction = helpMenu->addAction(tr("&Getting Started"), this, [this] { showGettingStarted(this); });
    m_gettingStartedAction->setObjectName(QStringLiteral("gettingStartedAction"));
    m_gettingStartedAction->setShortcut(QKeySequence::HelpContents);
    m_gettingStartedAction->setToolTip(tr("What Attest does, what each tab shows and where to start"));
    QAction* shortcuts = helpMenu->addAction(tr("&Keyboard Shortcuts"), this, [this] { showKeyboardShortcuts(this); });
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About Attest"), this, [this] {
        QMessageBox::about(this, tr("About Attest"),
                           tr("Attest %1\n\nSee who has access to what, find access sprawl, and prove it every "
                              "quarter.")
                               .arg(QStringLiteral(ATTEST_VERSION_STRING)));
    });

    QToolBar* toolbar = addToolBar(tr("Navigation"));
    m_toolbar = toolbar;
    toolbar->setObjectName(QStringLiteral("navigationToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_backAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_forwardAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    toolbar->addAction(m_backAction);
    toolbar->addAction(m_forwardAction);
    toolbar->addSeparator();
    auto* snapshotLabel = new QLabel(tr("&Snapshot:"));
    snapshotLabel->setBuddy(m_snapshotCombo);
    snapshotLabel->setContentsMargins(6, 0, 4, 0);
    toolbar->addWidget(snapshotLabel);
    m_snapshotCombo->setMinimumContentsLength(28);
    m_snapshotCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    toolbar->addWidget(m_snapshotCombo);
    connect(m_snapshotCombo, &QComboBox::activated, this, [this](int index) {
        const qint64 id = m_snapshotCombo->itemData(index).toLongLong();
        if (m_snapshot && id != m_snapshot->info.id)
            openWorkspace(m_snapshot->session, id);
    });
    toolbar->addSeparator();
    toolbar->addAction(m_openAction);
}

QList<SourceInfo> MainWindow::savedConnections(QString* error) const
{
    QList<SourceInfo> result;
    if (!m_snapshot)
        return result;
    Q_UNUSED(error);
    // Read on the GUI thread's own connection: a few rows.
    for (const SourceInfo& source : m_snapshot->session->workspace().sources()) {
        if (app::ConnectorRegistry::hasSavedConnection(source))
            result << source;
    }
    return result;
}

ConnectionsDialog* MainWindow::showConnections()
{
    if (!m_snapshot) {
        showError(tr("Open a workspace first: connections are saved in it."));
        return nullptr;
    }
    m_secrets->setWorkspaceId(m_snapshot->workspaceId);
    auto* dialog = new ConnectionsDialog(m_snapshot->session, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectionsDialog::syncRequested, this, [this](qint64 sourceId) {
        QString error;
        for (const SourceInfo& source : savedConnections(&error)) {
            if (source.id == sourceId)
                syncWithStoredPassword(sourceId, source.name);
        }
    });
    dialog->open();
    return dialog;
}

void MainWindow::syncNow()
{
    if (!m_snapshot || m_task->isRunning())
        return;
    QString error;
    const QList<SourceInfo> sources = savedConnections(&error);
    if (sources.isEmpty()) {
        if (!error.isEmpty())
            showError(error);
        else if (QMessageBox::question(this, tr("Sync Now"),
                                       tr("This workspace has no directory connection yet. Add one now?")) ==
                 QMessageBox::Yes)
            showConnections();
        return;
    }
    QStringList names;
    for (const SourceInfo& source : sources)
        names << source.name;
    bool ok = true;
    const QString chosen = names.size() == 1
                               ? names.first()
                               : QInputDialog::getItem(this, tr("Sync Now"), tr("&Connection:"), names, 0, false, &ok);
    if (!ok)
        return;
    syncWithStoredPassword(sources[names.indexOf(chosen)].id, chosen);
}

void MainWindow::syncWithStoredPassword(qint64 sourceId, const QString& name)
{
    m_secrets->setWorkspaceId(m_snapshot->workspaceId);
    QPointer<MainWindow> guard(this);
    m_secrets->obtain(this, sourceId, name, [guard, sourceId](const QByteArray& password) {
        if (guard)
            guard->syncSource(sourceId, password);
    });
}

void MainWindow::syncSource(qint64 sourceId, const QByteArray& password)
{
    if (!m_snapshot || m_task->isRunning())
        return;
    std::optional<SourceInfo> source;
    QString error;
    for (const SourceInfo& saved : savedConnections(&error)) {
        if (saved.id == sourceId)
            source = saved;
    }
    if (!source) {
        showError(tr("Cannot sync: %1").arg(error.isEmpty() ? tr("no such connection") : error));
        return;
    }
    const QString name = source->name;
    m_errorBanner->hide();
    m_secrets->setWorkspaceId(m_snapshot->workspaceId);
    m_overlay->start(tr("Syncing %1…").arg(name));
    const std::shared_ptr<app::Session> session = m_snapshot->session;
    auto newId = std::make_shared<qint64>(0);
    auto failure = std::make_shared<QString>();
    auto auditWarning = std::make_shared<QString>();
    // The directory and the disk are touched only on the worker; the GUI thread keeps painting.
    m_task->start(
        [session, sourceId, source = *source, password, newId, failure, auditWarning](const ProgressFn& progress) {
            auto workspace = session->connect(failure.get());
            if (!workspace)
                return;
            // Snapshot, audit log and the connection's rights: the same use case as `attest sync`.
            const auto connector = app::ConnectorRegistry::create(source, password, failure.get());
            if (!connector)
                return;
            const auto result = app::syncSource(*workspace, *connector, sourceId, {}, progress, failure.get());
            if (!result)
                return;
            *newId = result->snapshotId;
            *auditWarning = result->auditWarning;
        });
    connect(
        m_task, &BackgroundTask::finished, this,
        [this, session, sourceId, password, newId, failure, auditWarning, name] {
            m_overlay->finish();
            if (*newId != 0) {
                // A password that worked is kept: in the keychain where there is one.
                m_secrets->remember(sourceId, password, m_secrets->keychainAvailable().value_or(false));
                openWorkspace(session, *newId);
                if (!auditWarning->isEmpty())
                    statusBar()->showMessage(tr("Synced %1; its audit log was not read: %2").arg(name, *auditWarning));
            } else if (m_task->wasCancelled()) {
                showError(tr("Syncing %1 was cancelled; the workspace is unchanged.").arg(name));
            } else {
                m_secrets->dropFromSession(sourceId); // asked again next time, in case it was wrong
                showError(tr("Syncing %1 failed; the workspace is unchanged: %2").arg(name, *failure));
            }
        },
        Qt::SingleShotConnection);
}

void MainWindow::newCampaign()
{
    if (!m_snapshot) {
        showError(tr("Load a workspace with a snapshot first."));
        return;
    }
    auto* wizard = new CampaignWizard(m_snapshot, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &CampaignWizard::campaignCreated, this, [this](qint64) {
        m_reviews->setSnapshot(m_snapshot); // lists the new campaign and opens it
        m_tabs->setCurrentWidget(m_reviews);
        refreshAuditTrail();
    });
    wizard->open();
}

void MainWindow::showHelpdesk()
{
    m_tabs->setCurrentWidget(m_helpdesk);
}

void MainWindow::setHelpdeskMode(bool on)
{
    m_helpdeskChoice = on; // chosen by the user: kept across workspaces
    applyHelpdeskMode(on);
}

void MainWindow::applyHelpdeskMode(bool on)
{
    m_helpdeskMode = on;
    for (int i = 0; i < PaneCount; ++i)
        m_tabs->setTabVisible(i, !on);
    m_tabs->setTabVisible(m_tabs->indexOf(m_reviews), !on);
    m_tabs->setTabVisible(m_tabs->indexOf(m_dashboard), !on);
    m_tabs->setTabVisible(m_tabs->indexOf(m_explorer), !on);
    m_tabs->tabBar()->setVisible(!on);
    m_detail->setVisible(!on && m_tabs->currentWidget() != m_helpdesk);
    m_directoryMenu->menuAction()->setVisible(!on);
    m_toolbar->setVisible(!on);
    for (QAction* action : m_viewMenu->actions()) {
        if (!action->isSeparator() && !m_helpdeskActions.contains(action))
            action->setVisible(!on);
    }
    if (on)
        showHelpdesk();
    updateWindowTitle();
    updateGuide();
}

void MainWindow::verifyJournal()
{
    if (!m_snapshot)
        return;
    QPointer<MainWindow> guard(this);
    const std::shared_ptr<app::Session> session = m_snapshot->session;
    QtConcurrent::run(workPool(), [session] {
        QString error;
        qint64 records = 0;
        auto workspace = session->connect(&error);
        if (!workspace)
            return std::make_pair(QStringList{error}, records);
        if (const auto all = workspace->journalRecords(&error))
            records = qint64(all->size());
        return std::make_pair(checkJournal(*workspace), records);
    }).then(this, [guard](std::pair<QStringList, qint64> result) {
        if (!guard)
            return;
        Q_EMIT guard->journalVerified(result.first, result.second);
        auto* box = new QMessageBox(guard);
        box->setObjectName(QStringLiteral("journalVerification"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowTitle(tr("Journal"));
        if (result.first.isEmpty()) {
            box->setIcon(QMessageBox::Information);
            box->setText(tr("The journal is intact: %1 records, each chained to the one before and signed by this "
                            "workspace's key.")
                             .arg(result.second));
        } else {
            box->setIcon(QMessageBox::Warning);
            box->setText(tr("The journal does not verify: it has been changed outside Attest."));
            box->setInformativeText(result.first.join(QLatin1Char('\n')));
        }
        box->open();
    });
}

void MainWindow::refreshAuditTrail()
{
    if (!m_snapshot)
        return;
    const LoadedSnapshotPtr current = m_snapshot;
    QPointer<MainWindow> guard(this);
    AuditEventModel* model = m_audit;
    QtConcurrent::run(workPool(), [current, model] {
        auto updated = std::make_shared<LoadedSnapshot>(*current);
        QString error;
        std::vector<AuditEvent> events;
        if (auto workspace = current->session->connect(&error))
            events = loadAuditTrail(*workspace);
        else
            events = *current->auditEvents; // unreadable for now: keep what is shown
        updated->auditEvents = std::make_shared<const std::vector<AuditEvent>>(std::move(events));
        LoadedSnapshotPtr shared = updated;
        return std::make_pair(shared, model->prepare(*shared));
    }).then(this, [guard, current](std::pair<LoadedSnapshotPtr, TableModelBase::PreparedPtr> result) {
        if (!guard || guard->m_snapshot != current)
            return; // another snapshot was opened meanwhile
        guard->m_snapshot = result.first;
        guard->m_audit->setSnapshot(result.first, result.second);
        guard->applyAuditRange();
    });
}

void MainWindow::showPane(Pane pane)
{
    m_tabs->setCurrentIndex(pane);
    m_panes[std::size_t(pane)]->view()->setFocus();
}

QString MainWindow::errorText() const
{
    return m_errorBanner->isVisible() || !m_errorBanner->isHidden() ? m_errorLabel->text() : QString();
}

bool MainWindow::isBusy() const
{
    return m_task->isRunning();
}

void MainWindow::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorBanner->show();
    Q_EMIT loadFailed(message);
}

void MainWindow::openInitialWorkspace(const QString& path)
{
    if (!path.isEmpty()) {
        openWorkspace(path);
        return;
    }
    const QString last = AppSettings().lastWorkspace();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        openWorkspace(last);
        return;
    }
    const QString demo = AppSettings::defaultDemoWorkspacePath();
    if (QFileInfo::exists(demo))
        openWorkspace(demo);
    else
        createDemoAndOpen(demo);
}

void MainWindow::newWorkspace()
{
    const QString start = m_snapshot ? QFileInfo(m_snapshot->workspacePath).absolutePath() : QDir::homePath();
    QFileDialog dialog(this, tr("New Workspace"), start, tr("Attest workspaces (*.attest)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("attest"));
    dialog.setOption(QFileDialog::DontConfirmOverwrite); // refused below: a workspace is never replaced
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    createWorkspaceAndOpen(dialog.selectedFiles().constFirst());
}

void MainWindow::createWorkspaceAndOpen(const QString& path)
{
    if (m_task->isRunning())
        return;
    if (QFileInfo::exists(path)) {
        // Its journal and decisions are evidence: never replaced. Opening it is one menu away.
        showError(tr("%1 already exists; a new workspace never replaces a file. Open it with File → Open "
                     "Workspace, or choose another name.")
                      .arg(path));
        return;
    }
    QString error;
    auto session = app::Session::open(path, Workspace::OpenMode::CreateIfMissing, &error);
    if (!session) {
        showError(tr("Could not create %1: %2").arg(path, error));
        return;
    }
    openWorkspace(std::move(session), 0);
}

void MainWindow::updateGuide()
{
    if (!m_snapshot || m_helpdeskMode) {
        m_guide->hide();
        return;
    }
    if (m_snapshot->info.id == 0) {
        m_guide->showGuide(tr("This workspace is empty. Connect your directory (Directory → Connections…), then "
                              "read it with Sync Now: each sync becomes a snapshot that the panes, the dashboard and "
                              "reviews work on, and that the next one is compared with."),
                           {m_connectionsAction, m_syncAction, m_gettingStartedAction}, false);
        return;
    }
    const bool demo = std::any_of(m_snapshot->sources.cbegin(), m_snapshot->sources.cend(),
                                  [](const SourceInfo& s) { return app::ConnectorRegistry::isDemonstration(s); });
    if (demo && !AppSettings().demoGuideDismissed()) {
        m_guide->showGuide(
            tr("You are looking at the demo organisation: %1 made-up people in a fictional company, so you can "
               "try everything safely; nothing here touches a real directory. Start with the dashboard to see "
               "where access has sprawled, open a person to see why they have what they have, or start a "
               "review. When you are ready, connect your own directory or start a new workspace (File → New "
               "Workspace).")
                .arg(DisplayFormat::number(qint64(m_snapshot->data->identities.size()))),
            {m_dashboardAction, m_newCampaignAction, m_connectionsAction, m_gettingStartedAction}, true);
        return;
    }
    m_guide->hide();
}

void MainWindow::createDemoAndOpen(const QString& path)
{
    if (m_task->isRunning())
        return;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        showError(tr("Could not create the folder for the demo workspace: %1").arg(QFileInfo(path).absolutePath()));
        return;
    }
    m_overlay->start(tr("Creating the demo organisation…"));
    auto error = std::make_shared<QString>();
    auto ok = std::make_shared<bool>(false);
    m_task->start([path, error, ok](const ProgressFn& progress) {
        *ok = createDemoWorkspace(path, 2000, progress, error.get());
    });
    connect(
        m_task, &BackgroundTask::finished, this,
        [this, path, error, ok] {
            m_overlay->finish();
            if (*ok)
                openWorkspace(path);
            else
                showError(m_task->wasCancelled() ? tr("Creating the demo organisation was cancelled.")
                                                 : tr("Could not create the demo organisation: %1").arg(*error));
        },
        Qt::SingleShotConnection);
}

void MainWindow::openWorkspace(const QString& path, qint64 snapshotId)
{
    if (m_task->isRunning())
        return;
    // The same file again (another snapshot, after a sync): the open session serves.
    if (m_snapshot && m_snapshot->session &&
        QFileInfo(m_snapshot->session->path()).absoluteFilePath() == QFileInfo(path).absoluteFilePath()) {
        openWorkspace(m_snapshot->session, snapshotId);
        return;
    }
    QString error;
    auto session = app::Session::open(path, Workspace::OpenMode::OpenExisting, &error);
    if (!session) {
        // Reported as a failed load is: after this call, as every open reports (callers wait for it).
        const QString message = tr("Could not open %1: %2").arg(path, error);
        QMetaObject::invokeMethod(
            this, [this, message] { showError(message); }, Qt::QueuedConnection);
        return;
    }
    openWorkspace(std::move(session), snapshotId);
}

void MainWindow::openWorkspace(std::shared_ptr<app::Session> session, qint64 snapshotId)
{
    if (m_task->isRunning() || !session)
        return;
    const QString path = session->path();
    m_errorBanner->hide();
    m_overlay->start(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    auto result = std::make_shared<LoadedSnapshotPtr>();
    auto prepared = std::make_shared<std::vector<TableModelBase::PreparedPtr>>();
    auto error = std::make_shared<QString>();
    const std::vector<TableModelBase*> models = tableModels();
    m_task->start([session, snapshotId, result, prepared, error, models](const ProgressFn& progress) {
        *result = loadSnapshotFromWorkspace(session, snapshotId, progress, error.get());
        if (!*result || !reportProgress(progress, 0, -1, tr("Preparing the panes")))
            return;
        // The panes' per-row work (search text, roll-ups) runs here, not on the GUI thread;
        // prepare() only reads the immutable snapshot. The two big tables go side by side.
        prepared->resize(models.size());
        std::thread second([&] { (*prepared)[1] = models[1]->prepare(**result); });
        (*prepared)[0] = models[0]->prepare(**result);
        for (std::size_t i = 2; i < models.size(); ++i)
            (*prepared)[i] = models[i]->prepare(**result);
        second.join();
    });
    connect(
        m_task, &BackgroundTask::finished, this,
        [this, path, result, prepared, error] {
            m_overlay->finish();
            if (*result && m_task->wasCancelled()) {
                showError(tr("Opening %1 was cancelled; the workspace shown is unchanged.").arg(path));
            } else if (*result) {
                applySnapshot(*result, *prepared);
                AppSettings().setLastWorkspace(QFileInfo(path).absoluteFilePath());
                updateGuide();
                Q_EMIT snapshotLoaded();
            } else if (m_task->wasCancelled()) {
                showError(tr("Opening %1 was cancelled; the workspace shown is unchanged.").arg(path));
            } else {
                showError(tr("Could not open %1: %2").arg(path, *error));
            }
        },
        Qt::SingleShotConnection);
}

std::vector<TableModelBase*> MainWindow::tableModels() const
{
    // The identities and accounts first: they are the big ones, prepared side by side.
    return {m_identities, m_accounts, m_groups, m_roles, m_privileged, m_audit};
}

void MainWindow::applySnapshot(LoadedSnapshotPtr snapshot, const std::vector<TableModelBase::PreparedPtr>& prepared)
{
    m_snapshot = std::move(snapshot);
    m_snapshotList = m_snapshot->allSnapshots;
    m_history.clear(); // row indexes belong to one snapshot
    const std::vector<TableModelBase*> models = tableModels();
    for (std::size_t i = 0; i < models.size(); ++i)
        models[i]->setSnapshot(m_snapshot, i < prepared.size() ? prepared[i] : nullptr);
    m_detail->setSnapshot(m_snapshot);
    m_secrets->setWorkspaceId(m_snapshot->workspaceId);
    m_helpdesk->setSnapshot(m_snapshot);
    m_reviews->setSnapshot(m_snapshot);
    m_dashboard->setSnapshot(m_snapshot);
    m_explorer->setSnapshot(m_snapshot);
    m_objectMenu->setSnapshot(m_snapshot);
    m_intentBar->setWorkspace(m_snapshot->session, m_snapshot->openIntents, m_snapshot->sources);
    if (!m_snapshot->journalProblems.isEmpty())
        showError(tr("Attest's journal in this workspace does not verify — it may have been tampered with: %1")
                      .arg(m_snapshot->journalProblems.join(QStringLiteral("; "))));
    // A help-desk connection opens in help-desk mode.
    bool helpdeskConnection = false;
    for (const SourceInfo& source : m_snapshot->sources) {
        if (source.id == m_snapshot->info.sourceId)
            if (const auto settings = app::savedConnectionSettings(source, nullptr))
                helpdeskConnection = settings->helpdeskRole;
    }
    applyHelpdeskMode(m_helpdeskChoice.value_or(helpdeskConnection));
    applyAuditRange();
    updateSnapshotChooser();
    updateWindowTitle();
    updateNavigationActions();
    auto* pane = qobject_cast<TablePane*>(m_tabs->currentWidget());
    if (pane && pane->proxy()->rowCount() > 0)
        pane->view()->selectionModel()->setCurrentIndex(
            pane->proxy()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MainWindow::refreshSnapshotList()
{
    if (!m_snapshot)
        return;
    QPointer<MainWindow> guard(this);
    const std::shared_ptr<app::Session> session = m_snapshot->session;
    QtConcurrent::run(workPool(), [session] {
        QString error;
        auto workspace = session->connect(&error);
        return workspace ? workspace->snapshots() : QList<SnapshotInfo>();
    }).then(this, [guard, session](const QList<SnapshotInfo>& list) {
        if (!guard || !guard->m_snapshot || guard->m_snapshot->session != session || list.isEmpty())
            return;
        guard->m_snapshotList = list;
        guard->updateSnapshotChooser();
    });
}

void MainWindow::openNewestSnapshotOf(qint64 sourceId)
{
    // A change to the demo made a new snapshot of the source shown: the panes, the help desk and
    // the snapshot chooser move to it, as after a sync. Another source's change leaves them be.
    if (!m_snapshot || !m_snapshot->session || m_snapshot->info.sourceId != sourceId)
        return;
    QPointer<MainWindow> guard(this);
    const std::shared_ptr<app::Session> session = m_snapshot->session;
    const qint64 shown = m_snapshot->info.id;
    QtConcurrent::run(workPool(), [session, sourceId] {
        QString error;
        auto workspace = session->connect(&error);
        const auto latest = workspace ? workspace->latestSnapshot(sourceId) : std::nullopt;
        return latest ? latest->id : qint64(0);
    }).then(this, [guard, session, shown](qint64 newest) {
        if (!guard || !guard->m_snapshot || guard->m_snapshot->session != session ||
            guard->m_snapshot->info.id != shown || newest <= shown)
            return;
        guard->openWorkspace(session, newest);
    });
}

void MainWindow::updateSnapshotChooser()
{
    m_snapshotCombo->clear();
    if (!m_snapshot)
        return;
    if (m_snapshotList.isEmpty())
        m_snapshotList = m_snapshot->allSnapshots;
    for (const SnapshotInfo& info : std::as_const(m_snapshotList)) {
        const QString label = tr("%1 — %2 (%3 identities)")
                                  .arg(info.label.isEmpty() ? DisplayFormat::date(info.takenAt) : info.label,
                                       info.sourceName, DisplayFormat::number(info.identityCount));
        m_snapshotCombo->addItem(label, info.id);
        if (info.id == m_snapshot->info.id)
            m_snapshotCombo->setCurrentIndex(m_snapshotCombo->count() - 1);
    }
}

void MainWindow::updateWindowTitle()
{
    if (!m_snapshot) {
        setWindowTitle(tr("Attest"));
        m_statusLabel->clear();
        return;
    }
    const QString file = QFileInfo(m_snapshot->workspacePath).fileName();
    setWindowTitle(m_helpdeskMode ? tr("%1 — Attest Help Desk").arg(file) : tr("%1 — Attest").arg(file));
    const auto& info = m_snapshot->info;
    if (info.id == 0) {
        m_statusLabel->setText(
            tr("%1 · no snapshot yet: Directory → Sync Now reads a saved connection").arg(m_snapshot->workspacePath));
        return;
    }
    m_statusLabel->setText(tr("%1 · snapshot %2 taken %3 · %4 accounts · %5 grants")
                               .arg(m_snapshot->workspacePath, info.label, DisplayFormat::dateTime(info.takenAt),
                                    DisplayFormat::number(info.accountCount),
                                    DisplayFormat::number(qint64(m_snapshot->graph->effectiveGrantCount()))));
}

void MainWindow::chooseWorkspaceFile()
{
    const QString start = m_snapshot ? QFileInfo(m_snapshot->workspacePath).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), start,
                                                      tr("Attest workspaces (*.attest);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::showObject(const ObjectRef& ref, bool recordHistory)
{
    if (!ref.isValid())
        return;
    m_detail->showObject(ref);
    if (recordHistory)
        m_history.visit(ref);
    updateNavigationActions();
}

void MainWindow::navigateTo(const ObjectRef& ref)
{
    if (!ref.isValid() || !m_snapshot)
        return;
    // Followed from a place that is not a pane of objects (a row of the dashboard's lists, the
    // explorer, the help desk): that place is a step of its own, so Back returns to it as it was left
    // rather than to whatever object was looked at before it.
    QWidget* from = m_tabs->currentWidget();
    if (from && !qobject_cast<TablePane*>(from))
        m_history.visit(NavigationEntry::place(m_tabs->indexOf(from) + 1));
    selectInPane(ref);
    showObject(ref, true);
}

void MainWindow::selectInPane(const ObjectRef& ref)
{
    m_navigating = true;
    // Show the object in the pane that lists its kind, keeping the current pane when it does.
    auto* current = qobject_cast<TablePane*>(m_tabs->currentWidget());
    if (!current || !current->selectObject(ref)) {
        switch (ref.kind) {
        case ObjectRef::Kind::Identity:
            m_panes[IdentitiesPane]->setCurrentModel(m_panes[IdentitiesPane]->indexOfModel(m_identities));
            m_tabs->setCurrentIndex(IdentitiesPane);
            m_panes[IdentitiesPane]->selectObject(ref);
            break;
        case ObjectRef::Kind::Account:
            m_panes[IdentitiesPane]->setCurrentModel(m_panes[IdentitiesPane]->indexOfModel(m_accounts));
            m_tabs->setCurrentIndex(IdentitiesPane);
            m_panes[IdentitiesPane]->selectObject(ref);
            break;
        case ObjectRef::Kind::Entitlement: {
            const bool role = m_snapshot->data->entitlements[ref.index].kind == EntitlementKind::Role;
            const Pane pane = role ? RolesPane : GroupsPane;
            m_tabs->setCurrentIndex(pane);
            m_panes[std::size_t(pane)]->selectObject(ref);
            break;
        }
        case ObjectRef::Kind::None:
            break;
        }
    }
    m_navigating = false;
}

void MainWindow::showEntry(const NavigationEntry& entry)
{
    if (entry.isPlace()) {
        m_navigating = true;
        m_tabs->setCurrentIndex(entry.view - 1); // as it was left: its list, its selection
        m_navigating = false;
        updateNavigationActions();
        return;
    }
    if (!entry.ref.isValid() || !m_snapshot)
        return;
    selectInPane(entry.ref);
    showObject(entry.ref, false);
}

void MainWindow::goBack()
{
    if (m_tabs->currentWidget() == m_explorer && m_explorer->canGoBack()) {
        m_explorer->goBack(); // the explorer's own arrangements first
        return;
    }
    if (m_history.canGoBack())
        showEntry(m_history.back());
}

void MainWindow::goForward()
{
    if (m_tabs->currentWidget() == m_explorer && m_explorer->canGoForward()) {
        m_explorer->goForward();
        return;
    }
    if (m_history.canGoForward())
        showEntry(m_history.forward());
}

void MainWindow::updateNavigationActions()
{
    const bool explorer = m_explorer && m_tabs->currentWidget() == m_explorer;
    if (m_backAction)
        m_backAction->setEnabled(m_history.canGoBack() || (explorer && m_explorer->canGoBack()));
    if (m_forwardAction)
        m_forwardAction->setEnabled(m_history.canGoForward() || (explorer && m_explorer->canGoForward()));
}

void MainWindow::createAccessExplorer()
{
    m_explorer = new AccessExplorer;
    m_tabs->insertTab(m_tabs->indexOf(m_dashboard) + 1, m_explorer, tr("Access Pa&ths")); // beside the dashboard
    // A click on a node shows the object in the detail panel (and the history); "Show in Its
    // Pane" goes to its table.
    connect(m_explorer, &AccessExplorer::objectSelected, this, [this](const ObjectRef& ref) { showObject(ref, true); });
    connect(m_explorer, &AccessExplorer::objectActivated, this, &MainWindow::navigateTo);
    connect(m_explorer, &AccessExplorer::historyChanged, this, &MainWindow::updateNavigationActions);
    connect(m_detail, &DetailPanel::accessPathsRequested, this, [this](const ObjectRef& ref) {
        m_explorer->showPaths(ref);
        m_tabs->setCurrentWidget(m_explorer);
    });
    connect(m_dashboard, &DashboardView::accessPathsRequested, this, [this](const ObjectRef& ref) {
        m_explorer->showPaths(ref);
        m_tabs->setCurrentWidget(m_explorer);
    });
}

void MainWindow::showAccessPaths()
{
    showAccessPaths(m_detail->currentObject());
}

void MainWindow::showAccessPaths(const ObjectRef& ref)
{
    if (ref.isValid() && m_snapshot)
        m_explorer->showPaths(ref);
    m_tabs->setCurrentWidget(m_explorer);
}

void MainWindow::createObjectMenu()
{
    m_objectMenu = new ObjectMenu(this);
    m_objectMenu->open = [this](const ObjectRef& ref) { navigateTo(ref); };
    m_objectMenu->accessPaths = [this](const ObjectRef& ref) { showAccessPaths(ref); };
    m_objectMenu->accountActions = [this](QMenu* menu, quint32 account) { addAccountActions(menu, account); };
    for (TablePane* pane : m_panes)
        pane->setObjectMenu(m_objectMenu);
    m_detail->setObjectMenu(m_objectMenu);
    m_dashboard->setObjectMenu(m_objectMenu);
    m_helpdesk->setObjectMenu(m_objectMenu);
}

void MainWindow::addAccountActions(QMenu* menu, quint32 account)
{
    // The help desk's own buttons, for this account: their state, their reasons, their rules. The
    // help desk is shown first, for the caller's verification checklist and the result.
    if (!m_helpdesk->showAccountAt(int(account)))
        return;
    const auto showHelpdeskFirst = [this] { showHelpdesk(); };
    addButtonAction(menu, tr("&Reset Password…"), m_helpdesk->resetButton(), showHelpdeskFirst);
    addButtonAction(menu, tr("&Unlock"), m_helpdesk->unlockButton(), showHelpdeskFirst);
    addButtonAction(menu, tr("&Enable"), m_helpdesk->enableButton(), showHelpdeskFirst);
    addButtonAction(menu, tr("D&isable"), m_helpdesk->disableButton(), showHelpdeskFirst);
}

void MainWindow::saveSettings() const
{
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setSplitterState(m_splitter->saveState());
    for (TablePane* pane : m_panes)
        settings.setPaneColumns(pane->paneId(), pane->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_task->cancel();
    m_secrets->forgetSession();
    saveSettings();
    event->accept();
}

} // namespace attest
