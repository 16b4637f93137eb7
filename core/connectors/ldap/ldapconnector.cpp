#include "ldapconnector.h"

#include "accessreadback.h"
#include "auditlogreader.h"
#include "connectiontest.h"
#include "directorychange.h"
#include "helpdesk.h"
#include "intentresolution.h"
#include "ldapsync.h"
#include "openldapprofile.h"

#include "store/workspace.h"

#include <QCoreApplication>

namespace attest {

LdapConnector::LdapConnector(const QString& name, const LdapSettings& settings, const QByteArray& password)
    : m_name(name)
    , m_settings(settings)
    , m_password(password)
{}

LdapConnector::~LdapConnector()
{
    m_connection.close();
    m_password.fill('\0');
}

QString LdapConnector::kind() const
{
    return QString::fromLatin1(kLdapConnectorKind);
}

ConnectorCapabilities LdapConnector::capabilities() const
{
    ConnectorCapabilities capabilities;
    capabilities.canRead = true;
    capabilities.canReadBack = true;
    capabilities.canTest = true;
    capabilities.canReadAccount = true;
    for (const DirectoryChange::Kind kind : DirectoryChange::kAllKinds)
        capabilities.changes << kind;
    return capabilities;
}

LdapConnection* LdapConnector::bound(QString* error)
{
    if (m_connection.isOpen())
        return &m_connection;
    ++m_binds;
    if (!m_connection.open(m_settings, m_password, error))
        return nullptr;
    return &m_connection;
}

std::optional<SnapshotData> LdapConnector::read(const ProgressFn& progress, QStringList* warnings, QString* error)
{
    return readOpenLdapSnapshot(m_settings, m_password, progress, warnings, error);
}

std::optional<qint64> LdapConnector::readInto(Workspace& workspace, qint64 sourceId, const NewSource& newSource,
                                              const ProgressFn& progress, QStringList* warnings, SnapshotData* stored,
                                              QString* error)
{
    // The accounts are stored while a second connection reads the groups.
    return syncOpenLdapSnapshot(m_settings, m_password, workspace, sourceId, newSource, progress, warnings, stored,
                                error);
}

qint64 LdapConnector::importAuditLog(Workspace& workspace, qint64 sourceId, QString* error)
{
    // On the connection the run already bound (the rights check uses it too).
    LdapConnection* connection = bound(error);
    if (!connection)
        return -1;
    return attest::importAuditLog(workspace, sourceId, *connection, error);
}

bool LdapConnector::refreshRights(Workspace& workspace, qint64 sourceId, QString* error)
{
    LdapConnection* connection = bound(error);
    if (!connection)
        return false;
    return workspace.setSetting(DirectoryCapabilities::settingKey(sourceId),
                                probeCapabilities(*connection, m_settings.baseDn).toJson(), error);
}

ChangeOutcome LdapConnector::apply(const DirectoryChange& change, const QByteArray& newPassword)
{
    ChangeOutcome outcome;
    LdapConnection* connection = bound(&outcome.message);
    if (!connection)
        return outcome;
    return applyDirectoryChange(*connection, change, newPassword);
}

JournalRecord LdapConnector::journalRecordFor(const DirectoryChange& change, const ChangeOutcome& outcome) const
{
    return attest::journalRecordFor(change, outcome, m_settings);
}

std::optional<QString> LdapConnector::resolveAccount(const QString& loginOrDn, QString* error)
{
    LdapConnection* connection = bound(error);
    if (!connection)
        return std::nullopt;
    return attest::resolveAccount(*connection, m_settings, loginOrDn, error);
}

std::optional<QSet<QString>> LdapConnector::readBack(const QString& account, const QString& login, QString* error)
{
    LdapConnection* connection = bound(error);
    if (!connection)
        return std::nullopt;
    return readReachableGroups(*connection, m_settings, account, login, error);
}

std::optional<bool> LdapConnector::isMember(const QString& group, const QString& account, QString* error)
{
    LdapConnection* connection = bound(error);
    if (!connection)
        return std::nullopt;
    LdapEntry entry;
    if (!connection->readEntry(group, {QStringLiteral("member"), QStringLiteral("uniqueMember")}, &entry, error))
        return std::nullopt;
    return groupHasMember(entry, account);
}

std::optional<Account> LdapConnector::readAccount(const QString& account, QString* error)
{
    LdapConnection* connection = bound(error);
    if (!connection)
        return std::nullopt;
    // A login is looked up under the base first; a DN is read as given.
    const auto dn = attest::resolveAccount(*connection, m_settings, account, error);
    if (!dn)
        return std::nullopt;
    return readLiveAccount(*connection, m_settings, *dn, error);
}

QString LdapConnector::normalizedName(const QString& name) const
{
    return OpenLdapProfile::normalizeDn(name);
}

std::optional<QStringList> LdapConnector::resolveInterrupted(Workspace& workspace, const Ed25519Key& key,
                                                             const std::vector<JournalRecord>& intents, QString* error)
{
    LdapConnection* connection = bound(error);
    if (!connection)
        return std::nullopt;
    // Only this directory's intents: one recorded for another stays open for that directory.
    std::vector<JournalRecord> here;
    for (const JournalRecord& intent : intents) {
        if (intentIsFor(intent, m_settings.url))
            here.push_back(intent);
    }
    QStringList lines;
    for (const IntentResolution& resolution : resolveIntents(workspace, key, *connection, m_settings, here))
        lines << resolution.description();
    return lines;
}

bool LdapConnector::test(QStringList* report, QString* error)
{
    const ConnectionTestReport result = testLdapConnection(m_settings, m_password);
    for (const ConnectionCheck& check : result.checks) {
        if (report)
            *report << QStringLiteral("%1: %2").arg(check.title, check.detail);
        if (check.state == ConnectionCheck::State::Failed)
            *error = QStringLiteral("%1: %2").arg(check.title, check.detail);
    }
    return result.ok();
}

} // namespace attest
