#include "testregistry.h"

#include "../integration/slapdfixture.h"

#include "connections/connectiondialog.h"
#include "connections/connectionsdialog.h"
#include "connectors/ldap/connectiontest.h"
#include "mainwindow.h"
#include "panes/tablepane.h"
#include "store/workspace.h"
#include "tablefilterproxymodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace attest;
using attest::test::SlapdFixture;
using State = ConnectionCheck::State;

// Directory → Connections: the connection dialog against a real slapd — its step-by-step test,
// an untrusted certificate shown and trusted by decision, plaintext refused unless allowed, and a
// saved connection that keeps its password out of the workspace.
class TestConnectionDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SlapdFixture> m_slapd;
    QTemporaryDir m_dir;
    int m_workspaces = 0;

    static QString screenshotDir()
    {
        const QString dir = QString::fromLocal8Bit(qgetenv("ATTEST_TEST_OUTPUT_DIR")).isEmpty()
                                ? QStringLiteral(ATTEST_TEST_OUTPUT_DIR)
                                : QString::fromLocal8Bit(qgetenv("ATTEST_TEST_OUTPUT_DIR"));
        QDir().mkpath(dir + QStringLiteral("/screenshots"));
        return dir + QStringLiteral("/screenshots/");
    }

    QString emptyWorkspace()
    {
        const QString path = m_dir.filePath(QStringLiteral("ws%1.attest").arg(++m_workspaces));
        QString error;
        auto ws = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
        return ws ? path : QString();
    }

    static void type(QWidget* dialog, const char* field, const QString& text)
    {
        auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(field));
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    void fill(ConnectionDialog* dialog, const QString& name, const QString& url, const QString& caFile)
    {
        type(dialog, "name", name);
        type(dialog, "url", url);
        type(dialog, "base", m_slapd->baseDn());
        type(dialog, "bindDn", m_slapd->readerDn());
        type(dialog, "password", SlapdFixture::password(SlapdFixture::Role::Reader));
        type(dialog, "caFile", caFile);
    }

    static bool runTest(ConnectionDialog* dialog)
    {
        QSignalSpy finished(dialog, &ConnectionDialog::testFinished);
        dialog->startTest();
        return finished.wait(30000);
    }

    static State stateOf(const ConnectionDialog* dialog, const QString& title)
    {
        for (const ConnectionCheck& check : dialog->lastReport().checks) {
            if (check.title == title)
                return check.state;
        }
        return State::Skipped;
    }

    static QPushButton* saveButton(QWidget* dialog)
    {
        return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
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
    }

    void testPassesSavesWithoutTheSecretAndSyncs()
    {
        const QString path = emptyWorkspace();
        MainWindow window;
        window.resize(1300, 820);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::snapshotLoaded);
        window.openWorkspace(path);
        QVERIFY(loaded.wait(30000));

        ConnectionsDialog* connections = window.showConnections();
        QVERIFY(connections);
        QCOMPARE(connections->table()->rowCount(), 0);
        connections->addConnection();
        ConnectionDialog* dialog = connections->openDialog();
        QVERIFY(dialog);
        fill(dialog, QStringLiteral("Corporate"), m_slapd->ldapsUrl(), m_slapd->caFile());
        QVERIFY(saveButton(dialog)->isEnabled());
        QVERIFY(runTest(dialog));
        QVERIFY(dialog->lastReport().ok());
        QCOMPARE(dialog->lastReport().checks.size(), 8);
        QVERIFY(!dialog->certificatePanel()->isVisible());
        QVERIFY(dialog->testedCapabilities());
        QCOMPARE(dialog->testedCapabilities()->passwords, DirectoryCapabilities::Access::Denied);
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(screenshotDir() + QStringLiteral("connection-test-passed.png")));

        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(connections->table()->rowCount(), 1);
        QVERIFY2(connections->errorText().isEmpty(), qPrintable(connections->errorText()));
        QVERIFY(connections->table()->item(0, 4)->text().contains(QStringLiteral("read only")));
        QTest::qWait(50);
        QVERIFY(connections->grab().save(screenshotDir() + QStringLiteral("connections.png")));

        // The workspace has the connection and what the reader may do, never the password.
        {
            QString error;
            auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
            QVERIFY(ws);
            QCOMPARE(ws->sources().size(), 1);
            QVERIFY(ws->sources().constFirst().settingsJson.contains(m_slapd->readerDn()));
            QVERIFY(!ws->setting(DirectoryCapabilities::settingKey(ws->sources().constFirst().id)).isEmpty());
        }
        const QByteArray secret = SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8();
        for (const QString& file : QDir(m_dir.path()).entryList(QDir::Files)) {
            QFile f(m_dir.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(secret) && !bytes.contains(QString::fromUtf8(secret).toUtf8().toHex()),
                     qPrintable(file));
        }

        // Sync Now from the list uses this session's password: nothing is asked.
        connections->table()->selectRow(0);
        QPushButton* sync = nullptr;
        for (QPushButton* button : connections->findChildren<QPushButton*>()) {
            if (button->text().remove(QLatin1Char('&')) == QStringLiteral("Sync Now"))
                sync = button;
        }
        QVERIFY(sync && sync->isEnabled());
        QTest::mouseClick(sync, Qt::LeftButton);
        QVERIFY(loaded.wait(60000));
        QTRY_VERIFY(!window.isBusy());
        window.pane(MainWindow::IdentitiesPane)->setCurrentModel(1);
        QCOMPARE(window.pane(MainWindow::IdentitiesPane)->proxy()->rowCount(), 6);
    }

    void untrustedCertificateIsShownAndTrustedByDecision()
    {
        const QString path = emptyWorkspace();
        MainWindow window;
        window.resize(1300, 820);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::snapshotLoaded);
        window.openWorkspace(path);
        QVERIFY(loaded.wait(30000));
        ConnectionsDialog* connections = window.showConnections();
        connections->addConnection();
        ConnectionDialog* dialog = connections->openDialog();
        fill(dialog, QStringLiteral("Pinned"), m_slapd->ldapsUrl(), m_slapd->otherCaFile());
        QVERIFY(runTest(dialog));
        QVERIFY(!dialog->lastReport().ok());
        QCOMPARE(stateOf(dialog, QStringLiteral("Certificate")), State::Failed);
        QCOMPARE(stateOf(dialog, QStringLiteral("Bind")), State::Skipped);
        QVERIFY(dialog->certificatePanel()->isVisible());
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(screenshotDir() + QStringLiteral("connection-untrusted-certificate.png")));

        QSignalSpy finished(dialog, &ConnectionDialog::testFinished);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("trust")), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY(dialog->lastReport().ok());
        QCOMPARE(stateOf(dialog, QStringLiteral("Certificate")), State::Warning);
        QVERIFY(!dialog->settings().trustDecision.isEmpty());
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(connections->table()->rowCount(), 1);

        // The decision is in the saved settings and in the journal.
        QString error;
        auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        const auto settings = LdapSettings::fromJson(ws->sources().constFirst().settingsJson, &error);
        QVERIFY(settings);
        QCOMPARE(settings->trustedCertificateSha256.size(), 64);
        const auto journal = ws->journalRecords(&error);
        QVERIFY(journal);
        QCOMPARE(journal->size(), std::size_t(1));
        QCOMPARE(journal->front().action, QStringLiteral("connection.trust-certificate"));
        QCOMPARE(journal->front().target, QStringLiteral("Pinned"));
    }

    void plaintextNeedsAnExplicitAllowance()
    {
        ConnectionDialog dialog({QStringLiteral("Taken")});
        dialog.show();
        fill(&dialog, QStringLiteral("Taken"), m_slapd->ldapUrl(), QString());
        QVERIFY(!saveButton(&dialog)->isEnabled()); // the name is used
        QVERIFY(dialog.validationMessage().contains(QStringLiteral("already")));
        type(&dialog, "name", QStringLiteral("Lab"));
        QVERIFY(saveButton(&dialog)->isEnabled()); // StartTLS is on by default
        auto* startTls = dialog.findChild<QCheckBox*>(QStringLiteral("startTls"));
        auto* allow = dialog.findChild<QCheckBox*>(QStringLiteral("allowPlaintext"));
        startTls->setChecked(false);
        QVERIFY(allow->isVisible());
        QVERIFY(!saveButton(&dialog)->isEnabled());
        QVERIFY(dialog.validationMessage().contains(QStringLiteral("never sent over plain")));
        QVERIFY(runTest(&dialog));
        QCOMPARE(stateOf(&dialog, QStringLiteral("TLS")), State::Failed);

        allow->setChecked(true);
        QVERIFY(saveButton(&dialog)->isEnabled());
        QVERIFY(dialog.settings().allowPlaintext);
        QVERIFY(runTest(&dialog));
        QCOMPARE(stateOf(&dialog, QStringLiteral("TLS")), State::Warning);
        QVERIFY(dialog.lastReport().ok());
        QTest::qWait(50);
        QVERIFY(dialog.grab().save(screenshotDir() + QStringLiteral("connection-plaintext-warning.png")));

        // The attribute mapping: empty fields keep the defaults, names are checked.
        dialog.findChild<QToolButton*>(QStringLiteral("mappingToggle"))->click();
        QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("map-department"))->isVisible());
        type(&dialog, "map-department", QStringLiteral("ou"));
        QCOMPARE(dialog.settings().mapping.department, QStringLiteral("ou"));
        QCOMPARE(dialog.settings().mapping.login, QStringLiteral("uid"));
        type(&dialog, "map-title", QStringLiteral("job title"));
        QVERIFY(!saveButton(&dialog)->isEnabled());
        QVERIFY(dialog.validationMessage().contains(QStringLiteral("not an attribute name")));
        type(&dialog, "map-title", QString());
        QVERIFY(saveButton(&dialog)->isEnabled());

        // ldaps:// ignores both: TLS is the scheme itself.
        type(&dialog, "url", m_slapd->ldapsUrl());
        QVERIFY(!startTls->isEnabled());
        QVERIFY(!dialog.settings().allowPlaintext);
    }

    void wrongPasswordSaysWhichStepFailed()
    {
        ConnectionDialog dialog({});
        dialog.show();
        fill(&dialog, QStringLiteral("Corp"), m_slapd->ldapsUrl(), m_slapd->caFile());
        type(&dialog, "password", QStringLiteral("wrong"));
        QVERIFY(runTest(&dialog));
        QCOMPARE(stateOf(&dialog, QStringLiteral("Bind")), State::Failed);
        QVERIFY(!dialog.testedCapabilities());
    }
};

ATTEST_REGISTER_TEST(TestConnectionDialog, "connectiondialog")
#include "tst_connectiondialog.moc"
