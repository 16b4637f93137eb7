#pragma once

#include "loadedsnapshot.h"
#include "navigationhistory.h"
#include "objectref.h"
#include "tablemodelbase.h"

#include <QHash>
#include <QMainWindow>

#include <array>
#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QSplitter;
class QMenu;
class QTabWidget;
class QToolBar;

namespace attest {

class AccessExplorer;
class AccountTableModel;
class AuditEventModel;
class BackgroundTask;
class ConnectionSecrets;
class ConnectionsDialog;
class DashboardView;
class DetailPanel;
class EntitlementTableModel;
class HelpdeskView;
class IntentResolutionBar;
class GuideBar;
class ReviewView;
class IdentityTableModel;
class LoadingOverlay;
class ObjectMenu;
class PrivilegedAccountModel;
class TablePane;

// The console window: five panes (identities, groups, roles, privileged accounts, audit trail),
// the detail panel, browser-like Back/Forward, and the loading of workspaces off the GUI thread.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Pane
    {
        IdentitiesPane,
        GroupsPane,
        RolesPane,
        PrivilegedPane,
        AuditPane,
        PaneCount
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens path, or with an empty path the last workspace, or creates the demo workspace for a
    // new user and opens that.
    void openInitialWorkspace(const QString& path);
    void openWorkspace(const QString& path, qint64 snapshotId = 0);
    // Another snapshot of the open workspace (the chooser, after a sync): no second session.
    void openWorkspace(std::shared_ptr<app::Session> session, qint64 snapshotId);

    LoadedSnapshotPtr snapshot() const { return m_snapshot; }
    TablePane* pane(Pane pane) const { return m_panes[std::size_t(pane)]; }
    DetailPanel* detailPanel() const { return m_detail; }
    QString errorText() const;
    bool isBusy() const;

    // Reads the saved LDAP connection sourceId into a new snapshot on a worker thread, with
    // progress and Cancel, then shows it. The password is kept for this session only.
    void syncSource(qint64 sourceId, const QByteArray& password);
    void syncNow();
    // Directory → Connections…: add, edit, test, remove and sync saved connections.
    ConnectionsDialog* showConnections();

    // The help desk's view (its own tab; Ctrl+K finds an account). In help-desk mode the window
    // shows only it: the review and administration panes, the detail panel and the directory
    // menu are hidden.
    HelpdeskView* helpdesk() const { return m_helpdesk; }
    void showHelpdesk();
    ReviewView* reviews() const { return m_reviews; }
    DashboardView* dashboard() const { return m_dashboard; }
    void newCampaign(); // opens the campaign wizard on the loaded snapshot
    void setHelpdeskMode(bool on);
    bool isHelpdeskMode() const { return m_helpdeskMode; }
    // Re-reads the audit trail (directory events and the journal) after a change.
    void refreshAuditTrail();
    // File → Verify Journal: checks the chain and signatures off the GUI thread and reports every
    // changed, deleted, inserted or reordered record with its position.
    void verifyJournal();
    // File → New Workspace: an empty workspace for the user's own organisation, in a file they
    // choose (never over an existing one).
    void newWorkspace();
    void createWorkspaceAndOpen(const QString& path);
    // The strip above the panes that says where a new user is and where to start.
    GuideBar* guideBar() const { return m_guide; }

Q_SIGNALS:
    void journalVerified(const QStringList& problems, qint64 records);

public:
    ConnectionSecrets* connectionSecrets() const { return m_secrets; }
    // Shown when the journal check at open finds changes whose outcome was never recorded.
    IntentResolutionBar* intentResolutionBar() const { return m_intentBar; }

    void showPane(Pane pane);
    void navigateTo(const ObjectRef& ref);
    // The access-path explorer (its own tab): View → Show Access Paths opens it on the object
    // the detail panel shows.
    AccessExplorer* accessExplorer() const { return m_explorer; }
    void showAccessPaths();
    void showAccessPaths(const ObjectRef& ref);
    // The menu every list's rows share (right-click, the Menu key, Shift+F10).
    ObjectMenu* objectMenu() const { return m_objectMenu; }
    void goBack();
    void goForward();

Q_SIGNALS:
    void snapshotLoaded();
    void loadFailed(const QString& error);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createPanes();
    void createAuditFilter();
    void applySnapshot(LoadedSnapshotPtr snapshot, const std::vector<TableModelBase::PreparedPtr>& prepared);
    std::vector<TableModelBase*> tableModels() const;
    void showError(const QString& message);
    void showObject(const ObjectRef& ref, bool recordHistory);
    // Makes ref the current row of the pane that lists it (keeping the current pane when it does).
    void selectInPane(const ObjectRef& ref);
    // Back and Forward arriving at entry: an object in its pane, or a place (the dashboard as left).
    void showEntry(const NavigationEntry& entry);
    void createObjectMenu();
    void addAccountActions(QMenu* menu, quint32 account);
    void updateNavigationActions();
    void updateSnapshotChooser();
    // Reads the workspace's snapshot list again (off the GUI thread), keeping what is open: a
    // remediation of the demo source adds a snapshot, which the chooser shows at once.
    void refreshSnapshotList();
    void openNewestSnapshotOf(qint64 sourceId);
    QList<SnapshotInfo> m_snapshotList;
    void updateWindowTitle();
    void applyAuditRange();
    void chooseWorkspaceFile();
    void createDemoAndOpen(const QString& path);
    void saveSettings() const;

    LoadedSnapshotPtr m_snapshot;
    NavigationHistory m_history;
    bool m_navigating = false;

    IdentityTableModel* m_identities;
    AccountTableModel* m_accounts;
    EntitlementTableModel* m_groups;
    EntitlementTableModel* m_roles;
    PrivilegedAccountModel* m_privileged;
    AuditEventModel* m_audit;

    std::array<TablePane*, PaneCount> m_panes{};
    QTabWidget* m_tabs;
    DetailPanel* m_detail;
    QSplitter* m_splitter;
    QWidget* m_central;
    QLabel* m_errorLabel;
    QWidget* m_errorBanner;
    LoadingOverlay* m_overlay;
    BackgroundTask* m_task;
    QComboBox* m_snapshotCombo;
    QComboBox* m_auditRangeCombo;
    QDateTimeEdit* m_auditFrom;
    QDateTimeEdit* m_auditTo;
    bool m_auditCustomShown = false; // the custom range was seeded from what was shown before
    int m_auditShownDays = 0;        // the preset range shown last (0: all time)
    QLabel* m_statusLabel;

    QAction* m_backAction = nullptr;
    QAction* m_forwardAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_openAction = nullptr;
    void syncWithStoredPassword(qint64 sourceId, const QString& name);
    QList<SourceInfo> savedConnections(QString* error) const;

    ConnectionSecrets* m_secrets; // passwords: this session's memory, then the OS keychain
    HelpdeskView* m_helpdesk = nullptr;
    IntentResolutionBar* m_intentBar = nullptr;
    GuideBar* m_guide = nullptr;
    QAction* m_connectionsAction = nullptr;
    QAction* m_syncAction = nullptr;
    QAction* m_newCampaignAction = nullptr;
    QAction* m_dashboardAction = nullptr;
    QAction* m_gettingStartedAction = nullptr;
    void updateGuide();
    ReviewView* m_reviews = nullptr;
    DashboardView* m_dashboard = nullptr;
    QMenu* m_reviewsMenu = nullptr;
    bool m_helpdeskMode = false;
    std::optional<bool> m_helpdeskChoice; // --helpdesk or the menu; else the connection's role decides
    void applyHelpdeskMode(bool on);
    QMenu* m_directoryMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    // The View menu's actions that help-desk mode keeps: chosen where they are created, by what
    // they are, never by their (translated) text.
    QList<QAction*> m_helpdeskActions;
    QToolBar* m_toolbar = nullptr;
    AccessExplorer* m_explorer = nullptr;
    void createAccessExplorer();
    ObjectMenu* m_objectMenu = nullptr;
};

} // namespace attest
