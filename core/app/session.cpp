#include "session.h"

namespace attest::app {

Session::~Session() = default;

std::shared_ptr<Session> Session::open(const QString& path, Workspace::OpenMode mode, QString* error)
{
    auto workspace = Workspace::open(path, mode, error);
    if (!workspace)
        return nullptr;
    std::shared_ptr<Session> session(new Session);
    session->m_path = workspace->path();
    session->m_readOnly = workspace->isReadOnly();
    // Read, not created: opening never writes (the id is made by the first journal record or
    // saved connection, through Workspace::workspaceId).
    session->m_workspaceId = workspace->setting(QStringLiteral("workspace.id"));
    session->m_workspace = std::move(workspace);
    return session;
}

std::unique_ptr<Workspace> Session::connect(QString* error) const
{
    return Workspace::open(m_path, m_readOnly ? Workspace::OpenMode::ReadOnly : Workspace::OpenMode::OpenExisting,
                           error);
}

} // namespace attest::app
