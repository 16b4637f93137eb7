#pragma once

#include "store/workspace.h"

#include <QString>

#include <memory>

namespace attest::app {

// One open workspace, as the console or a command holds it. It owns the connection of the thread
// that opened it (the GUI thread reads through it: panes, lists, the journal check) and hands
// every worker its own connection (SQLite connections are not shared between threads). Views
// hold the Session, never a file path to open again; writes go through the use cases of core/app,
// each in one transaction with its journal record.
class Session final
{
public:
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    // nullptr with *error naming the file and the problem (missing, damaged, newer, not writable).
    static std::shared_ptr<Session> open(const QString& path, Workspace::OpenMode mode, QString* error);

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // This workspace's permanent id (names its journal key and its connections' keychain entries);
    // empty for a workspace that has neither yet.
    QString workspaceId() const { return m_workspaceId; }

    // The connection of the thread that opened the session. Use it on that thread only.
    Workspace& workspace() { return *m_workspace; }
    const Workspace& workspace() const { return *m_workspace; }

    // A new connection for the calling (worker) thread, opened as the session was (read-only
    // stays read-only). Thread-safe.
    std::unique_ptr<Workspace> connect(QString* error) const;

private:
    Session() = default;

    QString m_path;
    bool m_readOnly = false;
    QString m_workspaceId;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace attest::app
