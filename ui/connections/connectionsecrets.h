#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

class QWidget;
#include <optional>

namespace attest {

// Where the GUI finds a connection's bind password: first what was typed this session (memory
// only, wiped on close), then the OS keychain. Keychain calls run on a pool thread and answer on
// the GUI thread, so a slow or locked keychain never freezes the window.
class ConnectionSecrets final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionSecrets)

public:
    explicit ConnectionSecrets(QObject* parent = nullptr);
    ~ConnectionSecrets() override;

    // Secrets are kept per workspace id and source id.
    void setWorkspaceId(const QString& workspaceId) { m_workspaceId = workspaceId; }
    QString workspaceId() const { return m_workspaceId; }

    using FoundFn = std::function<void(const QByteArray& password, bool found, const QString& note)>;
    using DoneFn = std::function<void(bool ok, const QString& note)>;

    void find(qint64 sourceId, FoundFn done);
    // find(), and when nothing is found, ask the user (parent's dialog); done gets nothing when
    // the user cancels. The caller remembers the password once it has worked.
    void obtain(QWidget* parent, qint64 sourceId, const QString& connectionName,
                std::function<void(const QByteArray& password)> done);
    // Keeps the password for this session, and in the keychain when inKeychain (done says
    // whether the keychain took it, and why not).
    void remember(qint64 sourceId, const QByteArray& password, bool inKeychain, DoneFn done = {});
    // Forgets it here and removes it from the keychain.
    void forget(qint64 sourceId);
    // Whether a keychain answers on this machine (asked once, then remembered).
    void probeKeychain(DoneFn done);
    std::optional<bool> keychainAvailable() const { return m_keychainAvailable; }
    QString keychainNote() const { return m_keychainNote; }
    void forgetSession();                  // overwrites and drops every session password
    void dropFromSession(qint64 sourceId); // the keychain keeps its copy

private:
    QString key(qint64 sourceId) const;

    QString m_workspaceId;
    QHash<QString, QByteArray> m_session;
    std::optional<bool> m_keychainAvailable;
    QString m_keychainNote;
};

} // namespace attest
