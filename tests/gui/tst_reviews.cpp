#include "testregistry.h"

#include "mnemonics.h"

#include "common/translations.h"
#include "dashboard/dashboardview.h"
#include "helpdesk/helpdeskview.h"
#include "mainwindow.h"
#include "remediationplanmodel.h"
#include "reviewitemmodel.h"
#include "reviews/campaignactions.h"
#include "reviews/campaignwizard.h"
#include "reviews/conflictresolutiondialog.h"
#include "reviews/justificationdialog.h"
#include "reviews/reassigndialog.h"
#include "reviews/remediationplandialog.h"
#include "reviews/reviewview.h"
#include "snapshotloader.h"

#include "app/session.h"
#include "audit/journal.h"
#include "core/ziptestwriter.h"
#include "io/zipreader.h"
#include "review/campaignstate.h"
#include "review/closing.h"
#include "review/worksheet.h"
#include "review/xlsxworksheet.h"
#include "store/workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

using namespace attest;

// Access reviews in the GUI on a demo workspace: the wizard creates a campaign (and journals it),
// the reviewer view takes keyboard decisions, bulk accept never overwrites a decision, the
// filters narrow, and the owner's progress panel shows the numbers.
class TestReviews : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    LoadedSnapshotPtr m_snapshot;
    qint64 m_campaign = 0;
    QString m_owner; // the campaign's owner's identity key
    std::unique_ptr<ReviewView> m_view;
    QStringList m_prompts;

    static QString screenshotDir()
    {
        const QString dir = QString::fromLocal8Bit(qgetenv("ATTEST_TEST_OUTPUT_DIR")).isEmpty()
                                ? QStringLiteral(ATTEST_TEST_OUTPUT_DIR)
                                : QString::fromLocal8Bit(qgetenv("ATTEST_TEST_OUTPUT_DIR"));
        QDir().mkpath(dir + QStringLiteral("/screenshots"));
        return dir + QStringLiteral("/screenshots/");
    }

    Decision decisionOf(quint32 item) const { return m_view->model()->state().state(item).decision; }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("reviews.attest"));
        QString error;
        QVERIFY2(createDemoWorkspace(m_workspace, 300, {}, &error), qPrintable(error));
        m_snapshot = loadSnapshotFromWorkspace(m_workspace, 0, {}, &error);
        QVERIFY2(m_snapshot, qPrintable(error));
    }

    void justificationIsRecordedWithCtrlEnter()
    {
        JustificationDialog dialog(QStringLiteral("Why should this access be revoked?"), QStringLiteral("left"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* edit = dialog.findChild<QPlainTextEdit*>(QStringLiteral("justificationTextEdit"));
        QVERIFY(edit->hasFocus());
        // Enter is a new line; Ctrl+Enter records.
        QTest::keyClicks(edit, QStringLiteral(" the team"));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QTest::keyClicks(edit, QStringLiteral("ticket 4711"));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.text(), QStringLiteral("left the team\nticket 4711"));

        // Longer than a justification may be: refused in the dialog, never cut.
        JustificationDialog tooLong(QStringLiteral("Why?"), QString(kMaxJustificationChars + 1, QLatin1Char('x')));
        tooLong.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tooLong));
        auto* ok = tooLong.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!ok->toolTip().isEmpty());
        QTest::keyClick(tooLong.findChild<QPlainTextEdit*>(QStringLiteral("justificationTextEdit")), Qt::Key_Return,
                        Qt::ControlModifier);
        QVERIFY(tooLong.isVisible());
        QVERIFY(tooLong.findChild<QLabel*>(QStringLiteral("justificationCountLabel"))
                    ->text()
                    .contains(QStringLiteral("too long")));
    }

    void wizardMnemonicsAreUniqueInGerman()
    {
        // Every page of the wizard, as a German user sees it: each Alt+letter reaches one thing.
        QVERIFY(installTranslations(qApp, QLocale(QLocale::German, QLocale::Germany)));
        QStringList clashes;
        {
            CampaignWizard wizard(m_snapshot);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            for (const int page : wizard.pageIds()) {
                wizard.setStartId(page);
                wizard.restart();
                QCoreApplication::processEvents();
                for (const QString& clash : test::mnemonicClashes(&wizard))
                    clashes << QStringLiteral("page %1: %2").arg(page).arg(clash);
            }
        }
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    void wizardCreatesACampaign()
    {
        CampaignWizard wizard(m_snapshot);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(CampaignWizard::BasicsPage));
        // Each Alt+letter of a page reaches one thing (the wizard's own buttons included).
        const auto clashes = [&wizard] { return test::mnemonicClashes(&wizard).join(QStringLiteral("; ")); };
        QVERIFY2(clashes().isEmpty(), qPrintable(clashes()));
        // Without a name there is no Next.
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        wizard.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("Q4 access review"));
        // The owner is one person of the snapshot: a first name several people share is refused on
        // the page, with whom it could mean; so is a name nobody has.
        const std::vector<Identity>& people = m_snapshot->data->identities;
        QMap<QString, QStringList> byGivenName;
        for (const Identity& i : people)
            byGivenName[i.givenName] << i.email;
        QString shared;
        for (auto it = byGivenName.cbegin(); it != byGivenName.cend() && shared.isEmpty(); ++it)
            shared = it.value().size() > 1 ? it.key() : QString();
        QVERIFY(!shared.isEmpty());
        auto* owner = wizard.findChild<QLineEdit*>(QStringLiteral("ownerLineEdit"));
        QVERIFY(owner->completer() && owner->completer()->model()->rowCount() == int(people.size()));
        QVERIFY(owner->completer()->model()->index(0, 0).data().toString().contains(people.front().email));
        auto* basicsError = wizard.findChild<QLabel*>(QStringLiteral("basicsErrorLabel"));
        owner->setText(shared);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CampaignWizard::BasicsPage));
        QVERIFY2(basicsError->text().contains(byGivenName.value(shared).front()), qPrintable(basicsError->text()));
        QVERIFY(basicsError->text().contains(byGivenName.value(shared).back()));
        QVERIFY(wizard.grab().save(screenshotDir() + QStringLiteral("review-wizard-1-ambiguous-owner.png")));
        owner->setText(QStringLiteral("ciso"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CampaignWizard::BasicsPage));
        QVERIFY2(basicsError->text().contains(QStringLiteral("No identity matches")), qPrintable(basicsError->text()));
        owner->setText(people.front().email.toUpper()); // mail, in any case
        m_owner = people.front().key;
        QVERIFY(wizard.grab().save(screenshotDir() + QStringLiteral("review-wizard-1-basics.png")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CampaignWizard::ScopePage));
        QVERIFY2(clashes().isEmpty(), qPrintable(clashes()));
        wizard.findChild<QLineEdit*>(QStringLiteral("entitlementSearchLineEdit"))->setText(QStringLiteral("a"));
        QVERIFY(wizard.grab().save(screenshotDir() + QStringLiteral("review-wizard-2-scope.png")));
        wizard.findChild<QLineEdit*>(QStringLiteral("entitlementSearchLineEdit"))->clear();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CampaignWizard::ExclusionsPage));
        QVERIFY2(clashes().isEmpty(), qPrintable(clashes()));
        // An exclusion without a reason is refused.
        auto* exclusions = wizard.findChild<QTableWidget*>(QStringLiteral("exclusionTableWidget"));
        const QString login = m_snapshot->data->accounts.front().login;
        exclusions->setRowCount(1);
        exclusions->setItem(0, 0, new QTableWidgetItem(login));
        exclusions->setItem(0, 1, new QTableWidgetItem);
        exclusions->setItem(0, 2, new QTableWidgetItem);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CampaignWizard::ExclusionsPage));
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("exclusionErrorLabel"))
                    ->text()
                    .contains(QStringLiteral("reason")));
        exclusions->item(0, 2)->setText(QStringLiteral("break-glass account, reviewed separately"));
        QVERIFY(wizard.grab().save(screenshotDir() + QStringLiteral("review-wizard-3-exclusions.png")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CampaignWizard::ReviewersPage));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // the fallback is mandatory
        QVERIFY2(clashes().isEmpty(), qPrintable(clashes()));
        auto* fallback = wizard.findChild<QLineEdit*>(QStringLiteral("fallbackLineEdit"));
        fallback->setText(QStringLiteral("auditor"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CampaignWizard::ReviewersPage));
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("reviewersErrorLabel"))
                    ->text()
                    .contains(QStringLiteral("No identity matches “auditor”")));
        fallback->setText(people.at(1).displayName); // a full name only one person has
        QCOMPARE(std::count_if(people.begin(), people.end(),
                               [&](const Identity& i) { return i.displayName == people.at(1).displayName; }),
                 1);
        QVERIFY(wizard.grab().save(screenshotDir() + QStringLiteral("review-wizard-4-reviewers.png")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CampaignWizard::PolicyPage));
        QVERIFY2(clashes().isEmpty(), qPrintable(clashes()));
        auto* noResponse = wizard.findChild<QComboBox*>(QStringLiteral("noResponseComboBox"));
        noResponse->setCurrentIndex(noResponse->findData(int(NoResponsePolicy::Revoke)));
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("noResponseWarningLabel"))
                    ->text()
                    .contains(QStringLiteral("Warning")));
        QTest::qWait(50); // the layout grows for the warning
        QVERIFY(wizard.grab().save(screenshotDir() + QStringLiteral("review-wizard-5-policy.png")));
        noResponse->setCurrentIndex(noResponse->findData(int(NoResponsePolicy::FollowRecommendation)));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CampaignWizard::SummaryPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.isPopulationReady(), 30000);
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        const QString summary = wizard.findChild<QLabel*>(QStringLiteral("summaryLabel"))->text();
        QVERIFY2(summary.contains(QStringLiteral("SHA-256")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("balanced")));
        QVERIFY(summary.contains(QString::fromLatin1(wizard.population()->sha256.toHex())));
        QVERIFY(wizard.population()->reconciliation.balanced());
        QVERIFY(wizard.population()->reconciliation.excluded > 0);
        QVERIFY(wizard.population()->items.size() > 100);
        QVERIFY(wizard.grab().save(screenshotDir() + QStringLiteral("review-wizard-6-summary.png")));

        // Create runs off the GUI thread: the event loop keeps turning (a 10 ms timer keeps firing)
        // while the progress and Cancel are shown, and the wizard closes once it is stored.
        QSignalSpy created(&wizard, &CampaignWizard::campaignCreated);
        int ticks = 0;
        int ticksWhileCreating = 0;
        QTimer heartbeat;
        heartbeat.setInterval(10);
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            ++ticks;
            ticksWhileCreating += wizard.isCreating() ? 1 : 0;
        });
        heartbeat.start();
        QElapsedTimer clock;
        clock.start();
        wizard.accept();
        QVERIFY2(wizard.isCreating(), "Create returned before the campaign was stored: it runs on a worker");
        QCOMPARE(created.count(), 0);
        QVERIFY(wizard.findChild<QPushButton*>(QStringLiteral("cancelBuildButton"))->isVisible());
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("creatingLabel"))->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isCreating(), 30000);
        const qint64 creatingMs = clock.elapsed();
        heartbeat.stop();
        QVERIFY2(wizard.lastError().isEmpty(), qPrintable(wizard.lastError()));
        QCOMPARE(created.count(), 1);
        // The timer fired while the campaign was being stored (whenever storing took long enough to
        // see it: the waits above turn the event loop in steps of about 10 ms).
        if (creatingMs >= 40)
            QVERIFY2(
                ticksWhileCreating > 0,
                qPrintable(QStringLiteral("%1 ticks in %2 ms of creating").arg(ticksWhileCreating).arg(creatingMs)));
        QVERIFY(!wizard.isCreating());
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        m_campaign = wizard.createdCampaignId();
        QVERIFY(m_campaign > 0);

        QString error;
        auto ws = Workspace::open(m_workspace, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY(ws);
        const auto stored = ws->campaign(m_campaign, &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->definition.name, QStringLiteral("Q4 access review"));
        // Stored as identities, with their names: the same people the items' reviewers are.
        QCOMPARE(stored->definition.owner, m_owner);
        QCOMPARE(stored->definition.ownerName, people.front().displayName);
        QCOMPARE(stored->definition.fallbackReviewer, people.at(1).key);
        QCOMPARE(stored->populationSha256, wizard.population()->sha256);
        const auto journal = ws->journalRecords(&error);
        QVERIFY(journal);
        QVERIFY(std::any_of(journal->begin(), journal->end(),
                            [](const JournalRecord& r) { return r.action == QStringLiteral("review.create"); }));
    }

    void reviewerViewTakesKeyboardDecisions()
    {
        QVERIFY(m_campaign > 0);
        m_view = std::make_unique<ReviewView>();
        QAbstractItemModelTester tester(m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_view->setJustificationPrompt([this](const QString& prompt, const QString&) -> std::optional<QString> {
            m_prompts << prompt;
            return QStringLiteral("left the team in October");
        });
        m_view->resize(1400, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QSignalSpy loaded(m_view.get(), &ReviewView::campaignLoaded);
        m_view->setSnapshot(m_snapshot);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(m_view->campaignId(), m_campaign);
        ReviewItemModel* model = m_view->model();
        QVERIFY(model->rowCount() > 100);
        QTableView* table = m_view->view();
        table->setFocus();
        table->setCurrentIndex(model->index(0, 0));

        const quint32 first = model->itemAt(0);
        QTest::keyClick(table, Qt::Key_A);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isWriting(), 10000); // recorded off the GUI thread
        QCOMPARE(decisionOf(first), Decision::Approve);
        QCOMPARE(table->currentIndex().row(), 1); // on to the next undecided row
        QVERIFY(m_prompts.isEmpty());

        const quint32 second = model->itemAt(1);
        QTest::keyClick(table, Qt::Key_R);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isWriting(), 10000); // recorded off the GUI thread
        QCOMPARE(decisionOf(second), Decision::Revoke);
        {
            // The reviewer's progress row follows each decision (updated in place, not rebuilt).
            const CampaignState& state = model->state();
            const auto progress = state.reviewerProgress(state.reviewerOf(second), 0);
            QVERIFY(progress);
            auto* rows = m_view->findChild<QTableWidget*>(QStringLiteral("reviewerProgressTable"));
            QVERIFY(rows);
            const QString expected = QStringLiteral("%1 / %2").arg(progress->decided).arg(progress->total);
            bool shown = false;
            for (int r = 0; r < rows->rowCount() && !shown; ++r)
                shown = rows->item(r, 0) && rows->item(r, 1) && rows->item(r, 1)->text() == expected &&
                        (rows->item(r, 0)->text() == progress->name || rows->item(r, 0)->text() == progress->reviewer);
            QVERIFY2(shown, qPrintable(expected));
        }
        QCOMPARE(m_prompts.size(), 1); // a revoke needs a justification
        QCOMPARE(model->state().justificationOf(second), QStringLiteral("left the team in October"));
        QCOMPARE(table->currentIndex().row(), 2);

        const quint32 third = model->itemAt(2);
        QTest::keyClick(table, Qt::Key_D);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isWriting(), 10000); // recorded off the GUI thread
        QCOMPARE(decisionOf(third), Decision::DontKnow);

        // J edits the justification of a decided row.
        table->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(table, Qt::Key_J);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isWriting(), 10000); // recorded off the GUI thread
        QCOMPARE(model->state().justificationOf(first), QStringLiteral("left the team in October"));
        QCOMPARE(decisionOf(first), Decision::Approve);

        // Arrows move without deciding.
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 1);
        QTest::keyClick(table, Qt::Key_PageDown);
        QVERIFY(table->currentIndex().row() > 1);
        QVERIFY(m_view->grab().save(screenshotDir() + QStringLiteral("review-reviewer-view.png")));

        // Stored at once: a fresh load sees them.
        QString error;
        auto ws = Workspace::open(m_workspace, Workspace::OpenMode::OpenExisting, &error);
        const auto again = review::load(*ws, m_campaign, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->state.state(first).decision, Decision::Approve);
        QCOMPARE(again->state.state(second).decision, Decision::Revoke);
        QCOMPARE(again->state.state(third).decision, Decision::DontKnow);
    }

    // A key press updates the counts from the decision it recorded and from the decisions other
    // processes recorded meanwhile (read with it), without re-reading the history: the numbers
    // shown must still be exactly those of a fresh load.
    void keyPressKeepsTheProgressExact()
    {
        QVERIFY(m_view);
        ReviewItemModel* model = m_view->model();
        QTableView* table = m_view->view();
        QString error;
        auto other = Workspace::open(m_workspace, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(other, qPrintable(error));
        auto elsewhere = review::load(*other, m_campaign, &error);
        QVERIFY2(elsewhere, qPrintable(error));
        // Another console: the owner revokes two undecided items and approves one.
        std::vector<quint32> undecided;
        for (quint32 i = 0; i < elsewhere->state.size() && undecided.size() < 4; ++i) {
            if (elsewhere->state.state(i).decision == Decision::None)
                undecided.push_back(i);
        }
        QCOMPARE(undecided.size(), std::size_t(4));
        QVERIFY2(review::decide(*other, elsewhere->state, {undecided[0], undecided[1]}, Decision::Revoke, m_owner,
                                QStringLiteral("not needed"), &error),
                 qPrintable(error));
        QVERIFY2(review::decide(*other, elsewhere->state, {undecided[2]}, Decision::Approve, m_owner,
                                QStringLiteral("still needed"), &error),
                 qPrintable(error));

        const auto compare = [&](const char* when) {
            auto fresh = review::load(*other, m_campaign, &error);
            QVERIFY2(fresh, qPrintable(error));
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const auto want = fresh->state.progress(now);
            const auto got = model->state().progress(now);
            QVERIFY2(got.decided == want.decided && got.revoked == want.revoked && got.dontKnow == want.dontKnow &&
                         got.byReviewers == want.byReviewers && got.byOwner == want.byOwner &&
                         got.total == want.total && got.overdue == want.overdue,
                     when);
            QCOMPARE(got.reviewers.size(), want.reviewers.size());
            for (std::size_t i = 0; i < want.reviewers.size(); ++i) {
                QCOMPARE(got.reviewers[i].reviewer, want.reviewers[i].reviewer);
                QCOMPARE(got.reviewers[i].total, want.reviewers[i].total);
                QCOMPARE(got.reviewers[i].decided, want.reviewers[i].decided);
                QCOMPARE(got.reviewers[i].revoked, want.reviewers[i].revoked);
                QCOMPARE(got.reviewers[i].byOwner, want.reviewers[i].byOwner);
                QCOMPARE(got.reviewers[i].rubberStamp, want.reviewers[i].rubberStamp);
            }
            const QString summary = m_view->findChild<QLabel*>(QStringLiteral("progressSummaryLabel"))->text();
            QVERIFY2(summary.contains(QStringLiteral("%1 of %2 decided").arg(want.decided).arg(want.total)) &&
                         summary.contains(QStringLiteral("%1 revoked").arg(want.revoked)),
                     qPrintable(summary));
        };

        // This console decides the fourth item by key press: its counts take in all four.
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->itemAt(r) == undecided[3])
                row = r;
        }
        QVERIFY(row >= 0);
        table->setFocus();
        table->setCurrentIndex(model->index(row, 0));
        QTest::keyClick(table, Qt::Key_A);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isWriting(), 10000); // recorded off the GUI thread
        QCOMPARE(decisionOf(undecided[3]), Decision::Approve);
        QCOMPARE(decisionOf(undecided[0]), Decision::Revoke); // read with the key press
        compare("after a key press and three decisions elsewhere");

        // Changing a decision moves the item between the counts instead of adding to them.
        table->setCurrentIndex(model->index(row, 0));
        QTest::keyClick(table, Qt::Key_D);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isWriting(), 10000); // recorded off the GUI thread
        QCOMPARE(decisionOf(undecided[3]), Decision::DontKnow);
        compare("after changing a decision");
    }

    // A, R, D and J are actions on the table, with their keys, and in its context menu.
    void decisionsAreActions()
    {
        QVERIFY(m_view);
        QTableView* table = m_view->view();
        QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
        const QList<QAction*> actions = m_view->decisionActions();
        QCOMPARE(actions.size(), 4);
        const QStringList keys{QStringLiteral("A"), QStringLiteral("R"), QStringLiteral("D"), QStringLiteral("J")};
        for (int i = 0; i < actions.size(); ++i) {
            QVERIFY(table->actions().contains(actions[i]));
            QCOMPARE(actions[i]->shortcut().toString(), keys[i]);
            QVERIFY(actions[i]->isEnabled());
        }
        // Triggered from the menu, the action decides the current row like its key.
        ReviewItemModel* model = m_view->model();
        int row = -1;
        for (int r = 0; r < model->rowCount() && row < 0; ++r) {
            if (decisionOf(model->itemAt(r)) == Decision::None)
                row = r;
        }
        QVERIFY(row >= 0);
        table->setCurrentIndex(model->index(row, 0));
        const quint32 item = model->itemAt(row);
        actions[2]->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isWriting(), 10000); // recorded off the GUI thread
        QCOMPARE(decisionOf(item), Decision::DontKnow);
    }

    // Who may decide is the core's rule, on the console's path too: a reviewer whose item another
    // console has just given to someone else can no longer decide it by key press.
    void keyPressRespectsWhoMayDecide()
    {
        QVERIFY(m_view);
        ReviewItemModel* model = m_view->model();
        QTableView* table = m_view->view();
        QString error;
        auto other = Workspace::open(m_workspace, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(other, qPrintable(error));
        auto elsewhere = review::load(*other, m_campaign, &error);
        QVERIFY2(elsewhere, qPrintable(error));
        // An undecided item whose reviewer is neither the owner nor the second person, given by
        // another console to the second person (the first such item that may go to them).
        const auto people = m_snapshot->people();
        const QString delegate = m_snapshot->data->identities.at(1).key;
        quint32 item = 0;
        bool moved = false;
        for (quint32 i = 0; i < elsewhere->state.size() && !moved; ++i) {
            const QString reviewer = elsewhere->state.reviewerOf(i);
            if (elsewhere->state.state(i).decision != Decision::None || reviewer == m_owner || reviewer == delegate)
                continue;
            item = i;
            // Refused (changing nothing) where the item is the delegate's own access.
            moved = review::reassign(*other, elsewhere->state, {i}, QString(), *people, delegate, m_owner,
                                     QStringLiteral("on leave"), &error)
                        .has_value();
        }
        QVERIFY2(moved, qPrintable(error));
        // This console still has the item under its old reviewer, and decides as that reviewer.
        const QString reviewer = model->state().reviewerOf(item);
        QVERIFY(reviewer != delegate);
        auto* reviewers = m_view->findChild<QComboBox*>(QStringLiteral("reviewerComboBox"));
        reviewers->setCurrentIndex(reviewers->findData(reviewer));
        QCOMPARE(reviewers->currentData().toString(), reviewer);
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->itemAt(r) == item)
                row = r;
        }
        QVERIFY(row >= 0);

        table->setFocus();
        table->setCurrentIndex(model->index(row, 0));
        QTest::keyClick(table, Qt::Key_A);
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isWriting(), 10000); // recorded off the GUI thread
        QCOMPARE(decisionOf(item), Decision::None);
        QVERIFY2(m_view->lastError().contains(QStringLiteral("is not the reviewer")), qPrintable(m_view->lastError()));
        QCOMPARE(model->state().reviewerOf(item), delegate); // the reassignment was read with the refusal
        auto fresh = review::load(*other, m_campaign, &error);
        QVERIFY2(fresh, qPrintable(error));
        QCOMPARE(fresh->state.state(item).decision, Decision::None);
        reviewers->setCurrentIndex(0); // back to "all reviewers" for the tests after
    }

    void bulkAcceptNeverOverwrites()
    {
        QVERIFY(m_view);
        ReviewItemModel* model = m_view->model();
        const quint32 revoked = model->itemAt(1);
        // Find an item recommended for approval and revoke it by hand first.
        std::optional<quint32> recommendedApprove;
        for (std::size_t i = 0; i < model->state().size(); ++i) {
            if (model->state().items().recommendation(i) == Recommendation::Approve &&
                model->state().state(i).decision == Decision::None) {
                recommendedApprove = quint32(i);
                break;
            }
        }
        QVERIFY(recommendedApprove);
        const int row = model->rowOf(*recommendedApprove);
        QVERIFY(row >= 0);
        m_view->view()->clearSelection();
        m_view->view()->setCurrentIndex(model->index(row, 0));
        QVERIFY(m_view->decideSelected(Decision::Revoke));
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isWriting(), 10000); // recorded off the GUI thread
        QString question;
        m_view->setConfirm([&question](const QString& q) {
            question = q;
            return true;
        });
        QVERIFY(m_view->acceptRecommendations());
        // Over 2,000 items it runs on a worker; the view applies the result when it is done.
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isBulkRunning(), 60000);
        QVERIFY2(question.contains(QStringLiteral("undecided")), qPrintable(question));
        QCOMPARE(decisionOf(*recommendedApprove), Decision::Revoke);
        QCOMPARE(decisionOf(revoked), Decision::Revoke);
        QCOMPARE(decisionOf(model->itemAt(0)), Decision::Approve);
        // Every item with a recommendation is now decided.
        std::size_t recommended = 0;
        for (std::size_t i = 0; i < model->state().size(); ++i) {
            if (model->state().items().recommendation(i) != Recommendation::None) {
                QVERIFY(model->state().state(i).decision != Decision::None);
                ++recommended;
            }
        }
        QVERIFY(recommended > 0);
    }

    void filtersNarrow()
    {
        QVERIFY(m_view);
        ReviewItemModel* model = m_view->model();
        const int all = model->rowCount();
        auto* undecided = m_view->findChild<QToolButton*>(QStringLiteral("undecidedFilterButton"));
        undecided->click();
        const int open = model->rowCount();
        QVERIFY(open < all);
        for (int r = 0; r < open; ++r)
            QCOMPARE(decisionOf(model->itemAt(r)), Decision::None);
        undecided->click();
        QCOMPARE(model->rowCount(), all);
        auto* privileged = m_view->findChild<QToolButton*>(QStringLiteral("privilegedFilterButton"));
        privileged->click();
        QVERIFY(model->rowCount() > 0 && model->rowCount() < all);
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(model->state().items().privileged(model->itemAt(r)));
        privileged->click();
        auto* revoke = m_view->findChild<QToolButton*>(QStringLiteral("revokeFilterButton"));
        revoke->click();
        QVERIFY(model->rowCount() < all);
        revoke->click();
        auto* reviewers = m_view->findChild<QComboBox*>(QStringLiteral("reviewerComboBox"));
        QVERIFY(reviewers->count() > 2);
        reviewers->setCurrentIndex(1);
        const QString reviewer = reviewers->currentData().toString();
        QVERIFY(model->rowCount() > 0 && model->rowCount() < all);
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->state().reviewerOf(model->itemAt(r)), reviewer);
        QVERIFY(m_view->grab().save(screenshotDir() + QStringLiteral("review-one-reviewer.png")));
        reviewers->setCurrentIndex(0);
        QCOMPARE(model->rowCount(), all);
    }

    void progressShowsNumbers()
    {
        QVERIFY(m_view);
        const QString summary = m_view->findChild<QLabel*>(QStringLiteral("progressSummaryLabel"))->text();
        const auto p = m_view->model()->state().progress(QDateTime::currentMSecsSinceEpoch());
        QVERIFY2(summary.contains(QStringLiteral("%1 of %2 decided").arg(p.decided).arg(p.total)), qPrintable(summary));
        auto* table = m_view->findChild<QTableWidget*>(QStringLiteral("reviewerProgressTable"));
        QCOMPARE(table->rowCount(), int(p.reviewers.size()));
        QVERIFY(table->rowCount() > 1);
        QVERIFY(!table->item(0, 1)->text().isEmpty());
        QVERIFY(m_view->findChild<QWidget*>(QStringLiteral("progressPanel"))
                    ->grab()
                    .save(screenshotDir() + QStringLiteral("review-progress-panel.png")));
        m_view.reset();
    }

    void mainWindowHasAReviewsTab()
    {
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::snapshotLoaded);
        window.openWorkspace(m_workspace);
        QVERIFY(loaded.wait(30000));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("paneTabWidget"));
        const int index = tabs->indexOf(window.reviews());
        // After the panes: the dashboard, the access paths, then reviews and the help desk.
        QCOMPARE(tabs->indexOf(window.dashboard()), int(MainWindow::AuditPane) + 1);
        QCOMPARE(index, int(MainWindow::AuditPane) + 3);
        QCOMPARE(tabs->indexOf(window.helpdesk()), index + 1);
        // No page forces the window wide (the detail panel beside them keeps its room).
        for (int i = 0; i < tabs->count(); ++i)
            QVERIFY2(tabs->widget(i)->minimumSizeHint().width() < 900, qPrintable(tabs->tabText(i)));
        QSignalSpy campaign(window.reviews(), &ReviewView::campaignLoaded);
        QVERIFY(campaign.count() > 0 || campaign.wait(30000));
        QCOMPARE(window.reviews()->campaignId(), m_campaign);
    }

    // A workspace whose campaigns cannot be read says so: it is not "no review yet".
    void aCampaignsReadErrorIsShownAsAnError()
    {
        const QString path = m_dir.filePath(QStringLiteral("unreadable.attest"));
        QVERIFY(QFile::copy(m_workspace, path));
        QString error;
        auto snapshot = std::make_shared<LoadedSnapshot>(*m_snapshot);
        snapshot->session = app::Session::open(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(snapshot->session, qPrintable(error));
        {
            // What a damaged file looks like to the reader: the campaigns' table cannot be read.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("breaker"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("ALTER TABLE campaigns RENAME TO campaigns_gone")),
                     qPrintable(q.lastError().text()));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("breaker"));
        ReviewView view;
        view.setSnapshot(snapshot);
        auto* status = view.findChild<QLabel*>(QStringLiteral("reviewStatusLabel"));
        QVERIFY(status);
        QVERIFY2(!status->text().contains(QStringLiteral("No access review yet")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("Cannot read the campaigns")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("campaigns")), qPrintable(status->text()));
        QCOMPARE(view.lastError(), status->text());
        QCOMPARE(view.campaignId(), qint64(0));
    }

    void worksheetsFromTheReviewView()
    {
        ReviewView view;
        view.resize(1400, 800);
        view.show();
        QSignalSpy loaded(&view, &ReviewView::campaignLoaded);
        view.setSnapshot(m_snapshot);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0 && !view.isLoading(), 30000);
        QString answer;
        QString offered;
        view.setFileChooser([&](bool, const QString&, const QString& filters, QString* selected) {
            offered = filters;
            if (answer.endsWith(QLatin1String("noext")))
                *selected = filters.section(QStringLiteral(";;"), 1, 1); // the CSV filter
            return answer;
        });
        QVERIFY(!view.exportWorksheet()); // "all reviewers": no worksheet
        // A reviewer with an undecided item.
        auto* reviewers = view.findChild<QComboBox*>(QStringLiteral("reviewerComboBox"));
        const CampaignState& state = view.model()->state();
        std::optional<quint32> undecided;
        for (int r = 1; r < reviewers->count() && !undecided; ++r) {
            for (std::size_t i = 0; i < state.size(); ++i) {
                if (state.reviewerOf(i) == reviewers->itemData(r).toString() &&
                    state.state(i).decision == Decision::None) {
                    reviewers->setCurrentIndex(r);
                    undecided = quint32(i);
                    break;
                }
            }
        }
        QVERIFY(undecided);
        const QString reviewer = reviewers->currentData().toString();

        answer = m_dir.filePath(QStringLiteral("sheet-noext"));
        QVERIFY2(view.exportWorksheet(), qPrintable(view.lastError()));
        QVERIFY(offered.contains(QStringLiteral("*.xlsx")) && offered.contains(QStringLiteral("*.csv")));
        QVERIFY(QFile::exists(answer + QStringLiteral(".csv")));
        answer = m_dir.filePath(QStringLiteral("sheet.xlsx"));
        QVERIFY2(view.exportWorksheet(), qPrintable(view.lastError()));
        QFile file(answer);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray xlsx = file.readAll();
        file.close();
        QVERIFY(worksheet::isXlsx(xlsx));

        // The reviewer picks dont-know for the undecided item in the workbook.
        std::vector<worksheet::CsvRecord> records;
        worksheet::XlsxProperties properties;
        QString error;
        QVERIFY2(worksheet::readXlsx(xlsx, &records, &properties, &error), qPrintable(error));
        const qsizetype itemColumn = worksheet::columns().indexOf(QStringLiteral("item"));
        const qsizetype decisionColumn = worksheet::columns().indexOf(QStringLiteral("decision"));
        qint64 row = 0;
        for (const auto& r : records) {
            if (r.cells.value(itemColumn) == QString::number(*undecided + 1))
                row = r.line;
        }
        QVERIFY(row > 1);
        auto zip = ZipReader::open(xlsx, &error);
        QVERIFY2(zip, qPrintable(error));
        QList<test::ZipTestEntry> parts;
        for (const QString& name : zip->names())
            parts.append({name, zip->read(name, &error).value_or(QByteArray())});
        const QString ref = QString(QChar(char16_t(u'A' + decisionColumn))) + QString::number(row);
        bool edited = false;
        for (test::ZipTestEntry& e : parts) {
            if (e.name != QLatin1String("xl/worksheets/sheet1.xml"))
                continue;
            QString text = QString::fromUtf8(e.data);
            const QRegularExpression blank(QStringLiteral("<c r=\"%1\"( s=\"\\d+\")?/>").arg(ref));
            edited = text.contains(blank);
            text.replace(blank,
                         QStringLiteral("<c r=\"%1\"\\1 t=\"inlineStr\"><is><t>dont-know</t></is></c>").arg(ref));
            e.data = text.toUtf8();
        }
        QVERIFY(edited);
        const QByteArray changed = test::zipArchive(parts);

        // Damaged: a clear message, nothing imported.
        answer = m_dir.filePath(QStringLiteral("damaged.xlsx"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QFile damaged(answer);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(changed.left(changed.size() * 2 / 3));
        damaged.close();
        QVERIFY(view.importWorksheet()); // read and checked off the GUI thread
        QTRY_VERIFY_WITH_TIMEOUT(!view.isWriting(), 10000);
        QVERIFY2(view.lastError().contains(QStringLiteral("nothing was imported")), qPrintable(view.lastError()));
        QTRY_VERIFY(view.findChild<QMessageBox*>(QStringLiteral("worksheetProblemsBox")));
        auto* box = view.findChild<QMessageBox*>(QStringLiteral("worksheetProblemsBox"));
        QVERIFY2(box->text().contains(QStringLiteral("truncated")), qPrintable(box->text()));
        box->close();
        QCOMPARE(state.state(*undecided).decision, Decision::None);

        answer = m_dir.filePath(QStringLiteral("edited.xlsx"));
        QFile good(answer);
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(changed);
        good.close();
        QVERIFY2(view.importWorksheet(), qPrintable(view.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isWriting(), 10000);
        QCOMPARE(state.state(*undecided).decision, Decision::DontKnow);
        QCOMPARE(state.decidedByOf(*undecided), reviewer);
        auto ws = Workspace::open(m_workspace, Workspace::OpenMode::OpenExisting, &error);
        QCOMPARE(review::load(*ws, m_campaign, &error)->state.state(*undecided).decision, Decision::DontKnow);
    }

    void searchNarrowsTheItems()
    {
        ReviewView view;
        view.resize(1400, 800);
        view.show();
        QSignalSpy loaded(&view, &ReviewView::campaignLoaded);
        view.setSnapshot(m_snapshot);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0 && !view.isLoading(), 30000);
        ReviewItemModel* model = view.model();
        const int all = model->rowCount();
        QVERIFY(all > 10);
        const ReviewItemTable& items = *model->loaded().items;
        // An entitlement of the campaign and someone's name, both words required, in any case.
        const quint32 some = model->itemAt(all / 2);
        const QString entitlement = items.text(some, ReviewItemTable::EntitlementName);
        const QString given = items.text(some, ReviewItemTable::IdentityName).section(QLatin1Char(' '), 0, 0);
        auto* search = view.findChild<QLineEdit*>(QStringLiteral("reviewSearchLineEdit"));
        QVERIFY(search);
        search->setText(entitlement.toUpper() + QLatin1Char(' ') + given.toLower());
        QTRY_VERIFY(model->rowCount() < all);
        QVERIFY(model->rowCount() >= 1);
        QVERIFY(model->rowOf(some) >= 0);
        int expected = 0;
        for (std::size_t i = 0; i < items.size(); ++i) {
            const auto has = [&items, i](const QString& word) {
                for (auto f :
                     {ReviewItemTable::IdentityName, ReviewItemTable::Title, ReviewItemTable::Department,
                      ReviewItemTable::AccountLogin, ReviewItemTable::AccountDn, ReviewItemTable::EntitlementName,
                      ReviewItemTable::AccessPath, ReviewItemTable::ReviewerName})
                    if (items.text(i, f).contains(word, Qt::CaseInsensitive))
                        return true;
                return false;
            };
            bool all_words = true;
            for (const QString& w : entitlement.split(QLatin1Char(' '), Qt::SkipEmptyParts) + QStringList{given})
                all_words = all_words && has(w);
            expected += all_words ? 1 : 0;
        }
        QCOMPARE(model->rowCount(), expected);
        search->setText(QStringLiteral("no such thing anywhere"));
        QTRY_COMPARE(model->rowCount(), 0);
        search->clear();
        QTRY_COMPARE(model->rowCount(), all);

        // Who decided each item is a column of its own, by name.
        int decided = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const quint32 item = model->itemAt(row);
            const CampaignState& state = model->state();
            if (state.state(item).decision == Decision::None)
                continue;
            ++decided;
            const QString shown = model->index(row, ReviewItemModel::DecidedByColumn).data().toString();
            QVERIFY(!shown.isEmpty());
            QCOMPARE(shown, state.deciderNameOf(item).isEmpty() ? state.decidedByOf(item) : state.deciderNameOf(item));
            QCOMPARE(model->index(row, 0).data(ReviewItemModel::DecisionRole).toInt(), int(state.state(item).decision));
        }
        QVERIFY(decided > 0);
        QTest::qWait(50);
        QVERIFY(view.grab().save(screenshotDir() + QStringLiteral("review-decisions-coloured.png")));
    }

    void bulkDecisionsRunOffTheGuiThread()
    {
        ReviewView view;
        view.resize(1400, 800);
        view.show();
        view.setJustificationPrompt(
            [](const QString&, const QString&) -> std::optional<QString> { return QStringLiteral("bulk: re-hired"); });
        QSignalSpy loaded(&view, &ReviewView::campaignLoaded);
        view.setSnapshot(m_snapshot);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0 && !view.isLoading(), 30000);
        ReviewItemModel* model = view.model();
        QVERIFY(model->rowCount() > 400);
        // Small limits so a few hundred items take the worker's path in many batches.
        view.setBulkLimits(50, 5);
        const auto selectFirst = [&](int rows) {
            view.view()->clearSelection();
            view.view()->selectionModel()->select(
                QItemSelection(model->index(0, 0), model->index(rows - 1, model->columnCount() - 1)),
                QItemSelectionModel::Select | QItemSelectionModel::Rows);
        };
        const auto storedState = [&] {
            QString error;
            auto ws = Workspace::open(m_workspace, Workspace::OpenMode::OpenExisting, &error);
            return std::move(review::load(*ws, m_campaign, &error)->state);
        };
        std::vector<quint32> items;
        for (int r = 0; r < 300; ++r)
            items.push_back(model->itemAt(r));
        std::vector<Decision> before;
        for (quint32 i : items)
            before.push_back(model->state().state(i).decision);

        // Cancelled at once: whole batches or nothing, the view and the workspace agree.
        selectFirst(300);
        QVERIFY2(view.decideSelected(Decision::Revoke), qPrintable(view.lastError()));
        QVERIFY(view.isBulkRunning());
        auto* bar = view.findChild<QWidget*>(QStringLiteral("bulkDecisionBar"));
        QVERIFY(bar->isVisible());
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("bulkDecisionLabel"))->text().contains(QStringLiteral("batch")));
        QVERIFY(!view.decideSelected(Decision::Approve)); // the campaign is busy
        QVERIFY(view.lastError().contains(QStringLiteral("still being recorded")));
        QVERIFY(!view.acceptRecommendations());
        view.findChild<QPushButton*>(QStringLiteral("bulkDecisionCancelButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBulkRunning(), 30000);
        QVERIFY(!bar->isVisible());
        const QString status = view.findChild<QLabel*>(QStringLiteral("reviewStatusLabel"))->text();
        QVERIFY2(status.contains(QStringLiteral("Cancelled")) || status.contains(QStringLiteral("Recorded")),
                 qPrintable(status));
        CampaignState stored = storedState();
        int revoked = 0;
        for (std::size_t k = 0; k < items.size(); ++k) {
            const Decision now = model->state().state(items[k]).decision;
            QCOMPARE(stored.state(items[k]).decision, now);
            QCOMPARE(stored.justificationOf(items[k]), model->state().justificationOf(items[k]));
            if (now == Decision::Revoke && model->state().justificationOf(items[k]) == QLatin1String("bulk: re-hired"))
                ++revoked;
            else
                QCOMPARE(now, before[k]);
        }
        QVERIFY2(revoked % 5 == 0 || revoked == 300, qPrintable(QString::number(revoked)));

        // Not cancelled: every item decided, in the model and the workspace, with progress shown.
        selectFirst(300);
        QVERIFY2(view.decideSelected(Decision::DontKnow), qPrintable(view.lastError()));
        QVERIFY(view.isBulkRunning());
        QVERIFY(view.grab().save(screenshotDir() + QStringLiteral("review-bulk-progress.png")));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBulkRunning(), 60000);
        QVERIFY2(view.findChild<QLabel*>(QStringLiteral("reviewStatusLabel"))->text().contains(QStringLiteral("300")),
                 qPrintable(view.findChild<QLabel*>(QStringLiteral("reviewStatusLabel"))->text()));
        stored = storedState();
        for (quint32 i : items) {
            QCOMPARE(model->state().state(i).decision, Decision::DontKnow);
            QCOMPARE(stored.state(i).decision, Decision::DontKnow);
        }
        // A small selection is one write, not a bulk run.
        selectFirst(3);
        QVERIFY(view.decideSelected(Decision::Approve));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isWriting(), 10000); // recorded off the GUI thread
        QVERIFY(!view.isBulkRunning());
        QCOMPARE(model->state().state(items[0]).decision, Decision::Approve);
    }

    // Before Close: the plan in a table, every row of it, a conflict with both decisions that
    // the owner resolves from there; Cancel closes nothing.
    void thePlanIsShownBeforeClose()
    {
        QString error;
        auto ws = Workspace::open(m_workspace, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        const qint64 id = ws->campaigns(&error)->last().id;
        auto loaded = review::load(*ws, id, &error);
        QVERIFY2(loaded, qPrintable(error));
        const QString owner = loaded->campaign.definition.owner;
        // A nested grant revoked while the direct membership it comes through is approved.
        const ReviewItemTable& items = *loaded->items;
        QHash<QString, quint32> direct; // account + entitlement key → item
        for (quint32 i = 0; i < items.size(); ++i) {
            if (items.isDirect(i))
                direct.insert(items.text(i, ReviewItemTable::AccountKey) + QLatin1Char('\n') +
                                  items.text(i, ReviewItemTable::EntitlementKey),
                              i);
        }
        std::optional<quint32> revoked;
        for (quint32 i = 0; i < items.size() && !revoked; ++i) {
            const auto approved = direct.constFind(items.text(i, ReviewItemTable::AccountKey) + QLatin1Char('\n') +
                                                   items.text(i, ReviewItemTable::DirectGroupKey));
            if (items.isDirect(i) || approved == direct.cend())
                continue;
            QVERIFY(
                review::decide(*ws, loaded->state, {i}, Decision::Revoke, owner, QStringLiteral("not needed"), &error));
            QVERIFY(review::decide(*ws, loaded->state, {*approved}, Decision::Approve, owner, QStringLiteral("needed"),
                                   &error));
            const auto plan = review::previewPlan(*ws, loaded->state, &error);
            QVERIFY2(plan, qPrintable(error));
            for (const review::PlanConflict& c : plan->conflicts)
                revoked = c.revoked.item == i ? std::optional<quint32>(i) : revoked;
        }
        QVERIFY2(revoked, "the demo organisation has a revoke that takes approved access");
        const auto expected = review::previewPlan(*ws, loaded->state, &error);
        QVERIFY(expected && !expected->changes.empty());

        ReviewView view;
        view.resize(1400, 800);
        view.show();
        QSignalSpy campaignLoaded(&view, &ReviewView::campaignLoaded);
        view.setSnapshot(m_snapshot);
        QTRY_VERIFY_WITH_TIMEOUT(campaignLoaded.count() > 0 && !view.isLoading(), 30000);
        QSignalSpy finished(view.actions(), &CampaignActions::finished);
        view.closeCampaign();
        auto* dialog = view.findChild<RemediationPlanDialog*>(QStringLiteral("remediationPlanDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 30000);
        QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Every change is a row, in the table's model and in the view: nothing cut to "… and more".
        QCOMPARE(dialog->model()->rowCount(), int(expected->changes.size()));
        QCOMPARE(dialog->view()->model()->rowCount(), int(expected->changes.size()));
        QCOMPARE(dialog->model()->conflictCount(), int(expected->conflicts.size()));
        QSet<QString> shown;
        for (int row = 0; row < dialog->model()->rowCount(); ++row)
            shown.insert(
                dialog->model()->index(row, RemediationPlanModel::AccountColumn).data().toString() + QLatin1Char('|') +
                dialog->model()->index(row, RemediationPlanModel::GroupColumn).data().toString() + QLatin1Char('|') +
                dialog->model()->index(row, RemediationPlanModel::ServesColumn).data().toString());
        QCOMPARE(shown.size(), int(expected->changes.size()));
        // Sortable: by account, descending, keeps every row.
        dialog->view()->sortByColumn(RemediationPlanModel::AccountColumn, Qt::DescendingOrder);
        QCOMPARE(dialog->view()->model()->rowCount(), int(expected->changes.size()));
        // The conflict row: both decisions, bold and marked in words.
        int conflictRow = -1;
        for (int row = 0; row < dialog->view()->model()->rowCount(); ++row) {
            const QModelIndex index = dialog->view()->model()->index(row, 0);
            if (index.data(RemediationPlanModel::ConflictItemRole).toLongLong() == qint64(*revoked))
                conflictRow = row;
        }
        QVERIFY(conflictRow >= 0);
        const QString conflictText =
            dialog->view()->model()->index(conflictRow, RemediationPlanModel::ConflictColumn).data().toString();
        QVERIFY2(conflictText.contains(QStringLiteral("CONFLICT")) &&
                     conflictText.contains(QStringLiteral("revoked by")) &&
                     conflictText.contains(QStringLiteral("approved by")) &&
                     conflictText.contains(QStringLiteral("unresolved")),
                 qPrintable(conflictText));
        QVERIFY(dialog->view()->model()->index(conflictRow, 0).data(Qt::FontRole).value<QFont>().bold());
        dialog->view()->setCurrentIndex(dialog->view()->model()->index(conflictRow, 0));
        dialog->view()->scrollTo(dialog->view()->currentIndex(), QAbstractItemView::PositionAtCenter);
        dialog->view()->setFocus();
        auto* resolve = dialog->findChild<QPushButton*>(QStringLiteral("resolveConflictButton"));
        QVERIFY(resolve->isEnabled());
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(screenshotDir() + QStringLiteral("review-plan-before-close.png")));

        // Resolve from the dialog: no choice or no reason is refused by the dialog itself.
        resolve->click();
        auto* resolution = dialog->findChild<ConflictResolutionDialog*>(QStringLiteral("conflictResolutionDialog"));
        QVERIFY(resolution);
        QVERIFY(QTest::qWaitForWindowExposed(resolution));
        resolution->accept();
        QVERIFY(resolution->isVisible());
        QVERIFY(resolution->findChild<QLabel*>(QStringLiteral("resolutionErrorLabel"))->isVisible());
        resolution->findChild<QRadioButton*>(QStringLiteral("keepApprovedRadioButton"))->setChecked(true);
        resolution->accept();
        QVERIFY(resolution->isVisible());
        resolution->setReason(QStringLiteral("Needed until the migration ends"));
        QVERIFY(resolution->grab().save(screenshotDir() + QStringLiteral("review-plan-resolve-conflict.png")));
        QSignalSpy resolved(dialog, &RemediationPlanDialog::resolved);
        resolution->accept();
        QTRY_VERIFY_WITH_TIMEOUT(resolved.count() == 1, 30000);
        QVERIFY2(resolved.at(0).at(0).toBool(), qPrintable(resolved.at(0).at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 30000);
        QCOMPARE(dialog->model()->unresolvedCount(), int(expected->conflicts.size()) - 1);
        loaded = review::load(*ws, id, &error);
        QVERIFY(loaded->state.resolution(*revoked));
        QCOMPARE(loaded->state.resolution(*revoked)->choice, ConflictChoice::KeepApproved);
        QCOMPARE(loaded->state.resolution(*revoked)->by, owner);

        // Cancel: nothing is closed.
        dialog->findChild<QPushButton*>(QStringLiteral("cancelPlanButton"))->click();
        QTRY_VERIFY(!view.findChild<RemediationPlanDialog*>());
        QTest::qWait(200);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(ws->campaign(id, &error)->status, CampaignStatus::Active);
    }

    void theCampaignEndsFromTheConsole()
    {
        ReviewView view;
        view.resize(1400, 800);
        view.show();
        view.setConfirm([](const QString&) { return true; });
        QSignalSpy loaded(&view, &ReviewView::campaignLoaded);
        view.setSnapshot(m_snapshot);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0 && !view.isLoading(), 30000);
        const QString owner = view.model()->loaded().campaign.definition.owner;
        // Reassignment from the console, recorded.
        view.view()->selectRow(0);
        const quint32 first = view.model()->itemAt(0);
        // The delegate is picked among the snapshot's people; the dialog refuses a name that is
        // nobody's or several people's and stays open, saying whom it could mean.
        const std::vector<Identity>& people = m_snapshot->data->identities;
        const QString own = view.model()->loaded().items->text(first, ReviewItemTable::IdentityKey);
        const Identity& deputy = *std::find_if(people.begin() + 2, people.end(), [&](const Identity& i) {
            return i.key != own && i.key != owner && !i.email.isEmpty();
        });
        {
            ReassignDialog dialog(QStringLiteral("Give the selected items to:"), m_snapshot->people());
            dialog.show();
            auto* to = dialog.findChild<QLineEdit*>(QStringLiteral("reassignToLineEdit"));
            auto* error = dialog.findChild<QLabel*>(QStringLiteral("reassignErrorLabel"));
            auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            to->setText(deputy.givenName.left(1)); // a letter: part of many names, nobody's name
            ok->click();
            QVERIFY(dialog.isVisible());
            QVERIFY2(error->text().contains(QStringLiteral("No identity matches")), qPrintable(error->text()));
            to->setText(deputy.surname + QLatin1Char(' '));
            ok->click();
            QVERIFY(dialog.isVisible()); // a surname alone is never enough: the candidates are listed
            QVERIFY2(error->text().contains(QStringLiteral("“%1”").arg(deputy.surname)) &&
                         error->text().contains(QStringLiteral(" — ")),
                     qPrintable(error->text()));
            to->setText(deputy.email);
            ok->click();
            QVERIFY(!dialog.isVisible());
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.reviewerKey(), deputy.key);
        }
        QVERIFY(view.reassign(QStringLiteral("nobody at all"), QStringLiteral("x")));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isWriting(), 10000);
        QVERIFY2(!view.lastError().isEmpty(), "an unknown name moves nothing, and says why");
        QCOMPARE(view.model()->state().relationOf(first), view.model()->loaded().items->relation(first));
        QVERIFY2(view.reassign(deputy.email, QStringLiteral("reviewer on leave")), qPrintable(view.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isWriting(), 10000);
        QCOMPARE(view.model()->state().reviewerOf(first), deputy.key);
        QCOMPARE(view.model()->state().reviewerNameOf(first), deputy.displayName);
        QCOMPARE(view.model()->state().relationOf(first), ReviewerRelation::Delegate);
        QSignalSpy finished(view.actions(), &CampaignActions::finished);
        const auto step = [&](int count) {
            return QTest::qWaitFor([&] { return finished.count() >= count; }, 60000) &&
                   finished.at(count - 1).at(0).toBool();
        };
        // Close and remediate run only from the plan dialog's confirm button.
        const auto confirmPlan = [&view] {
            auto* dialog = view.findChild<RemediationPlanDialog*>(QStringLiteral("remediationPlanDialog"));
            return dialog && QTest::qWaitFor([dialog] { return !dialog->isLoading(); }, 30000) &&
                   dialog->findChild<QPushButton*>(QStringLiteral("confirmPlanButton"))->isEnabled() &&
                   (dialog->findChild<QPushButton*>(QStringLiteral("confirmPlanButton"))->click(), true);
        };
        view.closeCampaign();
        QVERIFY(confirmPlan());
        QVERIFY2(step(1), qPrintable(finished.value(0).value(1).toString()));
        QVERIFY(finished.at(0).at(1).toString().contains(QStringLiteral("Campaign closed")));
        QTRY_VERIFY(view.findChild<QMessageBox*>(QStringLiteral("campaignActionResult")));
        QTest::qWait(50);
        QVERIFY(view.grab().save(screenshotDir() + QStringLiteral("review-closed.png")));
        view.findChild<QMessageBox*>(QStringLiteral("campaignActionResult"))->close();
        QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 30000);
        // Closed: what the state forbids is off, and says why; what comes next is on.
        QTRY_VERIFY(!view.findChild<QAction*>(QStringLiteral("closeCampaignAction"))->isEnabled());
        QVERIFY(!view.findChild<QAction*>(QStringLiteral("reassignAction"))->isEnabled());
        QVERIFY(!view.findChild<QAction*>(QStringLiteral("importWorksheetAction"))->toolTip().isEmpty());
        QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("acceptRecommendationsButton"))->isEnabled());
        QVERIFY(view.findChild<QAction*>(QStringLiteral("remediateAction"))->isEnabled());
        QSignalSpy sourceChanged(&view, &ReviewView::sourceChanged);
        view.remediateCampaign(); // the demo source: a new snapshot without the revoked access
        QVERIFY(confirmPlan());
        QVERIFY2(step(2), qPrintable(finished.value(1).value(1).toString()));
        QVERIFY(finished.at(1).at(1).toString().contains(QStringLiteral("Applied and verified")));
        QCOMPARE(sourceChanged.count(), 1); // the main window reads the snapshot list again
        QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 30000);
        view.actions()->signOff(owner, QStringLiteral("Reviewed and remediated."));
        QVERIFY2(step(3), qPrintable(finished.value(2).value(1).toString()));
        const QString folder = m_dir.filePath(QStringLiteral("evidence"));
        view.actions()->exportEvidence(folder);
        QVERIFY2(step(4), qPrintable(finished.value(3).value(1).toString()));
        QVERIFY(finished.at(3).at(1).toString().contains(QStringLiteral("signed off")));
        view.actions()->verifyEvidence(folder);
        QVERIFY2(step(5), qPrintable(finished.value(4).value(1).toString()));
        QVERIFY(finished.at(4).at(1).toString().contains(QStringLiteral("intact")));
    }
};

ATTEST_REGISTER_TEST(TestReviews, "reviews")
#include "tst_reviews.moc"
