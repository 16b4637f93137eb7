#include "keyringfixture.h"

#include "security/secretstore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

namespace attest::test {

namespace {

void stopProcess(QProcess& process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(3000))
        process.kill();
    process.waitForFinished(3000);
}

} // namespace

KeyringFixture::~KeyringFixture()
{
    stop();
}

bool KeyringFixture::toolsAvailable(QString* missing)
{
    for (const char* tool : {"dbus-daemon", "gnome-keyring-daemon"}) {
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty()) {
            *missing = QLatin1String(tool);
            return false;
        }
    }
    return true;
}

bool KeyringFixture::start(QString* error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder for the keyring: %1").arg(m_dir.errorString());
        return false;
    }
    qunsetenv("ATTEST_NO_KEYCHAIN");
    // The keyring's files go to the temporary folder, never the user's own keyring.
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_RUNTIME_DIR", m_dir.path().toUtf8());
    qputenv("HOME", m_dir.path().toUtf8());

    m_bus.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--session"), QStringLiteral("--nofork"),
                                                QStringLiteral("--nopidfile"), QStringLiteral("--print-address=1")});
    if (!m_bus.waitForStarted(5000)) {
        *error = QStringLiteral("dbus-daemon did not start: %1").arg(m_bus.errorString());
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (!m_bus.canReadLine() && timer.elapsed() < 5000)
        m_bus.waitForReadyRead(200);
    const QByteArray address = m_bus.readLine().trimmed();
    if (address.isEmpty()) {
        *error = QStringLiteral("dbus-daemon printed no address within 5 seconds");
        return false;
    }
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);

    m_keyring.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    m_keyring.start(QStringLiteral("gnome-keyring-daemon"), {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                                                             QStringLiteral("--components=secrets")});
    if (!m_keyring.waitForStarted(5000)) {
        *error = QStringLiteral("gnome-keyring-daemon did not start: %1").arg(m_keyring.errorString());
        return false;
    }
    // --unlock reads the login keyring's password from stdin: a new keyring is created with it.
    m_keyring.write("attest-test-keyring");
    m_keyring.closeWriteChannel();

    // Ask nothing before our daemon owns the Secret Service's name: a call made earlier makes the
    // bus start a second, locked gnome-keyring-daemon of its own, which takes the name and outlives
    // the bus. (Bounds, not delays: the first answer ends each wait.)
    timer.restart();
    QDBusConnectionInterface* bus = QDBusConnection::sessionBus().interface();
    while (!(bus && bus->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")).value()) &&
           timer.elapsed() < 15000) {
        if (m_keyring.state() == QProcess::NotRunning) {
            *error = QStringLiteral("gnome-keyring-daemon exited: %1")
                         .arg(QString::fromUtf8(m_keyring.readAllStandardError()));
            return false;
        }
        QTest::qWait(100);
    }
    // Wait until the Secret Service answers.
    QString why;
    SecretStore::Result result = SecretStore::Result::Unavailable;
    timer.restart();
    while (timer.elapsed() < 15000) {
        result = SecretStore::write(QStringLiteral("probe"), "x", &why);
        if (result == SecretStore::Result::Ok)
            return true;
        QTest::qWait(300);
    }
    *error = QStringLiteral("the keyring did not answer within 15 seconds: %1 %2")
                 .arg(why, QString::fromUtf8(m_keyring.readAllStandardError()));
    return false;
}

void KeyringFixture::stop()
{
    SecretStore::stopKeychainThread(); // before the bus goes: its client would end the process
    stopProcess(m_keyring);
    stopProcess(m_bus);
}

} // namespace attest::test
