#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace attest::test {

// A real Secret Service for tests: a private D-Bus session bus with GNOME Keyring's daemon on it
// (an unlocked, empty login keyring in a temporary folder), as on a Linux desktop. start() points
// this process at it (DBUS_SESSION_BUS_ADDRESS, and HOME and the XDG folders so nothing touches the
// user's own keyring) and turns the keychain on (ATTEST_NO_KEYCHAIN unset); it returns once the
// keychain answers. Call it before anything in the process uses the session bus.
class KeyringFixture
{
public:
    KeyringFixture() = default;
    ~KeyringFixture();
    KeyringFixture(const KeyringFixture&) = delete;
    KeyringFixture& operator=(const KeyringFixture&) = delete;

    bool start(QString* error);
    void stop(); // also on destruction
    QString folder() const { return m_dir.path(); }

    static bool toolsAvailable(QString* missing);

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
};

} // namespace attest::test
