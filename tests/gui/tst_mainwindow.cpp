#include "testregistry.h"

#include "common/appsettings.h"
#include "common/colours.h"
#include "common/guidebar.h"
#include "common/translations.h"
#include "dashboard/dashboardview.h"
#include "displayformat.h"
#include "helpdesk/helpdeskview.h"
#include "identitytablemodel.h"
#include "mainwindow.h"
#include "mnemonics.h"
#include "palettecheck.h"
#include "panes/detailpanel.h"
#include "panes/tablepane.h"
#include "paths/accessexplorer.h"
#include "relationlistmodel.h"
#include "reviews/reviewview.h"
#include "snapshotloader.h"
#include "tablefilterproxymodel.h"
#include "tablemodelbase.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace attest;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;

    QString screenshotDir() const
    {
        const QString dir = QString::fromLocal8Bit(qgetenv("ATTEST_TEST_OUTPUT_DIR")).isEmpty()
                                ? QStringLiteral(ATTEST_TEST_OUTPUT_DIR)
                                : QString::fromLocal8Bit(qgetenv("ATTEST_TEST_OUTPUT_DIR"));
        const QString path = dir + QStringLiteral("/screenshots");
        QDir().mkpath(path);
        return path;
    }

    void save(QWidget* widget, const QString& name)
    {
        const QString file = screenshotDir() + QLatin1Char('/') + name + QStringLiteral(".png");
        QVERIFY2(widget->grab().save(file), qPrintable(file));
    }

    static bool openAndWait(MainWindow& window, const QString& path)
    {
        QSignalSpy loaded(&window, &MainWindow::snapshotLoaded);
        window.openWorkspace(path);
        return loaded.wait(30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("demo.attest"));
        QString error;
        QVERIFY2(createDemoWorkspace(m_workspace, 400, {}, &error), qPrintable(error));
    }

    void firstWindowFitsTheScreen()
    {
        // No saved geometry: the first window fits the screen's available area, whatever its size.
        AppSettings().setWindowGeometry(QByteArray());
        MainWindow window;
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                .arg(window.width())
                                .arg(window.height())
                                .arg(available.width())
                                .arg(available.height())));
        QVERIFY(available.contains(window.geometry().center()));
        // A saved geometry larger than the screen (saved on a bigger monitor) is brought within it.
        QWidget big;
        big.setGeometry(available.x(), available.y(), available.width() + 600, available.height() + 400);
        AppSettings().setWindowGeometry(big.saveGeometry());
        MainWindow restored;
        QVERIFY(restored.width() <= available.width() && restored.height() <= available.height());
        AppSettings().setWindowGeometry(QByteArray());
    }

    void opensTheDemoAndFillsEveryPane()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, m_workspace));
        QVERIFY(window.snapshot());
        for (int pane = 0; pane < MainWindow::PaneCount; ++pane)
            QVERIFY2(window.pane(MainWindow::Pane(pane))->proxy()->rowCount() > 0, qPrintable(QString::number(pane)));
        QCOMPARE(window.pane(MainWindow::IdentitiesPane)->proxy()->rowCount(),
                 int(window.snapshot()->data->identities.size()));
        QVERIFY(window.pane(MainWindow::IdentitiesPane)->statusText().contains(QStringLiteral("identities")));
        auto* snapshots = window.findChild<QComboBox*>(QStringLiteral("snapshotComboBox"));
        QVERIFY(snapshots);
        QCOMPARE(snapshots->count(), 4);
    }

    void searchFiltersAsYouType()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_workspace));
        TablePane* pane = window.pane(MainWindow::IdentitiesPane);
        const int total = pane->proxy()->rowCount();
        // Type a login (QTest can only type ASCII); logins are ASCII-folded names.
        const auto accounts = window.snapshot()->graph->accountsOfIdentity(5);
        QVERIFY(!accounts.empty());
        const QString login = window.snapshot()->data->accounts[accounts[0]].login;
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(pane->searchLineEdit()->hasFocus());
        QTest::keyClicks(pane->searchLineEdit(), login);
        QTRY_VERIFY(pane->proxy()->rowCount() < total);
        QVERIFY(pane->proxy()->rowCount() >= 1);
        QVERIFY(pane->statusText().contains(QStringLiteral(" of ")));
        pane->searchLineEdit()->setText(QStringLiteral("no such person anywhere"));
        QTRY_COMPARE(pane->proxy()->rowCount(), 0);
        QVERIFY(pane->findChild<QWidget*>(QStringLiteral("emptyLabel"))->isVisible());
        pane->searchLineEdit()->clear();
        QTRY_COMPARE(pane->proxy()->rowCount(), total);
    }

    void selectNavigateBackAndForward()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_workspace));
        // Pick an identity whose account holds a nested entitlement.
        const auto snapshot = window.snapshot();
        quint32 identity = AccessGraph::kNone;
        for (quint32 i = 0; i < snapshot->graph->identityCount() && identity == AccessGraph::kNone; ++i) {
            for (quint32 a : snapshot->graph->accountsOfIdentity(i)) {
                if (!snapshot->graph->effectiveGrants(a).empty())
                    identity = i;
            }
        }
        QVERIFY(identity != AccessGraph::kNone);

        window.showPane(MainWindow::IdentitiesPane);
        TablePane* pane = window.pane(MainWindow::IdentitiesPane);
        QVERIFY(pane->selectObject(ObjectRef::identity(identity)));
        window.navigateTo(ObjectRef::identity(identity));
        QCOMPARE(window.detailPanel()->currentObject(), ObjectRef::identity(identity));
        QCOMPARE(window.detailPanel()->titleText(), snapshot->data->identities[identity].displayName);

        // Activate the first entitlement in the detail panel: the window moves to its pane.
        RelationListModel* grants = window.detailPanel()->relationModel(0);
        QVERIFY(grants->rowCount() > 0);
        const ObjectRef entitlement = grants->objectAt(0);
        window.navigateTo(entitlement);
        QCOMPARE(window.detailPanel()->currentObject(), entitlement);
        const bool role = snapshot->data->entitlements[entitlement.index].kind == EntitlementKind::Role;
        QCOMPARE(window.findChild<QTabWidget*>(QStringLiteral("paneTabWidget"))->currentIndex(),
                 int(role ? MainWindow::RolesPane : MainWindow::GroupsPane));

        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window.detailPanel()->currentObject(), ObjectRef::identity(identity));
        QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(window.detailPanel()->currentObject(), entitlement);
    }

    void selectionFollowsWhatTheSearchShows()
    {
        // What the detail panel shows, and Ctrl+Shift+P acts on, is always a row on screen.
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_workspace));
        const auto snapshot = window.snapshot();
        window.showPane(MainWindow::GroupsPane);
        TablePane* pane = window.pane(MainWindow::GroupsPane);
        const int all = pane->proxy()->rowCount();
        QVERIFY(all > 2);
        const auto refAt = [pane](int row) {
            return pane->proxy()->index(row, 0).data(TableModelBase::ObjectRefRole).value<ObjectRef>();
        };
        const auto nameOf = [&snapshot](const ObjectRef& ref) { return snapshot->data->entitlements[ref.index].name; };
        // Two groups, the second's name not found in the first's.
        const ObjectRef first = refAt(0);
        ObjectRef other;
        for (int row = 1; row < pane->proxy()->rowCount() && !other.isValid(); ++row) {
            if (!nameOf(refAt(row)).contains(nameOf(first), Qt::CaseInsensitive) &&
                !nameOf(first).contains(nameOf(refAt(row)), Qt::CaseInsensitive))
                other = refAt(row);
        }
        QVERIFY(other.isValid());
        pane->view()->setCurrentIndex(pane->proxy()->index(0, 0));
        QCOMPARE(window.detailPanel()->currentObject(), first);

        // A search that keeps the current row keeps it current.
        pane->searchLineEdit()->setText(nameOf(first));
        QTRY_VERIFY(pane->proxy()->rowCount() < all);
        QCOMPARE(pane->currentObject(), first);
        QCOMPARE(window.detailPanel()->currentObject(), first);

        // A search that hides it moves the selection and the detail to the first row shown.
        pane->searchLineEdit()->setText(nameOf(other));
        QTRY_VERIFY(pane->proxy()->rowCount() > 0 && refAt(0) != first);
        QCOMPARE(window.detailPanel()->currentObject(), refAt(0));
        QCOMPARE(pane->currentObject(), refAt(0));
        window.findChild<QAction*>(QStringLiteral("showAccessPathsAction"))->trigger();
        auto* explorer = window.findChild<AccessExplorer*>();
        QVERIFY(explorer);
        QCOMPARE(explorer->state().start, refAt(0));

        // A search that shows nothing leaves nothing current: the actions act on nothing.
        window.showPane(MainWindow::GroupsPane);
        pane->searchLineEdit()->setText(QStringLiteral("no such group anywhere"));
        QTRY_COMPARE(pane->proxy()->rowCount(), 0);
        QVERIFY(!window.detailPanel()->currentObject().isValid());
        QVERIFY(!pane->currentObject().isValid());

        // The audit trail: its detail follows as well.
        window.showPane(MainWindow::AuditPane);
        TablePane* audit = window.pane(MainWindow::AuditPane);
        QVERIFY(audit->proxy()->rowCount() > 1);
        audit->view()->setCurrentIndex(audit->proxy()->index(1, 0));
        QVERIFY(!window.detailPanel()->titleText().isEmpty());
        audit->searchLineEdit()->setText(QStringLiteral("no such event anywhere"));
        QTRY_COMPARE(audit->proxy()->rowCount(), 0);
        QCOMPARE(window.detailPanel()->titleText(), QString());
    }

    void everyMnemonicIsUnique()
    {
        // Alt+letter reaches one thing only: on every tab, the menus, the tabs and what the tab
        // shows have different letters (Alt+D opened the Help Desk tab, not the Directory menu),
        // in English and in German.
        const auto clashesOnEveryTab = [this] {
            MainWindow window;
            window.resize(1600, 1000);
            window.show();
            if (!openAndWait(window, m_workspace))
                return QStringList{QStringLiteral("the demo did not open")};
            auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("paneTabWidget"));
            QStringList clashes;
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                QCoreApplication::processEvents();
                for (const QString& clash : test::mnemonicClashes(&window))
                    clashes << tabs->tabText(tab) + QStringLiteral(": ") + clash;
            }
            return clashes;
        };
        QStringList clashes = clashesOnEveryTab();
        QVERIFY(installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany)));
        for (const QString& clash : clashesOnEveryTab())
            clashes << QStringLiteral("de: ") + clash;
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        for (const QString& clash : std::as_const(clashes))
            qWarning("%s", qPrintable(clash));
        QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("%1 clashes (listed above)").arg(clashes.size())));
    }

    void guideOnTheDemoAndOnAnEmptyWorkspace()
    {
        AppSettings().setDemoGuideDismissed(false);
        {
            // The demo says it is one, and where to start; its buttons are the menus' actions.
            MainWindow window;
            window.resize(1280, 800);
            window.show();
            QVERIFY(openAndWait(window, m_workspace));
            GuideBar* guide = window.guideBar();
            QVERIFY(guide->isVisible());
            QVERIFY2(guide->text().contains(QStringLiteral("demo organisation")), qPrintable(guide->text()));
            QTest::qWait(50);
            save(&window, QStringLiteral("guide-demo-1280x800"));
            auto* dashboard = guide->findChild<QPushButton*>(QStringLiteral("dashboardActionGuideButton"));
            QVERIFY(dashboard);
            dashboard->click();
            QCOMPARE(window.findChild<QTabWidget*>(QStringLiteral("paneTabWidget"))->currentWidget(),
                     static_cast<QWidget*>(window.dashboard()));
            guide->findChild<QToolButton*>(QStringLiteral("guideCloseButton"))->click();
            QVERIFY(!guide->isVisible());
        }
        {
            // Closed once, it stays closed.
            MainWindow window;
            window.show();
            QVERIFY(openAndWait(window, m_workspace));
            QVERIFY(!window.guideBar()->isVisible());
        }
        AppSettings().setDemoGuideDismissed(false);

        // File → New Workspace: an empty workspace, and what to do with it.
        const QString fresh = m_dir.filePath(QStringLiteral("own-organisation.attest"));
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::snapshotLoaded);
        window.createWorkspaceAndOpen(fresh);
        QVERIFY(loaded.wait(10000));
        QVERIFY(QFileInfo::exists(fresh));
        QVERIFY(window.guideBar()->isVisible());
        QVERIFY2(window.guideBar()->text().contains(QStringLiteral("workspace is empty")),
                 qPrintable(window.guideBar()->text()));
        QVERIFY(window.guideBar()->findChild<QPushButton*>(QStringLiteral("connectionsActionGuideButton")));
        QTest::qWait(50);
        save(&window, QStringLiteral("guide-empty-workspace"));

        // Never over an existing file: the demo is refused and left as it was.
        const QFileInfo before(m_workspace);
        window.createWorkspaceAndOpen(m_workspace);
        QVERIFY2(window.errorText().contains(QStringLiteral("already exists")), qPrintable(window.errorText()));
        const QFileInfo after(m_workspace);
        QCOMPARE(after.size(), before.size());
        QCOMPARE(after.lastModified(), before.lastModified());
    }

    void helpMenuPagesWorkOffline()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_workspace));
        // Keyboard Shortcuts lists the window's actions with their keys.
        QStringList rows;
        QTimer::singleShot(0, this, [&rows] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            if (auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("shortcutTree"))) {
                for (QTreeWidgetItemIterator it(tree); *it; ++it)
                    rows << (*it)->text(0) + QStringLiteral(" = ") + (*it)->text(1);
            }
            dialog->reject();
        });
        window.findChild<QAction*>(QStringLiteral("keyboardShortcutsAction"))->trigger();
        const QString shortcutText = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P).toString(QKeySequence::NativeText);
        QVERIFY2(rows.contains(QStringLiteral("Show Access Paths = ") + shortcutText),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(rows.contains(QStringLiteral("New Workspace… = ") +
                              QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
        // Getting Started says where to start, without a network.
        QString page;
        QTimer::singleShot(0, this, [&page] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            if (auto* browser = dialog->findChild<QTextBrowser*>(QStringLiteral("gettingStartedBrowser")))
                page = browser->toPlainText();
            dialog->reject();
        });
        window.findChild<QAction*>(QStringLiteral("gettingStartedAction"))->trigger();
        QVERIFY2(page.contains(QStringLiteral("Where to start")), qPrintable(page));
        QVERIFY(page.contains(QStringLiteral("Ctrl+Shift+C")));
    }

    void everyControlHasAnAccessibleName()
    {
        // What a screen reader says for each control that takes focus by Tab, read through Qt's
        // accessibility interface, on every tab: never nothing.
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(openAndWait(window, m_workspace));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("paneTabWidget"));
        QStringList unnamed;
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            for (QWidget* widget : window.findChildren<QWidget*>()) {
                if (!widget->isVisibleTo(&window) || !(widget->focusPolicy() & Qt::TabFocus) || !widget->isEnabled() ||
                    qobject_cast<QAbstractScrollArea*>(widget->parentWidget()) ||
                    qobject_cast<QAbstractSpinBox*>(widget->parentWidget())) // its spin box is the control
                    continue;
                QAccessibleInterface* a = QAccessible::queryAccessibleInterface(widget);
                if (!a || a->text(QAccessible::Name).trimmed().isEmpty()) {
                    const QString id = QStringLiteral("%1 %2 (%3)")
                                           .arg(QString::fromLatin1(widget->metaObject()->className()),
                                                widget->objectName(), tabs->tabText(tab));
                    if (!unnamed.contains(id))
                        unnamed << id;
                }
            }
        }
        for (const QString& u : std::as_const(unnamed))
            qWarning("no accessible name: %s", qPrintable(u));
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("%1 controls without a name (listed above)").arg(unnamed.size())));
    }

    void everyTabHasItsCtrlNumberAndReviewsItsSearch()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_workspace));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("paneTabWidget"));
        const int reviews = tabs->indexOf(window.reviews());
        QVERIFY(reviews >= 0 && reviews < 9);
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + reviews), Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), reviews);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.reviews()->findChild<QLineEdit*>(QStringLiteral("reviewSearchLineEdit"))->hasFocus());
        const int helpdesk = tabs->indexOf(window.helpdesk());
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + helpdesk), Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), helpdesk);
    }

    void customAuditRangeStartsFromWhatWasShown()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, m_workspace));
        TablePane* audit = window.pane(MainWindow::AuditPane);
        const int all = audit->proxy()->rowCount();
        QVERIFY(all > 0);
        auto* range = window.findChild<QComboBox*>(QStringLiteral("auditRangeComboBox"));
        QVERIFY(range);
        range->setCurrentIndex(range->findData(30));
        const int lastMonth = audit->proxy()->rowCount();
        range->setCurrentIndex(range->findData(-1)); // Custom range
        auto* from = window.findChild<QDateTimeEdit*>(QStringLiteral("auditFromDateTimeEdit"));
        auto* to = window.findChild<QDateTimeEdit*>(QStringLiteral("auditToDateTimeEdit"));
        QVERIFY(from && to);
        QVERIFY2(from->date() > QDate(2000, 1, 1), qPrintable(from->date().toString(Qt::ISODate)));
        QVERIFY(to->date() >= QDateTime::currentDateTimeUtc().date());
        // What the last 30 days showed is still shown (the custom range starts at midnight, so it
        // can hold a few events more), and never an empty table.
        QVERIFY2(
            audit->proxy()->rowCount() >= lastMonth && audit->proxy()->rowCount() > 0,
            qPrintable(
                QStringLiteral("%1 of %2, last month %3").arg(audit->proxy()->rowCount()).arg(all).arg(lastMonth)));
    }

    void customAuditRangeAfterAllTimeHoldsTheWholeTrail()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, m_workspace));
        TablePane* audit = window.pane(MainWindow::AuditPane);
        const int all = audit->proxy()->rowCount();
        auto* range = window.findChild<QComboBox*>(QStringLiteral("auditRangeComboBox"));
        QVERIFY(range);
        range->setCurrentIndex(range->findData(-1)); // from All time straight to Custom range
        QCOMPARE(audit->proxy()->rowCount(), all);
    }

    void paneShortcutsSwitchPanes()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_workspace));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("paneTabWidget"));
        for (int i = 0; i < MainWindow::PaneCount; ++i) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(tabs->currentIndex(), i);
        }
    }

    void brokenWorkspaceShowsAClearError()
    {
        const QString broken = m_dir.filePath(QStringLiteral("broken.attest"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a workspace at all\n");
        file.close();
        MainWindow window;
        window.show();
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.openWorkspace(broken);
        QVERIFY(failed.wait(10000));
        QVERIFY(window.errorText().contains(QStringLiteral("broken.attest")));
        QVERIFY(!window.snapshot());
        save(&window, QStringLiteral("error-banner"));
    }

    void cancelKeepsWhatWasShown()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_workspace));
        const qint64 shown = window.snapshot()->info.id;
        const qint64 older = window.snapshot()->allSnapshots.constFirst().id;
        QVERIFY(older != shown);
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.openWorkspace(m_workspace, older);
        QVERIFY(window.isBusy());
        auto* cancel = window.findChild<QPushButton*>(QStringLiteral("loadingCancelPushButton"));
        QVERIFY(cancel && cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        QVERIFY(window.errorText().contains(QStringLiteral("cancelled")));
        QCOMPARE(window.snapshot()->info.id, shown);
        QTRY_VERIFY(!window.isBusy());
    }

    void olderSnapshotOpensFromTheChooser()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_workspace));
        const auto newest = window.snapshot();
        QSignalSpy loaded(&window, &MainWindow::snapshotLoaded);
        window.openWorkspace(m_workspace, newest->allSnapshots.constFirst().id);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(window.snapshot()->info.id, newest->allSnapshots.constFirst().id);
        // The demo grows quarter by quarter: the oldest snapshot has fewer grants.
        QVERIFY(window.snapshot()->graph->effectiveGrantCount() < newest->graph->effectiveGrantCount());
    }

    void firstStartCreatesTheDemoWorkspace()
    {
        const QString demo = AppSettings::defaultDemoWorkspacePath();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(demo + suffix);
        AppSettings().setLastWorkspace(QString());
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::snapshotLoaded);
        window.openInitialWorkspace(QString());
        QVERIFY(loaded.wait(120000));
        QVERIFY(QFile::exists(demo));
        QCOMPARE(window.snapshot()->workspacePath, demo);
        QVERIFY(window.snapshot()->data->identities.size() >= 2000);
        QCOMPARE(window.snapshot()->allSnapshots.size(), 4);
    }

    void hygieneFindingsShowAsBadgesBesideTheName()
    {
        // At 1280 px, in light and dark and in German: the people with findings, sorted by
        // severity, show them as badges in the Name column, in the severity's colour, and the
        // flag word finds them. Saved for people to look at.
        const QPalette original = QApplication::palette();
        const auto check = [this](const QString& name, const QString& word) {
            MainWindow window;
            window.resize(1280, 800);
            window.show();
            QVERIFY(openAndWait(window, m_workspace));
            window.showPane(MainWindow::IdentitiesPane);
            TablePane* pane = window.pane(MainWindow::IdentitiesPane);
            QTableView* view = pane->view();
            view->sortByColumn(IdentityTableModel::Flags, Qt::DescendingOrder);
            view->scrollToTop();
            QTest::qWait(50);
            const QModelIndex first = pane->proxy()->index(0, IdentityTableModel::Name);
            QVERIFY(first.data(TableModelBase::FlagsRole).toInt() != 0);
            // The badges are drawn inside the Name column, which is on screen at this width.
            const QRect nameColumn(view->columnViewportPosition(IdentityTableModel::Name), 0,
                                   view->columnWidth(IdentityTableModel::Name), view->viewport()->height());
            QVERIFY(view->viewport()->rect().contains(nameColumn.topLeft()));
            const QImage image = view->viewport()->grab().toImage();
            const QColor high = colours::severity(view->palette(), colours::Severity::High);
            int highPixels = 0;
            for (int y = nameColumn.top(); y < std::min(nameColumn.bottom(), image.height()); ++y) {
                for (int x = nameColumn.left(); x < std::min(nameColumn.right(), image.width()); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (std::abs(c.red() - high.red()) + std::abs(c.green() - high.green()) +
                            std::abs(c.blue() - high.blue()) <
                        40)
                        ++highPixels;
                }
            }
            QVERIFY2(highPixels > 20,
                     qPrintable(QStringLiteral("%1: %2 pixels of the high colour").arg(name).arg(highPixels)));
            save(&window, name);
            pane->searchLineEdit()->setText(word);
            QTRY_VERIFY(pane->proxy()->rowCount() > 0 &&
                        pane->proxy()->rowCount() < int(window.snapshot()->data->identities.size()));
            const QModelIndex found = pane->proxy()->index(0, IdentityTableModel::Name);
            QVERIFY(AccountFlags::fromInt(found.data(TableModelBase::FlagsRole).toInt())
                        .testFlag(AccountFlag::LeaverEnabled));
            save(&window, name + QStringLiteral("-search"));
        };
        check(QStringLiteral("identities-badges-light"), QStringLiteral("leaver"));
        QApplication::setPalette(attest::test::darkPalette());
        check(QStringLiteral("identities-badges-dark"), QStringLiteral("leaver"));
        QApplication::setPalette(original);
        QVERIFY(installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany)));
        // The German word of "Leaver still enabled".
        const QString german =
            QCoreApplication::translate("AccountFlags", "Leaver still enabled").section(u' ', 0, 0).remove(u',');
        check(QStringLiteral("identities-badges-de"), german);
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    void darkPaletteIsFollowed()
    {
        // The console uses palette roles, never fixed colours: with a dark palette the table, the
        // search field, the detail panel, the tabs and the menus are dark with light text, and
        // every visible label and button keeps its text readable. Saved for people to look at.
        const QPalette original = QApplication::palette();
        QApplication::setPalette(attest::test::darkPalette());
        {
            MainWindow window;
            window.resize(1400, 860);
            window.show();
            QVERIFY(openAndWait(window, m_workspace));
            TablePane* identities = window.pane(MainWindow::IdentitiesPane);
            window.showPane(MainWindow::IdentitiesPane);
            QVERIFY(identities->proxy()->rowCount() > 0);
            identities->view()->setCurrentIndex(identities->proxy()->index(0, 0));
            QTest::qWait(50);
            const QImage image = window.grab().toImage();
            const std::pair<const char*, QWidget*> parts[] = {
                {"table", identities->view()->viewport()},
                {"search field", identities->searchLineEdit()},
                {"detail panel", window.detailPanel()},
                {"tabs", window.findChild<QTabWidget*>(QStringLiteral("paneTabWidget"))->tabBar()},
                {"menus", window.menuBar()},
            };
            for (const auto& [what, widget] : parts) {
                QVERIFY2(widget->isVisible(), what);
                const QString picture =
                    attest::test::pictureProblem(attest::test::pictureOf(image, &window, widget), QLatin1String(what));
                QVERIFY2(picture.isEmpty(), qPrintable(picture));
                const QString palette = attest::test::paletteProblem(widget);
                QVERIFY2(palette.isEmpty(), qPrintable(palette));
            }
            int readable = 0;
            for (QWidget* widget : window.findChildren<QWidget*>()) {
                if (!widget->isVisible() || !widget->isEnabled() ||
                    !(qobject_cast<QLabel*>(widget) || qobject_cast<QAbstractButton*>(widget)))
                    continue;
                const QString problem = attest::test::paletteProblem(widget);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
                ++readable;
            }
            QVERIFY(readable > 5);
            save(&window, QStringLiteral("main-window-dark"));
        }
        QApplication::setPalette(original);
    }

    void germanTranslationIsBuiltAndLoaded()
    {
        QVERIFY(installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany)));
        {
            MainWindow window;
            window.resize(1400, 860);
            window.show();
            QVERIFY(openAndWait(window, m_workspace));
            auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("paneTabWidget"));
            QVERIFY(tabs->tabText(MainWindow::IdentitiesPane).contains(QStringLiteral("Identit\u00e4ten")));
            QVERIFY(window.pane(MainWindow::IdentitiesPane)->statusText().contains(QStringLiteral("Identit")));
            // Qt's own buttons and dialogs speak German too (Qt's translations are loaded).
            QDialogButtonBox buttons(QDialogButtonBox::Cancel | QDialogButtonBox::Ok);
            QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
            // Numbers and percentages through the locale: a German reads "2.3%" as twenty-three.
            const QLocale before;
            QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
            QCOMPARE(DisplayFormat::percent(2.345), QStringLiteral("2,3\u00a0%"));
            QCOMPARE(DisplayFormat::number(33312), QStringLiteral("33.312"));
            QLocale::setDefault(before);
            QTest::qWait(50);
            save(&window, QStringLiteral("main-window-de"));
        }
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    // Help-desk mode keeps the help desk's own actions by what they are: in German, and with a
    // wording of the organisation's own that shares no word with the English one.
    void helpdeskModeKeepsActionsByWhatTheyAreInGerman()
    {
        QVERIFY(installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany)));
        // A glossary on top of the German translation ("Servicedesk" instead of "Helpdesk").
        class Glossary final : public QTranslator
        {
        public:
            using QTranslator::QTranslator;
            bool isEmpty() const override { return false; }
            QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
            {
                Q_UNUSED(disambiguation);
                Q_UNUSED(n);
                if (qstrcmp(context, "attest::MainWindow") != 0)
                    return {};
                if (qstrcmp(source, "Help Desk: Find &Account") == 0)
                    return QStringLiteral("Servicedesk: &Konto suchen");
                if (qstrcmp(source, "Help-Desk &Mode") == 0)
                    return QStringLiteral("Servicedesk-&Modus");
                return {};
            }
        };
        for (const bool glossary : {false, true}) {
            auto* words = new Glossary(qApp);
            if (glossary)
                QCoreApplication::installTranslator(words);
            {
                MainWindow window;
                window.resize(1400, 860);
                window.show();
                QVERIFY(openAndWait(window, m_workspace));
                auto* find = window.findChild<QAction*>(QStringLiteral("helpdeskFindAction"));
                auto* mode = window.findChild<QAction*>(QStringLiteral("helpdeskModeAction"));
                QVERIFY(find && mode);
                QVERIFY2(find->text().startsWith(glossary ? QStringLiteral("Servicedesk") : QStringLiteral("Helpdesk")),
                         qPrintable(find->text() + QString::number(glossary)));
                QMenu* view = mode->associatedObjects().isEmpty()
                                  ? nullptr
                                  : qobject_cast<QMenu*>(mode->associatedObjects().constFirst());
                QVERIFY(view);
                mode->setChecked(true);
                QVERIFY(window.helpdesk()->isVisible());
                int hidden = 0;
                for (QAction* action : view->actions()) {
                    if (action->isSeparator())
                        continue;
                    const bool kept = action == find || action == mode;
                    QVERIFY2(action->isVisible() == kept, qPrintable(action->text()));
                    hidden += kept ? 0 : 1;
                }
                QVERIFY(hidden >= 5); // dashboard, find, access paths, the panes, back, forward
                // Still usable by keyboard in the mode: Ctrl+K finds an account.
                find->trigger();
                QTRY_VERIFY(window.helpdesk()->findEdit()->hasFocus() || !window.isActiveWindow());
                mode->setChecked(false);
                for (QAction* action : view->actions())
                    QVERIFY2(action->isVisible(), qPrintable(action->text()));
            }
            QCoreApplication::removeTranslator(words);
            delete words;
        }
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    void screenshotsOfEveryPane()
    {
        MainWindow window;
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, m_workspace));
        const auto snapshot = window.snapshot();
        const char* names[] = {"identities", "groups", "roles", "privileged", "audit"};
        for (int i = 0; i < MainWindow::PaneCount; ++i) {
            window.showPane(MainWindow::Pane(i));
            TablePane* pane = window.pane(MainWindow::Pane(i));
            if (pane->proxy()->rowCount() > 0)
                pane->view()->selectionModel()->setCurrentIndex(
                    pane->proxy()->index(qMin(3, pane->proxy()->rowCount() - 1), 0),
                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            QTest::qWait(50);
            save(&window, QStringLiteral("pane-%1").arg(QLatin1String(names[i])));
        }
        // The accounts view of the Identities pane and a privileged account's detail.
        window.showPane(MainWindow::PrivilegedPane);
        TablePane* privileged = window.pane(MainWindow::PrivilegedPane);
        privileged->view()->selectionModel()->setCurrentIndex(
            privileged->proxy()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::qWait(50);
        save(window.detailPanel(), QStringLiteral("detail-privileged-account"));
        save(&window, QStringLiteral("main-window"));
        window.showPane(MainWindow::IdentitiesPane);
        window.pane(MainWindow::IdentitiesPane)->setCurrentModel(1);
        QTest::qWait(50);
        save(&window, QStringLiteral("pane-accounts"));
    }
};

ATTEST_REGISTER_TEST(TestMainWindow, "mainwindow")
#include "tst_mainwindow.moc"
