#include "ldapsettings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace attest {

QString LdapSettings::toJson() const
{
    const QJsonObject object{{QStringLiteral("url"), url},
                             {QStringLiteral("base"), baseDn},
                             {QStringLiteral("bindDn"), bindDn},
                             {QStringLiteral("caFile"), caFile},
                             {QStringLiteral("startTls"), startTls},
                             {QStringLiteral("allowPlaintext"), allowPlaintext},
                             {QStringLiteral("pageSize"), pageSize},
                             {QStringLiteral("timeoutSeconds"), timeoutSeconds},
                             {QStringLiteral("trustedCertificateSha256"), trustedCertificateSha256},
                             {QStringLiteral("trustDecision"), trustDecision}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<LdapSettings> LdapSettings::fromJson(const QString& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    const QJsonObject object = document.object();
    if (parseError.error != QJsonParseError::NoError || !object.contains(QStringLiteral("url"))) {
        *error = QCoreApplication::translate("LdapSettings", "the saved connection settings are not readable");
        return std::nullopt;
    }
    LdapSettings settings;
    settings.url = object.value(QStringLiteral("url")).toString();
    settings.baseDn = object.value(QStringLiteral("base")).toString();
    settings.bindDn = object.value(QStringLiteral("bindDn")).toString();
    settings.caFile = object.value(QStringLiteral("caFile")).toString();
    settings.startTls = object.value(QStringLiteral("startTls")).toBool(true);
    settings.allowPlaintext = object.value(QStringLiteral("allowPlaintext")).toBool(false);
    settings.pageSize = qBound(1, object.value(QStringLiteral("pageSize")).toInt(1000), 100000);
    settings.timeoutSeconds = qBound(1, object.value(QStringLiteral("timeoutSeconds")).toInt(30), 3600);
    settings.trustedCertificateSha256 = object.value(QStringLiteral("trustedCertificateSha256")).toString();
    settings.trustDecision = object.value(QStringLiteral("trustDecision")).toString();
    return settings;
}

} // namespace attest
