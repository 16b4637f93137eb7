#include "testregistry.h"

#include "common/colours.h"
#include "dashboard/dashboardtile.h"
#include "dashboard/dashboardview.h"
#include "dashboard/exceptiondialog.h"
#include "dashboard/heatmapmodel.h"
#include "dashboard/sodpolicydialog.h"
#include "palettecheck.h"
#include "snapshotloader.h"
#include "subjectlistmodel.h"

#include "analysis/exceptions.h"
#include "common/personlineedit.h"
#include "store/workspace.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QtCharts/QChartView>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;

// The sprawl dashboard on a demo workspace with its four snapshots: tiles with their change,
// drill-down from a tile, a histogram bar, a heat-map cell; exceptions leave the counts and come
// back when withdrawn; separation-of-duties policy saved and evaluated; exports; light and dark.
class TestDashboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    LoadedSnapshotPtr m_snapshot;
    std::unique_ptr<DashboardView> m_view;

    static QString screenshotDir()
    {
        const QString dir = QString::fromLocal8Bit(qgetenv("ATTEST_TEST_OUTPUT_DIR")).isEmpty()
                                ? QStringLiteral(ATTEST_TEST_OUTPUT_DIR)
                                : QString::fromLocal8Bit(qgetenv("ATTEST_TEST_OUTPUT_DIR"));
        QDir().mkpath(dir + QStringLiteral("/screenshots"));
        return dir + QStringLiteral("/screenshots/");
    }

    void waitForAnalysis(quint64 before)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isBusy() && m_view->analysis() && m_generation > before, 30000);
    }
    quint64 m_generation = 0;

    const Identity& ciso() const
    {
        const auto& people = m_snapshot->data->identities;
        return *std::find_if(people.begin(), people.end(), [](const Identity& i) {
            return i.title == QLatin1String("Chief Information Security Officer");
        });
    }

    qint64 measureValue(analysis::MeasureId id) const { return qint64(m_view->analysis()->metrics.measure(id)->value); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("sprawl.attest"));
        QString error;
        QVERIFY2(createDemoWorkspace(m_workspace, 600, {}, &error), qPrintable(error));
        m_snapshot = loadSnapshotFromWorkspace(m_workspace, 0, {}, &error);
        QVERIFY2(m_snapshot, qPrintable(error));
        m_view = std::make_unique<DashboardView>();
        connect(m_view.get(), &DashboardView::analysed, this, [this] { ++m_generation; });
        m_view->resize(1500, 1000);
        m_view->setSnapshot(m_snapshot);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        waitForAnalysis(0);
    }

    void tilesShowFiguresAndChanges()
    {
        const analysis::Analysis* a = m_view->analysis();
        QVERIFY(a->drift); // the demo has four snapshots: compared with the previous one
        QCOMPARE(a->trend.size(), std::size_t(4));
        DashboardTile* privileged = m_view->tile(analysis::MeasureId::PrivilegedAccounts);
        QVERIFY(privileged);
        QCOMPARE(privileged->valueText().remove(QLatin1Char(',')).toLongLong(),
                 measureValue(analysis::MeasureId::PrivilegedAccounts));
        QTest::qWait(50); // the parts' layouts settle in posted events before a grab shows them
        QVERIFY(m_view->grab().save(screenshotDir() + QStringLiteral("dashboard-light.png")));
    }

    void tileOpensTheListBehindIt()
    {
        QTest::mouseClick(m_view->tile(analysis::MeasureId::StaleAccounts), Qt::LeftButton);
        const qint64 stale = measureValue(analysis::MeasureId::StaleAccounts);
        QVERIFY(stale > 0);
        QCOMPARE(m_view->listModel()->rowCount(), int(stale));
        QVERIFY(m_view->listTitle().startsWith(QStringLiteral("Stale accounts")));
        // Every row is a stale account of the snapshot.
        const SnapshotData& data = *m_snapshot->data;
        QVERIFY(m_view->listModel()->rowCount() > 0);
        for (int row = 0; row < m_view->listModel()->rowCount(); ++row) {
            const Account& account = data.accounts[m_view->listModel()->subjectAt(row).first];
            QVERIFY(account.enabled);
            QVERIFY(hasTime(account.lastLogon));
        }
        // Double-clicking a row asks the console to show it.
        QSignalSpy activated(m_view.get(), &DashboardView::objectActivated);
        Q_EMIT m_view->listView()->activated(m_view->listView()->model()->index(0, 0));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.front().front().value<ObjectRef>().kind, ObjectRef::Kind::Account);
        // Access Paths on the selected row asks for the explorer on that account.
        QSignalSpy paths(m_view.get(), &DashboardView::accessPathsRequested);
        auto* button = m_view->findChild<QPushButton*>(QStringLiteral("accessPathsButton"));
        QVERIFY(button);
        m_view->listView()->clearSelection();
        QVERIFY(!button->isEnabled()); // nothing selected
        m_view->listView()->selectRow(0);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(paths.size(), 1);
        QCOMPARE(paths.front().front().value<ObjectRef>(),
                 m_view->listModel()->objectAt(m_view->listView()->model()->index(0, 0).row() >= 0
                                                   ? qobject_cast<QSortFilterProxyModel*>(m_view->listView()->model())
                                                         ->mapToSource(m_view->listView()->model()->index(0, 0))
                                                         .row()
                                                   : 0));
    }

    void histogramBarAndHeatCell()
    {
        const analysis::Distribution& d = m_view->analysis()->metrics.effectivePerIdentity;
        std::size_t biggest = 0;
        for (std::size_t b = 0; b < d.counts.size(); ++b)
            biggest = d.counts[b] > d.counts[biggest] ? b : biggest;
        m_view->showHistogramBin(int(biggest));
        QCOMPARE(m_view->listModel()->rowCount(), int(d.counts[biggest]));
        const analysis::HeatMap& map = m_view->analysis()->metrics.heatMap;
        QVERIFY(!map.departments.isEmpty());
        m_view->showHeatCell(0, 0);
        QCOMPARE(m_view->listModel()->rowCount(), int(map.cells[0][0]));
        // Out-of-range requests change nothing and do not crash.
        m_view->showHeatCell(999, 999);
        m_view->showHistogramBin(-1);
        QCOMPARE(m_view->listModel()->rowCount(), int(map.cells[0][0]));
    }

    void heatMapModelIsAWellFormedModel()
    {
        HeatMapModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAnalysis(std::make_shared<analysis::Analysis>(*m_view->analysis()));
        const analysis::HeatMap& map = m_view->analysis()->metrics.heatMap;
        QCOMPARE(model.rowCount(), int(map.departments.size()));
        QCOMPARE(model.columnCount(), int(map.entitlements.size()));
        QCOMPARE(model.data(model.index(0, 0)).toString().remove(QLatin1Char(',')).toUInt(), map.cells[0][0]);
        model.setAnalysis(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void exceptionDialogStaysOpenOnABadEntryAndRecordsAGoodOne()
    {
        m_view->showMeasure(analysis::MeasureId::OrphanAccounts);
        m_view->listView()->selectRow(1);
        const int row = qobject_cast<QSortFilterProxyModel*>(m_view->listView()->model())
                            ->mapToSource(m_view->listView()->model()->index(1, 0))
                            .row();
        const QString subject = analysis::subjectKey(*m_view->analysis()->data, m_view->listModel()->subjectAt(row));
        auto* button = m_view->findChild<QPushButton*>(QStringLiteral("acceptExceptionButton"));
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QPointer<ExceptionDialog> dialog = m_view->findChild<ExceptionDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* reason = dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonTextEdit"));
        auto* approver = dialog->findChild<PersonLineEdit*>(QStringLiteral("approverLineEdit"));
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(reason && approver && ok);
        const auto exceptionsStored = [this] {
            QString error;
            auto ws = Workspace::open(m_workspace, Workspace::OpenMode::OpenExisting, &error);
            return ws ? analysis::loadExceptions(*ws, &error) : std::vector<analysis::AcceptedException>{};
        };

        // No reason: refused in the dialog, which stays open with the reason and the focus on it.
        approver->setText(QStringLiteral("CISO"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("needs a reason")), qPrintable(dialog->errorText()));
        QCOMPARE(dialog->focusWidget(), reason);
        // An approver who is nobody: the same, the focus on the approver.
        reason->setPlainText(QStringLiteral("the vendor's batch account until the migration"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("No identity matches")), qPrintable(dialog->errorText()));
        QCOMPARE(dialog->focusWidget(), approver);
        QVERIFY(dialog->grab().save(screenshotDir() + QStringLiteral("dashboard-exception-dialog-error.png")));
        QVERIFY(exceptionsStored().empty()); // nothing written

        // A good entry is written off the GUI thread; the dialog closes when it is, and the
        // workspace holds the exception with the approver resolved.
        const quint64 generation = m_generation;
        QSignalSpy written(m_view.get(), &DashboardView::writeFinished);
        approver->setText(ciso().email);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30000);
        QCOMPARE(written.size(), 1);
        QVERIFY2(written.front().front().toBool(), qPrintable(written.front().back().toString()));
        const auto stored = exceptionsStored();
        QCOMPARE(stored.size(), std::size_t(1));
        QCOMPARE(stored.front().subjectKey, subject);
        QCOMPARE(stored.front().approverKey, ciso().key);
        QCOMPARE(stored.front().reason, QStringLiteral("the vendor's batch account until the migration"));
        waitForAnalysis(generation);
        QCOMPARE(m_view->analysis()->metrics.exceptions.size(), std::size_t(1));

        // Withdrawn again through the view, for the tests after this one.
        m_view->showExceptions();
        m_view->exceptionsTable()->selectRow(0);
        const quint64 again = m_generation;
        QString error;
        QVERIFY2(m_view->withdrawSelected(&error), qPrintable(error));
        waitForAnalysis(again);
        QVERIFY(exceptionsStored().empty());
    }

    void sodPolicyDialogStaysOpenOnAnIllFormedRule()
    {
        auto* button = m_view->findChild<QPushButton*>(QStringLiteral("sodPolicyButton"));
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QPointer<SodPolicyDialog> dialog = m_view->findChild<SodPolicyDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const int rules = dialog->table()->rowCount();
        dialog->addRule({QStringLiteral("One"), {}, {QStringLiteral("only one")}}, QStringLiteral("new"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("two different")), qPrintable(dialog->errorText()));
        QCOMPARE(dialog->table()->currentRow(), rules); // the rule at fault is selected
        QCOMPARE(dialog->focusWidget(), dialog->table());
        QVERIFY(!m_view->isWriting());
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }

    void exceptionsLeaveTheCountAndComeBack()
    {
        m_view->showMeasure(analysis::MeasureId::OrphanAccounts);
        const qint64 before = measureValue(analysis::MeasureId::OrphanAccounts);
        QVERIFY(before > 0);
        m_view->listView()->selectRow(0);
        QString error;
        const quint64 generation = m_generation;
        // The approver is a person of the demo organisation: its security officer, by mail.
        const auto& people = m_snapshot->data->identities;
        const auto ciso = std::find_if(people.begin(), people.end(), [](const Identity& i) {
            return i.title == QLatin1String("Chief Information Security Officer");
        });
        QVERIFY(ciso != people.end());
        // An expiry in the past is refused and nothing changes; so is an approver who is nobody.
        QVERIFY(!m_view->acceptSelected(QStringLiteral("vendor account"), ciso->email,
                                        QDateTime::currentMSecsSinceEpoch() - kMsPerDay, &error));
        QVERIFY(error.contains(QStringLiteral("not in the future")));
        QVERIFY(!m_view->acceptSelected(QStringLiteral("vendor account"), QStringLiteral("CISO"),
                                        QDateTime::currentMSecsSinceEpoch() + 30 * kMsPerDay, &error));
        QVERIFY2(error.contains(QStringLiteral("No identity matches “CISO”")), qPrintable(error));
        QVERIFY2(m_view->acceptSelected(QStringLiteral("vendor account"), ciso->email,
                                        QDateTime::currentMSecsSinceEpoch() + 30 * kMsPerDay, &error),
                 qPrintable(error));
        waitForAnalysis(generation);
        QCOMPARE(measureValue(analysis::MeasureId::OrphanAccounts), before - 1);
        QCOMPARE(m_view->analysis()->metrics.measure(analysis::MeasureId::OrphanAccounts)->excepted.size(),
                 std::size_t(1));
        m_view->showExceptions();
        QCOMPARE(m_view->exceptionsTable()->rowCount(), 1);
        QVERIFY(m_view->exceptionsTable()->item(0, 6)->text().contains(QStringLiteral("active")));
        QCOMPARE(m_view->analysis()->metrics.exceptions.front().approverKey, ciso->key);
        QCOMPARE(m_view->analysis()->metrics.exceptions.front().approver, ciso->displayName);
        QVERIFY(m_view->grab().save(screenshotDir() + QStringLiteral("dashboard-exceptions.png")));
        m_view->exceptionsTable()->selectRow(0);
        const quint64 again = m_generation;
        QVERIFY2(m_view->withdrawSelected(&error), qPrintable(error));
        waitForAnalysis(again);
        QCOMPARE(measureValue(analysis::MeasureId::OrphanAccounts), before);
    }

    void separationOfDutiesPolicy()
    {
        const SnapshotData& data = *m_snapshot->data;
        // Two entitlements that some person holds together, and a rule naming a retired group.
        const analysis::HeatMap& map = m_view->analysis()->metrics.heatMap;
        QVERIFY(map.entitlements.size() >= 2);
        analysis::SodPolicy policy;
        policy.rules.push_back(
            {QStringLiteral("Top two"),
             QStringLiteral("test"),
             {data.entitlements[map.entitlements[0]].name, data.entitlements[map.entitlements[1]].name}});
        policy.rules.push_back({QStringLiteral("Retired"),
                                {},
                                {data.entitlements[map.entitlements[0]].name, QStringLiteral("No Such Group")}});
        QString error;
        const quint64 generation = m_generation;
        QVERIFY2(m_view->saveSodPolicy(policy, &error), qPrintable(error));
        waitForAnalysis(generation);
        QVERIFY(measureValue(analysis::MeasureId::SodViolations) > 0);
        QCOMPARE(m_view->analysis()->metrics.sodRules[1].missing, QStringList{QStringLiteral("No Such Group")});
        m_view->showMeasure(analysis::MeasureId::SodViolations);
        QVERIFY(
            m_view->listModel()->data(m_view->listModel()->index(0, 4)).toString().contains(QStringLiteral("Top two")));
        // An invalid policy is refused and the saved one stays.
        analysis::SodPolicy bad;
        bad.rules.push_back({QStringLiteral("One"), {}, {QStringLiteral("only one")}});
        QVERIFY(!m_view->saveSodPolicy(bad, &error));
        QVERIFY(error.contains(QStringLiteral("two different")));
    }

    void exports()
    {
        // Each export renders and writes off the GUI thread; exportFinished() says how it went.
        QSignalSpy finished(m_view.get(), &DashboardView::exportFinished);
        const auto exportAndWait = [&](const QString& path, const char* format, QString* error) {
            finished.clear();
            if (!m_view->exportTo(path, QString::fromLatin1(format), error))
                return false;
            if (!finished.wait(60000))
                return false;
            *error = finished.first().at(2).toString();
            return finished.first().at(0).toBool() && finished.first().at(1).toString() == path;
        };
        QString error;
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        const QString json = m_dir.filePath(QStringLiteral("measures.json"));
        const QString csv = m_dir.filePath(QStringLiteral("measures.csv"));
        QVERIFY2(exportAndWait(pdf, "pdf", &error), qPrintable(error));
        QVERIFY2(exportAndWait(json, "json", &error), qPrintable(error));
        QVERIFY2(exportAndWait(csv, "csv", &error), qPrintable(error));
        QVERIFY(m_view->statusText().contains(QStringLiteral("measures.csv")));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.readAll().startsWith("%PDF"));
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QVERIFY(root.contains(QStringLiteral("measures")));
        QVERIFY(root.contains(QStringLiteral("drift")));
        // A second export while one runs is refused, not queued behind the user's back.
        QVERIFY(m_view->exportTo(m_dir.filePath(QStringLiteral("again.pdf")), QStringLiteral("pdf"), &error));
        QVERIFY(m_view->isExporting());
        QVERIFY(!m_view->exportTo(m_dir.filePath(QStringLiteral("third.pdf")), QStringLiteral("pdf"), &error));
        QVERIFY(!error.isEmpty());
        QTRY_VERIFY(!m_view->isExporting());
        // A failure is told when it happens, in the signal and the status line.
        QVERIFY(!exportAndWait(m_dir.filePath(QStringLiteral("no/such/dir/x.pdf")), "pdf", &error));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!error.isEmpty());
        QVERIFY(m_view->statusText().contains(error));
    }

    void darkPalette()
    {
        // With a dark palette the dashboard is dark with light text: the view, its tiles and its
        // charts (which have themes of their own), and every visible label and button is readable.
        const QPalette light = QApplication::palette();
        QApplication::setPalette(attest::test::darkPalette());
        m_view->showMeasure(analysis::MeasureId::PrivilegedHiddenMembers);
        QTest::qWait(50);
        const QImage image = m_view->grab().toImage();
        const QString whole = attest::test::pictureProblem(image, QStringLiteral("dashboard"));
        QVERIFY2(whole.isEmpty(), qPrintable(whole));
        int charts = 0;
        for (QChartView* chart : m_view->findChildren<QChartView*>()) {
            if (!chart->isVisible())
                continue;
            const QString problem = attest::test::pictureProblem(attest::test::pictureOf(image, m_view.get(), chart),
                                                                 QStringLiteral("chart"));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            ++charts;
        }
        QVERIFY(charts > 0);
        // A flagged tile takes the alert colour of the dark palette from the one place for
        // colours, and it reads on the dark window.
        const QColor alert = colours::alert(QApplication::palette());
        QVERIFY(colours::isDark(QApplication::palette()));
        QVERIFY(attest::test::contrastRatio(alert, QApplication::palette().color(QPalette::Window)) >= 4.5);
        int flagged = 0;
        for (const DashboardTile* tile : m_view->findChildren<DashboardTile*>()) {
            const QColor shown =
                tile->findChild<QLabel*>(QStringLiteral("tileValueLabel"))->palette().color(QPalette::WindowText);
            QCOMPARE(shown == alert, tile->isFlagged());
            flagged += tile->isFlagged() ? 1 : 0;
        }
        QVERIFY(flagged > 0);
        int readable = 0;
        for (QWidget* widget : m_view->findChildren<QWidget*>()) {
            if (!widget->isVisible() || !widget->isEnabled() ||
                !(qobject_cast<QLabel*>(widget) || qobject_cast<QAbstractButton*>(widget)))
                continue;
            const QString problem = attest::test::paletteProblem(widget);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            ++readable;
        }
        QVERIFY(readable > 5);
        QVERIFY(image.save(screenshotDir() + QStringLiteral("dashboard-dark.png")));
        QApplication::setPalette(light);
    }

    void oneSnapshotSaysSo()
    {
        // Measuring the first snapshot: nothing to compare with, and the view says so.
        QString error;
        auto first = loadSnapshotFromWorkspace(m_workspace, m_snapshot->allSnapshots.front().id, {}, &error);
        QVERIFY2(first, qPrintable(error));
        const quint64 generation = m_generation;
        m_view->setSnapshot(first);
        waitForAnalysis(generation);
        QVERIFY(!m_view->analysis()->drift);
        QVERIFY(m_view->analysis()->notes.join(QString()).contains(QStringLiteral("nothing to compare")));
    }

    void cleanupTestCase() { m_view.reset(); }
};

ATTEST_REGISTER_TEST(TestDashboard, "dashboard")

#include "tst_dashboard.moc"
