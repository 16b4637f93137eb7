#pragma once

#include <QByteArray>
#include <QString>

namespace attest {

// Secrets (bind passwords) in the operating system's keychain — Keychain on macOS, Credential
// Manager on Windows, the Secret Service (GNOME Keyring, KWallet) on Linux — through QtKeychain.
// There is deliberately no fallback to a file: where no keychain answers, callers ask the user
// once per session and keep the secret in memory only.
//
// Blocking (waits for the keychain's own thread, at most 8 seconds); safe from any thread; call it
// from one that may wait, never from the GUI thread while the user waits on something else.
// ATTEST_NO_KEYCHAIN=1 in the environment turns the keychain off (tests, kiosk machines).
class SecretStore final
{
public:
    enum class Result
    {
        Ok,
        NotFound,    // the keychain works but holds nothing under this key
        Unavailable, // no keychain on this machine (or turned off): ask the user per session
        Failed,      // the keychain refused (access denied, locked, …): see *error
    };

    // The key for a connection's bind password: unique per workspace and source.
    static QString connectionKey(const QString& workspaceId, qint64 sourceId);

    static Result read(const QString& key, QByteArray* secret, QString* error);
    static Result write(const QString& key, const QByteArray& secret, QString* error);
    static Result remove(const QString& key, QString* error);
    // Ends the keychain's thread (it starts again on the next use). For a process about to lose its
    // session bus (a test's private one): the Secret Service client on that thread would otherwise
    // see the bus close and end the process.
    static void stopKeychainThread();

    static QString serviceName() { return QStringLiteral("Attest"); }
};

} // namespace attest
