#pragma once

#include "ldapconnection.h"
#include "ldapsettings.h"

#include "connectors/connector.h"

namespace attest {

// The kind a source of an LDAP directory is stored with.
inline constexpr char kLdapConnectorKind[] = "ldap";

// An OpenLDAP directory behind the Connector interface: reads as paged searches, applies group
// and account changes, reads access back, tests. One connection is bound when first needed and
// kept until the connector goes, so a run of changes binds once.
class LdapConnector final : public Connector
{
public:
    LdapConnector(const QString& name, const LdapSettings& settings, const QByteArray& password);
    ~LdapConnector() override;

    const LdapSettings& settings() const { return m_settings; }
    // How many times this connector has bound to the directory (its kept connection).
    int binds() const { return m_binds; }

    QString kind() const override;
    QString displayName() const override { return m_name; }
    ConnectorCapabilities capabilities() const override;

    std::optional<SnapshotData> read(const ProgressFn& progress, QStringList* warnings, QString* error) override;
    std::optional<qint64> readInto(Workspace& workspace, qint64 sourceId, const NewSource& newSource,
                                   const ProgressFn& progress, QStringList* warnings, SnapshotData* stored,
                                   QString* error) override;
    qint64 importAuditLog(Workspace& workspace, qint64 sourceId, QString* error) override;
    bool refreshRights(Workspace& workspace, qint64 sourceId, QString* error) override;

    ChangeOutcome apply(const DirectoryChange& change, const QByteArray& newPassword) override;
    JournalRecord journalRecordFor(const DirectoryChange& change, const ChangeOutcome& outcome) const override;
    std::optional<QString> resolveAccount(const QString& loginOrDn, QString* error) override;
    std::optional<QSet<QString>> readBack(const QString& account, const QString& login, QString* error) override;
    std::optional<Account> readAccount(const QString& account, QString* error) override;
    std::optional<bool> isMember(const QString& group, const QString& account, QString* error) override;
    QString normalizedName(const QString& name) const override;
    std::optional<QStringList> resolveInterrupted(Workspace& workspace, const Ed25519Key& key,
                                                  const std::vector<JournalRecord>& intents, QString* error) override;
    bool test(QStringList* report, QString* error) override;

    // The kept connection, bound on first use; nullptr with *error when it cannot bind.
    LdapConnection* bound(QString* error);

private:
    QString m_name;
    LdapSettings m_settings;
    QByteArray m_password;
    LdapConnection m_connection;
    int m_binds = 0;
};

} // namespace attest
