#include "testregistry.h"

#include "../integration/slapdfixture.h"

#include "connectors/ldap/connectiontest.h"
#include "connectors/ldap/ldapsettings.h"
#include "helpdesk/helpdeskview.h"
#include "helpdesk/passwordresetdialog.h"
#include "helpdesk/secretclipboard.h"
#include "mainwindow.h"
#include "panes/detailpanel.h"
#include "panes/tablepane.h"
#include "store/workspace.h"
#include "tablefilterproxymodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using attest::test::SlapdFixture;

// The help desk against a real slapd: quick find, the live account card, caller verification,
// a generated reset with must-change (shown once, copied concealed, cleared), unlock of an account
// locked by failed binds, actions disabled with the reason for a bind identity without rights,
// and help-desk mode.
class TestHelpdesk : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SlapdFixture> m_slapd;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_workspace;
    QList<QByteArray> m_newPasswords; // for the leak check at the end

    static QString screenshotDir()
    {
        const QString dir = QString::fromLocal8Bit(qgetenv("ATTEST_TEST_OUTPUT_DIR")).isEmpty()
                                ? QStringLiteral(ATTEST_TEST_OUTPUT_DIR)
                                : QString::fromLocal8Bit(qgetenv("ATTEST_TEST_OUTPUT_DIR"));
        QDir().mkpath(dir + QStringLiteral("/screenshots"));
        return dir + QStringLiteral("/screenshots/");
    }

    QString people(const char* uid) const
    {
        return QStringLiteral("uid=%1,ou=People,%2").arg(QLatin1String(uid), m_slapd->baseDn());
    }

    SlapdFixture::ToolResult bind(const QString& dn, const QString& password, bool ppolicy = false) const
    {
        QStringList args{QStringLiteral("-x"),
                         QStringLiteral("-H"),
                         m_slapd->ldapsUrl(),
                         QStringLiteral("-D"),
                         dn,
                         QStringLiteral("-w"),
                         password};
        if (ppolicy)
            args << QStringLiteral("-e") << QStringLiteral("ppolicy");
        return SlapdFixture::runTool(QStringLiteral("ldapwhoami"), args, m_slapd->caFile());
    }

    QString workspaceFor(SlapdFixture::Role role, const QString& name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".attest"));
        QString error;
        auto ws = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
        LdapSettings settings;
        settings.url = m_slapd->ldapsUrl();
        settings.baseDn = m_slapd->baseDn();
        settings.bindDn = m_slapd->dn(role);
        settings.caFile = m_slapd->caFile();
        ws->addSource(name, QStringLiteral("ldap"), settings.toJson(), &error);
        return path;
    }

    // Opens the workspace and syncs it as `role`, so the session knows the bind password.
    bool openAndSync(MainWindow& window, const QString& path, SlapdFixture::Role role)
    {
        QSignalSpy loaded(&window, &MainWindow::snapshotLoaded);
        window.openWorkspace(path);
        if (!loaded.wait(30000))
            return false;
        window.syncSource(window.snapshot()->sources.constFirst().id, SlapdFixture::password(role).toUtf8());
        if (!loaded.wait(60000))
            return false;
        return QTest::qWaitFor([&window] { return !window.isBusy(); }, 10000);
    }

    HelpdeskView* helpdesk() const { return m_window->helpdesk(); }

    bool chooseLive(const QString& login)
    {
        QSignalSpy live(helpdesk(), &HelpdeskView::liveRefreshed);
        if (!helpdesk()->selectAccount(login))
            return false;
        // A bound for a loaded CI machine, not a delay: the signal ends the wait at once.
        return live.wait(60000) && helpdesk()->isLive();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString missing;
        if (!SlapdFixture::toolsAvailable(&missing))
            QFAIL(qPrintable(QStringLiteral("%1 is missing: run scripts/setup.sh").arg(missing)));
        m_slapd = std::make_unique<SlapdFixture>();
        QString error;
        QVERIFY2(m_slapd->start(SlapdFixture::smallDirectoryLdif(), &error), qPrintable(error));
        m_workspace = workspaceFor(SlapdFixture::Role::Helpdesk, QStringLiteral("helpdesk"));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1300, 820);
        m_window->show();
        QVERIFY(openAndSync(*m_window, m_workspace, SlapdFixture::Role::Helpdesk));
    }

    void cleanupTestCase() { m_window.reset(); }

    void quickFindShowsTheLiveCard()
    {
        m_window->showHelpdesk();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->setFocus(); // away from the find field, so Ctrl+K has to move it there
        QVERIFY(!helpdesk()->findEdit()->hasFocus());
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(helpdesk()->findEdit()->hasFocus());
        QTest::keyClicks(helpdesk()->findEdit(), QStringLiteral("carol"));
        QCOMPARE(helpdesk()->proxy()->rowCount(), 1);
        QVERIFY(chooseLive(QStringLiteral("carol")));
        const QString card = helpdesk()->cardText();
        QVERIFY2(card.contains(QStringLiteral("Carol Clark")) && card.contains(QStringLiteral("Enabled")) &&
                     card.contains(QStringLiteral("Must change at next logon")) &&
                     card.contains(QStringLiteral("Cycle A")),
                 qPrintable(card));
        // Found by mail too.
        helpdesk()->findEdit()->setText(QStringLiteral("bob@example"));
        QCOMPARE(helpdesk()->proxy()->rowCount(), 1);
        QVERIFY(chooseLive(QStringLiteral("carol")));
        QVERIFY(helpdesk()->resetButton()->isEnabled());
        QVERIFY(!helpdesk()->unlockButton()->isEnabled()); // not locked
        QVERIFY(helpdesk()->actionsNote().isEmpty());
        QTest::qWait(50);
        QVERIFY(m_window->grab().save(screenshotDir() + QStringLiteral("helpdesk-card.png")));
    }

    void generatedResetMustChangeShownOnceAndJournaled()
    {
        QVERIFY(chooseLive(QStringLiteral("carol")));
        helpdesk()->checklist().at(0)->setChecked(true);
        helpdesk()->checklist().at(2)->setChecked(true);
        const QStringList ticked{helpdesk()->checklist().at(0)->text(), helpdesk()->checklist().at(2)->text()};
        QTest::mouseClick(helpdesk()->resetButton(), Qt::LeftButton);
        QTRY_VERIFY(helpdesk()->resetDialog());
        PasswordResetDialog* dialog = helpdesk()->resetDialog();
        dialog->setTicket(QStringLiteral("INC-20417"));
        dialog->setReason(QStringLiteral("forgot it over the weekend"));
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(screenshotDir() + QStringLiteral("reset-dialog.png")));
        QSignalSpy finished(dialog, &PasswordResetDialog::finishedRunning);
        dialog->execute();
        QVERIFY(finished.wait(30000));
        QVERIFY2(dialog->succeeded(), qPrintable(dialog->resultText()));
        const QString password = dialog->shownPassword();
        QCOMPARE(password.size(), 16);
        m_newPasswords << password.toUtf8();
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(screenshotDir() + QStringLiteral("reset-result.png")));

        // Copy: on the clipboard, marked concealed, and gone when cleared (30 s, or on quit).
        QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), password);
        QVERIFY(QApplication::clipboard()->mimeData()->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
        QVERIFY(SecretClipboard::instance()->remainingMs() > 25000);
        SecretClipboard::instance()->clearNow();
        QVERIFY(QApplication::clipboard()->text().isEmpty());
        dialog->accept();
        QTRY_VERIFY(!helpdesk()->resetDialog());

        // The directory: the new password binds, and must be changed first.
        const auto result = bind(people("carol"), password, true);
        QVERIFY2(
            QString::fromUtf8(result.out + result.err).contains(QStringLiteral("must be changed"), Qt::CaseInsensitive),
            (result.out + result.err).constData());
        QVERIFY(bind(people("carol"), SlapdFixture::userPassword()).exitCode != 0);

        // The journal: who, what, the ticket and the checks made — never the password.
        QString error;
        auto ws = Workspace::open(m_workspace, Workspace::OpenMode::OpenExisting, &error);
        const auto records = ws->journalRecords(&error);
        QVERIFY(records && !records->empty());
        const JournalRecord& last = records->back();
        QCOMPARE(last.action, QStringLiteral("account.reset-password"));
        QCOMPARE(last.ticket, QStringLiteral("INC-20417"));
        QCOMPARE(last.bindIdentity, m_slapd->helpdeskDn());
        for (const QString& check : ticked)
            QVERIFY2(last.parameters.contains(check), qPrintable(last.parameters));
        QVERIFY(last.result.startsWith(QStringLiteral("success")));
        // And the Audit trail shows it.
        QTRY_VERIFY(helpdesk()->resultText().contains(QStringLiteral("journal record")));
    }

    void lockedAccountIsUnlocked()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(bind(people("dave"), QStringLiteral("wrong password")).exitCode != 0);
        QVERIFY(bind(people("dave"), SlapdFixture::userPassword()).exitCode != 0); // locked
        QVERIFY(chooseLive(QStringLiteral("dave")));
        QVERIFY2(helpdesk()->cardText().contains(QStringLiteral("Yes, since")), qPrintable(helpdesk()->cardText()));
        QVERIFY(helpdesk()->unlockButton()->isEnabled());
        QTest::qWait(50);
        QVERIFY(m_window->grab().save(screenshotDir() + QStringLiteral("helpdesk-locked.png")));
        QSignalSpy done(helpdesk(), &HelpdeskView::actionFinished);
        helpdesk()->runAccountAction(DirectoryChange::Kind::Unlock, false, QStringLiteral("INC-20418"),
                                     QStringLiteral("locked out after holiday"));
        QVERIFY(done.wait(30000));
        QVERIFY2(helpdesk()->resultText().contains(QStringLiteral("verified"), Qt::CaseInsensitive),
                 qPrintable(helpdesk()->resultText()));
        QVERIFY(bind(people("dave"), SlapdFixture::userPassword()).exitCode == 0);
    }

    void typedPasswordShowsItsStrength()
    {
        QVERIFY(chooseLive(QStringLiteral("bob")));
        QTest::mouseClick(helpdesk()->resetButton(), Qt::LeftButton);
        QTRY_VERIFY(helpdesk()->resetDialog());
        PasswordResetDialog* dialog = helpdesk()->resetDialog();
        auto* strength = dialog->findChild<QLabel*>(QStringLiteral("strengthLabel"));
        auto* reset = dialog->findChild<QPushButton*>(QStringLiteral("resetPasswordButton"));
        QVERIFY(strength && reset);
        // Too short for the policy: said so, and the reset is off.
        dialog->setTypedPassword(QStringLiteral("bob12345"));
        QCOMPARE(strength->text(), QStringLiteral("At least 12 characters."));
        QVERIFY(!reset->isEnabled());
        // Long enough but weak: the strength and why, in words (the server's policy decides).
        dialog->setTypedPassword(QStringLiteral("bob-1234567890"));
        QVERIFY2(strength->text().startsWith(QStringLiteral("Strength: weak")), qPrintable(strength->text()));
        QVERIFY2(strength->text().contains(QStringLiteral("contains \"bob\" of the account")) &&
                     strength->text().contains(QStringLiteral("contains \"123456\"")),
                 qPrintable(strength->text()));
        QVERIFY(reset->isEnabled());
        // The confirmation differs: said so, and the reset is off.
        dialog->findChild<QLineEdit*>(QStringLiteral("confirmPassword"))->setText(QStringLiteral("bob-1234567891"));
        QCOMPARE(strength->text(), QStringLiteral("The two passwords differ."));
        QVERIFY(!reset->isEnabled());
        // A long passphrase of every kind: strong, with nothing to complain about.
        dialog->setTypedPassword(QStringLiteral("Tr0ub4dor&3-Horse-Staple"));
        QVERIFY2(strength->text().startsWith(QStringLiteral("Strength: strong")) &&
                     !strength->text().contains(QStringLiteral(" — ")),
                 qPrintable(strength->text()));
        QVERIFY(reset->isEnabled());
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(screenshotDir() + QStringLiteral("reset-typed.png")));
        QSignalSpy finished(dialog, &PasswordResetDialog::finishedRunning);
        dialog->execute();
        QVERIFY(finished.wait(30000));
        QVERIFY2(dialog->succeeded(), qPrintable(dialog->resultText()));
        m_newPasswords << QByteArrayLiteral("Tr0ub4dor&3-Horse-Staple");
        dialog->accept();
        QTRY_VERIFY(!helpdesk()->resetDialog());
    }

    void noRightsMeansActionsOffWithTheReason()
    {
        const QString path = workspaceFor(SlapdFixture::Role::Reader, QStringLiteral("reader"));
        MainWindow window;
        window.resize(1300, 820);
        window.show();
        QVERIFY(openAndSync(window, path, SlapdFixture::Role::Reader));
        window.showHelpdesk();
        QSignalSpy live(window.helpdesk(), &HelpdeskView::liveRefreshed);
        QVERIFY(window.helpdesk()->selectAccount(QStringLiteral("alice")));
        QVERIFY(live.wait(15000));
        QVERIFY(!window.helpdesk()->resetButton()->isEnabled());
        QVERIFY2(window.helpdesk()->actionsNote().contains(QStringLiteral("may not")),
                 qPrintable(window.helpdesk()->actionsNote()));
        QVERIFY(window.helpdesk()->resetButton()->toolTip().contains(QStringLiteral("insufficient access")));
    }

    void helpdeskModeShowsOnlyTheHelpDesk()
    {
        m_window->setHelpdeskMode(true);
        QVERIFY(!m_window->findChild<QTabWidget*>(QStringLiteral("paneTabWidget"))->tabBar()->isVisible());
        QVERIFY(helpdesk()->isVisible());
        QVERIFY(chooseLive(QStringLiteral("jose")));
        QTest::qWait(50);
        QVERIFY(m_window->grab().save(screenshotDir() + QStringLiteral("helpdesk-mode.png")));
        m_window->setHelpdeskMode(false);
        QVERIFY(m_window->findChild<QTabWidget*>(QStringLiteral("paneTabWidget"))->tabBar()->isVisible());
    }

    void journalEntriesShowTheirCommandAndVerify()
    {
        m_window->refreshAuditTrail();
        m_window->showPane(MainWindow::AuditPane);
        TablePane* audit = m_window->pane(MainWindow::AuditPane);
        int journalRow = -1;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int row = 0; row < audit->proxy()->rowCount(); ++row) {
                    if (audit->proxy()->index(row, 2).data().toString() == QStringLiteral("account.reset-password"))
                        journalRow = row;
                }
                return journalRow >= 0;
            }(),
            10000);
        audit->view()->setCurrentIndex(audit->proxy()->index(journalRow, 0));
        auto* command = m_window->detailPanel()->findChild<QLabel*>(QStringLiteral("equivalentCommand"));
        QVERIFY(command);
        QVERIFY2(command->text().startsWith(QStringLiteral("ldappasswd")), qPrintable(command->text()));
        QTest::mouseClick(m_window->detailPanel()->findChild<QPushButton*>(QStringLiteral("copyCommand")),
                          Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), command->text());
        QTest::qWait(50);
        QVERIFY(m_window->grab().save(screenshotDir() + QStringLiteral("audit-journal-command.png")));

        QSignalSpy verified(m_window.get(), &MainWindow::journalVerified);
        m_window->verifyJournal();
        // The result may arrive before this line when the check is quick: count, do not wait.
        QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 30000);
        QVERIFY(verified.last().at(0).toStringList().isEmpty());
        QVERIFY(verified.last().at(1).toLongLong() >= 3);
        QTRY_VERIFY(m_window->findChild<QMessageBox*>(QStringLiteral("journalVerification")));
        m_window->findChild<QMessageBox*>(QStringLiteral("journalVerification"))->close();

        // Someone edits a record outside Attest: the check names it.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(m_workspace);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE journal SET ticket = 'INC-00000' WHERE sequence = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        m_window->verifyJournal();
        QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 2, 30000);
        const QStringList problems = verified.last().at(0).toStringList();
        QVERIFY2(!problems.isEmpty() && problems.first().startsWith(QStringLiteral("record 1")),
                 qPrintable(problems.join(QLatin1Char('|'))));
        QTRY_VERIFY(m_window->findChild<QMessageBox*>(QStringLiteral("journalVerification")));
        QTest::qWait(50);
        QVERIFY(m_window->findChild<QMessageBox*>(QStringLiteral("journalVerification"))
                    ->grab()
                    .save(screenshotDir() + QStringLiteral("journal-tampered.png")));
        m_window->findChild<QMessageBox*>(QStringLiteral("journalVerification"))->close();
    }

    void newPasswordsAreNowhereOnDisk()
    {
        QVERIFY(!m_newPasswords.isEmpty());
        QStringList roots{m_dir.path()};
        for (auto location : {QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation,
                              QStandardPaths::GenericConfigLocation, QStandardPaths::CacheLocation})
            roots << QStandardPaths::writableLocation(location);
        int files = 0;
        for (const QString& root : std::as_const(roots)) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                ++files;
                const QByteArray bytes = file.readAll();
                for (const QByteArray& password : std::as_const(m_newPasswords))
                    QVERIFY2(!bytes.contains(password), qPrintable(file.fileName()));
            }
        }
        QVERIFY(files > 2); // the workspace and its journal key at least
    }
};

ATTEST_REGISTER_TEST(TestHelpdesk, "helpdesk")
#include "tst_helpdesk.moc"
