#include "connectioncases.h"

#include "connectorregistry.h"

#include "connectors/ldap/connectiontest.h"
#include "connectors/ldap/savedconnection.h"
#include "store/workspace.h"

#include <QCoreApplication>

namespace attest::app {

SaveConnectionResult saveConnection(Workspace& workspace, const SaveConnectionRequest& request)
{
    SaveConnectionResult result;
    if (request.name.trimmed().isEmpty()) {
        result.error = QCoreApplication::translate("SavedConnection", "a connection needs a name");
        return result;
    }
    auto transaction = workspace.transaction(QStringLiteral("save the connection %1").arg(request.name), &result.error);
    if (!transaction)
        return result;
    const auto id = saveLdapConnection(workspace, request.sourceId, request.name, request.settings, &result.error);
    if (!id)
        return result;
    if (!request.testedCapabilitiesJson.isEmpty() &&
        !workspace.setSetting(DirectoryCapabilities::settingKey(*id), request.testedCapabilitiesJson, &result.error))
        return result;
    if (!transaction.commit(&result.error))
        return result;
    result.ok = true;
    result.sourceId = *id;
    return result;
}

RemoveConnectionResult removeConnection(Workspace& workspace, qint64 sourceId)
{
    RemoveConnectionResult result;
    result.ok = workspace.setSourceSettings(sourceId, QString(), &result.error);
    return result;
}

std::optional<LdapSettings> savedConnectionSettings(const SourceInfo& source, QString* error)
{
    if (!ConnectorRegistry::hasSavedConnection(source))
        return std::nullopt;
    QString why;
    auto settings = LdapSettings::fromJson(source.settingsJson, &why);
    if (!settings && error)
        *error = why;
    return settings;
}

DirectoryCapabilities savedConnectionRights(const Workspace& workspace, qint64 sourceId)
{
    return DirectoryCapabilities::fromJson(workspace.setting(DirectoryCapabilities::settingKey(sourceId)));
}

ConnectionTestReport testConnection(const LdapSettings& settings, const QByteArray& password,
                                    const std::function<bool()>& cancelled)
{
    return testLdapConnection(settings, password, cancelled);
}

} // namespace attest::app
