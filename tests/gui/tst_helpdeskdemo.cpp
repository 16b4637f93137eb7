#include "testregistry.h"

#include "accounttablemodel.h"
#include "audit/journal.h"
#include "connectors/demo/demoworkspace.h"
#include "helpdesk/helpdeskview.h"
#include "helpdesk/passwordresetdialog.h"
#include "mainwindow.h"
#include "store/workspace.h"
#include "tablefilterproxymodel.h"

#include <QComboBox>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;

// The help desk on the demo organisation a new user opens: a trainee resets, unlocks and disables
// demo accounts, each read back and journaled like a directory's; and a source Attest cannot
// change shows its actions disabled with the reason.
class TestHelpdeskDemo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
    QString m_locked; // a locked, enabled demo account's login
    QString m_lockedKey;

    HelpdeskView* helpdesk() const { return m_window->helpdesk(); }

    bool choose(const QString& login)
    {
        QSignalSpy refreshed(helpdesk(), &HelpdeskView::liveRefreshed);
        if (!helpdesk()->selectAccount(login))
            return false;
        return refreshed.wait(30000) && helpdesk()->isLive();
    }

    std::vector<JournalRecord> journal() const
    {
        QString error;
        auto workspace = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &error);
        const auto records = workspace ? workspace->journalRecords(&error) : std::nullopt;
        return records ? *records : std::vector<JournalRecord>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.attest"));
        DemoParameters parameters;
        parameters.identities = 400;
        QString error;
        QVERIFY2(createDemoWorkspace(m_path, parameters, {}, &error), qPrintable(error));
        {
            auto workspace = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &error);
            QVERIFY2(workspace, qPrintable(error));
            const auto latest = workspace->latestSnapshot(workspace->sources().front().id);
            const auto data = workspace->loadSnapshot(latest->id, {}, &error);
            QVERIFY2(data, qPrintable(error));
            for (const Account& account : data->accounts) {
                if (account.locked && account.enabled) {
                    m_locked = account.login;
                    m_lockedKey = account.key;
                    break;
                }
            }
            QVERIFY(!m_locked.isEmpty());
        }
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1300, 820);
        m_window->show();
        QSignalSpy loaded(m_window.get(), &MainWindow::snapshotLoaded);
        m_window->openWorkspace(m_path);
        QVERIFY(loaded.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 30000);
        m_window->showHelpdesk();
    }

    void cleanupTestCase() { m_window.reset(); }

    void accountListOpensSortedByName()
    {
        // A-Z by name, as a person reads a list (a header left alone would sort Z-A).
        TableFilterProxyModel* proxy = helpdesk()->proxy();
        QCOMPARE(proxy->sortColumn(), int(AccountTableModel::DisplayName));
        QCOMPARE(proxy->sortOrder(), Qt::AscendingOrder);
        QVERIFY(proxy->rowCount() > 2);
        const QString first = proxy->index(0, AccountTableModel::DisplayName).data().toString();
        const QString last = proxy->index(proxy->rowCount() - 1, AccountTableModel::DisplayName).data().toString();
        QVERIFY2(first.compare(last, Qt::CaseInsensitive) < 0, qPrintable(first + QStringLiteral(" / ") + last));
    }

    void changeMovesTheConsoleToTheNewSnapshot()
    {
        // A change to the demo is a new snapshot of it: the panes, the help desk and the snapshot
        // chooser move to it (the card keeps its account), as after a sync.
        QVERIFY(choose(m_locked));
        const qint64 before = m_window->snapshot()->info.id;
        QSignalSpy loaded(m_window.get(), &MainWindow::snapshotLoaded);
        QSignalSpy done(helpdesk(), &HelpdeskView::actionFinished);
        helpdesk()->runAccountAction(DirectoryChange::Kind::Disable, false, QStringLiteral("TRAIN-0"),
                                     QStringLiteral("practice"));
        QVERIFY(done.wait(30000));
        QVERIFY(loaded.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 30000);
        qint64 newest = 0;
        {
            QString error;
            auto workspace = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &error);
            QVERIFY2(workspace, qPrintable(error));
            newest = workspace->latestSnapshot(m_window->snapshot()->info.sourceId)->id;
        }
        QVERIFY(newest > before);
        QCOMPARE(m_window->snapshot()->info.id, newest);
        auto* chooser = m_window->findChild<QComboBox*>(QStringLiteral("snapshotComboBox"));
        QVERIFY(chooser);
        QCOMPARE(chooser->currentData().toLongLong(), newest);
        // The account list reads the new snapshot: the account shows disabled there.
        const auto& accounts = m_window->snapshot()->data->accounts;
        const auto it =
            std::find_if(accounts.cbegin(), accounts.cend(), [this](const Account& a) { return a.key == m_lockedKey; });
        QVERIFY(it != accounts.cend());
        QVERIFY(!it->enabled);
        QCOMPARE(helpdesk()->currentAccount(), int(it - accounts.cbegin()));
        // Back as it was for the next test.
        QTRY_VERIFY_WITH_TIMEOUT(helpdesk()->enableButton()->isEnabled(), 30000);
        helpdesk()->runAccountAction(DirectoryChange::Kind::Enable, false, QStringLiteral("TRAIN-0"),
                                     QStringLiteral("practice"));
        QVERIFY(done.wait(30000));
        QVERIFY(loaded.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 30000);
    }

    void traineeUnlocksResetsAndDisables()
    {
        QVERIFY(choose(m_locked));
        // The demo's connector offers these: enabled, no note about a missing connection.
        QVERIFY(helpdesk()->unlockButton()->isEnabled());
        QVERIFY(helpdesk()->resetButton()->isEnabled());
        QVERIFY(helpdesk()->disableButton()->isEnabled());
        QVERIFY2(helpdesk()->actionsNote().isEmpty(), qPrintable(helpdesk()->actionsNote()));
        const std::size_t before = journal().size();

        QSignalSpy done(helpdesk(), &HelpdeskView::actionFinished);
        helpdesk()->runAccountAction(DirectoryChange::Kind::Unlock, false, QStringLiteral("TRAIN-1"),
                                     QStringLiteral("practice"));
        QVERIFY(done.wait(30000));
        QVERIFY2(helpdesk()->resultText().contains(QStringLiteral("verified"), Qt::CaseInsensitive),
                 qPrintable(helpdesk()->resultText()));
        // Read back: the card shows it unlocked, so Unlock is off now.
        QTRY_VERIFY_WITH_TIMEOUT(!helpdesk()->unlockButton()->isEnabled(), 30000);

        QTest::mouseClick(helpdesk()->resetButton(), Qt::LeftButton);
        QTRY_VERIFY(helpdesk()->resetDialog());
        PasswordResetDialog* dialog = helpdesk()->resetDialog();
        dialog->setTicket(QStringLiteral("TRAIN-2"));
        dialog->setReason(QStringLiteral("practice"));
        QSignalSpy finished(dialog, &PasswordResetDialog::finishedRunning);
        dialog->execute();
        QVERIFY(finished.wait(30000));
        QVERIFY2(dialog->succeeded(), qPrintable(dialog->resultText()));
        QVERIFY(!dialog->shownPassword().isEmpty());
        dialog->accept();
        QTRY_VERIFY(!helpdesk()->resetDialog());

        QTRY_VERIFY_WITH_TIMEOUT(helpdesk()->disableButton()->isEnabled(), 30000);
        helpdesk()->runAccountAction(DirectoryChange::Kind::Disable, false, QStringLiteral("TRAIN-3"),
                                     QStringLiteral("practice"));
        QVERIFY(done.wait(30000));
        QVERIFY2(helpdesk()->resultText().contains(QStringLiteral("verified"), Qt::CaseInsensitive),
                 qPrintable(helpdesk()->resultText()));
        QTRY_VERIFY_WITH_TIMEOUT(helpdesk()->enableButton()->isEnabled(), 30000);
        const QString shots = QStringLiteral(ATTEST_TEST_OUTPUT_DIR) + QStringLiteral("/screenshots");
        QDir().mkpath(shots);
        const QString shot = shots + QStringLiteral("/helpdesk-demo-disabled.png");
        QVERIFY2(m_window->grab().save(shot), qPrintable(shot));

        // The journal: an intent and a verified outcome for each, on the demo account.
        const std::vector<JournalRecord> records = journal();
        QCOMPARE(records.size(), before + 6);
        const QStringList actions{QStringLiteral("account.unlock"), QStringLiteral("account.reset-password"),
                                  QStringLiteral("account.disable")};
        for (int i = 0; i < 3; ++i) {
            const JournalRecord& intent = records[before + std::size_t(2 * i)];
            const JournalRecord& outcome = records[before + std::size_t(2 * i + 1)];
            QCOMPARE(intent.action, actions[i] + Journal::kIntentSuffix);
            QCOMPARE(outcome.action, actions[i]);
            QCOMPARE(outcome.target, m_lockedKey);
            QCOMPARE(outcome.result, QStringLiteral("success"));
            QCOMPARE(outcome.ticket, QStringLiteral("TRAIN-%1").arg(i + 1));
            QVERIFY2(outcome.verification.contains(QStringLiteral("read back from snapshot")),
                     qPrintable(outcome.verification));
        }
    }

    void sourceThatCannotChangeShowsWhy()
    {
        const QString path = m_dir.filePath(QStringLiteral("hr.attest"));
        QString error;
        {
            auto workspace = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
            QVERIFY2(workspace, qPrintable(error));
            const auto source = workspace->addSource(QStringLiteral("HR"), QStringLiteral("scim"), {}, &error);
            QVERIFY2(source, qPrintable(error));
            SnapshotData data;
            data.info.takenAt = 1700000000000;
            Account account;
            account.key = QStringLiteral("u-1");
            account.login = QStringLiteral("hruser");
            account.displayName = QStringLiteral("HR User");
            account.locked = true;
            data.accounts.push_back(account);
            QVERIFY2(workspace->importSnapshot(*source, data, {}, &error), qPrintable(error));
        }
        MainWindow window;
        window.resize(1300, 820);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::snapshotLoaded);
        window.openWorkspace(path);
        QVERIFY(loaded.wait(30000));
        window.showHelpdesk();
        QVERIFY(window.helpdesk()->selectAccount(QStringLiteral("hruser")));
        for (QPushButton* button : {window.helpdesk()->resetButton(), window.helpdesk()->unlockButton(),
                                    window.helpdesk()->disableButton()}) {
            QVERIFY(!button->isEnabled());
            QVERIFY2(button->toolTip().contains(QStringLiteral("cannot change sources of the kind")) &&
                         button->toolTip().contains(QStringLiteral("scim")),
                     qPrintable(button->toolTip()));
        }
    }
};

ATTEST_REGISTER_TEST(TestHelpdeskDemo, "helpdeskdemo")
#include "tst_helpdeskdemo.moc"
