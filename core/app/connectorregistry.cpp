#include "connectorregistry.h"

#include "connectors/demo/democonnector.h"
#include "connectors/ldap/ldapconnector.h"
#include "connectors/ldap/ldapsettings.h"

#include <QCoreApplication>

namespace attest::app {

namespace {

bool isLdap(const SourceInfo& source)
{
    return source.kind == QLatin1String(kLdapConnectorKind);
}

bool isDemo(const SourceInfo& source)
{
    return source.kind == QLatin1String(kDemoConnectorKind);
}

} // namespace

std::unique_ptr<Connector> ConnectorRegistry::create(const SourceInfo& source, const QByteArray& secret, QString* error)
{
    if (isLdap(source)) {
        QString why;
        const auto settings = LdapSettings::fromJson(source.settingsJson, &why);
        if (!settings) {
            *error =
                QCoreApplication::translate("ConnectorRegistry", "the connection settings of %1 cannot be read: %2")
                    .arg(source.name, why);
            return nullptr;
        }
        return std::make_unique<LdapConnector>(source.name, *settings, secret);
    }
    if (isDemo(source))
        return std::make_unique<DemoConnector>(source.name);
    *error = QCoreApplication::translate("ConnectorRegistry",
                                         "the source %1 is of the kind \"%2\", which this version of Attest cannot "
                                         "connect to")
                 .arg(source.name, source.kind);
    return nullptr;
}

std::unique_ptr<Connector> ConnectorRegistry::createLdap(const QString& name, const LdapSettings& settings,
                                                         const QByteArray& password)
{
    return std::make_unique<LdapConnector>(name, settings, password);
}

ConnectorCapabilities ConnectorRegistry::capabilities(const SourceInfo& source)
{
    if (isLdap(source) && !source.settingsJson.isEmpty())
        return LdapConnector(source.name, {}, {}).capabilities();
    if (isDemo(source))
        return DemoConnector(source.name).capabilities();
    ConnectorCapabilities none;
    none.unsupportedReason =
        isLdap(source)
            ? QCoreApplication::translate("ConnectorRegistry", "%1 has no saved connection to its directory")
                  .arg(source.name)
            : QCoreApplication::translate("ConnectorRegistry", "Attest cannot change sources of the kind \"%1\"")
                  .arg(source.kind);
    return none;
}

bool ConnectorRegistry::hasSavedConnection(const SourceInfo& source)
{
    return isLdap(source) && !source.settingsJson.isEmpty();
}

bool ConnectorRegistry::isDemonstration(const SourceInfo& source)
{
    return isDemo(source);
}

QString ConnectorRegistry::directoryKind()
{
    return QString::fromLatin1(kLdapConnectorKind);
}

} // namespace attest::app
