#include "testregistry.h"

#include "keyringfixture.h"

#include "audit/journal.h"
#include "security/ed25519key.h"
#include "security/secretstore.h"
#include "store/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace attest;
using attest::test::KeyringFixture;

// The keychain against a real Secret Service: a private D-Bus session bus with GNOME Keyring's
// daemon on it (an unlocked, empty login keyring in a temporary folder), as on a Linux desktop.
class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    KeyringFixture m_keyring;

private Q_SLOTS:
    void initTestCase()
    {
        QString missing;
        if (!KeyringFixture::toolsAvailable(&missing))
            QFAIL(qPrintable(QStringLiteral("%1 is missing: run scripts/setup.sh").arg(missing)));
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_keyring.start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_keyring.stop(); }

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
