#pragma once

#include "connectors/connector.h"

namespace attest {

// The kind the generated demo organisation is stored with.
inline constexpr char kDemoConnectorKind[] = "demo";

// The demo organisation behind the Connector interface. It has no server: its state is the
// workspace's newest snapshot of it (written by `attest demo`), so every change it applies — the
// help desk's reset, unlock, enable and disable, a group's members — is a new snapshot of that
// state, read back from the workspace to verify it. A trainee can practise on it safely.
class DemoConnector final : public Connector
{
public:
    explicit DemoConnector(const QString& name);

    QString kind() const override;
    QString displayName() const override { return m_name; }
    ConnectorCapabilities capabilities() const override;

    void useWorkspace(Workspace* workspace, qint64 sourceId) override;
    ChangeOutcome apply(const DirectoryChange& change, const QByteArray& newPassword) override;
    JournalRecord journalRecordFor(const DirectoryChange& change, const ChangeOutcome& outcome) const override;
    std::optional<QString> resolveAccount(const QString& loginOrKey, QString* error) override;
    std::optional<Account> readAccount(const QString& account, QString* error) override;

private:
    // The newest snapshot of the demo source: its current state. nullopt with *error when none.
    std::optional<SnapshotData> current(QString* error) const;

    QString m_name;
    Workspace* m_workspace = nullptr;
    qint64 m_sourceId = 0;
};

} // namespace attest
