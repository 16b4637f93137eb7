#include "testregistry.h"

#include "common/disabledreason.h"
#include "common/objectmenu.h"
#include "connections/connectionsdialog.h"
#include "dashboard/dashboardview.h"
#include "helpdesk/helpdeskview.h"
#include "helpdesk/passwordresetdialog.h"
#include "mainwindow.h"
#include "panes/detailpanel.h"
#include "panes/tablepane.h"
#include "paths/accessexplorer.h"
#include "relationlistmodel.h"
#include "reviews/reviewview.h"
#include "snapshotloader.h"
#include "subjectlistmodel.h"
#include "tablefilterproxymodel.h"
#include "tablemodelbase.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;

// Every list's rows have a menu (right-click, the Menu key, Shift+F10) with the actions for the
// row's kind, acting on that row; disabled buttons say why; Back after a row of the dashboard's
// list returns to the dashboard as it was.
class TestContextMenu : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    QPointer<QMenu> m_shown;

    const SnapshotData& data() const { return *m_window->snapshot()->data; }

    // Right-clicks row of view (as a person does: on the viewport, at the row) and returns the
    // menu shown, or null.
    QMenu* rightClick(QTableView* view, int row)
    {
        closeMenu();
        view->scrollTo(view->model()->index(row, 0));
        const QPoint pos = view->visualRect(view->model()->index(row, 0)).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, view->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(view->viewport(), &event);
        return m_shown;
    }

    void closeMenu()
    {
        if (m_shown)
            m_shown->close();
        m_shown = nullptr;
        QCoreApplication::processEvents();
    }

    static QAction* item(QMenu* menu, const QString& name)
    {
        if (!menu)
            return nullptr;
        for (QAction* action : menu->actions()) {
            if (action->objectName() == name)
                return action;
        }
        return nullptr;
    }

    static QStringList names(QMenu* menu)
    {
        QStringList result;
        if (menu) {
            for (QAction* action : menu->actions()) {
                if (!action->isSeparator())
                    result << action->objectName();
            }
        }
        return result;
    }

    // Chooses the item, as a click in the menu does (the menu closes first).
    static void choose(QMenu* menu, QAction* action)
    {
        menu->close();
        action->trigger();
    }

    ObjectRef refOfRow(TablePane* pane, int row) const
    {
        return pane->proxy()->index(row, 0).data(TableModelBase::ObjectRefRole).value<ObjectRef>();
    }

    void measureDashboard()
    {
        DashboardView* dashboard = m_window->dashboard();
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("paneTabWidget"));
        QSignalSpy analysed(dashboard, &DashboardView::analysed);
        tabs->setCurrentWidget(dashboard);
        if (!dashboard->analysis())
            QVERIFY(analysed.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->analysis() && !dashboard->isBusy(), 60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.attest"));
        QString error;
        QVERIFY2(createDemoWorkspace(m_path, 400, {}, &error), qPrintable(error));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        connect(m_window->objectMenu(), &ObjectMenu::menuAboutToShow, this, [this](QMenu* menu) { m_shown = menu; });
        QSignalSpy loaded(m_window.get(), &MainWindow::snapshotLoaded);
        m_window->openWorkspace(m_path);
        QVERIFY(loaded.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 30000);
    }

    void cleanupTestCase()
    {
        closeMenu();
        m_window.reset();
    }

    void identityRowMenuActsOnThatRow()
    {
        TablePane* pane = m_window->pane(MainWindow::IdentitiesPane);
        m_window->showPane(MainWindow::IdentitiesPane);
        pane->setCurrentModel(0); // people
        QVERIFY(pane->proxy()->rowCount() > 5);
        pane->view()->selectRow(0);
        const ObjectRef ref = refOfRow(pane, 4);
        QCOMPARE(ref.kind, ObjectRef::Kind::Identity);
        QMenu* menu = rightClick(pane->view(), 4);
        QVERIFY(menu);
        // The row under the mouse became the current one, the one the detail panel shows.
        QCOMPARE(pane->currentObject(), ref);
        QCOMPARE(m_window->detailPanel()->currentObject(), ref);
        const QStringList items = names(menu);
        QVERIFY2(items.contains(QStringLiteral("openObjectAction")), qPrintable(items.join(u',')));
        QVERIFY(items.contains(QStringLiteral("showAccessPathsObjectAction")));
        QVERIFY(items.contains(QStringLiteral("copyNameAction")));
        QVERIFY(!items.contains(QStringLiteral("copyLoginAction"))); // a person has no login
        QVERIFY(!items.contains(QStringLiteral("resetPasswordMenuAction")));
        choose(menu, item(menu, QStringLiteral("copyNameAction")));
        QCOMPARE(QGuiApplication::clipboard()->text(), data().identities[ref.index].displayName);
        closeMenu();
    }

    void accountRowMenuCopiesItsLoginAndOffersTheHelpdesksActions()
    {
        TablePane* pane = m_window->pane(MainWindow::IdentitiesPane);
        m_window->showPane(MainWindow::IdentitiesPane);
        pane->setCurrentModel(1); // accounts
        // A locked account: Unlock is offered and on; an unlocked one: off, saying why.
        int locked = -1;
        int unlocked = -1;
        for (int row = 0; row < pane->proxy()->rowCount() && (locked < 0 || unlocked < 0); ++row) {
            const ObjectRef ref = refOfRow(pane, row);
            const Account& account = data().accounts[ref.index];
            if (account.locked && account.enabled && locked < 0)
                locked = row;
            else if (!account.locked && account.enabled && unlocked < 0)
                unlocked = row;
        }
        QVERIFY(locked >= 0 && unlocked >= 0);
        const ObjectRef lockedRef = refOfRow(pane, locked);
        QMenu* menu = rightClick(pane->view(), locked);
        QVERIFY(menu);
        QCOMPARE(pane->currentObject(), lockedRef);
        for (const char* name :
             {"openObjectAction", "showAccessPathsObjectAction", "copyLoginAction", "resetPasswordMenuAction",
              "unlockMenuAction", "enableMenuAction", "disableMenuAction"})
            QVERIFY2(item(menu, QLatin1String(name)), name);
        // The help desk's own buttons decide: the same state, the same reasons.
        QCOMPARE(m_window->helpdesk()->currentAccount(), int(lockedRef.index));
        QVERIFY(item(menu, QStringLiteral("unlockMenuAction"))->isEnabled());
        QVERIFY(!item(menu, QStringLiteral("enableMenuAction"))->isEnabled());
        QCOMPARE(item(menu, QStringLiteral("enableMenuAction"))->toolTip(),
                 m_window->helpdesk()->enableButton()->toolTip());
        QVERIFY(!item(menu, QStringLiteral("enableMenuAction"))->toolTip().isEmpty());
        choose(menu, item(menu, QStringLiteral("copyLoginAction")));
        QCOMPARE(QGuiApplication::clipboard()->text(), data().accounts[lockedRef.index].login);

        const ObjectRef unlockedRef = refOfRow(pane, unlocked);
        menu = rightClick(pane->view(), unlocked);
        QVERIFY(menu);
        QVERIFY(!item(menu, QStringLiteral("unlockMenuAction"))->isEnabled());
        QVERIFY(!item(menu, QStringLiteral("unlockMenuAction"))->toolTip().isEmpty());
        // Reset Password… is the help desk's: it opens there, on that account.
        choose(menu, item(menu, QStringLiteral("resetPasswordMenuAction")));
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("paneTabWidget"));
        QCOMPARE(tabs->currentWidget(), m_window->helpdesk());
        QTRY_VERIFY(m_window->helpdesk()->resetDialog());
        QCOMPARE(m_window->helpdesk()->currentAccount(), int(unlockedRef.index));
        m_window->helpdesk()->resetDialog()->reject();
        QTRY_VERIFY(!m_window->helpdesk()->resetDialog());
        closeMenu();
    }

    void groupRowMenuShowsItsAccessPaths()
    {
        for (const MainWindow::Pane which : {MainWindow::GroupsPane, MainWindow::RolesPane}) {
            TablePane* pane = m_window->pane(which);
            m_window->showPane(which);
            QVERIFY(pane->proxy()->rowCount() > 2);
            const ObjectRef ref = refOfRow(pane, 2);
            QCOMPARE(ref.kind, ObjectRef::Kind::Entitlement);
            QMenu* menu = rightClick(pane->view(), 2);
            QVERIFY(menu);
            QVERIFY(!item(menu, QStringLiteral("copyLoginAction")));
            QVERIFY(!item(menu, QStringLiteral("resetPasswordMenuAction")));
            choose(menu, item(menu, QStringLiteral("showAccessPathsObjectAction")));
            auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("paneTabWidget"));
            QCOMPARE(tabs->currentWidget(), m_window->accessExplorer());
            QCOMPARE(m_window->accessExplorer()->state().start, ref);
            closeMenu();
        }
    }

    void privilegedAndAuditRowsHaveMenus()
    {
        TablePane* privileged = m_window->pane(MainWindow::PrivilegedPane);
        m_window->showPane(MainWindow::PrivilegedPane);
        QVERIFY(privileged->proxy()->rowCount() > 1);
        const ObjectRef ref = refOfRow(privileged, 1);
        QMenu* menu = rightClick(privileged->view(), 1);
        QVERIFY(menu);
        choose(menu, item(menu, QStringLiteral("copyLoginAction")));
        QCOMPARE(QGuiApplication::clipboard()->text(), data().accounts[ref.index].login);

        TablePane* audit = m_window->pane(MainWindow::AuditPane);
        m_window->showPane(MainWindow::AuditPane);
        QVERIFY(audit->proxy()->rowCount() > 0);
        menu = rightClick(audit->view(), 0);
        QVERIFY(menu);
        QAction* copy = item(menu, QStringLiteral("copyRowAction"));
        QVERIFY(copy);
        choose(menu, copy);
        QVERIFY(QGuiApplication::clipboard()->text().contains(audit->proxy()->index(0, 1).data().toString()));
        closeMenu();
    }

    void detailPanelRelationRowsHaveMenus()
    {
        // A group's members: each row is an account.
        TablePane* groups = m_window->pane(MainWindow::GroupsPane);
        m_window->showPane(MainWindow::GroupsPane);
        DetailPanel* detail = m_window->detailPanel();
        QTableView* members = nullptr;
        for (int row = 0; row < groups->proxy()->rowCount() && !members; ++row) {
            groups->view()->selectRow(row);
            for (int tab = 0; tab < 4; ++tab) {
                RelationListModel* model = detail->relationModel(tab);
                if (model->rowCount() > 1 && model->objectAt(1).kind == ObjectRef::Kind::Account &&
                    detail->tabs()->isTabVisible(tab)) {
                    detail->tabs()->setCurrentIndex(tab);
                    members = detail->relationView(tab);
                    break;
                }
            }
        }
        QVERIFY(members);
        QCoreApplication::processEvents();
        const ObjectRef ref = qobject_cast<RelationListModel*>(members->model())->objectAt(1);
        QMenu* menu = rightClick(members, 1);
        QVERIFY(menu);
        choose(menu, item(menu, QStringLiteral("copyLoginAction")));
        QCOMPARE(QGuiApplication::clipboard()->text(), data().accounts[ref.index].login);
        closeMenu();
    }

    void keyboardOpensTheMenuOnTheCurrentRow()
    {
        TablePane* pane = m_window->pane(MainWindow::IdentitiesPane);
        m_window->showPane(MainWindow::IdentitiesPane);
        pane->setCurrentModel(1); // accounts
        pane->view()->setFocus();
        pane->view()->selectRow(3);
        const ObjectRef ref = refOfRow(pane, 3);
        closeMenu();
        QTest::keyClick(pane->view(), Qt::Key_F10, Qt::ShiftModifier);
        QVERIFY(m_shown);
        QMenu* menu = m_shown;
        choose(menu, item(menu, QStringLiteral("copyLoginAction")));
        QCOMPARE(QGuiApplication::clipboard()->text(), data().accounts[ref.index].login);
        closeMenu();
        QTest::keyClick(pane->view(), Qt::Key_Menu);
        QVERIFY(m_shown);
        QVERIFY(item(m_shown, QStringLiteral("copyLoginAction")));
        closeMenu();
    }

    void dashboardRowMenuAcceptsAsException()
    {
        measureDashboard();
        DashboardView* dashboard = m_window->dashboard();
        dashboard->showMeasure(analysis::MeasureId::OrphanAccounts);
        QTableView* view = dashboard->listView();
        QVERIFY(view->model()->rowCount() > 2);
        const auto* proxy = qobject_cast<QSortFilterProxyModel*>(view->model());
        const ObjectRef ref = dashboard->listModel()->objectAt(proxy->mapToSource(proxy->index(2, 0)).row());
        QMenu* menu = rightClick(view, 2);
        QVERIFY(menu);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(view->selectionModel()->selectedRows().front().row(), 2);
        QAction* accept = item(menu, QStringLiteral("acceptExceptionButtonMenuAction"));
        QVERIFY(accept);
        QVERIFY(accept->isEnabled());
        QVERIFY(item(menu, QStringLiteral("showAccessPathsObjectAction")));
        // Look at it: the menu open on the dashboard's list.
        const QString shots = QStringLiteral(ATTEST_TEST_OUTPUT_DIR) + QStringLiteral("/screenshots");
        QDir().mkpath(shots);
        menu->adjustSize();
        QVERIFY(menu->grab().save(shots + QStringLiteral("/context-menu-dashboard-account.png")));
        choose(menu, item(menu, QStringLiteral("copyLoginAction")));
        QCOMPARE(QGuiApplication::clipboard()->text(), data().accounts[ref.index].login);
        closeMenu();
    }

    void disabledButtonsSayWhy()
    {
        // The help desk of a window just opened, with no account chosen yet.
        {
            MainWindow window;
            QSignalSpy loaded(&window, &MainWindow::snapshotLoaded);
            window.openWorkspace(m_path);
            QVERIFY(loaded.wait(60000));
            HelpdeskView* helpdesk = window.helpdesk();
            QCOMPARE(helpdesk->currentAccount(), -1);
            for (QPushButton* button : {helpdesk->resetButton(), helpdesk->unlockButton(), helpdesk->enableButton(),
                                        helpdesk->disableButton()}) {
                QVERIFY2(!button->isEnabled(), qPrintable(button->objectName()));
                QVERIFY2(!button->toolTip().isEmpty(), qPrintable(button->objectName()));
            }
            QVERIFY(helpdesk->resetButton()->toolTip().contains(QStringLiteral("Select an account")));
        }

        // A review with no campaign open.
        ReviewView reviews;
        auto* accept = reviews.findChild<QPushButton*>(QStringLiteral("acceptRecommendationsButton"));
        QVERIFY(accept);
        QVERIFY(!accept->isEnabled());
        QVERIFY(!accept->toolTip().isEmpty());

        // The connections with none selected.
        ConnectionsDialog* connections = m_window->showConnections();
        QVERIFY(connections);
        connections->findChild<QTableWidget*>()->clearSelection();
        int checked = 0;
        for (QPushButton* button : connections->findChildren<QPushButton*>()) {
            const QString text = button->text();
            if (text == QStringLiteral("&Edit…") || text == QStringLiteral("&Remove…") ||
                text == QStringLiteral("&Sync Now")) {
                QVERIFY2(!button->isEnabled(), qPrintable(text));
                QVERIFY2(!button->toolTip().isEmpty(), qPrintable(text));
                ++checked;
            }
        }
        QCOMPARE(checked, 3);
        connections->close();

        // The dashboard's list with nothing selected.
        measureDashboard();
        m_window->dashboard()->showMeasure(analysis::MeasureId::OrphanAccounts);
        m_window->dashboard()->listView()->clearSelection();
        for (const char* name : {"openButton", "accessPathsButton", "acceptExceptionButton"}) {
            auto* button = m_window->dashboard()->findChild<QPushButton*>(QLatin1String(name));
            QVERIFY2(button && !button->isEnabled(), name);
            QVERIFY2(!button->toolTip().isEmpty(), name);
        }
    }

    void enabledAgainShowsItsOwnToolTip()
    {
        QPushButton button(QStringLiteral("&Go"));
        button.setToolTip(QStringLiteral("Goes"));
        setEnabledWithReason(&button, false, QStringLiteral("Select something first"));
        QCOMPARE(button.toolTip(), QStringLiteral("Select something first"));
        setEnabledWithReason(&button, false, QStringLiteral("Another reason"));
        QCOMPARE(button.toolTip(), QStringLiteral("Another reason"));
        setEnabledWithReason(&button, true, QStringLiteral("Another reason"));
        QVERIFY(button.isEnabled());
        QCOMPARE(button.toolTip(), QStringLiteral("Goes"));
        button.setToolTip(QStringLiteral("Goes now"));
        setEnabledWithReason(&button, false, QStringLiteral("Not now"));
        setEnabledWithReason(&button, true, {});
        QCOMPARE(button.toolTip(), QStringLiteral("Goes now"));
    }

    void backAfterADashboardRowReturnsToTheDashboard()
    {
        // An object looked at first, then the dashboard's list, then a row of it.
        TablePane* pane = m_window->pane(MainWindow::GroupsPane);
        m_window->showPane(MainWindow::GroupsPane);
        pane->view()->selectRow(1);
        measureDashboard();
        DashboardView* dashboard = m_window->dashboard();
        dashboard->showMeasure(analysis::MeasureId::OrphanAccounts);
        QTableView* list = dashboard->listView();
        QVERIFY(list->model()->rowCount() > 3);
        list->selectRow(3);
        const QString title = dashboard->listTitle();
        const int rows = list->model()->rowCount();
        Q_EMIT list->activated(list->model()->index(3, 0));
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("paneTabWidget"));
        QCOMPARE(tabs->currentWidget(), m_window->pane(MainWindow::IdentitiesPane));
        const ObjectRef opened = m_window->detailPanel()->currentObject();
        QCOMPARE(opened.kind, ObjectRef::Kind::Account);

        m_window->goBack();
        QCOMPARE(tabs->currentWidget(), dashboard);
        QCOMPARE(dashboard->listTitle(), title);
        QCOMPARE(list->model()->rowCount(), rows);
        QCOMPARE(list->currentIndex().row(), 3);
        // Forward goes to the row's object again; Back again to the dashboard, then the group.
        m_window->goForward();
        QCOMPARE(tabs->currentWidget(), m_window->pane(MainWindow::IdentitiesPane));
        QCOMPARE(m_window->detailPanel()->currentObject(), opened);
        m_window->goBack();
        QCOMPARE(tabs->currentWidget(), dashboard);
        m_window->goBack();
        QCOMPARE(tabs->currentWidget(), m_window->pane(MainWindow::GroupsPane));
    }
};

ATTEST_REGISTER_TEST(TestContextMenu, "contextmenu")
#include "tst_contextmenu.moc"
