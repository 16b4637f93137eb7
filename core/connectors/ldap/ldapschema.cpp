#include "ldapschema.h"

#include "ldapconnection.h"

#include <QCoreApplication>

namespace attest {

QStringList schemaDefinitionNames(const QByteArray& definition)
{
    QStringList names;
    const qsizetype at = definition.indexOf(" NAME ");
    if (at < 0)
        return names;
    qsizetype i = at + 6;
    while (i < definition.size() && definition[i] == ' ')
        ++i;
    const bool list = i < definition.size() && definition[i] == '(';
    const qsizetype end = list ? definition.indexOf(')', i) : definition.indexOf('\'', definition.indexOf('\'', i) + 1);
    if (end < 0)
        return names;
    const QByteArray part = definition.mid(i, end - i + 1);
    qsizetype from = 0;
    while (true) {
        const qsizetype open = part.indexOf('\'', from);
        if (open < 0)
            break;
        const qsizetype close = part.indexOf('\'', open + 1);
        if (close < 0)
            break;
        names << QString::fromUtf8(part.mid(open + 1, close - open - 1)).toLower();
        from = close + 1;
    }
    return names;
}

std::optional<LdapSchemaNames> readSchemaNames(LdapConnection& connection, QString* error)
{
    LdapEntry root;
    if (!connection.readEntry(QString(), {QStringLiteral("subschemaSubentry")}, &root, error))
        return std::nullopt;
    QString subschema = root.text("subschemasubentry");
    if (subschema.isEmpty())
        subschema = QStringLiteral("cn=Subschema");
    LdapEntry schema;
    if (!connection.readEntry(subschema, {QStringLiteral("attributeTypes"), QStringLiteral("objectClasses")}, &schema,
                              error))
        return std::nullopt;
    LdapSchemaNames names;
    for (const QByteArray& definition : schema.values("attributetypes")) {
        for (const QString& name : schemaDefinitionNames(definition))
            names.attributeTypes.insert(name);
    }
    for (const QByteArray& definition : schema.values("objectclasses")) {
        for (const QString& name : schemaDefinitionNames(definition))
            names.objectClasses.insert(name);
    }
    if (names.attributeTypes.isEmpty()) {
        *error = QCoreApplication::translate("LdapSchema", "the schema shows no attribute types to this bind identity");
        return std::nullopt;
    }
    return names;
}

QStringList unknownMappedAttributes(const LdapSchemaNames& schema, const LdapAttributeMapping& mapping)
{
    QStringList unknown;
    for (const LdapAttributeMapping::Field& field : LdapAttributeMapping::fields()) {
        const QString value = mapping.*field.attribute;
        const bool objectClass = field.attribute == &LdapAttributeMapping::accountObjectClass;
        const bool known = objectClass ? schema.objectClasses.contains(value.toLower())
                                       : schema.attributeTypes.contains(value.toLower());
        if (!known)
            unknown << QStringLiteral("%1: %2").arg(QCoreApplication::translate("LdapAttributeMapping", field.label),
                                                    value);
    }
    return unknown;
}

bool checkAttributeMapping(LdapConnection& connection, const LdapAttributeMapping& mapping, QString* error)
{
    QString ignored;
    const auto schema = readSchemaNames(connection, &ignored);
    if (!schema)
        return true;
    const QStringList unknown = unknownMappedAttributes(*schema, mapping);
    if (unknown.isEmpty())
        return true;
    *error = QCoreApplication::translate("LdapSchema",
                                         "the connection's attribute mapping names what this directory's schema does "
                                         "not define (%1); correct the mapping in the connection's settings")
                 .arg(unknown.join(QStringLiteral(", ")));
    return false;
}

} // namespace attest
