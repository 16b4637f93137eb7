#include "testregistry.h"

#include "mainwindow.h"
#include "panes/detailpanel.h"
#include "paths/accessexplorer.h"
#include "paths/accesspathscene.h"
#include "paths/accesspathview.h"
#include "snapshotloader.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>

using namespace attest;

namespace {

using Kind = AccessPaths::Node::Kind;

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x70, 0x70, 0x70));
    return dark;
}

int countKind(const AccessPaths& paths, Kind kind)
{
    return int(std::count_if(paths.nodes.begin(), paths.nodes.end(), [kind](const auto& n) { return n.kind == kind; }));
}

int highlightedEdges(const AccessPaths& paths)
{
    return int(std::count_if(paths.edges.begin(), paths.edges.end(), [](const auto& e) { return e.highlighted; }));
}

bool nodeVisible(AccessExplorer* explorer, quint32 node)
{
    const QRect rect = explorer->view()->mapFromScene(explorer->scene()->nodeRect(node)).boundingRect();
    return explorer->view()->viewport()->rect().contains(rect);
}

QPoint nodePoint(AccessExplorer* explorer, quint32 node)
{
    explorer->view()->centerOn(explorer->scene()->nodeRect(node).center());
    return explorer->view()->mapFromScene(explorer->scene()->nodeRect(node).center());
}

} // namespace

class TestAccessExplorer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;

    static QString screenshotDir()
    {
        const QByteArray env = qgetenv("ATTEST_TEST_OUTPUT_DIR");
        const QString dir = env.isEmpty() ? QStringLiteral(ATTEST_TEST_OUTPUT_DIR) : QString::fromLocal8Bit(env);
        QDir().mkpath(dir + QStringLiteral("/screenshots"));
        return dir + QStringLiteral("/screenshots/");
    }

    static bool openAndWait(MainWindow& window, const QString& path)
    {
        QSignalSpy loaded(&window, &MainWindow::snapshotLoaded);
        window.openWorkspace(path);
        return loaded.wait(30000);
    }

    // The entitlement with the most direct member accounts.
    static quint32 largestGroup(const LoadedSnapshot& snapshot)
    {
        quint32 best = 0;
        for (quint32 e = 0; e < snapshot.graph->entitlementCount(); ++e)
            if (snapshot.graph->directMemberAccounts(e).size() > snapshot.graph->directMemberAccounts(best).size())
                best = e;
        return best;
    }

    // The privileged account whose privilege comes through the longest chain of nesting.
    static quint32 privilegedNestedAccount(const LoadedSnapshot& snapshot)
    {
        quint32 best = AccessGraph::kNone, bestDepth = 0;
        for (quint32 a = 0; a < snapshot.graph->accountCount(); ++a) {
            if (!snapshot.graph->isPrivilegedAccount(a))
                continue;
            for (const auto& g : snapshot.graph->effectiveGrants(a)) {
                if (snapshot.graph->isPrivilegedEntitlement(g.entitlement) &&
                    (best == AccessGraph::kNone || g.depth > bestDepth)) {
                    best = a;
                    bestDepth = g.depth;
                }
            }
        }
        return best;
    }

    void exploreAccount(MainWindow& window, const QString& screenshot)
    {
        const auto snapshot = window.snapshot();
        const quint32 account = privilegedNestedAccount(*snapshot);
        QVERIFY(account != AccessGraph::kNone);
        window.navigateTo(ObjectRef::account(account));
        QCOMPARE(window.detailPanel()->currentObject(), ObjectRef::account(account));
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        AccessExplorer* explorer = window.accessExplorer();
        QCOMPARE(window.findChild<QTabWidget*>(QStringLiteral("paneTabWidget"))->currentWidget(), explorer);
        const AccessPaths& paths = explorer->paths();
        QVERIFY(explorer->message().isEmpty());
        QCOMPARE(paths.nodes[paths.startNode].kind, Kind::Account);
        QCOMPARE(paths.nodes[paths.startNode].index, account);
        QVERIFY(!explorer->findChild<QToolButton*>(QStringLiteral("whoCanReachButton"))->isEnabled());
        // The privileged tier is in the last layer and the way there is highlighted.
        bool privilegedLast = false;
        for (quint32 v : paths.layers.back())
            privilegedLast |= paths.nodes[v].privileged && paths.nodes[v].kind != Kind::Account;
        QVERIFY(privilegedLast);
        QVERIFY(highlightedEdges(paths) >= 1);
        QVERIFY(explorer->findChild<QLabel*>(QStringLiteral("explorerSummaryLabel"))
                    ->text()
                    .contains(QStringLiteral("privileged entitlement")));
        QTest::qWait(30);
        QVERIFY(window.grab().save(screenshotDir() + screenshot));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("demo.attest"));
        QString error;
        QVERIFY2(createDemoWorkspace(m_workspace, 600, {}, &error), qPrintable(error));
    }

    void emptyStateAndBadInputGiveAMessage()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_workspace));
        AccessExplorer* explorer = window.accessExplorer();
        QVERIFY(explorer->message().contains(QStringLiteral("Choose an account, identity or entitlement")));
        explorer->showPaths(ObjectRef::account(99999999));
        QVERIFY(explorer->message().contains(QStringLiteral("not in the loaded snapshot")));
        QVERIFY(!explorer->findChild<QToolButton*>(QStringLiteral("exportPngButton"))->isEnabled());
        QVERIFY(explorer->paths().nodes.empty());
        QString error;
        QVERIFY(!explorer->exportPng(m_dir.filePath(QStringLiteral("none.png")), &error));
        QVERIFY(!error.isEmpty());
        // An account that holds nothing, if the demo has one, says there is no path.
        const auto snapshot = window.snapshot();
        for (quint32 a = 0; a < snapshot->graph->accountCount(); ++a) {
            if (snapshot->graph->directEntitlements(a).empty()) {
                explorer->showPaths(ObjectRef::account(a));
                QVERIFY(explorer->message().contains(QStringLiteral("No access path")));
                break;
            }
        }
        // Back over a failed query returns to the previous one, without a crash.
        explorer->showPaths(ObjectRef::entitlement(0));
        explorer->goBack();
        QVERIFY(explorer->canGoForward());
        QVERIFY(!explorer->message().isEmpty());
        explorer->goForward();
        QCOMPARE(explorer->state().start, ObjectRef::entitlement(0));
        // An identity starts from all its accounts (people with an admin account have two).
        bool identityShown = false;
        for (quint32 i = 0; i < snapshot->graph->identityCount() && !identityShown; ++i) {
            if (snapshot->graph->accountsOfIdentity(i).size() >= 2) {
                explorer->showPaths(ObjectRef::identity(i));
                QVERIFY(explorer->message().isEmpty());
                const AccessPaths& paths = explorer->paths();
                QCOMPARE(paths.nodes[paths.startNode].kind, Kind::Identity);
                QCOMPARE(countKind(paths, Kind::Account), int(snapshot->graph->accountsOfIdentity(i).size()));
                QVERIFY(!explorer->findChild<QToolButton*>(QStringLiteral("whoCanReachButton"))->isEnabled());
                identityShown = true;
            }
        }
        QVERIFY(identityShown);
    }

    void explorerFromAnAccountShowsThePrivilegedPath()
    {
        MainWindow window;
        window.resize(1400, 860);
        window.show();
        QVERIFY(openAndWait(window, m_workspace));
        exploreAccount(window, QStringLiteral("explorer-account-light.png"));

        // Clicking an entitlement node selects it in the app and highlights its path only.
        AccessExplorer* explorer = window.accessExplorer();
        const AccessPaths& paths = explorer->paths();
        quint32 target = AccessGraph::kNone;
        for (quint32 v = 0; v < paths.nodes.size(); ++v)
            if (paths.nodes[v].kind == Kind::Role || paths.nodes[v].kind == Kind::Group)
                if (target == AccessGraph::kNone || paths.nodes[v].layer > paths.nodes[target].layer)
                    target = v;
        QVERIFY(target != AccessGraph::kNone);
        QSignalSpy selected(explorer, &AccessExplorer::objectSelected);
        QTest::mouseClick(explorer->view()->viewport(), Qt::LeftButton, {}, nodePoint(explorer, target));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(window.detailPanel()->currentObject(), ObjectRef::entitlement(paths.nodes[target].index));
        QCOMPARE(explorer->scene()->focusNode(), target);
        bool intoTarget = false;
        for (const auto& e : paths.edges) {
            if (e.highlighted) {
                QVERIFY(paths.nodes[e.to].layer <= paths.nodes[target].layer);
                intoTarget |= e.to == target;
            }
        }
        QVERIFY(intoTarget);

        // Who can reach the most deeply nested entitlement: accounts → nested groups → it.
        const auto snapshot = window.snapshot();
        quint32 deepest = 0;
        for (quint32 e = 0; e < snapshot->graph->entitlementCount(); ++e)
            if (snapshot->graph->nestingDepth(e) > snapshot->graph->nestingDepth(deepest))
                deepest = e;
        QVERIFY(snapshot->graph->nestingDepth(deepest) >= 1);
        explorer->showPaths(ObjectRef::entitlement(deepest));
        QVERIFY(explorer->message().isEmpty());
        QVERIFY(explorer->paths().layers.size() >= 3);
        QCOMPARE(explorer->paths().nodes[explorer->paths().startNode].layer,
                 quint32(explorer->paths().layers.size() - 1));
        QTest::qWait(30);
        QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("explorer-nested-light.png")));
    }

    void bigGroupCollapsesExpandsAndBackRestoresTheArrangement()
    {
        MainWindow window;
        window.resize(1400, 860);
        window.show();
        QVERIFY(openAndWait(window, m_workspace));
        const auto snapshot = window.snapshot();
        const quint32 group = largestGroup(*snapshot);
        const auto members = quint32(snapshot->graph->directMemberAccounts(group).size());
        QVERIFY2(members > 50, qPrintable(QString::number(members)));

        window.navigateTo(ObjectRef::entitlement(group));
        // The detail panel's button opens the explorer on the object it shows.
        auto* button = window.detailPanel()->findChild<QToolButton*>(QStringLiteral("showAccessPathsButton"));
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        AccessExplorer* explorer = window.accessExplorer();
        QCOMPARE(window.findChild<QTabWidget*>(QStringLiteral("paneTabWidget"))->currentWidget(), explorer);
        QCOMPARE(explorer->state().start, ObjectRef::entitlement(group));
        QVERIFY(explorer->message().isEmpty());
        QVERIFY(explorer->findChild<QToolButton*>(QStringLiteral("whoCanReachButton"))->isChecked());
        quint32 more = explorer->paths().findNode(Kind::MoreAccounts, group);
        QVERIFY(more != AccessGraph::kNone);
        QCOMPARE(explorer->paths().nodes[more].hiddenCount, members);
        QVERIFY(countKind(explorer->paths(), Kind::Account) < 200);
        QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("explorer-group-collapsed-light.png")));

        // Double-click the "+N accounts" node: the first page of members appears.
        const int accountsBefore = countKind(explorer->paths(), Kind::Account);
        QTest::mouseDClick(explorer->view()->viewport(), Qt::LeftButton, {}, nodePoint(explorer, more));
        QTRY_VERIFY(countKind(explorer->paths(), Kind::Account) > accountsBefore);
        const quint32 page = std::min(members, 500u);
        QVERIFY(countKind(explorer->paths(), Kind::Account) >= int(page));
        more = explorer->paths().findNode(Kind::MoreAccounts, group);
        if (members > 500)
            QCOMPARE(explorer->paths().nodes[more].hiddenCount, members - 500);
        else
            QCOMPARE(more, AccessGraph::kNone);
        QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("explorer-group-expanded-light.png")));

        // Search: an account far down the list is brought into view and selected.
        const AccessPaths& expanded = explorer->paths();
        quint32 farNode = AccessGraph::kNone;
        for (quint32 v : expanded.layers.front())
            if (expanded.nodes[v].kind == Kind::Account)
                farNode = v; // the last one in the column
        QVERIFY(farNode != AccessGraph::kNone);
        explorer->fitToView();
        explorer->view()->centerOn(explorer->scene()->nodeRect(expanded.layers.front().front()).center());
        QVERIFY(!nodeVisible(explorer, farNode));
        const QString login = snapshot->data->accounts[expanded.nodes[farNode].index].login;
        auto* search = explorer->findChild<QLineEdit*>(QStringLiteral("explorerSearchLineEdit"));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        search->clear();
        QTest::keyClicks(search, login);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(nodeVisible(explorer, explorer->scene()->focusNode()));
        QVERIFY(explorer->scene()->nodeTitle(explorer->scene()->focusNode()).contains(login, Qt::CaseInsensitive));
        QVERIFY(!explorer->search(QStringLiteral("no node has this name at all")));

        // The arrangement: expanded, zoomed and scrolled by the user to a node they double-click
        // to explore from there.
        explorer->view()->setZoom(0.8);
        quint32 other = AccessGraph::kNone;
        for (quint32 v : explorer->paths().layers.front())
            if (explorer->paths().nodes[v].kind == Kind::Account)
                other = v; // near the bottom of the expanded column
        QVERIFY(other != AccessGraph::kNone);
        const QPoint otherPoint = nodePoint(explorer, other);
        const AccessExplorer::State before = explorer->state();
        const int expandedAccounts = countKind(explorer->paths(), Kind::Account);
        QTest::mouseDClick(explorer->view()->viewport(), Qt::LeftButton, {}, otherPoint);
        QVERIFY(explorer->state().start != ObjectRef::entitlement(group));
        QVERIFY(explorer->canGoBack());
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(explorer->state().start, ObjectRef::entitlement(group));
        QCOMPARE(explorer->state().expandedPages, before.expandedPages);
        QCOMPARE(countKind(explorer->paths(), Kind::Account), expandedAccounts);
        QVERIFY(qAbs(explorer->view()->zoom() - before.zoom) < 1e-6);
        QVERIFY((explorer->state().centre - before.centre).manhattanLength() < 4);
        QVERIFY(nodeVisible(explorer, other));
        // Forward goes to the other start again.
        QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
        QVERIFY(explorer->state().start != ObjectRef::entitlement(group));
        explorer->goBack();

        // Export the picture, through the buttons with the file dialog answered.
        const QString png = m_dir.filePath(QStringLiteral("paths.png"));
        const QString svg = m_dir.filePath(QStringLiteral("paths.svg"));
        explorer->setFileChooser(
            [&](const QString&, const QString& filter) { return filter.contains(QStringLiteral("svg")) ? svg : png; });
        QTest::mouseClick(explorer->findChild<QToolButton*>(QStringLiteral("exportPngButton")), Qt::LeftButton);
        QTest::mouseClick(explorer->findChild<QToolButton*>(QStringLiteral("exportSvgButton")), Qt::LeftButton);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.height() > int(page) * 20); // the whole expanded column, not the window
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains(login.toUtf8()));
        QString error;
        QVERIFY(!explorer->exportPng(QStringLiteral("/nonexistent-dir/x.png"), &error));
        QVERIFY(error.contains(QStringLiteral("x.png")));
    }

    void darkPaletteScreenshots()
    {
        const QPalette original = QApplication::palette();
        QApplication::setPalette(::darkPalette());
        {
            MainWindow window;
            window.resize(1400, 860);
            window.show();
            QVERIFY(openAndWait(window, m_workspace));
            exploreAccount(window, QStringLiteral("explorer-account-dark.png"));
            const auto snapshot = window.snapshot();
            const quint32 group = largestGroup(*snapshot);
            window.accessExplorer()->showPaths(ObjectRef::entitlement(group));
            window.accessExplorer()->expand(group);
            QTest::qWait(30);
            const QImage image = window.grab().toImage();
            // The canvas follows the palette: dark background.
            const QPoint corner = window.accessExplorer()->view()->viewport()->mapTo(&window, QPoint(4, 4));
            QVERIFY(qGray(image.pixel(corner)) < 80);
            QVERIFY(image.save(screenshotDir() + QStringLiteral("explorer-group-expanded-dark.png")));
            window.accessExplorer()->showPaths(ObjectRef::entitlement(group));
            QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("explorer-group-collapsed-dark.png")));
        }
        QApplication::setPalette(original);
    }
};

ATTEST_REGISTER_TEST(TestAccessExplorer, "accessexplorer")
#include "tst_accessexplorer.moc"
