#include "ldapsettings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace attest {

const std::vector<LdapAttributeMapping::Field>& LdapAttributeMapping::fields()
{
    static const std::vector<Field> all{
        {"accountObjectClass", QT_TRANSLATE_NOOP("LdapAttributeMapping", "Account object class"),
         &LdapAttributeMapping::accountObjectClass},
        {"login", QT_TRANSLATE_NOOP("LdapAttributeMapping", "Login"), &LdapAttributeMapping::login},
        {"name", QT_TRANSLATE_NOOP("LdapAttributeMapping", "Name"), &LdapAttributeMapping::name},
        {"mail", QT_TRANSLATE_NOOP("LdapAttributeMapping", "Mail"), &LdapAttributeMapping::mail},
        {"title", QT_TRANSLATE_NOOP("LdapAttributeMapping", "Title"), &LdapAttributeMapping::title},
        {"department", QT_TRANSLATE_NOOP("LdapAttributeMapping", "Department"), &LdapAttributeMapping::department},
        {"manager", QT_TRANSLATE_NOOP("LdapAttributeMapping", "Manager"), &LdapAttributeMapping::manager},
        {"employeeNumber", QT_TRANSLATE_NOOP("LdapAttributeMapping", "Employee number"),
         &LdapAttributeMapping::employeeNumber},
        {"employeeType", QT_TRANSLATE_NOOP("LdapAttributeMapping", "Employee type"),
         &LdapAttributeMapping::employeeType},
    };
    return all;
}

bool LdapAttributeMapping::isDefault() const
{
    return *this == LdapAttributeMapping();
}

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
                             {QStringLiteral("trustDecision"), trustDecision},
                             {QStringLiteral("helpdeskRole"), helpdeskRole}};
    QJsonObject all = object;
    if (!mapping.isDefault()) {
        QJsonObject map;
        for (const LdapAttributeMapping::Field& field : LdapAttributeMapping::fields())
            map.insert(QLatin1String(field.key), mapping.*field.attribute);
        all.insert(QStringLiteral("mapping"), map);
    }
    return QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact));
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
    settings.helpdeskRole = object.value(QStringLiteral("helpdeskRole")).toBool(false);
    const QJsonObject map = object.value(QStringLiteral("mapping")).toObject();
    for (const LdapAttributeMapping::Field& field : LdapAttributeMapping::fields()) {
        const QString value = map.value(QLatin1String(field.key)).toString().trimmed();
        if (!value.isEmpty())
            settings.mapping.*field.attribute = value;
    }
    return settings;
}

} // namespace attest
