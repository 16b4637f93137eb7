#pragma once

#include "ldapsettings.h"

#include <QSet>
#include <QString>

#include <optional>

namespace attest {

class LdapConnection;

// What the server's schema (RFC 4512 subschema subentry) defines: every name of every attribute
// type and object class, lower case.
struct LdapSchemaNames
{
    QSet<QString> attributeTypes;
    QSet<QString> objectClasses;
};

// Reads the schema named by the root DSE's subschemaSubentry; nullopt with *error when the
// server does not show it to this bind identity.
std::optional<LdapSchemaNames> readSchemaNames(LdapConnection& connection, QString* error);

// The names in a schema definition such as "( 2.5.4.3 NAME ( 'cn' 'commonName' ) SUP name )".
QStringList schemaDefinitionNames(const QByteArray& definition);

// Which mapped attributes (and the account object class) the schema does not define, as
// "Department: deptNo" for people; empty when all are known.
QStringList unknownMappedAttributes(const LdapSchemaNames& schema, const LdapAttributeMapping& mapping);

// Checks the mapping against the server's schema before a sync. False with *error naming each
// attribute the server lacks; true when all are defined or the schema cannot be read (the
// server is then trusted to ignore what it does not know).
bool checkAttributeMapping(LdapConnection& connection, const LdapAttributeMapping& mapping, QString* error);

} // namespace attest
