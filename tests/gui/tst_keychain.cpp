#include "testregistry.h"

#include "../integration/keyringfixture.h"
#include "../integration/slapdfixture.h"

#include "connections/connectiondialog.h"
#include "connections/connectionsdialog.h"
#include "mainwindow.h"
#include "panes/tablepane.h"
#include "security/secretstore.h"
#include "store/workspace.h"
#include "tablefilterproxymodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace attest;
using attest::test::KeyringFixture;
using attest::test::SlapdFixture;

// The GUI with a real keychain (every other GUI test runs with it off): the connection dialog
// saves the bind password to GNOME Keyring on a private session bus, and a later window syncs
// with it from the keychain without asking — the secret is in the keyring and in no file.
class TestKeychain : public QObject
{
    Q_OBJECT

private:
    KeyringFixture m_keyring;
    std::unique_ptr<SlapdFixture> m_slapd;
    QTemporaryDir m_dir;

    static QString screenshotDir()
    {
        const QString dir = QString::fromLocal8Bit(qgetenv("ATTEST_TEST_OUTPUT_DIR")).isEmpty()
                                ? QStringLiteral(ATTEST_TEST_OUTPUT_DIR)
                                : QString::fromLocal8Bit(qgetenv("ATTEST_TEST_OUTPUT_DIR"));
        QDir().mkpath(dir + QStringLiteral("/screenshots"));
        return dir + QStringLiteral("/screenshots/");
    }

    static void type(QWidget* dialog, const char* field, const QString& text)
    {
        auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(field));
        QVERIFY2(edit, field);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    // No file in the workspace's folder (the workspace, its WAL, journal files) holds the secret,
    // as bytes or hex.
    void secretInNoFile(const QByteArray& secret)
    {
        const QStringList files = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
        QVERIFY(!files.isEmpty());
        for (const QString& file : files) {
            QFile f(m_dir.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(secret) && !bytes.contains(secret.toHex()), qPrintable(file));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The keyring first: its bus must be the session bus before anything connects to one.
        QString missing;
        if (!KeyringFixture::toolsAvailable(&missing) || !SlapdFixture::toolsAvailable(&missing))
            QFAIL(qPrintable(QStringLiteral("%1 is missing: run scripts/setup.sh").arg(missing)));
        QString error;
        QVERIFY2(m_keyring.start(&error), qPrintable(error));
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_slapd = std::make_unique<SlapdFixture>();
        QVERIFY2(m_slapd->start(SlapdFixture::smallDirectoryLdif(), &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_slapd.reset();
        m_keyring.stop();
    }

    void aSavedPasswordIsReadBackFromTheKeychain()
    {
        const QString path = m_dir.filePath(QStringLiteral("keychain.attest"));
        QString error;
        QString workspaceId;
        {
            auto ws = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error);
            QVERIFY2(ws, qPrintable(error));
            workspaceId = ws->workspaceId(&error);
            QVERIFY2(!workspaceId.isEmpty(), qPrintable(error));
        }
        const QByteArray secret = SlapdFixture::password(SlapdFixture::Role::Reader).toUtf8();

        // Directory → Connections: a new connection, its password remembered in the keychain.
        {
            MainWindow window;
            window.resize(1300, 820);
            window.show();
            QSignalSpy loaded(&window, &MainWindow::snapshotLoaded);
            window.openWorkspace(path);
            QVERIFY(loaded.wait(30000));
            ConnectionsDialog* connections = window.showConnections();
            QVERIFY(connections);
            connections->addConnection();
            ConnectionDialog* dialog = connections->openDialog();
            QVERIFY(dialog);
            type(dialog, "name", QStringLiteral("Corporate"));
            type(dialog, "url", m_slapd->ldapsUrl());
            type(dialog, "base", m_slapd->baseDn());
            type(dialog, "bindDn", m_slapd->readerDn());
            type(dialog, "password", QString::fromUtf8(secret));
            type(dialog, "caFile", m_slapd->caFile());
            // The keychain answered: "Remember in the keychain" is offered and on.
            auto* remember = dialog->findChild<QCheckBox*>(QStringLiteral("remember"));
            QVERIFY(remember);
            QTRY_VERIFY_WITH_TIMEOUT(remember->isEnabled(), 20000);
            QVERIFY(remember->isChecked());
            QTest::qWait(50);
            QVERIFY(dialog->grab().save(screenshotDir() + QStringLiteral("connection-keychain.png")));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
            QTRY_COMPARE(connections->table()->rowCount(), 1);

            // In the keyring, under this workspace and connection (read through the core's store).
            auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
            QVERIFY2(ws, qPrintable(error));
            QCOMPARE(ws->sources().size(), 1);
            const QString key = SecretStore::connectionKey(workspaceId, ws->sources().constFirst().id);
            QByteArray stored;
            QTRY_VERIFY_WITH_TIMEOUT(SecretStore::read(key, &stored, &error) == SecretStore::Result::Ok, 20000);
            QCOMPARE(stored, secret);
            QVERIFY2(connections->errorText().isEmpty(), qPrintable(connections->errorText()));
            window.close(); // forgets this session's passwords
        }
        secretInNoFile(secret);

        // A new window, nothing typed this session: Sync Now finds the password in the keychain and
        // asks for nothing. Any password prompt is noted and dismissed (so the test cannot hang).
        {
            MainWindow window;
            window.resize(1300, 820);
            window.show();
            QSignalSpy loaded(&window, &MainWindow::snapshotLoaded);
            window.openWorkspace(path);
            QVERIFY(loaded.wait(30000));
            QStringList asked;
            QTimer watchdog;
            connect(&watchdog, &QTimer::timeout, this, [&asked] {
                for (QWidget* widget : QApplication::topLevelWidgets()) {
                    if (auto* prompt = qobject_cast<QInputDialog*>(widget); prompt && prompt->isVisible()) {
                        asked << prompt->labelText();
                        prompt->reject();
                    }
                }
            });
            watchdog.start(50);
            loaded.clear();
            window.syncNow();
            // A bound for a loaded machine: the new snapshot (or a prompt) ends the wait at once.
            QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() || !asked.isEmpty(), 60000);
            QVERIFY2(asked.isEmpty(), qPrintable(QStringLiteral("asked: ") + asked.join(QLatin1Char('\n'))));
            QTRY_VERIFY(!window.isBusy());
            watchdog.stop();
            QVERIFY2(window.errorText().isEmpty(), qPrintable(window.errorText()));
            window.pane(MainWindow::IdentitiesPane)->setCurrentModel(1); // accounts
            QCOMPARE(window.pane(MainWindow::IdentitiesPane)->proxy()->rowCount(), 6);
            window.close();
        }

        // Still in the keyring; still in no file after the sync.
        auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        const qint64 sourceId = ws->sources().constFirst().id;
        QCOMPARE(ws->snapshots(sourceId).size(), 1);
        QByteArray stored;
        QCOMPARE(SecretStore::read(SecretStore::connectionKey(workspaceId, sourceId), &stored, &error),
                 SecretStore::Result::Ok);
        QCOMPARE(stored, secret);
        ws.reset();
        secretInNoFile(secret);
    }
};

ATTEST_REGISTER_TEST(TestKeychain, "keychain")
#include "tst_keychain.moc"
