#include "savedconnection.h"

#include "ldapconnector.h"

#include "audit/journal.h"
#include "security/ed25519key.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace attest {

namespace {

JournalRecord decision(const QString& action, const QString& name, const LdapSettings& settings,
                       const QJsonObject& parameters, const QString& reason)
{
    QJsonObject all = parameters;
    all.insert(QStringLiteral("directory"), settings.url);
    JournalRecord record = Journal::newRecord(action, name, all, QStringLiteral("success"), reason);
    record.bindIdentity = settings.bindDn;
    return record;
}

} // namespace

std::optional<qint64> saveLdapConnection(Workspace& workspace, qint64 sourceId, const QString& name,
                                         const LdapSettings& settings, QString* error)
{
    std::optional<LdapSettings> before;
    for (const SourceInfo& source : workspace.sources()) {
        if (source.id != sourceId && source.name == name && !source.settingsJson.isEmpty()) {
            *error =
                QCoreApplication::translate("SavedConnection", "a connection named \"%1\" already exists").arg(name);
            return std::nullopt;
        }
    }
    if (sourceId != 0) {
        bool found = false;
        for (const SourceInfo& source : workspace.sources()) {
            if (source.id == sourceId) {
                found = true;
                QString ignored;
                before = LdapSettings::fromJson(source.settingsJson, &ignored);
            }
        }
        if (!found) {
            *error = QCoreApplication::translate("SavedConnection", "the connection %1 no longer exists").arg(name);
            return std::nullopt;
        }
    }

    std::vector<JournalRecord> decisions;
    if (!settings.trustedCertificateSha256.isEmpty() &&
        (!before || before->trustedCertificateSha256 != settings.trustedCertificateSha256)) {
        decisions.push_back(decision(QStringLiteral("connection.trust-certificate"), name, settings,
                                     {{QStringLiteral("sha256"), settings.trustedCertificateSha256}},
                                     settings.trustDecision));
    }
    if (settings.allowPlaintext && (!before || !before->allowPlaintext)) {
        decisions.push_back(
            decision(QStringLiteral("connection.allow-plaintext"), name, settings, {},
                     QCoreApplication::translate("SavedConnection", "plaintext LDAP allowed for this connection")));
    }
    if (!decisions.empty()) {
        const auto key = Journal::loadOrCreateKey(workspace, error);
        if (!key) {
            *error = QCoreApplication::translate("SavedConnection",
                                                 "the connection was not saved because its security decision cannot "
                                                 "be recorded in the journal: %1")
                         .arg(*error);
            return std::nullopt;
        }
        for (const JournalRecord& record : decisions) {
            if (!Journal::append(workspace, *key, record, error))
                return std::nullopt;
        }
    }
    if (sourceId == 0)
        return workspace.addSource(name, QString::fromLatin1(kLdapConnectorKind), settings.toJson(), error);
    if (!workspace.setSourceSettings(sourceId, settings.toJson(), error))
        return std::nullopt;
    return sourceId;
}

} // namespace attest
