#pragma once

#include "connectors/connector.h"

namespace attest {

// The kind the generated demo organisation is stored with.
inline constexpr char kDemoConnectorKind[] = "demo";

// The demo organisation behind the Connector interface. It has no server: its state is the
// workspace's newest snapshot of it (written by `attest demo`), so remediation changes it by
// writing a new snapshot, and it offers no help-desk changes (its capabilities say why).
class DemoConnector final : public Connector
{
public:
    explicit DemoConnector(const QString& name);

    QString kind() const override;
    QString displayName() const override { return m_name; }
    ConnectorCapabilities capabilities() const override;

    ChangeOutcome apply(const DirectoryChange& change, const QByteArray& newPassword) override;
    JournalRecord journalRecordFor(const DirectoryChange& change, const ChangeOutcome& outcome) const override;

private:
    QString m_name;
};

} // namespace attest
