#include "testregistry.h"

#include "audit/journal.h"
#include "security/ed25519key.h"
#include "security/secretstore.h"
#include "store/workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;

// The keychain against a real Secret Service: a private D-Bus session bus with GNOME Keyring's
// daemon on it (an unlocked, empty login keyring in a temporary folder), as on a Linux desktop.
class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;

    static void stop(QProcess& process)
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.terminate();
        if (!process.waitForFinished(3000))
            process.kill();
        process.waitForFinished(3000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char* tool : {"dbus-daemon", "gnome-keyring-daemon"}) {
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                QFAIL(qPrintable(QStringLiteral("%1 is missing: run scripts/setup.sh").arg(QLatin1String(tool))));
        }
        QVERIFY(m_dir.isValid());
        qunsetenv("ATTEST_NO_KEYCHAIN");
        // The keyring's files go to the temporary folder, never the user's own keyring.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_RUNTIME_DIR", m_dir.path().toUtf8());
        qputenv("HOME", m_dir.path().toUtf8());

        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--nopidfile"),
                     QStringLiteral("--print-address=1")});
        QVERIFY2(m_bus.waitForStarted(5000), qPrintable(m_bus.errorString()));
        QElapsedTimer timer;
        timer.start();
        while (!m_bus.canReadLine() && timer.elapsed() < 5000)
            m_bus.waitForReadyRead(200);
        const QByteArray address = m_bus.readLine().trimmed();
        QVERIFY2(!address.isEmpty(), "dbus-daemon printed no address");
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        m_keyring.setProcessEnvironment(environment);
        m_keyring.start(
            QStringLiteral("gnome-keyring-daemon"),
            {QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
        QVERIFY2(m_keyring.waitForStarted(5000), qPrintable(m_keyring.errorString()));
        // --unlock reads the login keyring's password from stdin: a new keyring is created with it.
        m_keyring.write("attest-test-keyring");
        m_keyring.closeWriteChannel();

        // Wait until the Secret Service answers.
        QString error;
        SecretStore::Result result = SecretStore::Result::Unavailable;
        timer.restart();
        while (timer.elapsed() < 15000) {
            result = SecretStore::write(QStringLiteral("probe"), "x", &error);
            if (result == SecretStore::Result::Ok)
                break;
            QTest::qWait(300);
        }
        QVERIFY2(result == SecretStore::Result::Ok,
                 qPrintable(error + QLatin1Char(' ') + QString::fromUtf8(m_keyring.readAllStandardError())));
    }

    void cleanupTestCase()
    {
        stop(m_keyring);
        stop(m_bus);
    }

    void aPasswordIsStoredReadAndRemoved()
    {
        const QString key = SecretStore::connectionKey(QStringLiteral("ws-1"), 7);
        const QByteArray secret = "S3cret with ünïcode and \x01 bytes";
        QString error;
        QCOMPARE(SecretStore::write(key, secret, &error), SecretStore::Result::Ok);
        QByteArray read;
        QCOMPARE(SecretStore::read(key, &read, &error), SecretStore::Result::Ok);
        QCOMPARE(read, secret);

        // Another workspace's connection with the same source id is another secret.
        QByteArray other;
        QCOMPARE(SecretStore::read(SecretStore::connectionKey(QStringLiteral("ws-2"), 7), &other, &error),
                 SecretStore::Result::NotFound);

        QCOMPARE(SecretStore::remove(key, &error), SecretStore::Result::Ok);
        QCOMPARE(SecretStore::read(key, &read, &error), SecretStore::Result::NotFound);
        // Removing what is not there is not an error.
        QCOMPARE(SecretStore::remove(key, &error), SecretStore::Result::Ok);
    }

    void theJournalKeyLivesInTheKeychain()
    {
        QString error;
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("journal.attest")),
                                  Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(ws, qPrintable(error));
        auto key = Journal::loadOrCreateKey(*ws, &error);
        QVERIFY2(key, qPrintable(error));
        // Not in a file: in the keychain, under the workspace's id.
        QVERIFY(!QFile::exists(Journal::keyPath(*ws, &error)));
        QByteArray pem;
        QCOMPARE(SecretStore::read(QStringLiteral("journal/%1").arg(ws->workspaceId(&error)), &pem, &error),
                 SecretStore::Result::Ok);
        QVERIFY(pem.contains("PRIVATE KEY"));
        // The same key next time, and a journal that verifies.
        auto again = Journal::loadOrCreateKey(*ws, &error);
        QVERIFY(again);
        QCOMPARE(again->publicKey(), key->publicKey());
        JournalRecord record;
        record.time = 1;
        record.action = QStringLiteral("test.action");
        QVERIFY(Journal::append(*ws, *again, record, &error));
        const auto verification = Journal::verify(*ws, &error);
        QVERIFY(verification && verification->intact());
    }

    void turnedOffMeansUnavailableNotAFile()
    {
        qputenv("ATTEST_NO_KEYCHAIN", "1");
        QString error;
        QCOMPARE(SecretStore::write(QStringLiteral("off"), "secret", &error), SecretStore::Result::Unavailable);
        QVERIFY(!error.isEmpty());
        QByteArray read;
        QCOMPARE(SecretStore::read(QStringLiteral("off"), &read, &error), SecretStore::Result::Unavailable);
        qunsetenv("ATTEST_NO_KEYCHAIN");
        // Nothing was written anywhere instead.
        QCOMPARE(SecretStore::read(QStringLiteral("off"), &read, &error), SecretStore::Result::NotFound);
    }
};

ATTEST_REGISTER_TEST(TestSecretStore, "secretstore")
#include "tst_secretstore.moc"
